#!/usr/bin/env node
// The hosting package for a province's IT officer:
//
//   ADDIN_URL=https://cchc.tinh.gov.vn/parindex/ npm run package
//     → release/parindex-<version>.zip and the same files unpacked in release/parindex-<version>/:
//         dist/                 what `npm run build` made for that address, plus web.config for IIS
//         manifest.xml          every URL under ADDIN_URL, <Version> from package.json (also in dist/)
//         nginx-parindex.conf   the nginx equivalent of web.config
//         HUONG-DAN.txt         the one-page guide in Vietnamese (templates in deploy/)
//
// Options: --dist <dir> packages a build already made for ADDIN_URL instead of running `npm run build`;
// --out <dir> writes somewhere other than release/.
// Exit: 0 written; 1 the package cannot be made (one line says why); 2 wrong usage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { validateManifest } from './validate-manifest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: ADDIN_URL=https://<host>/<path>/ node scripts/package.mjs [--dist <built folder>] [--out <folder>]';

/** Files the add-in cannot work without; the manifest names most of them. */
const REQUIRED = [
  'taskpane.html',
  'commands.html',
  'notice.html',
  'help.html',
  'manifest.xml',
  'assets/icon-16.png',
  'assets/icon-32.png',
  'assets/icon-64.png',
  'assets/icon-80.png',
  // The single-file page: the Mac fallback and the offices without the add-in; the guide names it.
  'parindex.html',
];

class Refusal extends Error {}

/** The folder address the add-in is served from, always ending in "/". Same rules as webpack.config.js. */
export function addinBase(raw) {
  if (!raw)
    throw new Refusal(
      'ADDIN_URL is not set: give the HTTPS address the offices will load the add-in from, e.g. ADDIN_URL=https://cchc.tinh.gov.vn/parindex/ npm run package',
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Refusal(`ADDIN_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:') throw new Refusal(`ADDIN_URL must start with https:// (got "${raw}")`);
  if (url.search || url.hash)
    throw new Refusal(`ADDIN_URL must be a folder address, without ? or # (got "${raw}")`);
  // webpack.config.js writes `${ADDIN_URL without trailing slashes}/taskpane.html`.
  return `${raw.replace(/\/+$/, '')}/`;
}

/** Office wants four numbers; npm versions have three. A pre-release cannot be told apart, so it is refused. */
export function manifestVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m)
    throw new Refusal(
      `package.json version "${version}" is not of the form 1.2.3: the manifest's <Version> needs plain numbers`,
    );
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

function fill(template, values) {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`deploy template: no value for ${whole}`);
    return values[key];
  });
}

const deploy = (name) => readFileSync(path.join(root, 'deploy', name), 'utf8');

function webConfig(values, noCache) {
  const locations = noCache
    .map(
      (file) => `  <location path="${file}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="DisableCache" />
      </staticContent>
    </system.webServer>
  </location>`,
    )
    .join('\n');
  return fill(deploy('web.config').replace('<!--{{NO_CACHE_LOCATIONS}}-->', locations), values);
}

function runBuild(base) {
  // Through npm, so whatever `npm run build` grows to make (the single-file page too) is packaged.
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli
    ? [process.execPath, [npmCli, 'run', 'build']]
    : [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']];
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ADDIN_URL: base },
    shell: !npmCli && process.platform === 'win32',
  });
  if (run.status !== 0)
    throw new Refusal(`npm run build failed (exit ${run.status}): see its messages above`);
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { dist: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }

  const base = addinBase(process.env.ADDIN_URL);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const appVersion = manifestVersion(version);
  const dist = path.resolve(parsed.values.dist ?? path.join(root, 'dist'));
  if (!parsed.values.dist) runBuild(base);

  const files = existsSync(dist) ? filesUnder(dist) : [];
  const missing = REQUIRED.filter((f) => !files.includes(f));
  if (missing.length > 0)
    throw new Refusal(`${dist} lacks ${missing.join(', ')}: build it with npm run build (or drop --dist)`);

  const built = readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  if (!built.includes(`${base}taskpane.html`))
    throw new Refusal(
      `${path.join(dist, 'manifest.xml')} was built for another address than ${base}: run without --dist, or build with the same ADDIN_URL`,
    );
  if (!/<Version>[^<]*<\/Version>/.test(built)) throw new Refusal('the built manifest.xml has no <Version>');
  const manifest = built
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${appVersion}</Version>`)
    // The repository's note about the build's rewriting means nothing here; say what matters to the host instead.
    .replace(
      /<!--[\s\S]*?-->/,
      `<!--\n  parindex ${version} for ${base} (made by npm run package).\n  Raise <Version> on every update; never change <Id>.\n-->`,
    );

  const result = await validateManifest(manifest, {
    assetsDir: path.join(dist, 'assets'),
    fileName: 'manifest.xml',
  });
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    throw new Refusal('the manifest does not pass the check above: nothing was written');
  }

  const url = new URL(base);
  const values = {
    ADDIN_URL: base,
    VERSION: version,
    MANIFEST_VERSION: appVersion,
    PATH: url.pathname,
    PATH_WINDOWS: url.pathname.replace(/\/+$/, '').split('/').join('\\'),
  };
  const noCache = files
    .filter((f) => !f.includes('/') && (f.endsWith('.html') || f === 'manifest.xml'))
    .sort();

  const name = `parindex-${version}`;
  const entries = new Map();
  for (const file of files.filter((f) => !f.endsWith('.map') && f !== 'web.config'))
    entries.set(`dist/${file}`, file === 'manifest.xml' ? manifest : readFileSync(path.join(dist, file)));
  entries.set('dist/web.config', webConfig(values, noCache));
  entries.set('manifest.xml', manifest);
  entries.set('nginx-parindex.conf', fill(deploy('nginx-parindex.conf'), values));
  // Notepad on older Windows reads UTF-8 only with a byte-order mark, and lines only with CRLF.
  entries.set('HUONG-DAN.txt', `\uFEFF${fill(deploy('HUONG-DAN.txt'), values).replace(/\r?\n/g, '\r\n')}`);

  const zip = new JSZip();
  for (const [file, content] of [...entries].sort(([a], [b]) => a.localeCompare(b)))
    zip.file(`${name}/${file}`, content);
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });

  const out = path.resolve(parsed.values.out ?? path.join(root, 'release'));
  mkdirSync(out, { recursive: true });
  const zipPath = path.join(out, `${name}.zip`);
  const temp = `${zipPath}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, zipPath);
  const folder = path.join(out, name);
  rmSync(folder, { recursive: true, force: true });
  for (const [file, content] of entries) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), content);
  }

  const shown = (p) => {
    const relative = path.relative(process.cwd(), p);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : p;
  };
  console.log(`Package for ${base} (manifest <Version> ${appVersion}):`);
  console.log(`  ${shown(zipPath)} (${Math.round(bytes.length / 1024)} KB), unpacked in ${shown(folder)}/`);
  console.log(`  check the manifest: npm run validate -- ${shown(path.join(folder, 'manifest.xml'))}`);
  console.log(`  guide for the IT officer: ${shown(path.join(folder, 'HUONG-DAN.txt'))}`);
  return 0;
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err instanceof Refusal ? err.message : `package: ${err?.message ?? err}`);
      process.exitCode = err instanceof Refusal ? 1 : 3;
    },
  );
}

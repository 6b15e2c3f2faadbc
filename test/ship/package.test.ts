/**
 * `ADDIN_URL=https://cchc.tinh.gov.vn/parindex/ npm run package`: the zip for a province's IT officer holds the
 * build, a manifest under that address (with a path) that passes the validator, web.config and an nginx snippet
 * that never send icons no-cache, and the Vietnamese guide.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { launchChromium } from '../browser/support/preview';
import { ROOT } from '../cli/helpers';
import { missingTools } from '../support/libreoffice';
import { openPage, pickAndCheckSeed, planAndProveSeed, seedWorkbook } from '../web/support';

const BASE = 'https://cchc.tinh.gov.vn/parindex/';
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NAME = `parindex-${version}`;
const PACKAGE = path.join(ROOT, 'scripts', 'package.mjs');

let tmp: string;
let unzipped: string;
let names: string[];
let built: string[];

function runPackage(args: string[], env: NodeJS.ProcessEnv) {
  const run = spawnSync(process.execPath, [PACKAGE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

const inZip = (file: string) => readFileSync(path.join(unzipped, NAME, file), 'utf8');

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'parindex-package-'));
  const out = path.join(tmp, 'release');
  const run = runPackage(['--out', out], { ADDIN_URL: BASE });
  if (run.code !== 0) throw new Error(`npm run package failed (${run.code}):\n${run.stderr}\n${run.stdout}`);
  built = filesUnder(path.join(ROOT, 'dist'));
  const zip = await JSZip.loadAsync(readFileSync(path.join(out, `${NAME}.zip`)));
  names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  unzipped = path.join(tmp, 'unzipped');
  for (const name of names) {
    const to = path.join(unzipped, name);
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, await zip.files[name].async('nodebuffer'));
  }
}, 400_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the hosting package', () => {
  it('holds everything the build made, web.config, the manifest, the nginx snippet and the guide', () => {
    expect(names.every((n) => n.startsWith(`${NAME}/`))).toBe(true);
    const inside = names.map((n) => n.slice(NAME.length + 1)).sort();
    const expected = [
      ...built.filter((f) => !f.endsWith('.map')).map((f) => `dist/${f}`),
      'dist/web.config',
      'manifest.xml',
      'nginx-parindex.conf',
      'HUONG-DAN.txt',
    ].sort();
    expect(inside).toEqual(expected);
    for (const file of [
      'dist/taskpane.html',
      'dist/commands.html',
      'dist/notice.html',
      'dist/help.html',
      'dist/manifest.xml',
      'dist/assets/icon-16.png',
      'dist/assets/icon-32.png',
      'dist/assets/icon-64.png',
      'dist/assets/icon-80.png',
    ])
      expect(inside).toContain(file);
    expect(inside.some((f) => /^dist\/taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  });

  it('its manifest passes `npm run validate -- <path>`', () => {
    const manifest = path.join(unzipped, NAME, 'manifest.xml');
    const run = spawnSync('npm', ['run', '--silent', 'validate', '--', manifest], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ code: run.status, out: run.stdout.trim() }).toEqual({
      code: 0,
      out: `manifest OK: ${manifest}`,
    });
  });

  it('every URL of the manifest is under the base address with its path; <Version> comes from package.json', () => {
    const manifest = inZip('manifest.xml');
    expect(inZip('dist/manifest.xml')).toBe(manifest);
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    // Every page and icon the manifest names is in the package's dist/.
    for (const url of urls)
      expect(existsSync(path.join(unzipped, NAME, 'dist', url.slice(BASE.length)))).toBe(true);
  });

  it('the pages load their scripts relatively, so they work under the path', () => {
    for (const page of ['taskpane.html', 'commands.html', 'notice.html']) {
      const html = inZip(`dist/${page}`);
      const own = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((s) => !/^https:/.test(s));
      expect(own.length).toBe(1);
      for (const src of own) {
        expect(src).not.toMatch(/^\//);
        expect(existsSync(path.join(unzipped, NAME, 'dist', src))).toBe(true);
      }
    }
  });

  it('web.config: MIME types, no-cache for every page and the manifest, a max-age for the rest', () => {
    const config = inZip('dist/web.config');
    const lint = spawnSync('xmllint', ['--noout', path.join(unzipped, NAME, 'dist', 'web.config')], {
      encoding: 'utf8',
    });
    if (lint.error && process.env.CI !== 'true') console.warn('xmllint missing: web.config not parsed');
    else expect({ code: lint.status, stderr: lint.stderr }).toEqual({ code: 0, stderr: '' });
    for (const ext of ['.html', '.js', '.png', '.xml', '.json', '.txt', '.svg'])
      expect(config).toContain(`<mimeMap fileExtension="${ext}"`);
    const noCache = [
      ...config.matchAll(
        /<location path="([^"]+)">\s*<system\.webServer>\s*<staticContent>\s*<clientCache cacheControlMode="DisableCache" \/>/g,
      ),
    ].map((m) => m[1]);
    const pages = built.filter((f) => !f.includes('/') && f.endsWith('.html'));
    expect(noCache.sort()).toEqual([...pages, 'manifest.xml'].sort());
    expect(config).toMatch(/<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="1\.00:00:00" \/>/);
    expect(config).not.toMatch(/no-store/i);
    expect(config).not.toMatch(/X-Frame-Options" value/);
  });

  it('nginx: the location of the path, no-cache only for .html and the manifest', () => {
    const conf = inZip('nginx-parindex.conf');
    expect(conf).toContain('location ^~ /parindex/ {');
    expect(conf).toMatch(/image\/png\s+png;/);
    const noCacheLines = conf.split('\n').filter((l) => /Cache-Control "no-cache"/.test(l));
    expect(noCacheLines).toHaveLength(2);
    expect(conf).toMatch(/location ~\* \\\.html\$ \{\s*add_header Cache-Control "no-cache" always;/);
    expect(conf).toMatch(
      /location = \/parindex\/manifest\.xml \{\s*add_header Cache-Control "no-cache" always;/,
    );
    expect(conf).toMatch(/^ {4}add_header Cache-Control "public, max-age=86400" always;/m);
    const directives = conf
      .split('\n')
      .filter((l) => !/^\s*#/.test(l))
      .join('\n');
    expect(directives).not.toMatch(/no-store/);
    expect(conf).not.toContain('{{');
  });

  it('the guide is in Vietnamese, names the address, both ways to deploy, the registry key and <Version>', () => {
    const raw = readFileSync(path.join(unzipped, NAME, 'HUONG-DAN.txt'));
    expect(raw.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const guide = raw.toString('utf8');
    expect(guide).toContain('HƯỚNG DẪN TRIỂN KHAI');
    expect(guide).toContain(`${BASE}taskpane.html`);
    expect(guide).toContain('Integrated apps');
    expect(guide).toContain('HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs');
    expect(guide).toContain(`<Version> ${version}.0`);
    expect(guide).toContain('C:\\inetpub\\wwwroot\\parindex');
    expect(guide).not.toContain('{{');
    expect(guide.split('\r\n').length).toBeGreaterThan(40);
  });
});

describe('refusals, one line each', () => {
  it.each([
    [{ ADDIN_URL: '' }, /^ADDIN_URL is not set/],
    [{ ADDIN_URL: 'http://cchc.tinh.gov.vn/parindex/' }, /^ADDIN_URL must start with https:\/\//],
    [{ ADDIN_URL: 'https://cchc.tinh.gov.vn/parindex/?v=2' }, /^ADDIN_URL must be a folder address/],
  ])('%j', (env, message) => {
    const run = runPackage(['--out', path.join(tmp, 'refused')], env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(path.join(tmp, 'refused'))).toBe(false);
  });

  it('a build made for another address', () => {
    const run = runPackage(['--dist', path.join(ROOT, 'dist'), '--out', path.join(tmp, 'refused')], {
      ADDIN_URL: 'https://other.example.vn/x/',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/was built for another address than https:\/\/other\.example\.vn\/x\//);
    expect(existsSync(path.join(tmp, 'refused'))).toBe(false);
  });
});

describe('validate-manifest with a base address that has a path', () => {
  it('refuses an icon outside the add-in folder', () => {
    const dir = path.join(tmp, 'moved-icon');
    mkdirSync(dir);
    const xml = inZip('manifest.xml').replace(
      `${BASE}assets/icon-16.png`,
      'https://cchc.tinh.gov.vn/assets/icon-16.png',
    );
    writeFileSync(path.join(dir, 'manifest.xml'), xml);
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts', 'validate-manifest.mjs'),
        '--assets',
        path.join(unzipped, NAME, 'dist', 'assets'),
        path.join(dir, 'manifest.xml'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'icon "https://cchc.tinh.gov.vn/assets/icon-16.png" is not under https://cchc.tinh.gov.vn/parindex/assets/',
    );
  });
});

// The nginx snippet as a real nginx reads it (Debian's package; NGINX_PATH for another binary), over plain http on
// localhost: the headers are what matters here, TLS is the host's own.
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const nginxHere = existsSync(NGINX) || process.env.CI === 'true';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

(nginxHere ? describe : describe.skip)('nginx serving the package with its snippet', () => {
  let origin: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    if (!existsSync(NGINX)) throw new Error(`nginx is missing at ${NGINX}; .ci/run installs Debian's nginx.`);
    const dir = path.join(tmp, 'nginx');
    const www = path.join(dir, 'www');
    cpSync(path.join(unzipped, NAME, 'dist'), path.join(www, 'parindex'), { recursive: true });
    const snippet = inZip('nginx-parindex.conf').replace('root /var/www/html;', `root ${www};`);
    expect(snippet).toContain(`root ${www};`);
    writeFileSync(path.join(dir, 'parindex.conf'), snippet);
    const port = await freePort();
    const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      [
        'daemon off;',
        'master_process off;',
        `pid ${path.join(dir, 'nginx.pid')};`,
        `error_log ${path.join(dir, 'error.log')};`,
        'events {}',
        'http {',
        '  access_log off;',
        `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
        `  server { listen 127.0.0.1:${port}; include ${path.join(dir, 'parindex.conf')}; }`,
        '}',
      ].join('\n'),
    );
    const child = spawn(
      NGINX,
      ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    origin = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`nginx stopped: ${output}`);
      try {
        await fetch(`${origin}/parindex/help.html`);
        break;
      } catch {
        if (i > 100) throw new Error(`nginx never answered: ${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 60_000);

  afterAll(() => stop?.());

  async function head(file: string) {
    const res = await fetch(`${origin}/parindex/${file}`);
    await res.arrayBuffer();
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      cache: res.headers.get('cache-control'),
      nosniff: res.headers.get('x-content-type-options'),
    };
  }

  it('pages and the manifest go out no-cache; icons and scripts with a max-age, never no-cache', async () => {
    const script = /<script[^>]*src="([^":]+)"/.exec(inZip('dist/taskpane.html'))![1];
    expect(await head('taskpane.html')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      cache: 'no-cache',
      nosniff: 'nosniff',
    });
    expect(await head('manifest.xml')).toEqual({
      status: 200,
      type: 'application/xml; charset=utf-8',
      cache: 'no-cache',
      nosniff: 'nosniff',
    });
    for (const size of [16, 32, 64, 80])
      expect(await head(`assets/icon-${size}.png`)).toEqual({
        status: 200,
        type: 'image/png',
        cache: 'public, max-age=86400',
        nosniff: 'nosniff',
      });
    expect(await head(script)).toEqual({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      cache: 'public, max-age=86400',
      nosniff: 'nosniff',
    });
    expect((await head('web.config')).status).toBe(404);
  });

  // The web page as the province serves it: the same proof as test/web/page.test.ts, over http from the zip.
  it('parindex.html served from the unpacked zip checks the seed (79,452) and makes the appendix', async () => {
    const missing = missingTools(['soffice']);
    if (missing.length > 0 && process.env.CI === 'true') throw new Error(`missing under CI: ${missing}`);
    const browser = await launchChromium();
    if (!browser || missing.length > 0) {
      // launchChromium throws under CI without Chromium; elsewhere the page cannot be tried.
      console.warn(`skipped without ${browser ? missing.join(', ') : 'Chromium'}: the served page`);
      await browser?.close();
      return;
    }
    try {
      const work = path.join(tmp, 'served-page');
      mkdirSync(work);
      const workbook = await seedWorkbook(work);
      const url = `${origin}/parindex/parindex.html`;
      const { context, page, attempted, errors } = await openPage(browser, url);
      await pickAndCheckSeed(page, workbook);
      await planAndProveSeed(page, work);
      expect(errors).toEqual([]);
      expect(attempted).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  }, 240_000);
});

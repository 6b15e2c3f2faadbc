// Builds dist/parindex.html: the web page with its script and styles inline, one file that works opened from
// file:// or served by any static host, offline. Runs after webpack in `npm run build`.
//   node scripts/build-web.mjs [outDir]      (default: dist)
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'src', 'web');

/**
 * Nothing may leave the page and nothing may be evaluated: scripts and styles only inline, images only as
 * data or blob URLs, no connections at all.
 */
export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The browser's stand-ins for the Node parts the .xlsx adapter uses. */
const browserParts = {
  name: 'browser-parts',
  setup(b) {
    b.onResolve({ filter: /^node:zlib$|^zlib$/ }, () => ({ path: path.join(web, 'zlib.ts') }));
    b.onResolve({ filter: /\/document\/render$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, 'src', 'document', 'render')
        ? { path: path.join(web, 'docx-browser.ts') }
        : undefined,
    );
    b.onResolve({ filter: /\/exceljs$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, 'src', 'xlsx', 'exceljs')
        ? { path: path.join(web, 'exceljs-browser.ts') }
        : undefined,
    );
  },
};

/** The Word renderer as one script that sets window.ParindexDocx, carried inert (see src/web/docx-browser.ts). */
async function buildDocx() {
  const result = await build({
    entryPoints: [path.join(root, 'src', 'document', 'render.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'ParindexDocx',
    platform: 'browser',
    target: 'chrome109',
    minify: true,
    legalComments: 'none',
    inject: [path.join(web, 'buffer.ts')],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
}

export async function buildWeb(outDir = path.join(root, 'dist')) {
  const docx = await buildDocx();
  const result = await build({
    entryPoints: [path.join(web, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome109',
    minify: true,
    legalComments: 'none',
    loader: { '.json': 'json' },
    inject: [path.join(web, 'buffer.ts')],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [browserParts],
    logLevel: 'warning',
  });
  // An inline script ends at the first "</script" whatever the JavaScript around it means.
  const js = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = (
    await transform(readFileSync(path.join(web, 'page.css'), 'utf8'), { loader: 'css', minify: true })
  ).code;
  // exceljs rides along as inert text, run by src/web/exceljs-browser.ts when the first workbook is opened.
  const exceljs = readFileSync(
    path.join(root, 'node_modules', 'exceljs', 'dist', 'exceljs.bare.min.js'),
    'utf8',
  )
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/\/\/# sourceMappingURL=.*$/m, '');
  const html = readFileSync(path.join(web, 'page.html'), 'utf8')
    .replace('%CSP%', WEB_CSP)
    .replace('%EXCELJS%', () => exceljs.trim())
    .replace('%DOCX%', () => docx.trim())
    .replace('%CSS%', () => css.trim())
    .replace('%JS%', () => js.trim());
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'parindex.html');
  const temp = `${outfile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, html);
    renameSync(temp, outfile);
  } finally {
    rmSync(temp, { force: true });
  }
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`web page: ${path.relative(process.cwd(), out)}`);
}

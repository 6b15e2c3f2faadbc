// Bundles the command line (src/cli/main.ts) and everything it uses (exceljs, zod, …) into lib/parindex.cjs, so
// `node parindex.cjs …` runs with Node alone: no node_modules beside it. Runs on `npm run build:cli`, on `prepare`
// (npm ci / npm install) and on `prepack` (npm pack ships the built file; an installed tarball runs no scripts).
// Minified, with the source map in a separate file (lib/parindex.cjs.map, not shipped): a maintainer reads a
// fault's stack with `node --enable-source-maps lib/parindex.cjs …`.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'lib');
const outfile = path.join(lib, 'parindex.cjs');
// Built in a folder of its own and renamed over the target: tests build in parallel and must never run half a
// bundle; the map's link names the final file, so both are built under their final names.
const temp = path.join(lib, `.build-${process.pid}`);

mkdirSync(temp, { recursive: true });
try {
  const result = await build({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    outfile: path.join(temp, 'parindex.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    loader: { '.json': 'json' },
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // A require esbuild could not resolve would fail only on a machine without node_modules: refuse it here.
  if (result.warnings.length > 0)
    throw new Error('esbuild warned while bundling the command line (see above)');
  renameSync(path.join(temp, 'parindex.cjs.map'), `${outfile}.map`);
  renameSync(path.join(temp, 'parindex.cjs'), outfile);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

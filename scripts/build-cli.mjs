// Bundles the command line (src/cli/main.ts) into lib/parindex.cjs for bin/parindex.js.
// Runs on `npm run build:cli` and on `prepare` (npm ci / npm install), so `npx parindex` works after install.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'lib', 'parindex.cjs');
// Built beside the target and renamed over it: tests build in parallel and must never run half a bundle.
const temp = `${outfile}.${process.pid}.tmp`;

mkdirSync(path.dirname(outfile), { recursive: true });
try {
  await build({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    loader: { '.json': 'json' },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  renameSync(temp, outfile);
} finally {
  rmSync(temp, { force: true });
}

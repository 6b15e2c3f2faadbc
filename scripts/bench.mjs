// Runs every scripts/bench-*.{ts,mjs} in turn; each prints `bench <name> <value> <unit>` lines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => /^bench-.+\.(ts|mjs)$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();
let failed = 0;
for (const file of files) {
  const args = file.endsWith('.ts') ? ['--import', 'tsx', path.join(dir, file)] : [path.join(dir, file)];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: path.join(dir, '..') });
  if (run.status !== 0) {
    console.error(`${file} failed with exit code ${run.status}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);

// `parindex plan` as users run it, the whole process (node start-up, reading, checking, writing):
//   bench cli.plan.builtin <ms> ms     the built-in set, filled with the seed's 2023 scores (target < 1 s)
//   bench cli.plan.5000 <ms> ms        a synthetic set of 5,000 criteria (target < 5 s)
//   bench cli.plan.peak_rss <MB> MB    peak resident memory of the 5,000-criteria plan process
// Each figure is the median of a few runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'parindex.js');
const src = (p) => path.join(root, 'src', p);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout}`);
  return r;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of one whole plan process; with `rss`, also its peak memory (kB) as the CLI reports it. */
function planOnce(args) {
  const start = process.hrtime.bigint();
  const r = run(process.execPath, [bin, 'plan', ...args], { PARINDEX_REPORT_RSS: '1' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number(/parindex\.maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, rssKb: rss };
}

/** Types scores into a template through the adapter (the benchmark measures plan, not typing). */
async function fill(template, out, scores) {
  const { loadWorkbook, workbookBytes } = await tsImport(src('xlsx/workbook.ts'), import.meta.url);
  const { gridsOf } = await tsImport(src('xlsx/read.ts'), import.meta.url);
  const { readTemplate } = await tsImport(src('layout/read.ts'), import.meta.url);
  const wb = await loadWorkbook(readFileSync(template));
  const read = readTemplate(gridsOf(wb)[0]);
  const ws = wb.worksheets[0];
  for (const { code, row } of read.rows) {
    if (scores.has(code)) ws.getCell(row + 1, read.columns.self + 1).value = scores.get(code);
  }
  writeFileSync(out, await workbookBytes(wb));
}

run(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')]);
const dir = mkdtempSync(path.join(os.tmpdir(), 'parindex-bench-'));
const at = (name) => path.join(dir, name);
try {
  const { SEED_2023_SCORES } = await tsImport(path.join(root, 'test', 'support', 'seed.ts'), import.meta.url);
  const { makeSyntheticSet, makeSyntheticScores } = await tsImport(
    src('engine/synthetic.ts'),
    import.meta.url,
  );

  run(process.execPath, [bin, 'template', '-o', at('t.xlsx')]);
  await fill(at('t.xlsx'), at('filled.xlsx'), new Map(Object.entries(SEED_2023_SCORES)));
  planOnce([at('filled.xlsx'), '-o', at('warm.xlsx')]);
  const builtin = Array.from({ length: 5 }, (_, i) => planOnce([at('filled.xlsx'), '-o', at(`p${i}.xlsx`)]));
  console.log(`bench cli.plan.builtin ${Math.round(median(builtin.map((r) => r.ms)))} ms`);

  const setJson = makeSyntheticSet(5000);
  writeFileSync(at('set5000.json'), JSON.stringify(setJson));
  run(process.execPath, [bin, 'template', '--set', at('set5000.json'), '-o', at('t5000.xlsx')]);
  const scores = new Map(makeSyntheticScores(setJson).map((e) => [e.code, e.raw]));
  await fill(at('t5000.xlsx'), at('filled5000.xlsx'), scores);
  const big = Array.from({ length: 3 }, (_, i) =>
    planOnce([at('filled5000.xlsx'), '--set', at('set5000.json'), '-o', at(`p5000-${i}.xlsx`)]),
  );
  console.log(`bench cli.plan.5000 ${Math.round(median(big.map((r) => r.ms)))} ms`);
  console.log(`bench cli.plan.peak_rss ${Math.round(median(big.map((r) => r.rssKb)) / 1024)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

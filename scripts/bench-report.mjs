// `parindex report` over many communes' workbooks, the whole process as users run it:
//   bench check.1000 <s> s             `check` on the same 1,000 workbooks (the yardstick)
//   bench report.1000 <s> s            `report` on a folder of 1,000 workbooks (target ≤ 20 s, ≤ 1,3 × check)
//   bench report.peak_rss <MB> MB      peak resident memory of that report process (target ≤ 400 MB)
//   bench report.zipbomb <ms> ms       `check` refusing a sheet that inflates past 100 MB (target < 2 s)
//   bench report.zipbomb.peak_rss <MB> MB   its peak memory (target < 300 MB)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'parindex.js');
const COUNT = 1000;

/**
 * Wall time, CPU time (user + system, through bash's `time`: on a shared machine the wall clock mostly
 * measures the neighbours) and peak memory (as the CLI reports it) of one whole process; any exit code
 * below 3 is fine.
 */
function timed(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(
    'bash',
    ['-c', 'TIMEFORMAT="parindex.cpu %U %S"; time "$@"', 'bash', process.execPath, bin, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, PARINDEX_REPORT_RSS: '1' },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const status = r.status ?? 3;
  if (status >= 3) throw new Error(`parindex ${args[0]} failed: ${r.stderr}`);
  const rssKb = Number(/parindex\.maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpu = /parindex\.cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
  return { ms, cpuMs, rssMb: rssKb / 1024, code: status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], {
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'parindex-bench-report-'));
try {
  const { builtInSet } = await tsImport(path.join(root, 'src', 'sets', 'index.ts'), import.meta.url);
  const { makeCorpus } = await tsImport(
    path.join(root, 'test', 'support', 'rollup-corpus.ts'),
    import.meta.url,
  );
  const { zipBomb } = await tsImport(path.join(root, 'test', 'support', 'hostile.ts'), import.meta.url);
  const corpus = await makeCorpus(builtInSet('dak-nong-xa-2023'));

  // One template, copied with varied cells: writing 1,000 workbooks takes seconds, not minutes.
  const inputs = path.join(dir, 'in');
  mkdirSync(inputs);
  const files = [];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const genStart = Date.now();
  for (let i = 0; i < COUNT; i++) {
    const self = {};
    for (const leaf of corpus.leaves)
      self[leaf.code] = Math.floor(leaf.max * (rnd() < 0.6 ? 1 : rnd()) * 4) / 4;
    const appraised = i % 3 === 0 ? { ...self } : undefined;
    if (i % 20 === 7) self[corpus.leaves[0].code] = corpus.leaves[0].max + 1;
    const file = path.join(inputs, `xa-${String(i + 1).padStart(4, '0')}.xlsx`);
    writeFileSync(file, corpus.make({ unit: `UBND xã ${i + 1}`, self, appraised }));
    files.push(file);
  }
  console.error(`(generated ${COUNT} workbooks in ${Date.now() - genStart} ms)`);

  const check = timed(['check', ...files]);
  console.log(`bench check.1000 ${(check.ms / 1000).toFixed(1)} s`);
  const report = timed(['report', inputs, '-o', path.join(dir, 'tong-hop.xlsx')]);
  console.log(`bench report.1000 ${(report.ms / 1000).toFixed(1)} s`);
  console.log(`bench report.peak_rss ${Math.round(report.rssMb)} MB`);
  console.error(
    `(report / check = ${(report.ms / check.ms).toFixed(2)} wall, ${(report.cpuMs / check.cpuMs).toFixed(2)} CPU;` +
      ` CPU time check ${(check.cpuMs / 1000).toFixed(1)} s, report ${(report.cpuMs / 1000).toFixed(1)} s)`,
  );

  const bomb = path.join(dir, 'bom.xlsx');
  writeFileSync(bomb, zipBomb(corpus.template, { mb: 150, lying: true }));
  const honest = path.join(dir, 'bom-khai.xlsx');
  writeFileSync(honest, zipBomb(corpus.template, { mb: 150, lying: false }));
  const bombs = [0, 1, 2].map(() => timed(['check', bomb]));
  for (const b of bombs) if (b.code !== 2) throw new Error('the zip bomb was not refused');
  console.log(`bench report.zipbomb ${Math.round(median(bombs.map((b) => b.ms)))} ms`);
  console.error(
    `(zip bomb CPU time ${Math.round(median(bombs.map((b) => b.cpuMs)))} ms, node start-up included)`,
  );
  console.log(`bench report.zipbomb.peak_rss ${Math.round(median(bombs.map((b) => b.rssMb)))} MB`);
  const declared = timed(['check', honest]);
  console.error(
    `(a bomb that declares its size: ${Math.round(declared.ms)} ms, ${Math.round(declared.rssMb)} MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * `parindex report` as a province runs it: a folder of 120 communes' workbooks with varied scores (some
 * appraised, some with errors) and a handful of broken and hostile files. The figures are checked against
 * ones computed here from the scores the test itself generated; LibreOffice recalculates the summary.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSet } from '../../src/engine/set';
import type { CriteriaSet, SetNode } from '../../src/engine/types';
import type { Grid } from '../../src/layout/read';
import { builtInSet } from '../../src/sets';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { buildCli, parindex, ROOT, snapshot } from '../cli/helpers';
import {
  damaged,
  encrypted,
  legacyXls,
  truncated,
  withEntities,
  withPath,
  wordDocument,
  zipBomb,
} from '../support/hostile';
import { convert, describeWithTools, pdfToPng, tempDir } from '../support/libreoffice';
import { makeCorpus, type Corpus } from '../support/rollup-corpus';

jest.setTimeout(600_000);

const SET = builtInSet('dak-nong-xa-2023') as CriteriaSet;
const COMMUNES = 120;
const ARTIFACTS = path.join(ROOT, 'artifacts', 'rollup');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scores are kept in thousandths here, so every sum below is exact. */
const milli = (v: number) => Math.round(v * 1000);

interface Generated {
  file: string;
  unit: string;
  self: Record<string, number>;
  appraised?: Record<string, number>;
  error: boolean;
}

/** One commune's scores: each leaf at its max, three quarters, half or nothing, on a quarter-point grid. */
function scoresFor(corpus: Corpus, rnd: () => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const leaf of corpus.leaves) {
    const r = rnd();
    const fraction = r < 0.55 ? 1 : r < 0.75 ? 0.75 : r < 0.9 ? 0.5 : 0;
    out[leaf.code] = Math.floor(leaf.max * fraction * 4) / 4;
  }
  return out;
}

function generate(corpus: Corpus, dir: string): Generated[] {
  const rnd = random(20251130);
  const out: Generated[] = [];
  for (let i = 0; i < COMMUNES; i++) {
    const folder = i < 100 ? dir : path.join(dir, 'dot-2');
    const file = path.join(folder, `xa-${String(i + 1).padStart(3, '0')}.xlsx`);
    // One commune sends two files; one file has lost its unit line.
    const unit = i === 119 ? 'UBND xã Số 4' : i === 50 ? '' : `UBND xã Số ${i + 1}`;
    const self = scoresFor(corpus, rnd);
    const error = i % 12 === 5;
    const appraisedToo = i % 3 === 0 || (error && i % 24 === 17);
    let appraised: Record<string, number> | undefined;
    if (appraisedToo) {
      appraised = Object.fromEntries(
        Object.entries(self).map(([code, v]) => [code, rnd() < 0.3 ? Math.max(0, v - 0.25) : v]),
      );
    }
    const first = corpus.leaves[i % corpus.leaves.length];
    const typed = { self: { ...self } as Record<string, number>, appraised: appraised && { ...appraised } };
    if (error) {
      // Above the max: in the self-assessment, or in the appraisal when one was entered.
      if (typed.appraised) typed.appraised[first.code] = first.max + 1;
      else typed.self[first.code] = first.max + 1;
    }
    writeFileSync(
      file,
      corpus.make({ unit: unit === '' ? undefined : unit, self: typed.self, appraised: typed.appraised }),
    );
    out.push({ file, unit, self, appraised, error });
  }
  return out;
}

const leavesUnder = (node: SetNode): SetNode[] =>
  node.children.length === 0 ? [node] : node.children.flatMap(leavesUnder);

/** What the province should see, computed from the generated scores alone. */
function expected(generated: Generated[]) {
  const ranked = generated.filter((g) => !g.error);
  const criteria = SET.fields.flatMap((f) => f.children);
  const rows = ranked.map((g) => {
    const scores = g.appraised ?? g.self;
    const sumOf = (node: SetNode) => leavesUnder(node).reduce((s, l) => s + milli(scores[l.code]), 0);
    const fields = SET.fields.map((f) => sumOf(f));
    const total = fields.reduce((a, b) => a + b, 0);
    const max = milli(SET.total);
    return {
      file: g.file,
      basis: g.appraised ? 'appraised' : 'self',
      percent: Math.round((total * 10000) / max) / 100,
      fields,
      lost: new Map(criteria.map((c) => [c.code, milli(c.max) - sumOf(c)])),
    };
  });
  const rankOf = new Map(rows.map((r) => [r.file, 1 + rows.filter((o) => o.percent > r.percent).length]));
  const fieldMeans = SET.fields.map((f, i) => rows.reduce((s, r) => s + r.fields[i], 0) / rows.length / 1000);
  const losses = criteria.map((c) => ({
    code: c.code,
    below: rows.filter((r) => (r.lost.get(c.code) as number) > 0).length,
    lost: rows.reduce((s, r) => s + (r.lost.get(c.code) as number), 0) / 1000,
  }));
  return { rows, rankOf, fieldMeans, losses };
}

interface ReportJson {
  ok: boolean;
  files: number;
  ranked: number;
  withErrors: number;
  unreadable: number;
  exitCode: number;
  blocks: {
    set: string;
    setVersion: string;
    ranking: {
      rank: number;
      unit: string;
      file: string;
      basis: string;
      percent: number;
      score: number;
      duplicate: boolean;
      fields: Record<string, number | null>;
    }[];
    fields: {
      code: string;
      max: number;
      count: number;
      mean: number;
      lowest: number;
      highest: number;
      atMax: number;
    }[];
    criteria: { code: string; belowMax: number; lost: number; meanLost: number }[];
  }[];
  problems: {
    file: string;
    kind: string;
    code?: string;
    message?: string;
    errors?: { count: number; cells: string[] };
  }[];
}

let dir: string;
let inputs: string;
let generated: Generated[];
let corpus: Corpus;
const HOSTILE: Record<string, string> = {};

beforeAll(async () => {
  buildCli();
  dir = tempDir('report');
  inputs = path.join(dir, 'nhan-ve');
  mkdirSync(path.join(inputs, 'dot-2'), { recursive: true });
  mkdirSync(path.join(dir, 'ra'), { recursive: true });
  corpus = await makeCorpus(SET);
  generated = generate(corpus, inputs);
  const put = (name: string, bytes: Uint8Array, code: string) => {
    writeFileSync(path.join(inputs, name), bytes);
    HOSTILE[path.join(inputs, name)] = code;
  };
  const good = corpus.make({ unit: 'UBND xã Hỏng', self: generated[0].self });
  put('rong.xlsx', new Uint8Array(0), 'empty');
  put('cu.xlsx', legacyXls(), 'legacyXls');
  put('mat-khau.xlsx', encrypted(), 'encrypted');
  put('van-ban.xlsx', wordDocument(), 'wordDocument');
  put('hong.xlsx', damaged(good), 'damaged');
  put('cat-do.xlsx', truncated(good), 'truncated');
  put('bom.xlsx', zipBomb(good, { mb: 120, lying: true }), 'tooLarge');
  put('bom-khai.xlsx', zipBomb(good, { mb: 200, lying: false }), 'tooLarge');
  put('thuc-the.xlsx', withEntities(good), 'entities');
  put('duong-dan.xlsx', withPath(good, '../../../etc/cron.d/x'), 'unsafePath');
  // Not a workbook by name: never read.
  writeFileSync(path.join(inputs, 'ghi-chu.txt'), 'danh sách');
  // A link out of the folder is listed, never followed.
  writeFileSync(path.join(dir, 'ngoai.xlsx'), corpus.template);
  symlinkSync(path.join(dir, 'ngoai.xlsx'), path.join(inputs, 'lien-ket.xlsx'));
  HOSTILE[path.join(inputs, 'lien-ket.xlsx')] = 'symlinkOutside';
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('parindex report over a folder of 120 communes and hostile files', () => {
  let run: ReturnType<typeof parindex>;
  let out: ReportJson;
  const output = () => path.join(dir, 'ra', 'tong-hop.xlsx');

  beforeAll(() => {
    const before = snapshot(inputs);
    run = parindex(['report', inputs, '-o', output(), '--json'], dir);
    out = JSON.parse(run.stdout) as ReportJson;
    // The inputs are never written.
    expect(snapshot(inputs)).toEqual(before);
  });

  it('ranks every clean commune in the order of its percentage, ties sharing a rank', () => {
    const exp = expected(generated);
    expect(out.blocks).toHaveLength(1);
    const ranking = out.blocks[0].ranking;
    expect(ranking.map((r) => r.file).sort()).toEqual(exp.rows.map((r) => r.file).sort());
    for (const r of ranking) {
      const e = exp.rows.find((x) => x.file === r.file)!;
      expect([r.file, r.rank, r.percent, r.basis]).toEqual([
        r.file,
        exp.rankOf.get(r.file),
        e.percent,
        e.basis,
      ]);
    }
    for (let i = 1; i < ranking.length; i++)
      expect(ranking[i].percent).toBeLessThanOrEqual(ranking[i - 1].percent);
    // The file name stands in for the lost unit line; the two files of one commune are flagged.
    expect(ranking.find((r) => r.file.endsWith('xa-051.xlsx'))?.unit).toBe('xa-051');
    expect(
      ranking
        .filter((r) => r.duplicate)
        .map((r) => path.basename(r.file))
        .sort(),
    ).toEqual(['xa-004.xlsx', 'xa-120.xlsx']);
  });

  it('gives each field the mean of the communes ranked', () => {
    const exp = expected(generated);
    const fields = out.blocks[0].fields;
    expect(fields.map((f) => f.code)).toEqual(SET.fields.map((f) => f.code));
    fields.forEach((f, i) => {
      expect(f.count).toBe(exp.rows.length);
      expect(f.mean).toBeCloseTo(exp.fieldMeans[i], 9);
    });
  });

  it('gives each criterion the points lost, largest first', () => {
    const exp = expected(generated);
    const criteria = out.blocks[0].criteria;
    expect(criteria).toHaveLength(exp.losses.length);
    for (const c of criteria) {
      const e = exp.losses.find((x) => x.code === c.code)!;
      expect([c.code, c.belowMax]).toEqual([e.code, e.below]);
      expect(c.lost).toBeCloseTo(e.lost, 9);
      expect(c.meanLost).toBeCloseTo(e.lost / exp.rows.length, 9);
    }
    for (let i = 1; i < criteria.length; i++)
      expect(criteria[i].lost).toBeLessThanOrEqual(criteria[i - 1].lost);
    expect(criteria[0].lost).toBeGreaterThan(0);
  });

  it('lists every broken or hostile file with its reason, and every workbook with score errors', () => {
    const unreadable = out.problems.filter((p) => p.kind === 'unreadable');
    expect(Object.fromEntries(unreadable.map((p) => [p.file, p.code]))).toEqual(HOSTILE);
    for (const p of unreadable) expect(p.message).toMatch(/\S{3,}/);
    const withErrors = out.problems.filter((p) => p.kind === 'scoreErrors');
    expect(withErrors.map((p) => p.file).sort()).toEqual(
      generated
        .filter((g) => g.error)
        .map((g) => g.file)
        .sort(),
    );
    for (const p of withErrors) {
      expect(p.errors?.count).toBeGreaterThanOrEqual(1);
      expect(p.errors?.cells[0]).toMatch(/^'Tự đánh giá 2023'!(D|E)\d+$/);
    }
    expect(out).toMatchObject({
      files: COMMUNES + Object.keys(HOSTILE).length,
      ranked: COMMUNES - withErrors.length,
      withErrors: withErrors.length,
      unreadable: Object.keys(HOSTILE).length,
    });
  });

  it('exits with the highest code of the files, as check does on the same files', () => {
    expect(run.code).toBe(2);
    expect(out.exitCode).toBe(2);
    // check gets the same protection: the same reasons, file by file.
    const hostile = ['bom.xlsx', 'thuc-the.xlsx', 'duong-dan.xlsx', 'van-ban.xlsx'].map((f) =>
      path.join(inputs, f),
    );
    const check = parindex(['check', ...hostile, generated[5].file, '--json'], dir);
    expect(check.code).toBe(2);
    const elements = JSON.parse(check.stdout) as { file: string; ok: boolean; error?: { code: string } }[];
    expect(elements.map((e) => e.error?.code ?? (e.ok ? 'ok' : 'errors'))).toEqual([
      'tooLarge',
      'entities',
      'unsafePath',
      'wordDocument',
      'errors',
    ]);
    const clean = generated.filter((g) => !g.error).slice(0, 3);
    const withErrors = [...clean, generated.find((g) => g.error)!].map((g) => g.file);
    const r1 = parindex(['report', ...withErrors, '-o', path.join(dir, 'ra', 'loi.xlsx')], dir);
    expect([r1.code, parindex(['check', ...withErrors], dir).code]).toEqual([1, 1]);
    const r0 = parindex(
      ['report', ...clean.map((g) => g.file), '-o', path.join(dir, 'ra', 'sach.xlsx')],
      dir,
    );
    expect([r0.code, parindex(['check', ...clean.map((g) => g.file)], dir).code]).toEqual([0, 0]);
  });

  it('refuses an existing output without --force, and replaces it with', () => {
    const target = path.join(dir, 'ra', 'sach.xlsx');
    const before = readFileSync(target);
    const clean = generated.filter((g) => !g.error).slice(0, 2);
    const refused = parindex(['report', ...clean.map((g) => g.file), '-o', target], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target).equals(before)).toBe(true);
    const forced = parindex(['report', ...clean.map((g) => g.file), '-o', target, '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(target).equals(before)).toBe(false);
  });

  it('speaks English with --lang en, naming each file', () => {
    const files = [path.join(inputs, 'rong.xlsx'), path.join(inputs, 'mat-khau.xlsx'), generated[0].file];
    const r = parindex(['report', ...files, '-o', path.join(dir, 'ra', 'en.xlsx'), '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^Wrote the summary/);
    expect(r.stdout).toContain(`File "${files[0]}" is empty`);
    expect(r.stdout).toContain('password');
  });

  it('explains its own use, and a call without -o is a usage error that writes nothing', () => {
    const help = parindex(['report', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('parindex report <tệp hoặc thư mục>');
    const noOutput = parindex(['report', inputs], dir);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('-o <tệp.xlsx>');
  });

  it('ranks the workbooks of each set or version given with --set in a block of its own', async () => {
    const json = JSON.parse(
      readFileSync(path.join(ROOT, 'src', 'sets', 'dak-nong-xa-2023.json'), 'utf8'),
    ) as {
      version: string;
    };
    const v2 = { ...json, version: '2023.2' };
    writeFileSync(path.join(dir, 'bo-v2.json'), JSON.stringify(v2));
    const other = await makeCorpus(loadSet(v2).set as CriteriaSet);
    const both = path.join(dir, 'hai-bo');
    mkdirSync(both);
    const selfOnly = generated.filter((g) => !g.appraised && !g.error).slice(0, 3);
    selfOnly.forEach((g, i) => {
      writeFileSync(path.join(both, `a-${i}.xlsx`), readFileSync(g.file));
      writeFileSync(path.join(both, `b-${i}.xlsx`), other.make({ unit: `UBND phường ${i}`, self: g.self }));
    });
    const args = ['report', both, '--set', 'dak-nong-xa-2023', '--json'];
    const r = parindex(
      [...args, '--set', path.join(dir, 'bo-v2.json'), '-o', path.join(dir, 'ra', 'hai.xlsx')],
      dir,
    );
    expect(r.code).toBe(0);
    const two = JSON.parse(r.stdout) as ReportJson;
    expect(two.blocks.map((b) => [b.setVersion, b.ranking.length])).toEqual([
      ['2023.1', 3],
      ['2023.2', 3],
    ]);
    // The same scores rank the same within each block, never across them.
    const ranks = (i: number) => two.blocks[i].ranking.map((x) => [x.percent, x.rank]).sort();
    expect(ranks(0)).toEqual(ranks(1));
    // Without the second set, its workbooks are listed, with the version they were made with.
    const one = parindex([...args, '-o', path.join(dir, 'ra', 'mot.xlsx')], dir);
    expect(one.code).toBe(2);
    const listed = (JSON.parse(one.stdout) as ReportJson).problems.map((p) => [
      path.basename(p.file),
      p.code,
    ]);
    expect(listed).toEqual([0, 1, 2].map((i) => [`b-${i}.xlsx`, 'versionMismatch']));
  });

  it('says plainly when a folder holds no workbook', () => {
    const empty = path.join(dir, 'trong');
    mkdirSync(empty);
    const r = parindex(['report', empty, '-o', path.join(dir, 'ra', 'khong.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy tệp .xlsx nào');
  });

  describeWithTools(['soffice', 'pdftoppm'], 'the summary workbook in LibreOffice', () => {
    let grids: Grid[];

    beforeAll(async () => {
      const recalc = convert(output(), path.join(dir, 'recalc'), 'xlsx', { recalcAlways: true });
      grids = gridsOf(await loadWorkbook(readFileSync(recalc)));
    });

    it('recalculates the per-field figures to what --json says', () => {
      const sheet = grids.find((g) => g.sheet === 'Theo lĩnh vực')!;
      const rows = sheet.values.filter(
        (r) => typeof r[0] === 'string' && /^\d+$/.test(r[0]) && typeof r[2] === 'number',
      );
      expect(rows).toHaveLength(SET.fields.length);
      for (const f of out.blocks[0].fields) {
        const row = rows.find((r) => r[0] === f.code)!;
        expect(row[3] as number).toBeCloseTo(f.mean, 9);
        expect([row[4], row[5], row[6]]).toEqual([f.lowest, f.highest, f.atMax]);
      }
    });

    it('shows the ranking and the per-criterion losses as --json has them', () => {
      const ranking = grids.find((g) => g.sheet === 'Xếp hạng')!;
      const rows = ranking.values.filter((r) => typeof r[0] === 'number');
      expect(rows.map((r) => [r[0], r[2], r[6]])).toEqual(
        // Files are named from the folder they share.
        out.blocks[0].ranking.map((r) => [r.rank, path.relative(inputs, r.file), r.percent]),
      );
      const criteria = grids.find((g) => g.sheet === 'Theo tiêu chí')!;
      const crit = criteria.values.filter((r) => typeof r[0] === 'number');
      expect(crit.map((r) => [r[1], r[4]])).toEqual(out.blocks[0].criteria.map((c) => [c.code, c.belowMax]));
      crit.forEach((r, i) => expect(r[5] as number).toBeCloseTo(out.blocks[0].criteria[i].lost, 9));
      const problems = grids.find((g) => g.sheet === 'Tệp có vấn đề')!;
      const listed = problems.values.filter((r) => typeof r[0] === 'number').map((r) => r[1]);
      expect(listed).toEqual(out.problems.map((p) => path.relative(inputs, p.file)));
    });

    it('prints to PDF; the pages go to artifacts/rollup as PNG', () => {
      rmSync(ARTIFACTS, { recursive: true, force: true });
      mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = convert(output(), ARTIFACTS, 'pdf', { recalcAlways: true });
      const pages = pdfToPng(pdf, path.join(ARTIFACTS, 'tong-hop'));
      // Ranking of 110 communes, fields, 38 criteria and the problem files: several pages.
      expect(pages.length).toBeGreaterThanOrEqual(4);
    });
  });
});

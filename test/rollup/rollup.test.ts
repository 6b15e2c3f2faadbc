/** The pure roll-up: ranks, blocks per set, duplicates, problem files, per-field and per-criterion figures. */
import { rollup, unitOf, type FileFigures, type ScoredFile } from '../../src/app/rollup';
import { rollupSheets, shortNames } from '../../src/layout/rollup-sheets';

const SET = { id: 'tinh-a', version: '1', name: 'Bộ A' };

/** Two fields of 10 points; field 1 holds criteria 1.1 (6) and 1.2 (4), field 2 holds 2.1 (10). */
function file(
  name: string,
  unit: string,
  scores: { '1.1': number | null; '1.2': number | null; '2.1': number | null },
  extra: Partial<ScoredFile> = {},
): ScoredFile {
  const c = (code: keyof typeof scores, max: number, na = false) => ({
    code,
    name: `Tiêu chí ${code}`,
    max,
    applicableMax: na ? 0 : max,
    score: na ? null : scores[code],
    na,
  });
  const f1 = (scores['1.1'] ?? 0) + (scores['1.2'] ?? 0);
  const f2 = scores['2.1'] ?? 0;
  return {
    file: name,
    status: 'scored',
    unit,
    set: SET,
    year: 2025,
    basis: 'self',
    total: { max: 20, applicableMax: 20, score: f1 + f2, percent: ((f1 + f2) * 100) / 20 },
    classification: null,
    fields: [
      { code: '1', name: 'LV 1', max: 10, score: f1 },
      { code: '2', name: 'LV 2', max: 10, score: f2 },
    ],
    criteria: [c('1.1', 6), c('1.2', 4), c('2.1', 10)],
    errors: { count: 0, cells: [] },
    ...extra,
  };
}

describe('rollup', () => {
  const files: FileFigures[] = [
    file('a.xlsx', 'UBND xã A', { '1.1': 6, '1.2': 4, '2.1': 8 }), // 18 → 90 %
    file('b.xlsx', 'UBND xã B', { '1.1': 5, '1.2': 4, '2.1': 7 }), // 16 → 80 %
    file('c.xlsx', '', { '1.1': 6, '1.2': 2, '2.1': 8 }), // 16 → 80 %
    file('d.xlsx', 'UBND xã D', { '1.1': 3, '1.2': 4, '2.1': 5 }), // 12 → 60 %
    file(
      'e.xlsx',
      'UBND  xã a',
      { '1.1': 6, '1.2': 4, '2.1': 10 },
      { status: 'scoreErrors', errors: { count: 7, cells: ['S!D8', 'S!D9'] } },
    ),
    {
      file: 'f.xlsx',
      status: 'unreadable',
      code: 2,
      reason: { key: 'empty', message: { vi: 'rỗng', en: 'empty' } },
    },
    file('g.xlsx', 'UBND xã G', { '1.1': 6, '1.2': 4, '2.1': 10 }, { set: { ...SET, version: '2' } }),
  ];
  const result = rollup(files);

  it('ranks by percent, ties sharing a rank and the next rank skipping (1, 2, 2, 4)', () => {
    const block = result.blocks[0];
    expect(block.ranking.map((r) => [r.rank, r.file])).toEqual([
      [1, 'a.xlsx'],
      // Tied rows in the order of their unit names.
      [2, 'c.xlsx'],
      [2, 'b.xlsx'],
      [4, 'd.xlsx'],
    ]);
    // The file's name stands in for a missing unit line.
    expect(block.ranking[1].unit).toBe('c');
  });

  it('ranks each set and version in its own block', () => {
    expect(result.blocks.map((b) => [b.setId, b.version, b.ranking.length])).toEqual([
      ['tinh-a', '1', 4],
      ['tinh-a', '2', 1],
    ]);
    expect(result.blocks[1].ranking[0].rank).toBe(1);
  });

  it('leaves files with score errors out of the ranking and lists every problem file', () => {
    expect(result.ranked).toBe(5);
    expect(result.withErrors).toBe(1);
    expect(result.unreadable).toBe(1);
    expect(result.problems.map((p) => [p.file, p.kind])).toEqual([
      ['e.xlsx', 'scoreErrors'],
      ['f.xlsx', 'unreadable'],
      ['a.xlsx', 'duplicate'],
      ['e.xlsx', 'duplicate'],
    ]);
    expect(result.problems[0].errors).toEqual({ count: 7, cells: ['S!D8', 'S!D9'] });
    expect(result.blocks[0].ranking[0].duplicate).toBe(true);
    expect(result.exitCode).toBe(2);
  });

  it('computes per-field figures over the ranked communes of the block', () => {
    const [f1, f2] = result.blocks[0].fieldStats;
    expect(f1).toMatchObject({
      code: '1',
      count: 4,
      mean: (10 + 9 + 8 + 7) / 4,
      lowest: 7,
      highest: 10,
      atMax: 1,
    });
    expect(f2).toMatchObject({
      code: '2',
      count: 4,
      mean: (8 + 7 + 8 + 5) / 4,
      lowest: 5,
      highest: 8,
      atMax: 0,
    });
  });

  it('sums the points lost per criterion, largest first, the mean over the ranked communes', () => {
    expect(result.blocks[0].criteria.map((c) => [c.code, c.belowMax, c.lost, c.meanLost])).toEqual([
      ['2.1', 4, 12, 3],
      ['1.1', 2, 4, 1],
      ['1.2', 1, 2, 0.5],
    ]);
  });

  it('counts a blank criterion as all its points lost and leaves a not-applicable one out', () => {
    const blank = file('x.xlsx', 'X', { '1.1': null, '1.2': 4, '2.1': 10 });
    blank.criteria[1] = { ...blank.criteria[1], na: true, applicableMax: 0, score: null };
    const r = rollup([blank]);
    expect(r.blocks[0].criteria.map((c) => [c.code, c.belowMax, c.lost])).toEqual([
      ['1.1', 1, 6],
      ['1.2', 0, 0],
      ['2.1', 0, 0],
    ]);
    expect(r.exitCode).toBe(0);
  });

  it('exit code 1 when the worst file has score errors', () => {
    expect(rollup(files.slice(0, 5)).exitCode).toBe(1);
  });

  it('unitOf takes the unit line, else the file name without folder and extension', () => {
    expect(unitOf(' UBND xã Quảng Sơn ', 'x.xlsx')).toBe('UBND xã Quảng Sơn');
    expect(unitOf('', 'in/sub/xa-quang-son.XLSX')).toBe('xa-quang-son');
  });
});

describe('rollupSheets', () => {
  const result = rollup([
    file('a.xlsx', 'A', { '1.1': 6, '1.2': 4, '2.1': 8 }),
    file('b.xlsx', 'B', { '1.1': 5, '1.2': 4, '2.1': 7 }),
    file('g.xlsx', 'G', { '1.1': 6, '1.2': 4, '2.1': 10 }, { set: { ...SET, version: '2' } }),
  ]);
  const { sheets, results } = rollupSheets(result);

  it('makes the four sheets, the per-field figures as formulas over the ranking', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Xếp hạng',
      'Theo lĩnh vực',
      'Theo tiêu chí',
      'Tệp có vấn đề',
    ]);
    const fields = sheets[1];
    const formulas = fields.cells
      .flat()
      .filter((c): c is { formula: string } => typeof c === 'object' && c !== null);
    expect(formulas.map((f) => f.formula)).toContain("AVERAGE('Xếp hạng'!$I$7:$I$8)");
    // Every formula carries the roll-up's own figure as its cached result.
    expect(results.get('Theo lĩnh vực')?.size).toBe(formulas.length);
  });

  it('says the sets are ranked apart, one block each', () => {
    const texts = sheets[0].cells.flat().filter((c): c is string => typeof c === 'string');
    expect(texts.some((t) => t.includes('2 bộ chỉ số'))).toBe(true);
    expect(texts.filter((t) => t.startsWith('Bộ chỉ số: Bộ A'))).toHaveLength(2);
  });

  it('prints on A4, the wide ranking in landscape, with data bars on the percentage', () => {
    expect(sheets.every((s) => s.print.paper === 'A4')).toBe(true);
    expect(sheets[0].print.orientation).toBe('landscape');
    expect(sheets[0].dataBars?.map((d) => d.range.col)).toEqual([6, 6]);
  });
});

describe('shortNames', () => {
  it('names files from the folder they all share', () => {
    const names = shortNames(['/tmp/in/a.xlsx', '/tmp/in/dot-2/b.xlsx', '/tmp/in/c.xlsx']);
    expect([...names.values()]).toEqual(['a.xlsx', 'dot-2/b.xlsx', 'c.xlsx']);
    expect([...shortNames(['x/a.xlsx', 'y/b.xlsx']).values()]).toEqual(['x/a.xlsx', 'y/b.xlsx']);
    expect([...shortNames(['only.xlsx']).values()]).toEqual(['only.xlsx']);
  });
});

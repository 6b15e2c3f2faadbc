import { byGap, checkScores, hasErrors } from '../../src/engine/check';
import type { ProblemCode, Severity } from '../../src/engine/types';
import { a1Of, makeScores, makeSet, type ScoreRow } from '../support/factories';
import { problemText } from '../../src/i18n/problems';

/** Field 1 (10): 1.1 = 4, 1.2 = 6 (may be N/A); field 2 (10): 2.1 = 2.1.1 (2) + 2.1.2 (3), 2.2 = 5. */
const set = makeSet({
  fields: {
    '1': { criteria: { '1.1': 4, '1.2': { max: 6, naAllowed: true } } },
    '2': { criteria: { '2.1': { sub: { '2.1.1': 2, '2.1.2': 3 } }, '2.2': 5 } },
  },
});

const FULL: ScoreRow[] = [
  ['1.1', 4, 'D7'],
  ['1.2', 6, 'D8'],
  ['2.1.1', 2, 'D11'],
  ['2.1.2', 3, 'D12'],
  ['2.2', 5, 'D13'],
];

/** The full scores with one cell changed (kept at its place) or, for a new code, added at the end. */
function withCell(code: string, raw: ScoreRow[1], location = 'X1'): ScoreRow[] {
  const rows = FULL.map((row): ScoreRow => (row[0] === code ? [code, raw, location] : row));
  return rows.some((r) => r[2] === location) ? rows : [...rows, [code, raw, location]];
}

describe('checkScores on complete, valid scores', () => {
  const report = checkScores(set, makeScores(FULL));

  it('raises nothing and totals the full 20 points', () => {
    expect(report.problems).toEqual([]);
    expect(hasErrors(report)).toBe(false);
    expect(report.total).toEqual({ max: 20, applicableMax: 20, score: 20, percent: 100 });
    expect(report.classification?.name).toBe('Tốt');
    expect(report.belowMax).toEqual([]);
  });

  it('scores a criterion with sub-criteria as their sum', () => {
    expect(report.nodes.get('2.1')).toMatchObject({ score: 5, origin: 'children', applicableMax: 5 });
    expect(report.nodes.get('2.1.1')).toMatchObject({ score: 2, origin: 'entered', level: 'subCriterion' });
  });
});

type Expected = { code: ProblemCode; severity: Severity; criterion: string; location: string | undefined };
type Case = [name: string, rows: ScoreRow[], expected: Expected, vi: string[], en: string[]];

const CASES: Case[] = [
  [
    'ABOVE_MAX: 4,5 on a max of 4',
    withCell('1.1', 4.5, 'D7'),
    { code: 'ABOVE_MAX', severity: 'error', criterion: '1.1', location: 'D7' },
    ['4,5', 'tối đa 4'],
    ['4.5', 'max of 4'],
  ],
  [
    'NEGATIVE: -0,5',
    withCell('2.2', -0.5, 'D13'),
    { code: 'NEGATIVE', severity: 'error', criterion: '2.2', location: 'D13' },
    ['-0,5'],
    ['-0.5'],
  ],
  [
    'NOT_A_NUMBER: words',
    withCell('1.1', 'đạt', 'D7'),
    { code: 'NOT_A_NUMBER', severity: 'error', criterion: '1.1', location: 'D7' },
    ['"đạt"'],
    ['"đạt"'],
  ],
  [
    'NOT_A_NUMBER: a boolean',
    withCell('1.1', true, 'D7'),
    { code: 'NOT_A_NUMBER', severity: 'error', criterion: '1.1', location: 'D7' },
    ['TRUE'],
    ['TRUE'],
  ],
  [
    'TEXT_NUMBER: "3,5" typed as text',
    withCell('1.1', '3,5', 'D7'),
    { code: 'TEXT_NUMBER', severity: 'warning', criterion: '1.1', location: 'D7' },
    ['"3,5"', 'số 3,5'],
    ['"3,5"', 'number 3.5'],
  ],
  [
    'CELL_ERROR: an error value',
    withCell('1.2', { error: '#REF!' }, 'D8'),
    { code: 'CELL_ERROR', severity: 'error', criterion: '1.2', location: 'D8' },
    ['#REF!'],
    ['#REF!'],
  ],
  [
    'CELL_ERROR: error text',
    withCell('1.2', '#DIV/0!', 'D8'),
    { code: 'CELL_ERROR', severity: 'error', criterion: '1.2', location: 'D8' },
    ['#DIV/0!'],
    ['#DIV/0!'],
  ],
  [
    'MISSING: a blank cell, reported at that cell',
    withCell('2.1.2', '  ', 'D12'),
    { code: 'MISSING', severity: 'error', criterion: '2.1.2', location: 'D12' },
    ['chưa có điểm'],
    ['no score'],
  ],
  [
    'MISSING: no row at all, so no location',
    FULL.filter(([code]) => code !== '2.2'),
    { code: 'MISSING', severity: 'error', criterion: '2.2', location: undefined },
    ['chưa có điểm'],
    ['no score'],
  ],
  [
    'NA_NOT_ALLOWED: KAD where the set does not allow it',
    withCell('1.1', 'KAD', 'D7'),
    { code: 'NA_NOT_ALLOWED', severity: 'error', criterion: '1.1', location: 'D7' },
    ['Không áp dụng'],
    ['not applicable'],
  ],
  [
    'TOO_MANY_DECIMALS: 3,9995',
    withCell('1.1', 3.9995, 'D7'),
    { code: 'TOO_MANY_DECIMALS', severity: 'error', criterion: '1.1', location: 'D7' },
    ['3,9995'],
    ['3.9995'],
  ],
  [
    'PARENT_MISMATCH: 2.1 entered as 4.5 over sub-criteria summing to 5',
    withCell('2.1', 4.5, 'D10'),
    { code: 'PARENT_MISMATCH', severity: 'error', criterion: '2.1', location: 'D10' },
    ['4,5', '(5)'],
    ['4.5', '(5)'],
  ],
  [
    'UNKNOWN_CODE: a code the set does not have',
    withCell('9.9', 1, 'D40'),
    { code: 'UNKNOWN_CODE', severity: 'warning', criterion: '9.9', location: 'D40' },
    ['STT'],
    ['STT'],
  ],
  [
    'DUPLICATE_ENTRY: the same criterion twice',
    [...FULL, ['1.1', 3, 'D50']],
    { code: 'DUPLICATE_ENTRY', severity: 'error', criterion: '1.1', location: 'D50' },
    ['nhiều lần'],
    ['more than once'],
  ],
];

describe('checkScores reports each problem', () => {
  it.each(CASES)('%s', (_name, rows, expected, viParts, enParts) => {
    const report = checkScores(set, makeScores(rows));
    expect(report.problems).toHaveLength(1);
    const [problem] = report.problems;
    expect({
      code: problem.code,
      severity: problem.severity,
      criterion: problem.criterion,
      location: a1Of(problem),
    }).toEqual(expected);
    expect(problem.column).toBe('self');
    expect(problemText(problem, 'vi')).toContain(expected.criterion);
    expect(problemText(problem, 'en')).toContain(expected.criterion);
    for (const part of viParts) expect(problemText(problem, 'vi')).toContain(part);
    for (const part of enParts) expect(problemText(problem, 'en')).toContain(part);
    expect(hasErrors(report)).toBe(expected.severity === 'error');
  });

  it('TEXT_NUMBER carries the number a fix should write, and the text still counts', () => {
    const report = checkScores(set, makeScores(withCell('1.1', ' 3,5 ', 'D7')));
    expect(report.problems[0].fixValue).toBe(3.5);
    expect(report.nodes.get('1.1')?.score).toBe(3.5);
    expect(report.total.score).toBe(19.5);
  });

  it('a fault and its absence are not both reported: a broken cell is not also MISSING', () => {
    const report = checkScores(set, makeScores(withCell('1.1', '#VALUE!', 'D7')));
    expect(report.problems.map((p) => p.code)).toEqual(['CELL_ERROR']);
  });

  it('reports several problems of one column together', () => {
    const rows: ScoreRow[] = [
      ['1.1', 5, 'D7'],
      ['1.2', 'x', 'D8'],
      ['2.1.1', '1,5', 'D11'],
      ['2.2', '', 'D13'],
      ['7', 1, 'D99'],
    ];
    const report = checkScores(set, makeScores(rows));
    expect(report.problems.map((p) => [p.code, p.criterion, a1Of(p)]).sort()).toEqual(
      [
        ['UNKNOWN_CODE', '7', 'D99'],
        ['NOT_A_NUMBER', '1.2', 'D8'],
        ['TEXT_NUMBER', '2.1.1', 'D11'],
        ['ABOVE_MAX', '1.1', 'D7'],
        ['MISSING', '2.1.2', undefined],
        ['MISSING', '2.2', 'D13'],
      ].sort(),
    );
  });
});

describe('the appraised column', () => {
  it('passes its column through and raises no MISSING for what was not appraised', () => {
    const report = checkScores(set, makeScores([['1.1', 5, 'E7']]), { column: 'appraised' });
    expect(report.column).toBe('appraised');
    expect(report.problems.map((p) => [p.code, p.column, a1Of(p)])).toEqual([
      ['ABOVE_MAX', 'appraised', 'E7'],
    ]);
  });
});

describe('sub-criteria', () => {
  it('a criterion entered directly needs no sub-criteria', () => {
    const rows: ScoreRow[] = [...FULL.filter(([code]) => !code.startsWith('2.1.')), ['2.1', 4, 'D10']];
    const report = checkScores(set, makeScores(rows));
    expect(report.problems).toEqual([]);
    expect(report.nodes.get('2.1')).toMatchObject({ score: 4, origin: 'entered' });
    expect(report.fields[1].score).toBe(9);
  });

  it('an entered criterion equal to its sub-criteria is no problem', () => {
    const report = checkScores(set, makeScores(withCell('2.1', 5, 'D10')));
    expect(report.problems).toEqual([]);
  });

  it('sums 3-decimal sub-criteria exactly', () => {
    const report = checkScores(
      set,
      makeScores({ ...Object.fromEntries(FULL), '2.1.1': 1.111, '2.1.2': 2.222 }),
    );
    expect(report.nodes.get('2.1')?.score).toBe(3.333);
    expect(report.fields[1].score).toBe(8.333);
    expect(report.total.score).toBe(18.333);
  });
});

describe('not applicable (Không áp dụng)', () => {
  it.each(['KAD', 'Không áp dụng', 'N/A'])('"%s" takes the criterion out of the applicable max', (raw) => {
    const report = checkScores(set, makeScores(withCell('1.2', raw, 'D8')));
    expect(report.problems).toEqual([]);
    expect(report.nodes.get('1.2')).toMatchObject({ na: true, score: null, applicableMax: 0, max: 6 });
    expect(report.fields[0]).toMatchObject({ score: 4, max: 10, applicableMax: 4 });
    expect(report.total).toEqual({ max: 20, applicableMax: 14, score: 14, percent: 100 });
  });

  it('the percent is computed against the applicable max', () => {
    const rows = withCell('1.2', 'KAD', 'D8').map((r): ScoreRow => (r[0] === '2.2' ? ['2.2', 0, 'D13'] : r));
    const report = checkScores(set, makeScores(rows));
    // 9 of the applicable 14 points: 64.2857…% → 64.29%, below 65%.
    expect(report.total).toEqual({ max: 20, applicableMax: 14, score: 9, percent: 64.29 });
    expect(report.classification?.name).toBe('Yếu');
  });

  const subSet = makeSet({
    fields: {
      '1': {
        criteria: {
          '1.1': { sub: { '1.1.1': { max: 2, naAllowed: true }, '1.1.2': { max: 2, naAllowed: true } } },
          '1.2': 6,
        },
      },
    },
  });

  it('an N/A sub-criterion leaves its criterion, and a full applicable score is not below max', () => {
    const report = checkScores(subSet, makeScores({ '1.1.1': 'KAD', '1.1.2': 2, '1.2': 6 }));
    expect(report.nodes.get('1.1')).toMatchObject({ score: 2, max: 4, applicableMax: 2, na: false });
    expect(report.total).toEqual({ max: 10, applicableMax: 8, score: 8, percent: 100 });
    expect(report.belowMax).toEqual([]);
  });

  it('below the applicable max, the gap is to the applicable max', () => {
    const report = checkScores(subSet, makeScores({ '1.1.1': 'KAD', '1.1.2': 1.5, '1.2': 6 }));
    expect(report.belowMax).toEqual([
      { criterion: '1.1', name: 'Tiêu chí 1.1', max: 2, score: 1.5, gap: 0.5 },
    ]);
  });

  it('a criterion whose sub-criteria are all N/A is N/A itself', () => {
    const report = checkScores(subSet, makeScores({ '1.1.1': 'KAD', '1.1.2': 'KAD', '1.2': 3 }));
    expect(report.nodes.get('1.1')).toMatchObject({ na: true, score: null, applicableMax: 0 });
    expect(report.total).toEqual({ max: 10, applicableMax: 6, score: 3, percent: 50 });
  });
});

describe('bonus and penalty', () => {
  const bpSet = makeSet({
    fields: {
      '1': { criteria: { '1.1': 4, '1.2': 6 } },
      '2': { kind: 'bonus', criteria: { '2.1': { max: 3, kind: 'bonus' } } },
      '3': { kind: 'penalty', criteria: { '3.1': { max: 2, kind: 'penalty' } } },
    },
  });

  it('the declared total counts scored fields only', () => {
    expect(bpSet.total).toBe(10);
  });

  it('a bonus adds and a penalty subtracts', () => {
    const report = checkScores(bpSet, makeScores({ '1.1': 3, '1.2': 5.5, '2.1': 1.25, '3.1': 0.75 }));
    expect(report.problems).toEqual([]);
    expect(report.total).toEqual({ max: 10, applicableMax: 10, score: 9, percent: 90 });
    expect(report.fields.map((f) => [f.kind, f.score])).toEqual([
      ['scored', 8.5],
      ['bonus', 1.25],
      ['penalty', 0.75],
    ]);
  });

  it('bonus and penalty criteria are never "below max"', () => {
    const report = checkScores(bpSet, makeScores({ '1.1': 4, '1.2': 6, '2.1': 0, '3.1': 0 }));
    expect(report.belowMax).toEqual([]);
  });

  it('a bonus beyond 100% keeps the top classification', () => {
    const report = checkScores(bpSet, makeScores({ '1.1': 4, '1.2': 6, '2.1': 3, '3.1': 0 }));
    expect(report.total.percent).toBe(130);
    expect(report.classification?.name).toBe('Tốt');
  });

  it('blank bonus and penalty items are not missing: they are scored only when they apply', () => {
    const report = checkScores(bpSet, makeScores({ '1.1': 4, '1.2': 6 }));
    expect(report.problems).toEqual([]);
    expect(report.total.score).toBe(10);
  });

  it('a penalty above its own max is ABOVE_MAX', () => {
    const report = checkScores(bpSet, makeScores({ '1.1': 4, '1.2': 6, '2.1': 0, '3.1': 2.5 }));
    expect(report.problems.map((p) => [p.code, p.criterion])).toEqual([['ABOVE_MAX', '3.1']]);
  });
});

describe('belowMax and byGap', () => {
  const rows: ScoreRow[] = [
    ['1.1', 3.333],
    ['1.2', 6],
    ['2.1.1', 1],
    ['2.1.2', 3],
    ['2.2', 4.9],
  ];

  it('lists the criteria below max in set order with exact gaps', () => {
    const report = checkScores(set, makeScores(rows));
    expect(report.belowMax).toEqual([
      { criterion: '1.1', name: 'Tiêu chí 1.1', max: 4, score: 3.333, gap: 0.667 },
      { criterion: '2.1', name: 'Tiêu chí 2.1', max: 5, score: 4, gap: 1 },
      { criterion: '2.2', name: 'Tiêu chí 2.2', max: 5, score: 4.9, gap: 0.1 },
    ]);
  });

  it('byGap puts the largest gap first', () => {
    const report = checkScores(set, makeScores(rows));
    expect(byGap(report.belowMax).map((b) => b.criterion)).toEqual(['2.1', '1.1', '2.2']);
  });

  it('byGap keeps set order between equal gaps', () => {
    const tie: ScoreRow[] = rows.map((r): ScoreRow => (r[0] === '1.1' ? ['1.1', 3] : r));
    const report = checkScores(set, makeScores(tie));
    expect(byGap(report.belowMax).map((b) => [b.criterion, b.gap])).toEqual([
      ['1.1', 1],
      ['2.1', 1],
      ['2.2', 0.1],
    ]);
  });

  it('criteria without a score are not listed', () => {
    const report = checkScores(set, makeScores([['1.1', 1]]));
    expect(report.belowMax.map((b) => b.criterion)).toEqual(['1.1']);
  });
});

describe('classification on points', () => {
  const pointsSet = makeSet({
    fields: { '1': { criteria: { '1.1': 60, '1.2': 40 } } },
    basis: 'points',
    bands: [
      { name: 'Tốt', min: 90, max: 100 },
      { name: 'Khá', min: 80, max: 90 },
      { name: 'Trung bình', min: 65, max: 80 },
      { name: 'Yếu', min: 0, max: 65 },
    ],
  });

  it.each([
    [60, 4.999, 'Yếu'],
    [60, 5, 'Trung bình'],
    [60, 20, 'Khá'],
    [60, 40, 'Tốt'],
  ])('%p + %p points is %s', (a, b, name) => {
    const report = checkScores(pointsSet, makeScores({ '1.1': a, '1.2': b }));
    expect(report.classification?.name).toBe(name);
  });
});

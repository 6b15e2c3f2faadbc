import { classify, loadSet, type CriteriaSetJson, type SetProblemCode } from '../../src/engine/set';
import type { Band } from '../../src/engine/types';
import { makeSet, makeSetJson, type SetSpec } from '../support/factories';
import { setProblemText } from '../../src/i18n/set-problems';

/** Field 1 (10): 1.1 = 4, 1.2 = 6 with sub-criteria 3 + 3; field 2 (10): 2.1 = 5, 2.2 = 5. Total 20. */
const SPEC: SetSpec = {
  fields: {
    '1': { criteria: { '1.1': 4, '1.2': { sub: { '1.2.1': 3, '1.2.2': 3 } } } },
    '2': { criteria: { '2.1': 5, '2.2': 5 } },
  },
};

/** The document loosened so that tests can break it: any value where a number belongs. */
type Loose = { code: string; max: unknown };
type Doc = Omit<CriteriaSetJson, 'fields' | 'total'> & {
  total: unknown;
  fields: Array<Loose & { criteria: Array<Loose & { subCriteria?: Loose[] }> }>;
};

function doc(): Doc {
  return makeSetJson(SPEC) as unknown as Doc;
}

describe('loadSet on a valid document', () => {
  it('reports no problem and builds the tree with defaults filled in', () => {
    const { set, problems } = loadSet(doc());
    expect(problems).toEqual([]);
    expect(set?.total).toBe(20);
    expect(set?.fields.map((f) => [f.code, f.level, f.max, f.children.length])).toEqual([
      ['1', 'field', 10, 2],
      ['2', 'field', 10, 2],
    ]);
    const sub = set?.fields[0].children[1].children[0];
    expect(sub).toMatchObject({
      code: '1.2.1',
      level: 'subCriterion',
      kind: 'scored',
      naAllowed: false,
      tasks: '',
    });
  });
});

type Case = [name: string, breakIt: (d: Doc) => void, expected: Array<[SetProblemCode, string]>];

const CASES: Case[] = [
  [
    'a duplicate code',
    (d) => (d.fields[1].criteria[1].code = '2.1'),
    [['DUPLICATE_CODE', 'fields[1].criteria[1].code']],
  ],
  [
    'a child code that does not extend its parent',
    (d) => (d.fields[0].criteria[0].code = '2.9'),
    [['CODE_NOT_UNDER_PARENT', 'fields[0].criteria[0].code']],
  ],
  [
    '"1.10" is not under "1.1" (prefix without the dot)',
    (d) => ((d.fields[0].criteria[1].subCriteria ?? [])[0].code = '1.20'),
    [['CODE_NOT_UNDER_PARENT', 'fields[0].criteria[1].subCriteria[0].code']],
  ],
  [
    'a field max that is not the sum of its criteria',
    (d) => (d.fields[1].criteria[0].max = 4.5),
    [['PARENT_MAX_MISMATCH', 'fields[1].max']],
  ],
  [
    'a criterion max that is not the sum of its sub-criteria',
    (d) => ((d.fields[0].criteria[1].subCriteria ?? [])[1].max = 2.5),
    [['PARENT_MAX_MISMATCH', 'fields[0].criteria[1].max']],
  ],
  [
    'a declared total that is not the sum of the fields',
    (d) => (d.total = 100),
    [['TOTAL_MISMATCH', 'total']],
  ],
  [
    'a negative max (the sum still right)',
    (d) => {
      d.fields[1].criteria[0].max = -1;
      d.fields[1].criteria[1].max = 11;
    },
    [['BAD_MAX', 'fields[1].criteria[0].max']],
  ],
  [
    'a non-numeric max',
    (d) => (d.fields[0].criteria[0].max = '4'),
    [['SCHEMA', 'fields[0].criteria[0].max']],
  ],
  ['a max that is null', (d) => (d.fields[1].max = null), [['SCHEMA', 'fields[1].max']]],
  ['a missing fields list', (d) => delete (d as Partial<Doc>).fields, [['SCHEMA', 'fields']]],
  ['overlapping bands', (d) => (d.scale.bands[1].min = 75), [['BANDS_OVERLAP', 'scale.bands[1].min']]],
  ['bands with a gap', (d) => (d.scale.bands[2].max = 75), [['BANDS_GAP', 'scale.bands[1].min']]],
  ['bands not starting at 0', (d) => (d.scale.bands[3].min = 10), [['BANDS_RANGE', 'scale.bands']]],
  ['bands not reaching the top (100%)', (d) => (d.scale.bands[0].max = 95), [['BANDS_RANGE', 'scale.bands']]],
  [
    'a band whose min is not below its max',
    (d) => {
      d.scale.bands[0].min = 100;
      d.scale.bands[1].max = 100;
    },
    [['BANDS_RANGE', 'scale.bands[0].max']],
  ],
  [
    'points bands that stop short of the total',
    (d) => {
      d.scale.basis = 'points';
      d.scale.bands = [
        { name: 'Đạt', min: 10, max: 19 },
        { name: 'Không đạt', min: 0, max: 10 },
      ];
    },
    [['BANDS_RANGE', 'scale.bands']],
  ],
];

describe('loadSet reports each fault with its JSON path', () => {
  it.each(CASES)('%s', (_name, breakIt, expected) => {
    const d = doc();
    breakIt(d);
    const { set, problems } = loadSet(d);
    expect(problems.map((p) => [p.code, p.path])).toEqual(expected);
    for (const p of problems) {
      expect(setProblemText(p, 'vi').length).toBeGreaterThan(0);
      expect(setProblemText(p, 'en').length).toBeGreaterThan(0);
    }
    expect(set === null).toBe(expected.some(([code]) => code === 'SCHEMA'));
  });
});

describe('one document with several faults', () => {
  it('reports all structural and band faults at once', () => {
    const d = doc();
    d.fields[1].criteria[1].code = '2.1'; // duplicate
    d.fields[0].criteria[0].code = '3.1'; // not under field 1
    d.fields[0].criteria[1].subCriteria![0].max = 2; // 1.2 = 2 + 3 ≠ 6
    d.total = 21;
    d.fields[1].criteria[0].max = -5; // negative, and field 2 = -5 + 5 ≠ 10
    d.scale.bands[1].min = 70; // Khá overlaps Trung bình
    d.scale.bands[3].max = 60; // gap between Yếu and Trung bình
    const { set, problems } = loadSet(d);
    expect(set).not.toBeNull();
    expect(problems.map((p) => [p.code, p.path]).sort()).toEqual(
      [
        ['CODE_NOT_UNDER_PARENT', 'fields[0].criteria[0].code'],
        ['PARENT_MAX_MISMATCH', 'fields[0].criteria[1].max'],
        ['PARENT_MAX_MISMATCH', 'fields[1].max'],
        ['BAD_MAX', 'fields[1].criteria[0].max'],
        ['DUPLICATE_CODE', 'fields[1].criteria[1].code'],
        ['TOTAL_MISMATCH', 'total'],
        ['BANDS_GAP', 'scale.bands[2].min'],
        ['BANDS_OVERLAP', 'scale.bands[1].min'],
      ].sort(),
    );
  });

  it('reports every schema fault at once', () => {
    const d = doc();
    d.fields[0].max = 'mười';
    d.fields[1].criteria[1].max = '5';
    d.total = null;
    const { set, problems } = loadSet(d);
    expect(set).toBeNull();
    expect(problems.map((p) => [p.code, p.path]).sort()).toEqual(
      [
        ['SCHEMA', 'fields[0].max'],
        ['SCHEMA', 'fields[1].criteria[1].max'],
        ['SCHEMA', 'total'],
      ].sort(),
    );
  });

  it('reports a document that is not an object at all', () => {
    const { set, problems } = loadSet('not a set');
    expect(set).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['SCHEMA']);
  });
});

describe('set problem messages', () => {
  it('write numbers with a decimal comma in Vietnamese and a point in English', () => {
    const d = doc();
    d.fields[1].criteria[0].max = 4.5;
    const [problem] = loadSet(d).problems;
    expect(setProblemText(problem, 'vi')).toContain('10');
    expect(setProblemText(problem, 'vi')).toContain('9,5');
    expect(setProblemText(problem, 'en')).toContain('9.5');
  });

  it('name the code they are about', () => {
    const d = doc();
    d.fields[1].criteria[1].code = '2.1';
    const [problem] = loadSet(d).problems;
    expect(setProblemText(problem, 'vi')).toContain('"2.1"');
    expect(setProblemText(problem, 'en')).toContain('"2.1"');
  });
});

describe('classify', () => {
  const POINT_BANDS: Band[] = [
    { name: 'Tốt', min: 90, max: 100 },
    { name: 'Khá', min: 80, max: 90 },
    { name: 'Trung bình', min: 65, max: 80 },
    { name: 'Yếu', min: 0, max: 65 },
  ];
  const hundred: SetSpec = {
    fields: { '1': { criteria: { '1.1': 60, '1.2': 40 } } },
    basis: 'points',
    bands: POINT_BANDS,
  };
  const pointsSet = makeSet(hundred);
  const percentSet = makeSet({ ...hundred, basis: 'percent' });

  it.each([
    [0, 'Yếu'],
    [64.999, 'Yếu'],
    [65, 'Trung bình'],
    [71.36, 'Trung bình'],
    [79.999, 'Trung bình'],
    [80, 'Khá'],
    [89.999, 'Khá'],
    [90, 'Tốt'],
    [100, 'Tốt'],
  ])('points basis: %p points is %s (min inclusive, the top band includes its max)', (score, name) => {
    expect(classify(pointsSet, score, 0)?.name).toBe(name);
  });

  it.each([
    [100.5, 'Tốt'],
    [-1, 'Yếu'],
  ])('a result beyond the bands (bonus or penalty, %p) stays in the end band %s', (score, name) => {
    expect(classify(pointsSet, score, 0)?.name).toBe(name);
  });

  it('percent basis reads the percent, not the points', () => {
    expect(classify(percentSet, 10, 80)?.name).toBe('Khá');
    expect(classify(percentSet, 95, 64.99)?.name).toBe('Yếu');
    expect(classify(pointsSet, 10, 80)?.name).toBe('Yếu');
  });
});

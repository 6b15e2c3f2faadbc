/** The built-in Đắk Nông commune set against the seed document's structure and appendix. */
import { loadSet } from '../../src/engine/set';
import { walk } from '../../src/engine/tree';
import { BUILT_IN_JSON, DEFAULT_SET_ID, builtInSet, builtInSets } from '../../src/sets';
import { builtInJson } from '../support/factories';
import { setProblemText } from '../../src/i18n/set-problems';

/** Section I.1: fields, their number of criteria and max; the appendix's criterion maxes (2.4 not printed). */
const SEED_STRUCTURE = [
  { code: '1', criteria: 7, max: 16 },
  { code: '2', criteria: 4, max: 11 },
  { code: '3', criteria: 8, max: 19.5 },
  { code: '4', criteria: 5, max: 8 },
  { code: '5', criteria: 3, max: 8.5 },
  { code: '6', criteria: 3, max: 8 },
  { code: '7', criteria: 4, max: 16 },
  { code: '8', criteria: 4, max: 13 },
];
const APPENDIX_CRITERION_MAX: Record<string, number> = {
  '1.1': 2,
  '1.2': 2,
  '1.3': 2,
  '1.4': 4,
  '1.5': 2,
  '1.6': 2,
  '1.7': 2,
  '2.1': 3,
  '2.2': 2,
  '2.3': 3.5,
  '3.1': 2,
  '3.2': 1,
  '3.3': 1.5,
  '3.4': 8,
  '3.5': 1,
  '3.6': 2,
  '3.7': 3,
  '3.8': 1,
  '4.1': 1,
  '4.2': 1,
  '4.3': 1,
  '4.4': 3,
  '4.5': 2,
  '5.1': 1.5,
  '5.2': 4,
  '5.3': 3,
  '6.1': 5.5,
  '6.2': 1.5,
  '6.3': 1,
  '7.1': 8,
  '7.2': 4,
  '7.3': 3,
  '7.4': 1,
  '8.1': 10,
  '8.2': 1,
  '8.3': 1,
  '8.4': 1,
};

describe('the built-in set as shipped', () => {
  const { set, problems } = loadSet(builtInJson());

  it('loads with no problem', () => {
    expect(problems).toEqual([]);
    expect(set).not.toBeNull();
  });

  it('has 8 fields, 38 criteria and 100 points', () => {
    expect(set?.fields).toHaveLength(8);
    expect(set && walk(set).filter((n) => n.level === 'criterion')).toHaveLength(38);
    expect(set?.total).toBe(100);
  });

  it('has the field max of section I.1: 16; 11; 19,5; 8; 8,5; 8; 16; 13', () => {
    expect(set?.fields.map((f) => f.max)).toEqual([16, 11, 19.5, 8, 8.5, 8, 16, 13]);
    expect(set?.fields.map((f) => f.max)).toEqual(SEED_STRUCTURE.map((f) => f.max));
  });

  it.each(SEED_STRUCTURE)('field $code has $criteria criteria', ({ code, criteria }) => {
    const field = set?.fields.find((f) => f.code === code);
    expect(field?.children).toHaveLength(criteria);
  });

  it.each(Object.entries(APPENDIX_CRITERION_MAX))('criterion %s has the appendix max %p', (code, max) => {
    const node = set && walk(set).find((n) => n.code === code);
    expect(node?.max).toBe(max);
  });

  it('holds the missing criterion 2.4 at the 2,5 points the appendix lacks', () => {
    const node = set && walk(set).find((n) => n.code === '2.4');
    expect(node?.max).toBe(2.5);
  });

  it('is what builtInSets() and builtInSet(DEFAULT_SET_ID) return', () => {
    expect(builtInSets().map((s) => s.id)).toEqual([DEFAULT_SET_ID]);
    expect(builtInSet(DEFAULT_SET_ID)?.fields.map((f) => f.max)).toEqual(set?.fields.map((f) => f.max));
    expect(builtInSet('no-such-set')).toBeUndefined();
  });
});

describe('the seed appendix exactly as printed (the built-in set without 2.4)', () => {
  const json = builtInJson();
  json.fields[1].criteria = json.fields[1].criteria.filter((c) => c.code !== '2.4');
  const { set, problems } = loadSet(json);

  it('reports only PARENT_MAX_MISMATCH at fields[1].max', () => {
    expect(set).not.toBeNull();
    expect(problems.map((p) => [p.code, p.path])).toEqual([['PARENT_MAX_MISMATCH', 'fields[1].max']]);
  });

  it('says in Vietnamese that field 2 declares 11 but its criteria sum to 8,5', () => {
    const vi = setProblemText(problems[0], 'vi');
    const en = setProblemText(problems[0], 'en');
    expect(vi).toContain('11');
    expect(vi).toContain('8,5');
    expect(en).toContain('11');
    expect(en).toContain('8.5');
  });
});

describe('every built-in set', () => {
  // The pane maps built-in sets without the schema library, so this is where they are validated.
  test.each(BUILT_IN_JSON.map((json) => [json.id, json] as const))(
    '%s loads with no problem',
    (_id, json) => {
      const loaded = loadSet(json);
      expect(loaded.problems).toEqual([]);
      expect(loaded.set).toEqual(builtInSet(json.id));
    },
  );
});

/** The synthetic sets the benchmarks use: valid, exact at any size. Behaviour only, never timing. */
import { checkScores } from '../../src/engine/check';
import { buildPlan } from '../../src/engine/plan';
import { loadSet } from '../../src/engine/set';
import { makeSyntheticScores, makeSyntheticSet } from '../../src/engine/synthetic';
import { walk } from '../../src/engine/tree';

/** Sum in whole thousandths with integers only, independent of the engine's helpers. */
function exactSum(values: number[]): number {
  return values.reduce((milli, v) => milli + Math.round(v * 1000), 0) / 1000;
}

describe('makeSyntheticSet', () => {
  it.each([
    [25, 10, [10, 10, 5]],
    [7, 3, [3, 3, 1]],
    [1, undefined, [1]],
  ])('%p criteria, %p per field → fields of %p', (count, perField, sizes) => {
    const json = makeSyntheticSet(count, perField === undefined ? {} : { perField });
    const { set, problems } = loadSet(json);
    expect(problems).toEqual([]);
    expect(set?.fields.map((f) => f.children.length)).toEqual(sizes);
  });

  it('uses whole or half points and defaults tasks and units', () => {
    const { set } = loadSet(makeSyntheticSet(50));
    for (const node of walk(set!)) expect(Number.isInteger(node.max * 2)).toBe(true);
    const criterion = set!.fields[0].children[0];
    expect(criterion.tasks).not.toBe('');
    expect(set!.units).toContain(criterion.unit);
  });

  it('is deterministic', () => {
    expect(makeSyntheticSet(30)).toEqual(makeSyntheticSet(30));
  });
});

describe('makeSyntheticScores', () => {
  const json = makeSyntheticSet(200);

  it('scores every criterion, deterministically per seed', () => {
    const a = makeSyntheticScores(json, 7);
    expect(a).toHaveLength(200);
    expect(makeSyntheticScores(json, 7)).toEqual(a);
    expect(makeSyntheticScores(json, 8)).not.toEqual(a);
  });

  it('stays within 0..max with at most 3 decimals, some below max', () => {
    const max = new Map(walk(loadSet(json).set!).map((n) => [n.code, n.max]));
    const entries = makeSyntheticScores(json, 3);
    let below = 0;
    for (const { code, raw } of entries) {
      const value = raw as number;
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(max.get(code)!);
      expect(Math.round(value * 1000) / 1000).toBe(value);
      if (value < max.get(code)!) below++;
    }
    expect(below).toBeGreaterThan(20);
    expect(below).toBeLessThan(180);
  });

  it('reads a loaded set as well as its JSON', () => {
    expect(makeSyntheticScores(loadSet(json).set!, 5)).toEqual(makeSyntheticScores(json, 5));
  });
});

describe('a 10,000-criteria synthetic set', () => {
  const json = makeSyntheticSet(10000);
  const { set, problems } = loadSet(json);
  const entries = makeSyntheticScores(json, 42);
  const report = checkScores(set!, entries);

  it('is valid: 1,000 fields of 10, maxes summing exactly to the declared total', () => {
    expect(problems).toEqual([]);
    expect(set!.fields).toHaveLength(1000);
    const criteria = walk(set!).filter((n) => n.level === 'criterion');
    expect(criteria).toHaveLength(10000);
    expect(set!.total).toBe(exactSum(criteria.map((c) => c.max)));
  });

  it('checks clean and totals exactly', () => {
    expect(report.problems).toEqual([]);
    const values = entries.map((e) => e.raw as number);
    expect(report.total.score).toBe(exactSum(values));
    expect(report.total.max).toBe(set!.total);
    report.fields.forEach((field, i) => {
      expect(field.score).toBe(exactSum(values.slice(i * 10, i * 10 + 10)));
    });
  });

  it('lists exactly the criteria scored below max', () => {
    const max = new Map(walk(set!).map((n) => [n.code, n.max]));
    const expected = entries.filter((e) => (e.raw as number) < max.get(e.code)!).map((e) => e.code);
    expect(report.belowMax.map((b) => b.criterion)).toEqual(expected);
  });

  it('plans a row for every field and criterion', () => {
    const plan = buildPlan(set!, { self: report }, { assessmentYear: 2023 });
    expect(plan.rows).toHaveLength(11000);
    expect(plan.total.score).toBe(report.total.score);
    const below = buildPlan(set!, { self: report }, { assessmentYear: 2023, onlyBelowMax: true });
    expect(below.rows.filter((r) => r.level === 'criterion')).toHaveLength(report.belowMax.length);
  });
});

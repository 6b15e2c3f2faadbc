/**
 * Round trips and operations, counted by the simulator's meters (counts are behaviour, not timing): the same
 * number of syncs for the built-in set as for 5,000 criteria, and formatting that grows with fields, not cells.
 */
import type { ApiLevel } from '../../src/sim';
import { builtInSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/engine/types';
import { bench, metered, SET_ID, syntheticSet, typeSeedScores, writeSyntheticScores } from './support';

const BUDGET = { insertTemplate: 2, checkScores: 2, highlightBelowMax: 2, generatePlan: 3 } as const;
type Counted = keyof typeof BUDGET | 'regeneratePlan' | 'clearHighlight';
/**
 * At ExcelApi 1.1 the template's columns are widened through the Common API (docs/office-2016.md): one sync
 * makes the scratch table the binding needs, one deletes it and turns wrapping on (template and plan sheet).
 * Desktop Office 2016 only.
 */
const COMMON_API_WIDTHS_SYNCS = 2;
const WIDENED: readonly string[] = ['insertTemplate', 'generatePlan'];
const budgetOf = (level: ApiLevel, action: keyof typeof BUDGET) =>
  BUDGET[action] + (level === 'office2016' && WIDENED.includes(action) ? COMMON_API_WIDTHS_SYNCS : 0);

async function flow(level: ApiLevel, set: CriteriaSet) {
  const { sim, actions } = bench(level, set);
  const counts: Partial<Record<Counted, { syncs: number; ops: number; maxPayloadBytes: number }>> = {};
  counts.insertTemplate = await metered(sim, () =>
    actions.insertTemplate({ setId: set.id, year: 2023, unitName: 'UBND xã A' }),
  );
  if (set.id === SET_ID) {
    typeSeedScores(sim);
    await actions.fixTextNumbers();
  } else await writeSyntheticScores(sim, set);
  const check = await metered(sim, () => actions.checkScores());
  counts.checkScores = check;
  counts.highlightBelowMax = await metered(sim, () => actions.highlightBelowMax());
  counts.clearHighlight = await metered(sim, () => actions.clearHighlight());
  const plan = await metered(sim, () => actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' }));
  expect(plan.result.written).toBe(true);
  counts.generatePlan = plan;
  counts.regeneratePlan = await metered(sim, () =>
    actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' }),
  );
  return { counts, belowMax: check.result.belowMax.length };
}

const fieldsOf = (set: CriteriaSet) => set.fields.length;
const rowsOf = (set: CriteriaSet) =>
  set.fields.reduce((n, f) => n + 1 + f.children.reduce((m, c) => m + 1 + c.children.length, 0), 0);

describe.each(['microsoft365', 'office2016'] as const)('at %s', (level) => {
  const small = builtInSet(SET_ID) as CriteriaSet;
  const large = syntheticSet(5000);
  type Counts = Awaited<ReturnType<typeof flow>>['counts'];
  let smallCounts: Counts;
  let largeCounts: Counts;
  let largeBelowMax = 0;

  beforeAll(async () => {
    smallCounts = (await flow(level, small)).counts;
    ({ counts: largeCounts, belowMax: largeBelowMax } = await flow(level, large));
  });

  it.each(Object.entries(BUDGET))(
    '%s stays within %i syncs (template and plan 2 more at ExcelApi 1.1), at 38 and at 5,000 criteria',
    (action) => {
      const name = action as keyof typeof BUDGET;
      expect(smallCounts[name]?.syncs).toBeLessThanOrEqual(budgetOf(level, name));
      expect(largeCounts[name]?.syncs).toBeLessThanOrEqual(budgetOf(level, name));
      expect(largeCounts.regeneratePlan?.syncs).toBeLessThanOrEqual(budgetOf(level, 'generatePlan'));
    },
  );

  it('takes as many syncs for 5,000 criteria as for the built-in set', () => {
    const syncs = (c: Counts) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v?.syncs]));
    expect(syncs(largeCounts)).toEqual(syncs(smallCounts));
  });

  it('formats by blocks: operations grow with the number of fields, not of cells', () => {
    const cells = rowsOf(large) * 7;
    // Without conditional formats (below ExcelApi 1.6) each run of rows below max gets a static fill.
    const fallback = level === 'microsoft365' ? 0 : 2 * largeBelowMax;
    for (const action of ['insertTemplate', 'generatePlan', 'regeneratePlan'] as const) {
      const ops = largeCounts[action]?.ops ?? Infinity;
      expect(ops).toBeLessThanOrEqual(
        4 * fieldsOf(large) + (action === 'insertTemplate' ? 0 : fallback) + 200,
      );
      expect(ops).toBeLessThan(cells / 10);
    }
    expect(largeCounts.checkScores?.ops).toBe(0);
    if (level === 'microsoft365') {
      // One rule marks every row below max, whatever their number (two more ops lift and restore protection).
      expect(largeCounts.highlightBelowMax?.ops).toBeLessThanOrEqual(11);
      expect(smallCounts.highlightBelowMax?.ops).toBeLessThanOrEqual(11);
    }
  });

  it('keeps every sync far below the 5 MB limit at 5,000 criteria', () => {
    for (const c of Object.values(largeCounts)) expect(c?.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
  });
});

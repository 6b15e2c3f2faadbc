/** 20,000 criteria: every action succeeds on Excel on the web's 5 MB limit, with no sync carrying more. */
import { DEFAULT_PAYLOAD_LIMIT_BYTES } from '../../src/sim';
import { bench, metered, syntheticSet, writeSyntheticScores } from './support';

describe('a 20,000-criteria set', () => {
  it('goes through every action with no sync over 5 MB', async () => {
    const set = syntheticSet(20_000);
    const { sim, actions } = bench('microsoft365', set);
    const runs: Record<string, { syncs: number; maxPayloadBytes: number }> = {};

    const insert = await metered(sim, () =>
      actions.insertTemplate({ setId: set.id, year: 2023, unitName: 'A' }),
    );
    expect(insert.result.inserted).toBe(true);
    runs.insertTemplate = insert;
    await writeSyntheticScores(sim, set);

    const check = await metered(sim, () => actions.checkScores());
    expect(check.result.errors).toBe(0);
    runs.checkScores = check;
    const highlight = await metered(sim, () => actions.highlightBelowMax());
    expect(highlight.result.count).toBe(check.result.belowMax.length);
    runs.highlightBelowMax = highlight;
    runs.clearHighlight = await metered(sim, () => actions.clearHighlight());
    runs.fixTextNumbers = await metered(sim, () => actions.fixTextNumbers());

    const plan = await metered(sim, () => actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' }));
    expect(plan.result).toMatchObject({ written: true, total: { score: check.result.total.score } });
    runs.generatePlan = plan;
    // Regenerating reads the template and the previous plan together: the largest response.
    const again = await metered(sim, () =>
      actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' }),
    );
    expect(again.result.written).toBe(true);
    runs.regeneratePlan = again;

    for (const [name, r] of Object.entries(runs)) {
      expect([name, r.maxPayloadBytes < DEFAULT_PAYLOAD_LIMIT_BYTES]).toEqual([name, true]);
    }
    // Large writes are cut into row blocks over one extra sync, never more: the budget plus one.
    expect(runs.insertTemplate.syncs).toBeLessThanOrEqual(3);
    expect(runs.generatePlan.syncs).toBeLessThanOrEqual(4);
    expect(runs.checkScores.syncs).toBeLessThanOrEqual(2);
  });
});

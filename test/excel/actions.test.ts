/** Every action on the simulated Excel at each API level: at Office 2016 the core still works through fallbacks. */
import type { Enhancement } from '../../src/excel/types';
import type { ApiLevel } from '../../src/sim';
import { SEED_APPENDIX_FIELDS } from '../support/seed';
import {
  bench,
  cellAt,
  codeRows,
  LEVELS,
  PLAN,
  rowOfCode,
  SET_ID,
  TEMPLATE,
  typeSeedScores,
  UNIT,
} from './support';

const TEMPLATE_SKIPS: Record<ApiLevel, Enhancement[]> = {
  // Column widths come through the Common API at 1.1 (test/o2016).
  office2016: [
    'protection',
    'merge',
    'dataValidation',
    'conditionalFormats',
    'freezePanes',
    'pageLayout',
    'names',
  ],
  office2019: ['dataValidation', 'pageLayout'],
  office2021: [],
  microsoft365: [],
};

const PLAN_SKIPS: Record<ApiLevel, Enhancement[]> = {
  office2016: ['merge', 'conditionalFormats', 'freezePanes', 'pageLayout', 'names'],
  office2019: ['pageLayout'],
  office2021: [],
  microsoft365: [],
};

async function withSeedScores(level: ApiLevel) {
  const b = bench(level);
  await b.actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
  typeSeedScores(b.sim);
  return b;
}

describe.each(LEVELS)('at %s', (level) => {
  const minor = { office2016: 1, office2019: 7, office2021: 14, microsoft365: 20 }[level];

  it('inserts the template, with the enhancements this Excel has, and says which it skipped', async () => {
    const { sim, actions } = bench(level);
    const result = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    expect(result).toMatchObject({ inserted: true, sheetName: TEMPLATE });
    expect([...result.skipped].sort()).toEqual([...TEMPLATE_SKIPS[level]].sort());
    expect(result.message.vi).toContain(TEMPLATE);

    const snap = sim.getSheetSnapshot(TEMPLATE);
    expect(snap.active).toBe(true);
    expect(cellAt(snap, 'A1')?.value).toBe(UNIT);
    expect(cellAt(snap, 'D6')?.value).toBe('Điểm tự đánh giá');
    // Codes stay text ("1.1", never the number 1.1): the column is formatted "@" before the values land.
    expect(cellAt(snap, 'A8')).toMatchObject({ value: '1.1', numberFormat: '@' });
    expect(cellAt(snap, 'D7')?.formula).toBe('=SUM(D8:D14)');
    expect(snap.conditionalFormats.length > 0).toBe(minor >= 6);
    expect(snap.dataValidations.length > 0).toBe(minor >= 8);
    expect(snap.freezePanes.rows).toBe(minor >= 7 ? 6 : 0);
    expect(snap.protection.protected).toBe(minor >= 2);
    expect(snap.merges.length > 0).toBe(minor >= 2);
    if (minor >= 9) expect(snap.pageLayout.orientation).toBe('Landscape');
  });

  it('checks typed scores and points each problem at its cell', async () => {
    const { actions, sim } = await withSeedScores(level);
    const result = await actions.checkScores();
    expect(result).toMatchObject({
      sheetName: TEMPLATE,
      setId: SET_ID,
      year: 2023,
      unitName: UNIT,
      errors: 0,
    });
    // 2.1 is typed as text: the sheet's sums leave its 2,5 points out, and so does the total reported.
    expect(result.total.score).toBe(76.952);
    expect(result.totalIfFixed?.score).toBe(79.452);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'TEXT_NUMBER',
      criterion: '2.1',
      address: `'${TEMPLATE}'!D${rowOfCode(sim, TEMPLATE, '2.1')}`,
    });
    expect(result.skipped).toEqual([]);
  });

  it('turns a score typed as text into a number', async () => {
    const { actions, sim } = await withSeedScores(level);
    const address = `D${rowOfCode(sim, TEMPLATE, '2.1')}`;
    expect(cellAt(sim.getSheetSnapshot(TEMPLATE), address)?.value).toBe('2,5');
    const fixed = await actions.fixTextNumbers();
    expect(fixed.fixed).toBe(1);
    expect(cellAt(sim.getSheetSnapshot(TEMPLATE), address)).toMatchObject({
      value: 2.5,
      numberFormat: 'General',
    });
    expect((await actions.checkScores()).problems).toEqual([]);
    expect((await actions.fixTextNumbers()).fixed).toBe(0);
    // Protection the template had is put back.
    expect(sim.getSheetSnapshot(TEMPLATE).protection.protected).toBe(minor >= 2);
  });

  it('highlights criteria below their max, and clears the highlight', async () => {
    const { actions, sim } = await withSeedScores(level);
    await actions.fixTextNumbers();
    const check = await actions.checkScores();
    const result = await actions.highlightBelowMax();
    expect(result.count).toBe(check.belowMax.length);
    expect(result.count).toBeGreaterThan(0);
    expect(result.skipped).toEqual(minor >= 6 ? [] : ['conditionalFormats']);

    const rows = codeRows(sim, TEMPLATE);
    const below = new Set(check.belowMax.map((b) => rows.get(b.criterion)));
    const marked = (snapRow: number) => {
      const cell = cellAt(sim.getSheetSnapshot(TEMPLATE), `B${snapRow}`);
      return (cell?.conditionalFormat?.fill ?? cell?.format.fill) === '#FCE4D6';
    };
    for (const [code, row] of rows) {
      if (!code.includes('.')) continue;
      expect([code, marked(row)]).toEqual([code, below.has(row)]);
    }
    // Twice gives the same sheet: the rule is cleared before it is applied again.
    const before = JSON.stringify(sim.getSheetSnapshot(TEMPLATE).conditionalFormats);
    await actions.highlightBelowMax();
    expect(JSON.stringify(sim.getSheetSnapshot(TEMPLATE).conditionalFormats)).toBe(before);

    const cleared = await actions.clearHighlight();
    expect(cleared.count).toBe(0);
    for (const [code, row] of rows)
      if (code.includes('.')) expect([code, marked(row)]).toEqual([code, false]);
    expect(sim.getSheetSnapshot(TEMPLATE).protection.protected).toBe(minor >= 2);
  });

  it('generates the plan appendix with live subtotals', async () => {
    const { actions, sim } = await withSeedScores(level);
    await actions.fixTextNumbers();
    const result = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
    expect(result).toMatchObject({ written: true, sheetName: PLAN, kept: [], missing: [] });
    expect(result.total.score).toBe(79.452);
    expect([...result.skipped].sort()).toEqual([...PLAN_SKIPS[level]].sort());

    const snap = sim.getSheetSnapshot(PLAN);
    expect(snap.active).toBe(true);
    const total = snap.cells.find((c) => c.value === 'Tổng');
    expect(cellAt(snap, `D${(total?.row ?? 0) + 1}`)).toMatchObject({ value: 79.452 });
    expect(cellAt(snap, `D${(total?.row ?? 0) + 1}`)?.formula).toMatch(/^=SUM\(/);
    const fields = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (i) => cellAt(snap, `D${rowOfCode(sim, PLAN, String(i))}`)?.value,
    );
    expect(fields).toEqual(SEED_APPENDIX_FIELDS);
  });

  it('selects the cell of a problem', async () => {
    const { actions, sim } = await withSeedScores(level);
    await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
    const check = await actions.checkScores();
    const address = check.problems[0].address as string;
    await actions.selectCell(address);
    expect(sim.selection()).toEqual({ sheet: TEMPLATE, address: address.split('!')[1] });
    expect(sim.activeSheetName()).toBe(TEMPLATE);
  });
});

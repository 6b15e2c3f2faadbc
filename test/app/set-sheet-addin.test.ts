/**
 * A set typed into the criteria sheet drives the add-in on the simulated Excel: the sheet goes in through the
 * Office.js renderer, staff change it cell by cell, it is read back as a set, and that set makes the template,
 * checks the scores and writes the plan.
 */
import { readSetSheet } from '../../src/app/set-sheet';
import { createActions } from '../../src/excel/host';
import { detectFeatures } from '../../src/excel/features';
import { gridOf } from '../../src/excel/read';
import { fitSteps, queueSteps, renderSheet } from '../../src/excel/render';
import { toCriteriaSet } from '../../src/engine/set-model';
import type { CriteriaSet } from '../../src/engine/types';
import { setSheet } from '../../src/layout/set-sheet';
import { SimulatedExcel } from '../../src/sim';
import { builtInSet } from '../../src/sets';
import { INVENTED_SET } from '../support/invented-set';
import { codeRows } from '../excel/support';

const SHEET = 'Bộ tiêu chí';

async function insertSetSheet(sim: SimulatedExcel): Promise<void> {
  const f = detectFeatures(sim);
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.add(SHEET);
    await queueSteps(
      context,
      fitSteps(
        (maxBlockBytes) =>
          renderSheet(sheet, setSheet(toCriteriaSet(INVENTED_SET)), f, { maxBlockBytes }).steps,
      ),
    );
    await context.sync();
  });
}

async function readBack(sim: SimulatedExcel) {
  let formulas: (string | number | boolean)[][] = [];
  await sim.run(async (context) => {
    const used = context.workbook.worksheets.getItem(SHEET).getUsedRange();
    used.load('formulas');
    await context.sync();
    formulas = used.formulas as (string | number | boolean)[][];
  });
  return readSetSheet(gridOf(SHEET, 0, 0, formulas));
}

describe.each(['office2019', 'microsoft365'] as const)('criteria sheet in the add-in (%s)', (apiLevel) => {
  it('round-trips, takes staff edits, and drives template, check and plan', async () => {
    const sim = new SimulatedExcel({ apiLevel });
    await insertSetSheet(sim);
    const clean = await readBack(sim);
    expect(clean?.problems).toEqual([]);
    expect(clean?.set).toEqual(toCriteriaSet(INVENTED_SET));

    // Staff lower 1.3 to 2 points and type a new criterion 1.4 into the blank row under the table.
    const rows = codeRows(sim, SHEET);
    sim.typeValue(SHEET, `C${rows.get('1.3')}`, '2');
    const free = rows.get('4.1')! + 1;
    sim.typeValue(SHEET, `A${free}`, '1.4');
    sim.typeValue(SHEET, `B${free}`, 'Cải thiện chỉ số năm trước');
    sim.typeValue(SHEET, `C${free}`, '1');
    sim.typeValue(SHEET, `E${free}`, 'Có');
    const edited = await readBack(sim);
    expect(edited?.problems).toEqual([]);
    const set = edited!.set as CriteriaSet;
    expect(set.fields[0].children.map((c) => [c.code, c.max, c.naAllowed])).toEqual([
      ['1.1', 3, false],
      ['1.2', 2, true],
      ['1.3', 2, false],
      ['1.4', 1, true],
    ]);

    const actions = createActions(sim, { findSet: (id) => (id === set.id ? set : builtInSet(id)) });
    expect(
      (await actions.insertTemplate({ setId: set.id, year: 2025, unitName: 'UBND xã Hòa An' })).inserted,
    ).toBe(true);
    const template = 'Tự đánh giá 2025';
    const t = codeRows(sim, template);
    const scores: Record<string, string> = {
      '1.1.1': '1',
      '1.1.2': '2',
      '1.2': 'KAD',
      '1.3': '1,5',
      '1.4': '1',
      '2.1.1': '5',
      '2.1.2': 'KAD',
      '2.2': '4',
      '3.1': '2',
      '4.1': '1',
    };
    for (const [code, v] of Object.entries(scores)) sim.typeValue(template, `D${t.get(code)}`, v);
    expect((await actions.fixTextNumbers()).fixed).toBe(1);
    const checked = await actions.checkScores();
    expect(checked.errors).toBe(0);
    // 1 + 2 + 1,5 + 1 + 5 + 4 + 2 (bonus) − 1 (penalty) = 15,5 of 20 − 2 − 2 (KAD) = 16.
    expect(checked.total).toMatchObject({ score: 15.5, applicableMax: 16 });
    expect(checked.classification?.name).toBe('Xuất sắc');
    const plan = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
    expect(plan).toMatchObject({ written: true, sheetName: 'Phụ lục KH 2026' });
  });
});

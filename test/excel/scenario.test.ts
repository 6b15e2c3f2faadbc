/**
 * The whole path a commune office takes, on the simulated Excel: insert the template, type the seed's 2023
 * scores cell by cell ("2,5" typed as text on 2.1), check, fix, highlight, generate the plan. Then the
 * simulated workbook goes out as .xlsx through the .xlsx adapter, LibreOffice recalculates every formula the
 * Office.js adapter wrote (always-recalculate profile), and the appendix reads 79,452.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Grid } from '../../src/layout/read';
import { exportSimulatedWorkbook } from '../../src/preview/sim-export';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { convert, describeWithTools, tempDir } from '../support/libreoffice';
import { SEED_APPENDIX_FIELDS } from '../support/seed';
import { bench, PLAN, rowOfCode, SET_ID, TEMPLATE, typeSeedScores, UNIT } from './support';

jest.setTimeout(120_000);

const rowNamed = (grid: Grid, name: string) => grid.values.find((row) => row[1] === name);
const fieldRows = (grid: Grid, code: RegExp, col: number) =>
  grid.values.filter((row) => typeof row[0] === 'string' && code.test(row[0])).map((row) => row[col]);

describeWithTools(['soffice'], 'the scenario, proven by LibreOffice', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir('excel-scenario');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the seed’s appendix: Tổng 79,452 and every field subtotal, as LibreOffice recalculates them', async () => {
    const { sim, actions, set } = bench('microsoft365');
    expect((await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT })).inserted).toBe(true);
    typeSeedScores(sim);

    const first = await actions.checkScores();
    expect(first.errors).toBe(0);
    expect(first.problems.map((p) => [p.code, p.address])).toEqual([
      ['TEXT_NUMBER', `'${TEMPLATE}'!D${rowOfCode(sim, TEMPLATE, '2.1')}`],
    ]);
    expect((await actions.fixTextNumbers()).fixed).toBe(1);
    const checked = await actions.checkScores();
    expect(checked.problems).toEqual([]);
    expect(checked.total.score).toBe(79.452);
    expect((await actions.highlightBelowMax()).count).toBe(checked.belowMax.length);
    const plan = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
    expect(plan).toMatchObject({ written: true, sheetName: PLAN });

    const file = path.join(dir, 'simulated.xlsx');
    writeFileSync(file, await exportSimulatedWorkbook(sim));
    // What the export carries: formulas without results, so only a recalculation can give the totals.
    const exported = gridsOf(await loadWorkbook(readFileSync(file)));
    const exportedPlan = exported.find((g) => g.sheet === PLAN) as Grid;
    expect(rowNamed(exportedPlan, 'Tổng')?.[3]).not.toBe(79.452);

    const out = convert(file, path.join(dir, 'recalculated'), 'xlsx', { recalcAlways: true });
    const grids = gridsOf(await loadWorkbook(readFileSync(out)));
    expect(grids.map((g) => g.sheet)).toEqual(['Sheet1', TEMPLATE, PLAN]);
    const recalculatedPlan = grids.find((g) => g.sheet === PLAN) as Grid;
    const template = grids.find((g) => g.sheet === TEMPLATE) as Grid;

    expect(rowNamed(recalculatedPlan, 'Tổng')?.slice(2, 5)).toEqual([100, 79.452, 100]);
    expect(fieldRows(recalculatedPlan, /^\d+\.$/, 3)).toEqual(SEED_APPENDIX_FIELDS);
    expect(fieldRows(recalculatedPlan, /^\d+\.$/, 4)).toEqual(set.fields.map((f) => f.max));
    expect(fieldRows(template, /^\d+$/, 3)).toEqual(SEED_APPENDIX_FIELDS);
    expect(rowNamed(template, 'TỔNG CỘNG')?.[3]).toBe(79.452);
  });
});

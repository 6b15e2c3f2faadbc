/**
 * Nothing a person typed is ever lost: each bad case of the point 3, at the levels where the add-in
 * takes different paths (names and Worksheet.copy, or neither).
 */
import { createActions } from '../../src/excel/host';
import type { ApiLevel } from '../../src/sim';
import {
  bench,
  cellAt,
  contents,
  frozen,
  PLAN,
  rowOfCode,
  SET_ID,
  TEMPLATE,
  typeSeedScores,
  UNIT,
} from './support';

const PLAN_OPTIONS = { onlyBelowMax: false, scoreSource: 'auto' } as const;

async function scored(level: ApiLevel) {
  const b = bench(level);
  await b.actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
  typeSeedScores(b.sim);
  await b.actions.fixTextNumbers();
  return b;
}

describe.each(['office2016', 'office2019', 'microsoft365'] as const)('at %s', (level) => {
  const unprotect = level !== 'office2016';

  it('never writes over a template that holds scores, and offers a new sheet name', async () => {
    const { sim, actions } = await scored(level);
    sim.typeValue(TEMPLATE, `F${rowOfCode(sim, TEMPLATE, '1.1')}`, 'Kế hoạch số 12/KH-UBND');
    const before = frozen(sim, TEMPLATE);
    sim.meters.reset();
    const result = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    expect(result).toMatchObject({
      inserted: false,
      sheetName: TEMPLATE,
      conflict: { sheetName: TEMPLATE, suggestedName: `${TEMPLATE} (2)` },
    });
    expect(result.message.vi).toContain(`${TEMPLATE} (2)`);
    expect(sim.meters.ops).toBe(0);
    expect(frozen(sim, TEMPLATE) === before).toBe(true);

    const second = await actions.insertTemplate({
      setId: SET_ID,
      year: 2023,
      unitName: UNIT,
      sheetName: result.conflict?.suggestedName,
    });
    expect(second).toMatchObject({ inserted: true, sheetName: `${TEMPLATE} (2)` });
    expect(frozen(sim, TEMPLATE) === before).toBe(true);
  });

  it('never writes over a template whose only entries are formulas', async () => {
    const { sim, actions } = bench(level);
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    sim.typeValue(TEMPLATE, `D${rowOfCode(sim, TEMPLATE, '1.1')}`, '=1+0.5');
    sim.typeValue(
      TEMPLATE,
      `F${rowOfCode(sim, TEMPLATE, '1.2')}`,
      '=HYPERLINK("https://xa.gov.vn/kh-12","KH 12")',
    );
    const before = frozen(sim, TEMPLATE);
    const result = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    expect(result).toMatchObject({
      inserted: false,
      conflict: { sheetName: TEMPLATE, suggestedName: `${TEMPLATE} (2)` },
    });
    expect(frozen(sim, TEMPLATE) === before).toBe(true);
  });

  it('refuses for a formula in the evidence column alone', async () => {
    const { sim, actions } = bench(level);
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    sim.typeValue(TEMPLATE, `G${rowOfCode(sim, TEMPLATE, '3.2')}`, '="xem "&"KH 12"');
    const result = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    expect(result.inserted).toBe(false);
    expect(contents(sim, TEMPLATE)[`G${rowOfCode(sim, TEMPLATE, '3.2')}`]).toBe('="xem "&"KH 12"');
  });

  it('never writes over a sheet of that name that is not a template', async () => {
    const { sim, actions } = bench(level);
    await sim.run(async (context) => {
      context.workbook.worksheets.add(TEMPLATE).getRange('B2').values = [['ghi chú của cán bộ']];
      await context.sync();
    });
    const result = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    expect(result.inserted).toBe(false);
    expect(contents(sim, TEMPLATE)).toEqual({ B2: 'ghi chú của cán bộ' });
  });

  it('inserts again over its own template while nothing was typed in it', async () => {
    const { sim, actions } = bench(level);
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    const again = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    expect(again).toMatchObject({ inserted: true, sheetName: TEMPLATE });
    expect(sim.sheetNames()).toEqual(['Sheet1', TEMPLATE]);
  });

  it('writes no plan while the scores have errors, and says where they are', async () => {
    const { sim, actions } = bench(level);
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    typeSeedScores(sim);
    sim.typeValue(TEMPLATE, `D${rowOfCode(sim, TEMPLATE, '3.4')}`, null);
    sim.typeValue(TEMPLATE, `D${rowOfCode(sim, TEMPLATE, '1.4')}`, 5);
    const result = await actions.generatePlan(PLAN_OPTIONS);
    expect(result.written).toBe(false);
    expect(result.message.vi).toContain('2 lỗi');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.address])).toEqual([
      ['ABOVE_MAX', `'${TEMPLATE}'!D${rowOfCode(sim, TEMPLATE, '1.4')}`],
      ['MISSING', `'${TEMPLATE}'!D${rowOfCode(sim, TEMPLATE, '3.4')}`],
    ]);
    expect(sim.sheetNames()).toEqual(['Sheet1', TEMPLATE]);
  });

  it('keeps the tasks, units and targets staff edited when the plan is made again, with fresh scores', async () => {
    const { sim, actions } = await scored(level);
    await actions.generatePlan(PLAN_OPTIONS);
    const r13 = rowOfCode(sim, PLAN, '1.3');
    const r31 = rowOfCode(sim, PLAN, '3.1');
    sim.typeValue(PLAN, `F${r13}`, 'Ban hành kế hoạch kiểm tra trước 31/3');
    sim.typeValue(PLAN, `G${r13}`, 'CC Văn phòng - Thống kê');
    sim.typeValue(PLAN, `E${r31}`, '1,5');
    sim.typeValue(PLAN, 'A3', '(Ban hành kèm theo Kế hoạch số 15/KH-UBND ngày 20 tháng 3 năm 2024)');
    // The score behind 1.7 changes in the template: the plan must show the new one.
    if (unprotect) {
      await sim.run(async (context) => {
        context.workbook.worksheets.getItem(TEMPLATE).protection.unprotect();
        await context.sync();
      });
    }
    sim.typeValue(TEMPLATE, `D${rowOfCode(sim, TEMPLATE, '1.7')}`, 2);

    const result = await actions.generatePlan(PLAN_OPTIONS);
    expect(result).toMatchObject({ written: true, sheetName: PLAN, missing: [] });
    expect(result.kept.sort()).toEqual(['1.3', '3.1']);
    // One backup policy for the add-in and parindex: the previous appendix is always kept whole.
    expect(result.backupSheet).toBe('Phụ lục KH 2024 (bản cũ)');
    const snap = sim.getSheetSnapshot(PLAN);
    expect(cellAt(snap, `F${r13}`)?.value).toBe('Ban hành kế hoạch kiểm tra trước 31/3');
    expect(cellAt(snap, `G${r13}`)?.value).toBe('CC Văn phòng - Thống kê');
    expect(cellAt(snap, `E${r31}`)?.value).toBe(1.5);
    expect(cellAt(snap, 'A3')?.value).toBe(
      '(Ban hành kèm theo Kế hoạch số 15/KH-UBND ngày 20 tháng 3 năm 2024)',
    );
    expect(cellAt(snap, `D${rowOfCode(sim, PLAN, '1.7')}`)?.value).toBe(2);
    expect(result.total.score).toBe(80.452);
  });

  it('keeps a row the user added without a code on a backup of the previous plan sheet', async () => {
    const { sim, actions } = await scored(level);
    await actions.generatePlan(PLAN_OPTIONS);
    const r12 = rowOfCode(sim, PLAN, '1.2');
    sim.insertRows(PLAN, r12, 1);
    const added = r12 + 1;
    sim.typeValue(PLAN, `B${added}`, 'Tổ chức hội nghị đối thoại với người dân');
    sim.typeValue(PLAN, `F${added}`, 'Mỗi quý một lần');
    const previous = contents(sim, PLAN);

    const result = await actions.generatePlan(PLAN_OPTIONS);
    expect(result.written).toBe(true);
    expect(result.backupSheet).toBe('Phụ lục KH 2024 (bản cũ)');
    expect(result.message.vi).toContain('Phụ lục KH 2024 (bản cũ)');
    const backup = contents(sim, result.backupSheet as string);
    expect(backup[`B${added}`]).toBe('Tổ chức hội nghị đối thoại với người dân');
    expect(backup[`F${added}`]).toBe('Mỗi quý một lần');
    // The backup is the previous sheet, cell for cell.
    expect(backup).toEqual(previous);
    expect(Object.values(contents(sim, PLAN))).not.toContain('Mỗi quý một lần');
  });

  it('keeps a title line staff rewrote on the backup, and the one they filled in on the plan', async () => {
    const { sim, actions } = await scored(level);
    await actions.generatePlan(PLAN_OPTIONS);
    sim.typeValue(PLAN, 'A2', 'MỤC TIÊU CẢI THIỆN CHỈ SỐ CCHC XÃ QUẢNG SƠN NĂM 2024 (bản trình UBND)');
    sim.typeValue(PLAN, 'A3', '(Ban hành kèm theo Kế hoạch số 15/KH-UBND ngày 20 tháng 3 năm 2024)');
    const result = await actions.generatePlan(PLAN_OPTIONS);
    expect(result.backupSheet).toBe('Phụ lục KH 2024 (bản cũ)');
    expect(contents(sim, result.backupSheet as string).A2).toBe(
      'MỤC TIÊU CẢI THIỆN CHỈ SỐ CCHC XÃ QUẢNG SƠN NĂM 2024 (bản trình UBND)',
    );
    const plan = contents(sim, PLAN);
    expect(plan.A2).toMatch(/^MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP/);
    expect(plan.A3).toBe('(Ban hành kèm theo Kế hoạch số 15/KH-UBND ngày 20 tháng 3 năm 2024)');
  });

  it('keeps a "below max only" plan’s left-out rows, staff’s words included, in the backup', async () => {
    const { sim, actions } = await scored(level);
    await actions.generatePlan(PLAN_OPTIONS);
    const belowOnly = { ...PLAN_OPTIONS, onlyBelowMax: true };
    const untouched = await actions.generatePlan(belowOnly);
    expect(untouched).toMatchObject({ written: true, missing: [] });
    expect(untouched.backupSheet).toBe('Phụ lục KH 2024 (bản cũ)');
    expect((await actions.generatePlan(PLAN_OPTIONS)).missing).toEqual([]);

    // 1.1 is at its max: a "below max only" plan leaves it out, with the task staff wrote for it.
    sim.typeValue(PLAN, `F${rowOfCode(sim, PLAN, '1.1')}`, 'Giữ vững kết quả');
    const result = await actions.generatePlan(belowOnly);
    // Every run keeps the appendix it replaces: the third backup is the third variant of the name.
    expect(result.backupSheet).toBe('Phụ lục KH 2024 (bản cũ) (3)');
    expect(Object.values(contents(sim, result.backupSheet as string))).toContain('Giữ vững kết quả');
    expect(() => rowOfCode(sim, PLAN, '1.1')).toThrow();
  });

  it('reports rows the user deleted as missing and puts them back', async () => {
    const { sim, actions } = await scored(level);
    await actions.generatePlan(PLAN_OPTIONS);
    sim.typeValue(PLAN, `F${rowOfCode(sim, PLAN, '2.2')}`, 'Nhiệm vụ đã sửa');
    sim.deleteRows(PLAN, rowOfCode(sim, PLAN, '4.2') - 1, 1);
    const result = await actions.generatePlan(PLAN_OPTIONS);
    expect(result.missing).toEqual(['4.2']);
    expect(result.kept).toEqual(['2.2']);
    expect(result.message.en).toContain('4.2');
    expect(cellAt(sim.getSheetSnapshot(PLAN), `F${rowOfCode(sim, PLAN, '2.2')}`)?.value).toBe(
      'Nhiệm vụ đã sửa',
    );
    expect(rowOfCode(sim, PLAN, '4.2')).toBeGreaterThan(0);
  });

  it('finds a template whose sheet was renamed and which has rows inserted, and points at the moved cells', async () => {
    const { sim, actions } = await scored(level);
    if (unprotect) {
      await sim.run(async (context) => {
        context.workbook.worksheets.getItem(TEMPLATE).protection.unprotect();
        await context.sync();
      });
    }
    sim.renameSheet(TEMPLATE, 'Chấm điểm');
    sim.insertRows('Chấm điểm', 8, 2);
    sim.typeValue('Chấm điểm', `D${rowOfCode(sim, 'Chấm điểm', '1.1')}`, 'tám');
    sim.typeValue('Chấm điểm', 'A1', UNIT);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').activate();
      await context.sync();
    });
    const check = await actions.checkScores();
    expect(check.sheetName).toBe('Chấm điểm');
    // A new session of the pane has no memory of the sheet: it finds the template by its header.
    expect((await createActions(sim).checkScores()).problems).toEqual(check.problems);
    expect(check.problems.map((p) => [p.code, p.address])).toEqual([
      ['NOT_A_NUMBER', `'Chấm điểm'!D${rowOfCode(sim, 'Chấm điểm', '1.1')}`],
    ]);
    expect(rowOfCode(sim, 'Chấm điểm', '1.1')).toBe(8);
    expect(rowOfCode(sim, 'Chấm điểm', '1.2')).toBe(11);
  });

  it('finds a renamed plan sheet and keeps the edits made in it', async () => {
    const { sim, actions } = await scored(level);
    await actions.generatePlan(PLAN_OPTIONS);
    sim.typeValue(PLAN, `G${rowOfCode(sim, PLAN, '5.1')}`, 'Bộ phận một cửa');
    sim.renameSheet(PLAN, 'KH cải thiện');
    const result = await actions.generatePlan(PLAN_OPTIONS);
    expect(result).toMatchObject({ written: true, sheetName: 'KH cải thiện', kept: ['5.1'] });
    expect(sim.sheetNames()).toEqual(['Sheet1', TEMPLATE, 'KH cải thiện', 'Phụ lục KH 2024 (bản cũ)']);
    expect(
      cellAt(sim.getSheetSnapshot('KH cải thiện'), `G${rowOfCode(sim, 'KH cải thiện', '5.1')}`)?.value,
    ).toBe('Bộ phận một cửa');
  });

  it('tolerates a column the user inserted in the plan, keeping its contents on the backup', async () => {
    const { sim, actions } = await scored(level);
    await actions.generatePlan(PLAN_OPTIONS);
    // The simulator's user actions cannot insert a column: the sheet is rewritten as an insert would leave it.
    const noteRow = rowOfCode(sim, PLAN, '1.4') - 1;
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(PLAN);
      const used = ws.getUsedRange();
      used.load('values,rowCount');
      await context.sync();
      const shifted = used.values.map((line, r) => [
        ...line.slice(0, 5),
        r === 4 ? 'Ghi chú' : r === noteRow ? 'đã làm quý I' : '',
        ...line.slice(5),
      ]);
      used.clear();
      ws.getRange(`A1:A${used.rowCount}`).numberFormat = used.values.map(() => ['@']);
      ws.getRange(`A1:H${used.rowCount}`).values = shifted;
      await context.sync();
    });
    sim.typeValue(PLAN, `G${rowOfCode(sim, PLAN, '1.4')}`, 'Tuyên truyền trên loa truyền thanh xã');
    const result = await actions.generatePlan(PLAN_OPTIONS);
    expect(result.kept).toContain('1.4');
    expect(result.backupSheet).toBeDefined();
    const backup = contents(sim, result.backupSheet as string);
    expect(Object.values(backup)).toContain('đã làm quý I');
    expect(cellAt(sim.getSheetSnapshot(PLAN), `F${rowOfCode(sim, PLAN, '1.4')}`)?.value).toBe(
      'Tuyên truyền trên loa truyền thanh xã',
    );
  });
});

describe('below ExcelApi 1.4, where no defined name leads to the sheets', () => {
  it('finds the template again in one sync within a session, and looks again when the sheet was deleted', async () => {
    const { sim, actions } = bench('office2016');
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    await actions.insertTemplate({ setId: SET_ID, year: 2024, unitName: UNIT });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').activate();
      await context.sync();
    });
    sim.meters.reset();
    expect((await actions.checkScores()).year).toBe(2024);
    expect(sim.meters.syncs).toBe(1);

    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Tự đánh giá 2024').delete();
      await context.sync();
    });
    sim.meters.reset();
    const check = await actions.checkScores();
    expect(check).toMatchObject({ sheetName: TEMPLATE, year: 2023 });
    // The failed look-up of the deleted sheet, the active sheet, the others' top rows, then the template.
    expect(sim.meters.syncs).toBe(4);
  });
});

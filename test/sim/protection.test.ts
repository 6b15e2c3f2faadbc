import { SimulatedExcel, SimulatedOfficeError } from '../../src/sim';
import { codeOf } from './support';

/** A sheet with B2:B4 unlocked for input, then protected. */
async function protectedSheet(options?: Excel.WorksheetProtectionOptions): Promise<SimulatedExcel> {
  const sim = new SimulatedExcel();
  await sim.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1').values = [['Tiêu chí']];
    ws.getRange('B2:B4').format.protection.locked = false;
    ws.protection.protect(options, 'pw');
    await context.sync();
  });
  return sim;
}

type Edit = (ws: Excel.Worksheet) => void;

describe('protected sheet', () => {
  const deniedOnLockedCells: Array<[string, Edit]> = [
    ['values', (ws) => (ws.getRange('A1').values = [['x']])],
    ['formulas', (ws) => (ws.getRange('C3').formulas = [['=1+1']])],
    ['numberFormat', (ws) => (ws.getRange('A1').numberFormat = [['0.00']])],
    ['fill color', (ws) => (ws.getRange('A1').format.fill.color = '#FFFF00')],
    ['font bold', (ws) => (ws.getRange('A1').format.font.bold = true)],
    ['border', (ws) => (ws.getRange('A1').format.borders.getItem('EdgeBottom').style = 'Continuous')],
    ['merge', (ws) => ws.getRange('C1:D1').merge()],
    ['column width', (ws) => (ws.getRange('A:A').format.columnWidth = 100)],
    ['clear', (ws) => ws.getRange('A1').clear()],
    ['a range reaching a locked cell', (ws) => (ws.getRange('B4:B5').values = [[1], [2]])],
    ['unlocking', (ws) => (ws.getRange('C1').format.protection.locked = false)],
    [
      'data validation',
      (ws) =>
        (ws.getRange('B2').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } }),
    ],
    ['conditional format', (ws) => ws.getRange('B2').conditionalFormats.add('Custom')],
  ];

  it.each(deniedOnLockedCells)('refuses %s with AccessDenied', async (_label, edit) => {
    const sim = await protectedSheet();
    const before = JSON.stringify(sim.getSheetSnapshot('Sheet1'));
    const code = await codeOf(
      sim.run(async (context) => {
        edit(context.workbook.worksheets.getItem('Sheet1'));
        await context.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(JSON.stringify(sim.getSheetSnapshot('Sheet1'))).toBe(before);
  });

  it('lets the add-in write values and formats into unlocked cells', async () => {
    const sim = await protectedSheet();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B2:B4').values = [[1], ['8,5'], [3]];
      ws.getRange('B2').format.fill.color = 'yellow';
      const r = ws.getRange('B2:B4');
      r.load('values, format/fill/color');
      ws.protection.load('protected');
      await context.sync();
      expect(r.values).toEqual([[1], ['8,5'], [3]]);
      expect(r.format.fill.color).toBeNull();
      expect(ws.protection.protected).toBe(true);
    });
  });

  it('honours protection options for column widths', async () => {
    const sim = await protectedSheet({ allowFormatColumns: true });
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A:A').format.columnWidth = 120;
        await context.sync();
      }),
    );
    expect(code).toBe('no error');
    expect(sim.getSheetSnapshot('Sheet1').columnWidths).toEqual({ 0: 120 });
  });

  it('stops the user typing into locked cells but not unlocked ones', async () => {
    const sim = await protectedSheet();
    expect(() => sim.typeValue('Sheet1', 'A1', 'x')).toThrow(SimulatedOfficeError);
    sim.typeValue('Sheet1', 'B3', '7');
    const b3 = sim.getSheetSnapshot('Sheet1').cells.find((c) => c.address === 'B3');
    expect(b3?.value).toBe(7);
  });

  it('unprotect needs the right password, then edits are allowed', async () => {
    const sim = await protectedSheet();
    const wrong = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').protection.unprotect('nope');
        await context.sync();
      }),
    );
    expect(wrong).toBe('InvalidArgument');
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.protection.unprotect('pw');
      ws.getRange('A1').values = [['ok']];
      await context.sync();
    });
    expect(sim.getSheetSnapshot('Sheet1').protection.protected).toBe(false);
    expect(sim.getSheetSnapshot('Sheet1').cells.find((c) => c.address === 'A1')?.value).toBe('ok');
  });

  it('protecting an already protected sheet fails', async () => {
    const sim = await protectedSheet();
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').protection.protect();
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });
});

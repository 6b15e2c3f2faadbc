import { SimulatedExcel } from '../../src/sim';

function cell(sim: SimulatedExcel, sheet: string, address: string): unknown {
  return sim.getSheetSnapshot(sheet).cells.find((c) => c.address === address)?.value ?? '';
}

async function readValues(sim: SimulatedExcel, sheet: string, address: string): Promise<unknown[][]> {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load('values');
    await context.sync();
    return range.values;
  });
}

describe('formula evaluation', () => {
  it('recalculates a SUM after the user types into its range', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:A3').values = [[1], [2], [3]];
      ws.getRange('A4').formulas = [['=SUM(A1:A3)']];
      await context.sync();
    });
    expect(await readValues(sim, 'Sheet1', 'A4')).toEqual([[6]]);
    sim.typeValue('Sheet1', 'A2', '10');
    expect(await readValues(sim, 'Sheet1', 'A4')).toEqual([[14]]);
    sim.typeValue('Sheet1', 'A3', null);
    expect(cell(sim, 'Sheet1', 'A4')).toBe(11);
  });

  it.each([
    ['=IF(AND(B1>0,B2>1),ROUND(B1/3,2),0)', 3.33],
    ['=SUMIF(B1:B3,">2")', 13],
    ['=MAX(B1:B3)+MIN(B1:B3)', 12],
    ['=COUNTA(B1:B5)', 3],
    ['=B1/0', '#DIV/0!'],
    ['=B1+"x"', '#VALUE!'],
    ['=NOSUCHFUNCTION(1)', '#NAME?'],
    ['=VLOOKUP(99,B1:B3,1,FALSE)', '#N/A'],
    ['="Điểm: "&B1', 'Điểm: 10'],
    ['=B1>5', true],
    ['=0.1+0.2', 0.3],
    ['=D1', 0],
    ['=SUM(B:B)', 15],
  ])('%s evaluates to %p', async (formula, expected) => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'B1', 10);
    sim.typeValue('Sheet1', 'B2', 2);
    sim.typeValue('Sheet1', 'B3', 3);
    sim.typeValue('Sheet1', 'C1', formula);
    expect(await readValues(sim, 'Sheet1', 'C1')).toEqual([[expected]]);
  });

  it('follows references across sheets, chains and defined names', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const input = context.workbook.worksheets.add('Nhập liệu');
      const out = context.workbook.worksheets.getItem('Sheet1');
      input.getRange('A1:A2').values = [[4], [6]];
      context.workbook.names.add('DiemNhap', input.getRange('A1:A2'));
      out.getRange('A1:A3').formulas = [["='Nhập liệu'!A1*2"], ['=A1+1'], ['=SUM(DiemNhap)+A2']];
      await context.sync();
    });
    expect(await readValues(sim, 'Sheet1', 'A1:A3')).toEqual([[8], [9], [19]]);
    sim.typeValue('Nhập liệu', 'A1', '5');
    expect(await readValues(sim, 'Sheet1', 'A1:A3')).toEqual([[10], [11], [22]]);
  });

  it('evaluates long dependency chains without recursion', async () => {
    const sim = new SimulatedExcel();
    const n = 3000;
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const formulas = [[1], ...Array.from({ length: n - 1 }, (_, i) => [`=A${i + 1}+1`])];
      ws.getRange(`A1:A${n}`).formulas = formulas;
      await context.sync();
    });
    expect(await readValues(sim, 'Sheet1', `A${n}`)).toEqual([[n]]);
  });

  it('shows 0 for circular references instead of hanging', async () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '=B1+1');
    sim.typeValue('Sheet1', 'B1', '=A1+1');
    const [[a, b]] = await readValues(sim, 'Sheet1', 'A1:B1');
    expect(typeof a).toBe('number');
    expect(typeof b).toBe('number');
  });

  it('reports formulas, text and value types', async () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '0.5');
    sim.typeValue('Sheet1', 'B1', '=A1*2');
    sim.typeValue('Sheet1', 'C1', '=1/0');
    sim.typeValue('Sheet1', 'D1', 'TRUE');
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').numberFormat = [['0.0%']];
      const r = ws.getRange('A1:E1');
      r.load('formulas, text, valueTypes');
      await context.sync();
      expect(r.formulas).toEqual([[0.5, '=A1*2', '=1/0', true, '']]);
      expect(r.text).toEqual([['50.0%', '1', '#DIV/0!', 'TRUE', '']]);
      expect(r.valueTypes).toEqual([['Double', 'Double', 'Error', 'Boolean', 'Empty']]);
    });
  });

  it('fills one formula over a range with relative references moving', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:A3').values = [[1], [2], [3]];
      ws.getRange('B1:B3').formulas = '=A1*$A$1*10' as unknown as unknown[][];
      const r = ws.getRange('B1:B3');
      r.load('formulas, values');
      await context.sync();
      expect(r.formulas).toEqual([['=A1*$A$1*10'], ['=A2*$A$1*10'], ['=A3*$A$1*10']]);
      expect(r.values).toEqual([[10], [20], [30]]);
    });
  });

  it('leaves results stale within a sync after suspendApiCalculationUntilNextSync', async () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '1');
    sim.typeValue('Sheet1', 'B1', '=A1*2');
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      context.workbook.application.suspendApiCalculationUntilNextSync();
      ws.getRange('A1').values = [[5]];
      const during = ws.getRange('B1');
      during.load('values');
      await context.sync();
      expect(during.values).toEqual([[2]]);
      const after = ws.getRange('B1');
      after.load('values');
      await context.sync();
      expect(after.values).toEqual([[10]]);
    });
  });
});

describe('what typing or writing a string stores', () => {
  it.each([
    ['1.1', 'General', 1.1],
    ['8,5', 'General', '8,5'],
    ['abc', 'General', 'abc'],
    ['1,000', 'General', 1000],
    ['50%', 'General', 0.5],
    ["'123", 'General', '123'],
    ['1.1', '@', '1.1'],
    ['=1+1', '@', '=1+1'],
    ['true', 'General', true],
    ['#N/A', 'General', '#N/A'],
    ['  42 ', 'General', 42],
  ])('values = %p with number format %p stores %p', async (input, numberFormat, expected) => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.numberFormat = [[numberFormat]];
      r.values = [[input]];
      r.load('values, valueTypes');
      await context.sync();
      expect(r.values).toEqual([[expected]]);
    });
  });

  it('typeValue follows the same rules and makes "=..." a formula', () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '2');
    sim.typeValue('Sheet1', 'A2', '=A1*3');
    sim.typeValue('Sheet1', 'A3', '8,5');
    const snap = sim.getSheetSnapshot('Sheet1');
    expect(snap.cells.map((c) => [c.address, c.value, c.formula])).toEqual([
      ['A1', 2, null],
      ['A2', 6, '=A1*3'],
      ['A3', '8,5', null],
    ]);
  });

  it('writing a value over a formula removes the formula', async () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '=1+1');
    await sim.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [['x']];
      r.load('formulas');
      await context.sync();
      expect(r.formulas).toEqual([['x']]);
    });
  });
});

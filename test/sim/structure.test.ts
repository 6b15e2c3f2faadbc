import { SimulatedExcel, SimulatedOfficeError } from '../../src/sim';
import { parseAddress, rectToA1 } from '../../src/sim/a1';
import { renameSheetInFormula, shiftRowsInFormula, translateFormula } from '../../src/sim/calc/refs';

function cells(sim: SimulatedExcel, sheet: string): Array<[string, unknown, string | null]> {
  return sim.getSheetSnapshot(sheet).cells.map((c) => [c.address, c.value, c.formula]);
}

describe('A1 addresses', () => {
  it.each([
    ['A1', { row: 0, col: 0, rows: 1, cols: 1 }, 'A1'],
    ['$B$2:G10', { row: 1, col: 1, rows: 9, cols: 6 }, 'B2:G10'],
    ['G10:B2', { row: 1, col: 1, rows: 9, cols: 6 }, 'B2:G10'],
    ['A:A', { row: 0, col: 0, rows: 1048576, cols: 1 }, 'A:A'],
    ['3:5', { row: 2, col: 0, rows: 3, cols: 16384 }, '3:5'],
    ['XFD1048576', { row: 1048575, col: 16383, rows: 1, cols: 1 }, 'XFD1048576'],
  ])('%s parses and prints back', (address, rect, printed) => {
    expect(parseAddress(address).rect).toEqual(rect);
    expect(rectToA1(parseAddress(address).rect)).toBe(printed);
  });

  it.each(['', 'A0', 'XFE1', 'A1:B2:C3', '1A', 'A1048577'])('rejects %p', (address) => {
    expect(() => parseAddress(address)).toThrow(SimulatedOfficeError);
  });

  it('reads a sheet prefix', () => {
    expect(parseAddress("'It''s here'!B3").sheet).toBe("It's here");
  });
});

describe('formula reference rewriting', () => {
  it.each([
    ['=A1+A5', 'S', 2, 3, '=A1+A8'],
    ['=SUM(A1:A10)', 'S', 4, 1, '=SUM(A1:A11)'],
    ['=SUM($A$3:$A$10)', 'S', 0, 2, '=SUM($A$5:$A$12)'],
    ['=A1&"A5"', 'S', 0, 1, '=A2&"A5"'],
    ['=LOG10(A5)', 'S', 0, 1, '=LOG10(A6)'],
    ["='Other sheet'!A5+A5", 'S', 0, 1, "='Other sheet'!A5+A6"],
    ['=SUM(3:4)+SUM(B:B)', 'S', 1, 2, '=SUM(5:6)+SUM(B:B)'],
    ['=A2+A3', 'S', 1, -1, '=#REF!+A2'],
    ['=SUM(A1:A5)', 'S', 1, -2, '=SUM(A1:A3)'],
  ])('%s on %s, shift at %d by %d → %s', (formula, sheet, at, count, expected) => {
    expect(shiftRowsInFormula(formula, sheet, 'S', at, count)).toBe(expected);
  });

  it('renames sheet references, quoting as needed', () => {
    expect(renameSheetInFormula("=Data!A1+'Data'!B2+DataX!C3", 'Data', 'Dữ liệu 1')).toBe(
      "='Dữ liệu 1'!A1+'Dữ liệu 1'!B2+DataX!C3",
    );
  });

  it('translates relative references only', () => {
    expect(translateFormula('=A1+$B$1+C$1+$D1', 2, 1)).toBe('=B3+$B$1+D$1+$D3');
    expect(translateFormula('=A1', -1, 0)).toBe('=#REF!');
  });
});

describe('user edits to the grid', () => {
  it('insertRows shifts cells and formula references, like a user inserting rows', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const other = context.workbook.worksheets.add('Tổng hợp');
      ws.getRange('A1:A3').values = [[1], [2], [3]];
      ws.getRange('A4').formulas = [['=SUM(A1:A3)']];
      ws.getRange('B3').formulas = [['=A3*2']];
      other.getRange('A1').formulas = [['=Sheet1!A4+Sheet1!$A$1']];
      ws.getRange('A2:B2').merge();
      await context.sync();
    });
    sim.insertRows('Sheet1', 1, 2);
    expect(cells(sim, 'Sheet1')).toEqual([
      ['A1', 1, null],
      ['A4', 2, null],
      ['A5', 3, null],
      ['B5', 6, '=A5*2'],
      ['A6', 6, '=SUM(A1:A5)'],
    ]);
    expect(cells(sim, 'Tổng hợp')).toEqual([['A1', 7, '=Sheet1!A6+Sheet1!$A$1']]);
    expect(sim.getSheetSnapshot('Sheet1').merges).toEqual(['A4:B4']);
    sim.typeValue('Sheet1', 'A2', '10');
    expect(cells(sim, 'Sheet1').find((c) => c[0] === 'A6')?.[1]).toBe(16);
  });

  it('deleteRows removes cells and turns references to them into #REF!', () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '1');
    sim.typeValue('Sheet1', 'A2', '2');
    sim.typeValue('Sheet1', 'A3', '3');
    sim.typeValue('Sheet1', 'B1', '=A2');
    sim.typeValue('Sheet1', 'B2', '=SUM(A1:A3)');
    sim.typeValue('Sheet1', 'C4', '=A3');
    sim.deleteRows('Sheet1', 1, 1);
    expect(cells(sim, 'Sheet1')).toEqual([
      ['A1', 1, null],
      ['B1', '#REF!', '=#REF!'],
      ['A2', 3, null],
      ['C3', 3, '=A2'],
    ]);
  });

  it('references from other sheets to deleted rows become Sheet!#REF!, which IFERROR can catch', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[5]];
      context.workbook.worksheets.add('Other').getRange('A1:A2').formulas = [
        ['=Sheet1!A2'],
        ['=IFERROR(Sheet1!A2,-1)'],
      ];
      await context.sync();
    });
    expect(cells(sim, 'Other')).toEqual([
      ['A1', 5, '=Sheet1!A2'],
      ['A2', 5, '=IFERROR(Sheet1!A2,-1)'],
    ]);
    sim.deleteRows('Sheet1', 1, 1);
    expect(cells(sim, 'Other')).toEqual([
      ['A1', '#REF!', '=Sheet1!#REF!'],
      ['A2', -1, '=IFERROR(Sheet1!#REF!,-1)'],
    ]);
  });

  it('renameSheet keeps formulas pointing at the renamed sheet', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const data = context.workbook.worksheets.add('Data');
      data.getRange('A1').values = [[5]];
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=Data!A1*2']];
      context.workbook.names.add('Diem', data.getRange('A1'));
      await context.sync();
    });
    sim.renameSheet('Data', 'Dữ liệu');
    expect(sim.sheetNames()).toEqual(['Sheet1', 'Dữ liệu']);
    expect(cells(sim, 'Sheet1')).toEqual([['A1', 10, "='Dữ liệu'!A1*2"]]);
    await sim.run(async (context) => {
      const name = context.workbook.names.getItem('Diem');
      name.load('value');
      await context.sync();
      expect(name.value).toBe("'Dữ liệu'!$A$1");
    });
  });

  it('renameSheet refuses names Excel refuses', () => {
    const sim = new SimulatedExcel();
    expect(() => sim.renameSheet('Sheet1', 'a/b')).toThrow(SimulatedOfficeError);
    expect(() => sim.renameSheet('Sheet1', 'x'.repeat(32))).toThrow(SimulatedOfficeError);
  });

  it('a rename within a batch keeps the proxy bound to the same sheet', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.name = 'Renamed';
      ws.getRange('A1').values = [['still here']];
      ws.load('name');
      await context.sync();
      expect(ws.name).toBe('Renamed');
    });
    expect(cells(sim, 'Renamed')).toEqual([['A1', 'still here', null]]);
  });

  it('deleting a sheet turns references to it into #REF!', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const gone = context.workbook.worksheets.add('Gone');
      gone.getRange('A1').values = [[1]];
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=Gone!A1+1']];
      await context.sync();
      gone.delete();
      await context.sync();
    });
    expect(cells(sim, 'Sheet1')).toEqual([['A1', '#REF!', '=#REF!A1+1']]);
  });
});

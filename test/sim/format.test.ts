import { SimulatedExcel, simulatedExcelNamespace } from '../../src/sim';
import { codeOf } from './support';

describe('range formatting', () => {
  it('stores and reports fill, font, alignment and borders', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.format.fill.color = '#c6efce';
      r.format.font.set({ name: 'Times New Roman', size: 13, bold: true, color: 'red' });
      r.format.horizontalAlignment = 'Center';
      r.format.wrapText = true;
      r.format.borders.getItem('InsideHorizontal').style = 'Continuous';
      r.format.borders.getItem('EdgeBottom').weight = 'Medium';
      r.load('format/fill/color, format/font, format/horizontalAlignment, format/wrapText');
      const inside = r.format.borders.getItem('InsideHorizontal');
      const bottom = r.format.borders.getItem('EdgeBottom');
      inside.load('style');
      bottom.load('style, weight');
      await context.sync();
      expect(r.format.fill.color).toBe('#C6EFCE');
      expect([r.format.font.name, r.format.font.size, r.format.font.bold, r.format.font.color]).toEqual([
        'Times New Roman',
        13,
        true,
        '#FF0000',
      ]);
      expect(r.format.horizontalAlignment).toBe('Center');
      expect(r.format.wrapText).toBe(true);
      expect(inside.style).toBe('Continuous');
      expect([bottom.style, bottom.weight]).toEqual(['Continuous', 'Medium']);
    });
    const a2 = sim.getSheetSnapshot('Sheet1').cells.find((c) => c.address === 'A2');
    expect(a2?.format.borders.top.style).toBe('Continuous');
    expect(a2?.format.borders.bottom.weight).toBe('Medium');
  });

  it('rejects values Excel rejects', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = 'not a colour';
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('sets sizes and autofits columns ignoring merged cells', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['a long heading that sits in a merged area']];
      ws.getRange('A1:C1').merge();
      ws.getRange('A2').values = [['short']];
      ws.getRange('B:B').format.columnWidth = 120;
      ws.getRange('3:3').format.rowHeight = 30;
      ws.getRange('A:A').format.autofitColumns();
      const a = ws.getRange('A1');
      a.load('format/columnWidth, format/rowHeight');
      await context.sync();
      expect(a.format.columnWidth).toBeLessThan(48);
      expect(a.format.rowHeight).toBe(15);
    });
    const snap = sim.getSheetSnapshot('Sheet1');
    expect(snap.columnWidths[1]).toBe(120);
    expect(snap.rowHeights).toEqual({ 2: 30 });
    expect(snap.merges).toEqual(['A1:C1']);
  });
});

describe('data validation', () => {
  it('stores a rule and reports it back', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('Sheet1').getRange('B2:B10').dataValidation;
      dv.clear();
      dv.rule = { decimal: { formula1: 0, formula2: 10, operator: 'Between' } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai', message: 'Nhập 0–10' };
      dv.load('type, rule, errorAlert');
      await context.sync();
      expect(dv.type).toBe('Decimal');
      expect(dv.rule).toEqual({ decimal: { formula1: 0, formula2: 10, operator: 'Between' } });
      expect(dv.errorAlert.message).toBe('Nhập 0–10');
    });
    expect(sim.getSheetSnapshot('Sheet1').dataValidations).toEqual([
      expect.objectContaining({ address: 'B2:B10', type: 'Decimal' }),
    ]);
  });

  it.each([
    ['no operator', { decimal: { formula1: 0 } }],
    ['Between without formula2', { wholeNumber: { formula1: 0, operator: 'Between' } }],
    ['two rule kinds', { decimal: { formula1: 0, operator: 'GreaterThan' }, list: { source: 'a,b' } }],
    ['list without source', { list: { inCellDropDown: true } }],
  ])('rejects a rule with %s', async (_label, rule) => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule =
          rule as Excel.DataValidationRule;
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('conditional formats', () => {
  it('adds custom and cell-value formats, counts and clears them', async () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '5');
    sim.typeValue('Sheet1', 'A2', '15');
    sim.typeValue('Sheet1', 'B1', 'x');
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const custom = ws.getRange('A1:A2').conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=A1>10';
      custom.custom.format.fill.color = '#FFC7CE';
      custom.custom.format.font.bold = true;
      const cv = ws.getRange('B1:B2').conditionalFormats.add('CellValue');
      cv.cellValue.rule = { formula1: '0', formula2: '3', operator: 'Between' };
      cv.cellValue.format.font.color = '#9C0006';
      const count = ws.getRange('A1:B2').conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    const snap = sim.getSheetSnapshot('Sheet1');
    const applied = Object.fromEntries(snap.cells.map((c) => [c.address, c.conditionalFormat]));
    expect(applied.A1).toBeUndefined();
    expect(applied.A2).toEqual({ fill: '#FFC7CE', bold: true });
    expect(applied.B1).toBeUndefined();
    expect(snap.conditionalFormats.map((cf) => [cf.address, cf.type])).toEqual([
      ['B1:B2', 'CellValue'],
      ['A1:A2', 'Custom'],
    ]);
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:A2').conditionalFormats.clearAll();
      const count = ws.getRange('A:B').conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it('reads rules with their ids and custom formulas, and deletes one rule across syncs', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const mine = ws.getRange('A1:A3').conditionalFormats.add('Custom');
      mine.custom.rule.formula = '=A1<1';
      mine.custom.format.fill.color = '#FF0000';
      const theirs = ws.getRange('A2:B3').conditionalFormats.add('Custom');
      theirs.custom.rule.formula = '=B2>2';
      const cv = ws.getRange('B1').conditionalFormats.add('CellValue');
      cv.cellValue.rule = { formula1: '0', operator: 'GreaterThan' };
      await context.sync();
    });
    await sim.run(async (context) => {
      const rules = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B3').conditionalFormats;
      rules.load('items/id,items/type,items/customOrNullObject/rule/formula');
      await context.sync();
      const read = rules.items.map((cf) => ({
        id: cf.id,
        type: cf.type,
        isNull: cf.customOrNullObject.isNullObject,
        formula: cf.type === 'Custom' ? cf.customOrNullObject.rule.formula : null,
      }));
      expect(read.map((r) => [r.type, r.isNull, r.formula])).toEqual([
        ['CellValue', true, null],
        ['Custom', false, '=B2>2'],
        ['Custom', false, '=A1<1'],
      ]);
      expect(new Set(read.map((r) => r.id)).size).toBe(3);
      expect(read.every((r) => typeof r.id === 'string')).toBe(true);
      // A rule read in one sync is deleted in the next, the others staying whole.
      rules.items[1].delete();
      const count = rules.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    const snap = sim.getSheetSnapshot('Sheet1');
    expect(snap.conditionalFormats.map((cf) => [cf.address, cf.rule.formula ?? cf.type])).toEqual([
      ['B1', 'CellValue'],
      ['A1:A3', '=A1<1'],
    ]);
  });

  it('rejects a custom rule Excel cannot parse', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange('A1')
          .conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=A1>';
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('worksheet settings', () => {
  it('records freeze panes, page layout, tab colour and visibility', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.add('In');
      ws.freezePanes.freezeRows(3);
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = simulatedExcelNamespace.PaperType.a4 as Excel.PaperType;
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.centerHorizontally = true;
      ws.pageLayout.setPrintTitleRows('$1:$3');
      ws.tabColor = '#00B050';
      context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
      await context.sync();
    });
    const snap = sim.getSheetSnapshot('In');
    expect(snap.freezePanes).toEqual({ rows: 3, columns: 0 });
    expect(snap.pageLayout).toEqual(
      expect.objectContaining({
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        centerHorizontally: true,
        printTitleRows: '$1:$3',
      }),
    );
    expect(snap.tabColor).toBe('#00B050');
    expect(sim.getSheetSnapshot('Sheet1').visibility).toBe('Hidden');
    sim.insertRows('In', 0, 1);
    expect(sim.getSheetSnapshot('In').freezePanes.rows).toBe(4);
    expect(sim.getSheetSnapshot('In').pageLayout.printTitleRows).toBe('$2:$4');
  });

  it('refuses to hide the last visible sheet', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });

  it('copies a sheet with its content and settings', async () => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'A1', '=1+2');
    await sim.run(async (context) => {
      const copy = context.workbook.worksheets.getItem('Sheet1').copy('End');
      copy.load('name, position');
      await context.sync();
      expect([copy.name, copy.position]).toEqual(['Sheet1 (2)', 1]);
    });
    expect(sim.getSheetSnapshot('Sheet1 (2)').cells.map((c) => c.value)).toEqual([3]);
  });
});

describe('defined names', () => {
  it('adds names, finds them, and refuses duplicates', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      context.workbook.names.add('TongDiem', ws.getRange('B2:B5'), 'Tổng điểm');
      ws.names.add('Local', '=Sheet1!$A$1');
      const found = context.workbook.names.getItemOrNullObject('tongdiem');
      const missing = context.workbook.names.getItemOrNullObject('Nope');
      found.load('name, type, value, formula, comment');
      const range = context.workbook.names.getItem('TongDiem').getRange();
      range.load('address');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect([found.name, found.type, found.value, found.formula, found.comment]).toEqual([
        'TongDiem',
        'Range',
        'Sheet1!$B$2:$B$5',
        '=Sheet1!$B$2:$B$5',
        'Tổng điểm',
      ]);
      expect(range.address).toBe('Sheet1!B2:B5');
    });
    expect(sim.getSheetSnapshot('Sheet1').names).toEqual([
      { name: 'Local', formula: '=Sheet1!$A$1', comment: '' },
    ]);
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.names.add('TONGDIEM', '=Sheet1!$A$1');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
  });
});

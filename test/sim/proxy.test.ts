import { SimulatedExcel, SimulatedOfficeError } from '../../src/sim';
import { codeOf } from './support';

function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SimulatedOfficeError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('load / sync rules', () => {
  it('throws PropertyNotLoaded for a property read before load + sync', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
      range.load('values');
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(thrownCode(() => range.address)).toBe('PropertyNotLoaded');
    });
  });

  it('error looks like OfficeExtension.Error with the Excel message', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      let caught: unknown;
      try {
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(Error);
      const err = caught as SimulatedOfficeError;
      expect(err.name).toBe('RichApi.Error');
      expect(err.code).toBe('PropertyNotLoaded');
      expect(err.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect(err.debugInfo).toEqual({
        code: 'PropertyNotLoaded',
        message: err.message,
        errorLocation: 'Range.values',
      });
    });
  });

  it('does not echo a property the add-in set itself', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[5]];
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[5]]);
      range.values = [[6]];
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
    });
  });

  it.each([
    ['comma string', 'values, address'],
    ['array', ['values', 'address']],
    ['select option', { select: 'values,address' }],
    ['property object', { values: true, address: true }],
  ])('accepts load(%s)', async (_label, spec) => {
    const sim = new SimulatedExcel();
    sim.typeValue('Sheet1', 'B2', '7');
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
      range.load(spec as string);
      await context.sync();
      expect(range.values).toEqual([[7]]);
      expect(range.address).toBe('Sheet1!B2');
    });
  });

  it('load() with no argument loads the scalar properties, navigations via paths', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('C3:D4');
      range.load();
      range.load('format/fill/color, format/font/bold');
      await context.sync();
      expect(range.rowCount).toBe(2);
      expect(range.columnIndex).toBe(2);
      expect(range.numberFormat).toEqual([
        ['General', 'General'],
        ['General', 'General'],
      ]);
      expect(range.format.fill.color).toBe('#FFFFFF');
      expect(range.format.font.bold).toBe(false);
    });
  });

  it('collections load items with the requested properties', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      context.workbook.worksheets.add('Điểm tổng');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1', 'Điểm tổng']);
      expect(thrownCode(() => sheets.items[0].position)).toBe('PropertyNotLoaded');
    });
  });

  it('addresses quote sheet names only when needed', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.add('My sheet');
      const a = ws.getRange('B2:G10');
      const b = ws.getRange('A:A');
      const c = ws.getRange('3:3');
      const d = context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(1, 1, 2, 3);
      [a, b, c, d].forEach((r) => r.load('address'));
      await context.sync();
      expect([a.address, b.address, c.address, d.address]).toEqual([
        "'My sheet'!B2:G10",
        "'My sheet'!A:A",
        "'My sheet'!3:3",
        'Sheet1!B2:D3',
      ]);
    });
  });
});

describe('ItemNotFound and null objects', () => {
  it('getItem on a missing sheet does not throw until the sync, which applies earlier actions only', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        const sheet1 = context.workbook.worksheets.getItem('Sheet1');
        sheet1.getRange('A1').values = [['before']];
        const missing = context.workbook.worksheets.getItem('Nope');
        missing.getRange('A1').values = [['x']];
        sheet1.getRange('A2').values = [['after']];
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
    const cells = sim.getSheetSnapshot('Sheet1').cells.map((c) => [c.address, c.value]);
    expect(cells).toEqual([['A1', 'before']]);
  });

  it('getItemOrNullObject reports isNullObject after sync, and throws before', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('Sheet1');
      expect(thrownCode(() => missing.isNullObject)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('using a range of a null object fails at sync', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
        await context.sync();
        missing.getRange('A1').values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('getUsedRangeOrNullObject is null on a blank sheet', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
    sim.typeValue('Sheet1', 'C4', 'x');
    await sim.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('Sheet1!C4');
    });
  });

  it('a chain of null objects stays null and loads nothing', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const item = context.workbook.names.getItemOrNullObject('Missing');
      const sheet = item.getRangeOrNullObject().worksheet;
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address,formulas');
      sheet.load('name');
      sheet.protection.load('protected');
      await context.sync();
      expect([item.isNullObject, sheet.isNullObject, used.isNullObject]).toEqual([true, true, true]);
      expect(sheet.name).toBeUndefined();
      expect(sheet.protection.protected).toBeUndefined();
    });
  });

  it('the same chain reaches the named sheet when the name exists', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.add('Kế hoạch');
      ws.getRange('B2:C3').values = [
        [1, '=B2*2'],
        ['x', ''],
      ];
      context.workbook.names.add('PlanSheet', ws.getRange('A1'));
      await context.sync();
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.names.getItemOrNullObject('PlanSheet').getRangeOrNullObject().worksheet;
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address,formulas');
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Kế hoạch');
      expect(used.address).toBe("'Kế hoạch'!B2:C3");
      expect(used.formulas).toEqual([
        [1, '=B2*2'],
        ['x', ''],
      ]);
      expect(used.toJSON()).toEqual({ address: "'Kế hoạch'!B2:C3", formulas: used.formulas });
    });
  });

  it('a failed sync delivers none of its loads', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ok = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      ok.load('address');
      context.workbook.worksheets.getItem('Nope').getRange('A1').load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(thrownCode(() => ok.address)).toBe('PropertyNotLoaded');
    });
  });

  it('adding a duplicate sheet fails with ItemAlreadyExists', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.add('sheet1');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
  });
});

describe('writing arrays', () => {
  it.each([
    ['too few rows', [[1, 2]]],
    [
      'too many columns',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ['ragged', [[1, 2], [3]]],
    ['one-dimensional', [1, 2, 3, 4]],
  ])('rejects a %s array with InvalidArgument', async (_label, values) => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = values as unknown[][];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect(sim.getSheetSnapshot('Sheet1').cells).toEqual([]);
  });

  it.each(['values', 'formulas', 'numberFormat'] as const)('checks the shape of %s', async (prop) => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
        (range as unknown as Record<string, unknown>)[prop] = [['1'], ['2'], ['3']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('fills a multi-cell range from a scalar, and null leaves a cell unchanged', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B2').values = 3 as unknown as unknown[][];
      ws.getRange('A1:B1').values = [[null, 'x']];
      const r = ws.getRange('A1:B2');
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([
        [3, 'x'],
        [3, 3],
      ]);
    });
  });

  it('rejects a formula Excel could not parse', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM(1,']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('selection and navigation', () => {
  it('select() records the address and activates the sheet', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.add('Kết quả');
      ws.getRange('B2:C4').select();
      await context.sync();
    });
    expect(sim.selection()).toEqual({ sheet: 'Kết quả', address: 'B2:C4' });
    await sim.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      expect(active.name).toBe('Kết quả');
    });
  });

  it('derives ranges the way Excel does', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const base = context.workbook.worksheets.getItem('Sheet1').getRange('B2:D5');
      const derived = [
        base.getCell(1, 1),
        base.getOffsetRange(1, -1),
        base.getResizedRange(1, -2),
        base.getRow(2),
        base.getColumn(0),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getIntersection('C1:C3'),
        base.getBoundingRect('F7'),
      ];
      derived.forEach((r) => r.load('address'));
      await context.sync();
      expect(derived.map((r) => r.address)).toEqual([
        'Sheet1!C3',
        'Sheet1!A3:C6',
        'Sheet1!B2:B6',
        'Sheet1!B4:D4',
        'Sheet1!B2:B5',
        'Sheet1!2:5',
        'Sheet1!B:D',
        'Sheet1!C2:C3',
        'Sheet1!B2:F7',
      ]);
    });
  });

  it('getIntersection without overlap fails with ItemNotFound', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1').getIntersection('C3');
        r.load('address');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });
});

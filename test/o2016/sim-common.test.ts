// The simulator's model of what issue 13 uses: Excel tables at ExcelApi 1.1 and the Common API's table
// bindings with setFormatsAsync ("Format tables in add-ins for Excel"). Unmodelled formats must fail.
import { SimulatedExcel } from '../../src/sim';
import type { SimAsyncResult, SimTableBinding } from '../../src/sim/common/officeDocument';
import { tablesOf } from '../../src/sim/model/tables';

function call<T>(start: (cb: (r: SimAsyncResult<T>) => void) => void): Promise<SimAsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

async function withTable(sim: SimulatedExcel): Promise<string> {
  return sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A3:C4').values = [
      ['a', 'b', 'c'],
      ['0000000000', '00000000000000000000000000000000000000000000000000000000000', 'x'],
    ];
    const table = context.workbook.tables.add("'Sheet1'!A3:C4", true);
    table.load('name');
    await context.sync();
    return table.name;
  });
}

describe('simulated Excel tables (ExcelApi 1.1)', () => {
  it('adds a table at 1.1, refuses an overlapping one, and delete clears its cells', async () => {
    const sim = new SimulatedExcel({ apiLevel: 'office2016' });
    const name = await withTable(sim);
    expect(name).toBe('Table1');
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.add('Sheet1!B4:D6', true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await sim.run(async (context) => {
      context.workbook.tables.getItem(name).delete();
      await context.sync();
    });
    expect(tablesOf(sim.wb)).toHaveLength(0);
    expect(sim.getSheetSnapshot('Sheet1').usedRange).toBeNull();
  });
});

describe('simulated Common API table bindings', () => {
  it('TableBindings is there at every level, ExcelApi 1.2 is not at office2016', () => {
    const sim = new SimulatedExcel({ apiLevel: 'office2016' });
    expect(sim.isSetSupported('TableBindings', '1.1')).toBe(true);
    expect(sim.isSetSupported('TableBindings', '1.2')).toBe(false);
    expect(sim.isSetSupported('ExcelApi', '1.2')).toBe(false);
  });

  it('binds a table by "Sheet!Table", auto-fits a column to its data and wraps it', async () => {
    const sim = new SimulatedExcel({ apiLevel: 'office2016' });
    const name = await withTable(sim);
    const bound = await call<SimTableBinding>((cb) =>
      sim.document.bindings.addFromNamedItemAsync(`Sheet1!${name}`, 'table', { id: 'w' }, cb),
    );
    expect(bound.status).toBe('succeeded');
    const done = await call<void>((cb) =>
      bound.value.setFormatsAsync(
        [{ cells: { column: 1 }, format: { width: 'auto fit', wrapping: true } }],
        {},
        cb,
      ),
    );
    expect(done.status).toBe('succeeded');
    const snap = sim.getSheetSnapshot('Sheet1');
    // 59 "0"s, data cells only: wider than column A (10 "0"s) by far.
    expect(snap.columnWidths[1]).toBeGreaterThan(5 * (snap.columnWidths[0] ?? 0));
    expect(snap.cells.find((c) => c.address === 'B4')?.format.wrapText).toBe(true);
    expect(snap.cells.find((c) => c.address === 'B3')?.format.wrapText).toBe(false);
    expect((await call<void>((cb) => sim.document.bindings.releaseByIdAsync('w', cb))).status).toBe(
      'succeeded',
    );
  });

  it('fails what it does not model or Office refuses: a missing table, a numeric width, 101 groups', async () => {
    const sim = new SimulatedExcel({ apiLevel: 'office2016' });
    const missing = await call<SimTableBinding>((cb) =>
      sim.document.bindings.addFromNamedItemAsync('Sheet1!Nope', 'table', { id: 'x' }, cb),
    );
    expect(missing.status).toBe('failed');
    const name = await withTable(sim);
    const bound = await call<SimTableBinding>((cb) =>
      sim.document.bindings.addFromNamedItemAsync(`'Sheet1'!${name}`, 'table', {}, cb),
    );
    const numeric = await call<void>((cb) =>
      bound.value.setFormatsAsync([{ cells: { column: 0 }, format: { width: 300 } }], {}, cb),
    );
    expect(numeric).toMatchObject({ status: 'failed', error: { message: expect.stringContaining('width') } });
    const many = Array.from({ length: 101 }, () => ({ cells: 'data' as const, format: { wrapping: true } }));
    const tooMany = await call<void>((cb) => bound.value.setFormatsAsync(many, {}, cb));
    expect(tooMany.status).toBe('failed');
    const outside = await call<void>((cb) =>
      bound.value.setFormatsAsync([{ cells: { column: 3 }, format: { wrapping: true } }], {}, cb),
    );
    expect(outside.status).toBe('failed');
  });
});

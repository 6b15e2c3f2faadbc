import { ApiLevel, SimulatedExcel } from '../../src/sim';
import { codeOf } from './support';

describe('API levels', () => {
  const versions = ['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.9', '1.14', '1.15', '1.20', '1.21'];
  const expected: Record<ApiLevel, string[]> = {
    office2016: ['1.1'],
    office2019: ['1.1', '1.2', '1.4', '1.6', '1.7'],
    office2021: ['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.9', '1.14'],
    microsoft365: ['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.9', '1.14', '1.15', '1.20'],
  };

  it.each(Object.keys(expected) as ApiLevel[])('%s supports exactly its ExcelApi versions', (level) => {
    const sim = new SimulatedExcel({ apiLevel: level });
    expect(versions.filter((v) => sim.isSetSupported('ExcelApi', v))).toEqual(expected[level]);
    expect(sim.isSetSupported('ExcelApi')).toBe(true);
    expect(sim.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  type Touch = (context: Excel.RequestContext) => unknown;
  const ws = (c: Excel.RequestContext): Excel.Worksheet => c.workbook.worksheets.getItem('Sheet1');
  const members: Array<[string, string, Touch]> = [
    ['1.2', 'Worksheet.protection', (c) => ws(c).protection],
    ['1.2', 'Range.merge', (c) => ws(c).getRange('A1:B1').merge()],
    ['1.2', 'RangeFormat.autofitColumns', (c) => ws(c).getRange('A:A').format.autofitColumns()],
    ['1.4', 'WorksheetCollection.getItemOrNullObject', (c) => c.workbook.worksheets.getItemOrNullObject('x')],
    ['1.4', 'NamedItemCollection.add', (c) => c.workbook.names.add('n', '=Sheet1!$A$1')],
    ['1.4', 'Worksheet.names', (c) => ws(c).names],
    ['1.6', 'Range.conditionalFormats', (c) => ws(c).getRange('A1').conditionalFormats],
    [
      '1.6',
      'Application.suspendApiCalculationUntilNextSync',
      (c) => c.workbook.application.suspendApiCalculationUntilNextSync(),
    ],
    ['1.7', 'Worksheet.freezePanes', (c) => ws(c).freezePanes],
    ['1.7', 'Worksheet.getRangeByIndexes', (c) => ws(c).getRangeByIndexes(0, 0, 1, 1)],
    ['1.7', 'Worksheet.tabColor', (c) => (ws(c).tabColor = '#FF0000')],
    ['1.8', 'Range.dataValidation', (c) => ws(c).getRange('A1').dataValidation],
    ['1.9', 'Worksheet.pageLayout', (c) => ws(c).pageLayout],
    ['1.10', 'Worksheet.copy', (c) => ws(c).copy()],
  ];

  it.each(members)('needs ExcelApi %s for %s', async (version, _member, touch) => {
    for (const level of Object.keys(expected) as ApiLevel[]) {
      const sim = new SimulatedExcel({ apiLevel: level });
      const supported = sim.isSetSupported('ExcelApi', version);
      const code = await codeOf(
        sim.run(async (context) => {
          touch(context);
        }),
      );
      expect([level, code]).toEqual([level, supported ? 'no error' : 'ApiNotFound']);
    }
  });

  it('loading a too-new property fails the sync with ApiNotFound', async () => {
    const sim = new SimulatedExcel({ apiLevel: 'office2016' });
    const code = await codeOf(
      sim.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
        r.load('format/columnWidth');
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });
});

describe('payload limit', () => {
  function bigRows(rows: number, cols: number, text: string): string[][] {
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => text));
  }

  it('fails a write over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const sim = new SimulatedExcel();
    const values = bigRows(6000, 10, 'x'.repeat(100));
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:J6000').values = values;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(sim.getSheetSnapshot('Sheet1').cells).toHaveLength(0);
    expect(sim.meters.maxPayloadBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('passes the same data split into chunks below the limit', async () => {
    const sim = new SimulatedExcel();
    const values = bigRows(3000, 10, 'x'.repeat(100));
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:J3000').values = values;
      await context.sync();
      ws.getRange('A3001:J6000').values = values;
      await context.sync();
    });
    expect(sim.meters.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    expect(sim.meters.maxPayloadBytes).toBeGreaterThan(3_000_000);
    expect(sim.getSheetSnapshot('Sheet1').usedRange).toBe('A1:J6000');
  });

  it('fails a response over the limit', async () => {
    const sim = new SimulatedExcel({ payloadLimitBytes: 1000 });
    for (let row = 1; row <= 10; row++) sim.typeValue('Sheet1', `A${row}`, 'y'.repeat(200));
    const code = await codeOf(
      sim.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A40');
        r.load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('refuses to read more than 5,000,000 cells', async () => {
    const sim = new SimulatedExcel();
    const code = await codeOf(
      sim.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Sheet1').getRange('A:E');
        r.load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('RangeExceedsLimit');
  });
});

describe('meters', () => {
  it('counts syncs and carried-out operations', async () => {
    const sim = new SimulatedExcel();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2').format.font.bold = true;
      ws.getRange('A1:A2').load('values');
      await context.sync();
      await context.sync();
      ws.getRange('B1').select();
    });
    // Two explicit syncs plus Excel.run's final flush of the pending select().
    expect(sim.meters.syncs).toBe(3);
    expect(sim.meters.ops).toBe(3);
    sim.meters.reset();
    await sim.run(async () => undefined);
    expect([sim.meters.syncs, sim.meters.ops, sim.meters.maxPayloadBytes]).toEqual([0, 0, 0]);
  });

  it('does not count operations after a failure', async () => {
    const sim = new SimulatedExcel();
    await codeOf(
      sim.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [[1]];
        ws.getRange('A1:B1').values = [[1]];
        ws.getRange('A3').values = [[1]];
        await context.sync();
      }),
    );
    expect(sim.meters.ops).toBe(1);
    expect(sim.meters.syncs).toBe(1);
  });
});

describe('faults', () => {
  it('fails every sync in cell-edit mode, until it is cleared', async () => {
    const sim = new SimulatedExcel();
    sim.faults.cellEditMode = true;
    const write = (): Promise<void> =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await context.sync();
      });
    expect(await codeOf(write())).toBe('InvalidOperationInCellEditMode');
    expect(sim.getSheetSnapshot('Sheet1').cells).toHaveLength(0);
    sim.faults.cellEditMode = false;
    expect(await codeOf(write())).toBe('no error');
    expect(sim.getSheetSnapshot('Sheet1').cells).toHaveLength(1);
  });

  it('notifies listeners after each sync and user edit', async () => {
    const sim = new SimulatedExcel();
    const seen: string[] = [];
    const off = sim.onChange(() => seen.push('change'));
    sim.typeValue('Sheet1', 'A1', 'x');
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['y']];
      await context.sync();
    });
    off();
    sim.typeValue('Sheet1', 'A3', 'z');
    expect(seen).toEqual(['change', 'change']);
  });
});

import { bench, SET_ID, TEMPLATE, UNIT, metered, typeSeedScores } from './support';

/** A workbook that also holds an unrelated sheet of 200,000 cells, the active one. */
async function withBigSheet(named: boolean) {
  const { sim, actions } = bench('microsoft365');
  await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem(TEMPLATE).protection.unprotect();
    await context.sync();
  });
  typeSeedScores(sim);
  await sim.run(async (context) => {
    const ws = context.workbook.worksheets.add('Số liệu');
    for (let at = 0; at < 20000; at += 2000) {
      ws.getRange(`A${at + 1}:J${at + 2000}`).values = Array.from({ length: 2000 }, (_, r) =>
        Array.from({ length: 10 }, (_, c) => `Dòng ${at + r + 1} cột ${c + 1}`),
      );
      await context.sync();
    }
    ws.activate();
    if (!named) context.workbook.names.getItem('PARINDEX_TEMPLATE').delete();
    await context.sync();
  });
  return sim;
}

describe('finding the template beside a big unrelated sheet', () => {
  it.each([
    ['led by the defined name', true, 1],
    ['without the name: the top rows of each sheet are probed, then the one table read', false, 3],
  ])('%s', async (_name, named, syncs) => {
    const sim = await withBigSheet(named);
    const { createActions } = await import('../../src/excel');
    const { builtInSet } = await import('../../src/sets');
    const fresh = createActions(sim, { findSet: builtInSet });
    const run = await metered(sim, () => fresh.checkScores());
    expect(run.result.sheetName).toBe(TEMPLATE);
    expect(run.result.totalIfFixed?.score).toBe(79.452);
    expect(run.syncs).toBe(syncs);
    // The 200,000 cells alone would be several MB: no request or response comes near Excel's 5 MB.
    expect(run.maxPayloadBytes).toBeLessThan(1_000_000);
  });
});

/**
 * Office.js adapter benchmark on the simulated Excel (Microsoft 365 level): round trips (syncs) and queued
 * operations per action, for the built-in set and a 5,000-criteria synthetic set. Counts, not timings.
 * Prints `bench syncs.<action>.<criteria> <n> syncs` and `bench ops.<action>.<criteria> <n> ops`.
 */
import { createActions } from '../src/excel/host';
import { loadSet } from '../src/engine/set';
import { makeSyntheticScores, makeSyntheticSet } from '../src/engine/synthetic';
import type { CriteriaSet } from '../src/engine/types';
import { walk } from '../src/engine/tree';
import { SimulatedExcel } from '../src/sim';
import { builtInSet, DEFAULT_SET_ID } from '../src/sets';

const TEMPLATE = 'Tự đánh giá 2023';

/** Every leaf scored, written in one block as a person's typing would leave the sheet. */
async function typeScores(sim: SimulatedExcel, set: CriteriaSet): Promise<void> {
  const scores = new Map(makeSyntheticScores(set, 42).map((e) => [e.code, e.raw]));
  await sim.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(TEMPLATE);
    const used = ws.getUsedRange();
    used.load('formulas');
    await context.sync();
    const column = used.formulas.map((line) => [scores.get(String(line[0])) ?? line[3]]);
    ws.protection.unprotect();
    ws.getRange(`D1:D${column.length}`).formulas = column;
    await context.sync();
  });
}

async function measure(set: CriteriaSet): Promise<void> {
  const criteria = walk(set).filter((n) => n.level === 'criterion').length;
  const sim = new SimulatedExcel({ apiLevel: 'microsoft365' });
  const actions = createActions(sim, { findSet: (id) => (id === set.id ? set : builtInSet(id)) });
  const report = async (name: string, run: () => Promise<unknown>) => {
    sim.meters.reset();
    await run();
    console.log(`bench syncs.${name}.${criteria} ${sim.meters.syncs} syncs`);
    console.log(`bench ops.${name}.${criteria} ${sim.meters.ops} ops`);
  };
  await report('insertTemplate', () =>
    actions.insertTemplate({ setId: set.id, year: 2023, unitName: 'UBND xã' }),
  );
  await typeScores(sim, set);
  await report('checkScores', () => actions.checkScores());
  await report('highlightBelowMax', () => actions.highlightBelowMax());
  await report('generatePlan', () => actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' }));
}

/**
 * Check on a workbook that also holds an unrelated 200,000-cell sheet (the active one): syncs, and the largest
 * request or response in MB: with the add-in's defined name, and without it (a template parindex wrote),
 * where the other sheets' top rows are probed and only the template is read whole.
 */
async function bigUnrelated(named: boolean): Promise<void> {
  const sim = new SimulatedExcel({ apiLevel: 'microsoft365' });
  const actions = createActions(sim, { findSet: builtInSet });
  await actions.insertTemplate({ setId: DEFAULT_SET_ID, year: 2023, unitName: 'UBND xã' });
  await sim.run(async (context) => {
    const ws = context.workbook.worksheets.add('Số liệu');
    const rows = 20000;
    const block = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `Dòng ${r + 1} cột ${c + 1}`),
    );
    for (let at = 0; at < rows; at += 2000) {
      ws.getRange(`A${at + 1}:J${at + 2000}`).values = block.slice(at, at + 2000);
      await context.sync();
    }
    ws.activate();
    // A template parindex wrote (or one from before the names) carries no defined name.
    if (!named) context.workbook.names.getItem('PARINDEX_TEMPLATE').delete();
    await context.sync();
  });
  const fresh = createActions(sim, { findSet: builtInSet });
  sim.meters.reset();
  const ok = await fresh.checkScores().then(
    () => true,
    () => false,
  );
  if (!ok) throw new Error('check failed on the workbook with a big unrelated sheet');
  const name = named ? 'bigUnrelated' : 'bigUnrelatedUnnamed';
  console.log(`bench syncs.checkScores.${name} ${sim.meters.syncs} syncs`);
  console.log(`bench payload.checkScores.${name} ${(sim.meters.maxPayloadBytes / 1e6).toFixed(3)} MB`);
}

async function main(): Promise<void> {
  await bigUnrelated(true);
  await bigUnrelated(false);
  await measure(builtInSet(DEFAULT_SET_ID) as CriteriaSet);
  const { set } = loadSet(makeSyntheticSet(5000));
  if (!set) throw new Error('synthetic set is invalid');
  await measure(set);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

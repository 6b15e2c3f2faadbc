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
import { SimulatedExcel } from '../src/preview/sim';
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

async function main(): Promise<void> {
  await measure(builtInSet(DEFAULT_SET_ID) as CriteriaSet);
  const { set } = loadSet(makeSyntheticSet(5000));
  if (!set) throw new Error('synthetic set is invalid');
  await measure(set);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

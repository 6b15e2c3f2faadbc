/** Helpers for the Office.js adapter's tests: a simulated Excel per API level and a person typing into it. */
import { createActions } from '../../src/excel/host';
import type { AddinActions } from '../../src/excel/types';
import { loadSet } from '../../src/engine/set';
import { makeSyntheticScores, makeSyntheticSet } from '../../src/engine/synthetic';
import type { CriteriaSet } from '../../src/engine/types';
import { SimulatedExcel, type ApiLevel } from '../../src/sim';
import type { CellSnapshot, SheetSnapshot } from '../../src/sim';
import { builtInSet } from '../../src/sets';
import { SEED_2023_SCORES } from '../support/seed';

export const LEVELS: readonly ApiLevel[] = ['office2016', 'office2019', 'office2021', 'microsoft365'];
export const SET_ID = 'dak-nong-xa-2023';
export const TEMPLATE = 'Tự đánh giá 2023';
export const PLAN = 'Phụ lục KH 2024';
export const UNIT = 'UBND xã Quảng Sơn';

export interface Bench {
  sim: SimulatedExcel;
  actions: AddinActions;
  set: CriteriaSet;
}

export function bench(apiLevel: ApiLevel, set: CriteriaSet = builtInSet(SET_ID) as CriteriaSet): Bench {
  const sim = new SimulatedExcel({ apiLevel });
  const actions = createActions(sim, { findSet: (id) => (id === set.id ? set : builtInSet(id)) });
  return { sim, actions, set };
}

export function syntheticSet(criteria: number): CriteriaSet {
  const { set, problems } = loadSet(makeSyntheticSet(criteria));
  if (!set || problems.length > 0) throw new Error('synthetic set is invalid');
  return set;
}

export function cellAt(snap: SheetSnapshot, address: string): CellSnapshot | undefined {
  return snap.cells.find((c) => c.address === address);
}

/** The 1-based row where a code stands in column `col` (A by default) of a sheet, as a person would find it. */
export function rowOfCode(sim: SimulatedExcel, sheet: string, code: string, col = 0): number {
  const cell = sim
    .getSheetSnapshot(sheet)
    .cells.find((c) => c.col === col && String(c.value).replace(/\.$/, '') === code);
  if (!cell) throw new Error(`no row for ${code} on ${sheet}`);
  return cell.row + 1;
}

/** Row (1-based) → code, for every row with a code in column A. */
export function codeRows(sim: SimulatedExcel, sheet: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of sim.getSheetSnapshot(sheet).cells) {
    if (c.col === 0 && /^\d+(\.\d+)*\.?$/.test(String(c.value)))
      out.set(String(c.value).replace(/\.$/, ''), c.row + 1);
  }
  return out;
}

/** Types the seed's 2023 scores cell by cell into "Điểm tự đánh giá"; 2.1 goes in as the text "2,5". */
export function typeSeedScores(sim: SimulatedExcel, sheet = TEMPLATE, selfCol = 'D'): void {
  const rows = codeRows(sim, sheet);
  for (const [code, score] of Object.entries(SEED_2023_SCORES)) {
    const text = code === '2.1' ? '2,5' : String(score);
    sim.typeValue(sheet, `${selfCol}${rows.get(code)}`, text);
  }
}

/** Synthetic scores for every leaf, written in one block (typing 5,000 cells would only test the simulator). */
export async function writeSyntheticScores(
  sim: SimulatedExcel,
  set: CriteriaSet,
  sheet = TEMPLATE,
): Promise<void> {
  const scores = new Map(makeSyntheticScores(set, 7).map((e) => [e.code, e.raw as number]));
  await sim.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRange();
    used.load('formulas');
    await context.sync();
    const column = used.formulas.map((line) => [scores.get(String(line[0])) ?? line[3]]);
    if (sim.isSetSupported('ExcelApi', '1.2')) ws.protection.unprotect();
    ws.getRange(`D1:D${column.length}`).formulas = column;
    await context.sync();
  });
}

/** Every cell's content (formula or value) by address: what a person typed or the add-in wrote. */
export function contents(sim: SimulatedExcel, sheet: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const c of sim.getSheetSnapshot(sheet).cells) {
    const v = c.formula ?? c.value;
    if (v !== '') out[c.address] = v;
  }
  return out;
}

/** The whole sheet (cells, formats, rules, protection) but for which sheet is active: compared as one string. */
export function frozen(sim: SimulatedExcel, sheet: string): string {
  return JSON.stringify({ ...sim.getSheetSnapshot(sheet), active: null });
}

/** Runs an action and returns what the meters counted for it alone. */
export async function metered<T>(sim: SimulatedExcel, action: () => Promise<T>) {
  sim.meters.reset();
  const result = await action();
  return {
    result,
    syncs: sim.meters.syncs,
    ops: sim.meters.ops,
    maxPayloadBytes: sim.meters.maxPayloadBytes,
  };
}

export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the action to fail');
}

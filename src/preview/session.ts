// One simulated Excel with the add-in's actions over it. Loaded as its own chunk, after the pane is on
// screen: the formula library inside the simulator is large and slow to start.
import { createActions } from '../excel/host';
import type { AddinActions } from '../excel/types';
import { SimulatedExcel, createExcelNamespace, type ApiLevel } from '../sim';

export interface SimSession {
  sim: SimulatedExcel;
  actions: AddinActions;
}

export function startSession(level: ApiLevel): SimSession {
  const sim = new SimulatedExcel({ apiLevel: level });
  // Code written for Office.js may read enums off the Excel global: give it the simulator's.
  (globalThis as { Excel?: unknown }).Excel = createExcelNamespace(sim);
  return { sim, actions: createActions(sim) };
}

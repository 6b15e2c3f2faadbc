/** The Office.js adapter: the workbook actions over Excel (or the simulated Excel), and what they are made of. */
export { createActions, officeHost, type ActionsOptions, type ExcelHost } from './host';
export { detectFeatures, type Features } from './features';
export { toAddinError } from './errors';
export {
  renderSheet,
  clearSheetSteps,
  fitSteps,
  queueSteps,
  SYNC_BUDGET_BYTES,
  type WriteStep,
} from './render';
export { scanWorkbook, ROLE_NAMES, type Scan, type SheetContent } from './read';
export * from './types';

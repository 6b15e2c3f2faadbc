/**
 * The application layer: every workbook use case once, as a pure function from a workbook snapshot (and
 * options) to a result and a change set. src/excel (Office.js) and src/cli (exceljs) only read the snapshot
 * and apply the change set; see docs/application-layer.md.
 */
export * from './snapshot';
export * from './errors';
export * from './template';
export * from './check';
export * from './plan';
export { hasErrors } from '../engine/check';
export { formatNumberVi, formatPlain } from '../engine/decimal';

import type { CellChange } from '../app';
import { rangeA1 } from '../layout/a1';
import { PROTECTION_OPTIONS, runs } from './render';

/**
 * Queues a change set's cells: consecutive rows of one column as one block. A protected sheet is unprotected
 * for the writes and protected again with the template's allowances.
 */
export function applyCells(
  context: Excel.RequestContext,
  cells: readonly CellChange[],
  options: { protected: boolean },
): void {
  const bySheet = new Map<string, Map<number, Map<number, number>>>();
  for (const cell of cells) {
    const cols = bySheet.get(cell.sheet) ?? new Map<number, Map<number, number>>();
    const col = cols.get(cell.column) ?? new Map<number, number>();
    col.set(cell.row, cell.value);
    cols.set(cell.column, col);
    bySheet.set(cell.sheet, cols);
  }
  for (const [name, cols] of bySheet) {
    const sheet = context.workbook.worksheets.getItem(name);
    if (options.protected) sheet.protection.unprotect();
    for (const [col, values] of cols) {
      for (const run of runs([...values.keys()])) {
        const rows = run.last - run.first + 1;
        const range = sheet.getRange(rangeA1({ row: run.first, col, rows, cols: 1 }));
        // A cell formatted as Text would keep even a written number as text.
        range.numberFormat = Array.from({ length: rows }, () => ['General']);
        range.values = Array.from({ length: rows }, (_, i) => [values.get(run.first + i) as number]);
      }
    }
    if (options.protected) sheet.protection.protect(PROTECTION_OPTIONS);
  }
}

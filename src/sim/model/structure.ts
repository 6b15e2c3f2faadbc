// Row inserts/deletes and sheet removal: everything that must move together when the grid shifts.
import { MAX_ROWS, Rect, parseAddress, shiftRect, shiftRowSpan } from '../a1';
import { dropSheetInFormula, shiftRowsInFormula } from '../calc/refs';
import { simError } from '../errors';
import { Cell, SheetModel, cellKey, keyCol, keyRow } from './sheet';
import type { WorkbookModel } from './workbook';

/** Applies a text rewrite to every formula-bearing string in the workbook (cells, names, rules). */
export function rewriteSheetFormulas(
  wb: WorkbookModel,
  rewrite: (formula: string, formulaSheet: SheetModel | null) => string,
): void {
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula !== null) cell.formula = rewrite(cell.formula, sheet);
    }
    for (const dv of sheet.validations) {
      if (dv.rule) dv.rule = rewriteRuleStrings(dv.rule, (f) => rewrite(f, sheet));
    }
    for (const cf of sheet.conditionalFormats) {
      for (const key of ['formula', 'formula1', 'formula2'] as const) {
        const value = cf.rule[key];
        if (typeof value === 'string' && value.startsWith('=')) cf.rule[key] = rewrite(value, sheet);
      }
    }
  }
  for (const name of wb.names) name.formula = rewrite(name.formula, name.scope);
}

function rewriteRuleStrings(
  rule: Record<string, unknown>,
  rewrite: (f: string) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rule)) {
    if (typeof value === 'string' && value.startsWith('=')) out[key] = rewrite(value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = rewriteRuleStrings(value as Record<string, unknown>, rewrite);
    } else out[key] = value;
  }
  return out;
}

function shiftKeyed<T>(map: Map<number, T>, at: number, count: number): Map<number, T> {
  const out = new Map<number, T>();
  for (const [row, value] of map) {
    const moved = shiftRowSpan(row, row, at, count);
    if (moved && moved[0] < MAX_ROWS) out.set(moved[0], value);
  }
  return out;
}

function shiftRects(rects: Rect[], at: number, count: number): Rect[] {
  return rects.map((r) => shiftRect(r, at, count)).filter((r): r is Rect => r !== null);
}

function shiftTitleRows(address: string | null, at: number, count: number): string | null {
  if (address === null) return null;
  try {
    const moved = shiftRect(parseAddress(address).rect, at, count);
    return moved ? `$${moved.row + 1}:$${moved.row + moved.rows}` : null;
  } catch {
    return address;
  }
}

/** Inserts (count > 0) or deletes (count < 0) whole rows at 0-based `at`, as Excel's row commands do. */
export function shiftRows(
  wb: WorkbookModel,
  sheet: SheetModel,
  at: number,
  count: number,
  location: string,
): void {
  if (count === 0) return;
  const options = sheet.protection.options;
  if (sheet.protection.protected && !(count > 0 ? options.allowInsertRows : options.allowDeleteRows)) {
    throw simError('AccessDenied', location);
  }
  if (count > 0) {
    for (const key of sheet.cells.keys()) {
      const cell = sheet.cells.get(key);
      if (keyRow(key) >= MAX_ROWS - count && cell && (cell.value !== null || cell.formula !== null)) {
        throw simError(
          'InvalidOperation',
          location,
          'Inserting rows would push non-blank cells off the worksheet.',
        );
      }
    }
  }
  rewriteSheetFormulas(wb, (formula, formulaSheet) =>
    shiftRowsInFormula(formula, formulaSheet?.name ?? sheet.name, sheet.name, at, count),
  );
  const aboveFormats = count > 0 && at > 0 ? rowFormatsOf(sheet, at - 1) : [];
  const moved = new Map<number, Cell>();
  for (const [key, cell] of sheet.cells) {
    const span = shiftRowSpan(keyRow(key), keyRow(key), at, count);
    if (span && span[0] < MAX_ROWS) moved.set(cellKey(span[0], keyCol(key)), cell);
  }
  sheet.cells = moved;
  // Inserted rows take the formatting of the row above, as in Excel.
  for (const [col, format] of aboveFormats) {
    for (let r = at; r < at + count; r++) sheet.ensureCell(r, col).format = { ...format };
  }
  sheet.rowFormats = shiftKeyed(sheet.rowFormats, at, count);
  sheet.rowHeights = shiftKeyed(sheet.rowHeights, at, count);
  sheet.merges = shiftRects(sheet.merges, at, count);
  for (const dv of sheet.validations) dv.rects = shiftRects(dv.rects, at, count);
  sheet.validations = sheet.validations.filter((dv) => dv.rects.length > 0);
  for (const cf of sheet.conditionalFormats) cf.rects = shiftRects(cf.rects, at, count);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.rects.length > 0);
  const frozen = shiftRowSpan(0, sheet.freeze.rows - 1, at, count);
  if (sheet.freeze.rows > 0) sheet.freeze.rows = frozen ? frozen[1] + 1 : 0;
  sheet.pageLayout.printTitleRows = shiftTitleRows(sheet.pageLayout.printTitleRows, at, count);
  wb.calc.invalidate();
  wb.markDirty();
}

function rowFormatsOf(sheet: SheetModel, row: number): Array<[number, NonNullable<Cell['format']>]> {
  const out: Array<[number, NonNullable<Cell['format']>]> = [];
  sheet.forEachStored({ row, col: 0, rows: 1, cols: 16384 }, (cell, _r, col) => {
    if (cell.format) out.push([col, cell.format]);
  });
  return out;
}

export function deleteSheet(wb: WorkbookModel, sheet: SheetModel, location: string): void {
  if (sheet.visibility === 'VeryHidden') throw simError('InvalidOperation', location);
  const othersVisible = wb.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
  if (!othersVisible)
    throw simError('InvalidOperation', location, 'A workbook must contain at least one visible worksheet.');
  wb.sheets = wb.sheets.filter((s) => s !== sheet);
  wb.names = wb.names.filter((n) => n.scope !== sheet);
  rewriteSheetFormulas(wb, (formula) => dropSheetInFormula(formula, sheet.name));
  if (wb.activeSheetId === sheet.id) wb.activeSheetId = wb.visibleSheets()[0].id;
  if (wb.selection.sheetId === sheet.id) {
    wb.selection = { sheetId: wb.activeSheetId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }
  wb.calc.invalidate();
  wb.markDirty();
}

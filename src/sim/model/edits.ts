// Writes to cells, with Excel's argument checks and sheet-protection refusals.
import { Rect, intersect, isWholeColumns, isWholeRows, rectArea } from '../a1';
import { translateFormula } from '../calc/refs';
import { invalidArgument, simError } from '../errors';
import { CellFormat, mergeFormat } from './format';
import { SheetModel } from './sheet';
import { Content, GENERAL_FORMAT, ParsedInput, parseInput } from './values';
import type { WorkbookModel } from './workbook';

export type MatrixKind = 'values' | 'formulas' | 'numberFormat';

export type EditKind = 'content' | 'format' | 'columnWidth' | 'rowHeight';

function anyLocked(sheet: SheetModel, rect: Rect): boolean {
  if (rectArea(rect) <= 1_000_000) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) if (sheet.lockedAt(r, c)) return true;
    }
    return false;
  }
  let locked = false;
  sheet.forEachStored(rect, (cell) => {
    if (cell.format?.locked !== false) locked = true;
  });
  for (let c = rect.col; c < rect.col + rect.cols && !locked; c++) {
    if (sheet.columnFormats.get(c)?.locked !== false) locked = true;
  }
  return locked;
}

/** Refuses an edit the way a protected sheet does; unlocked cells stay writable. */
export function assertEditable(sheet: SheetModel, rect: Rect, kind: EditKind, location: string): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const allowed =
    (kind === 'content' && !anyLocked(sheet, rect)) ||
    (kind === 'format' && (p.options.allowFormatCells === true || !anyLocked(sheet, rect))) ||
    (kind === 'columnWidth' && p.options.allowFormatColumns === true) ||
    (kind === 'rowHeight' && p.options.allowFormatRows === true);
  if (!allowed) throw simError('AccessDenied', location);
}

/** Changes a protected sheet refuses whatever the cells' locked state: merges, validation, conditional formats. */
export function assertUnprotected(sheet: SheetModel, location: string): void {
  if (sheet.protection.protected) throw simError('AccessDenied', location);
}

/** Returns the per-cell inputs of a 2-D array or a scalar, failing like Excel on a shape mismatch. */
function cellInputs(rect: Rect, raw: unknown, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(raw)) return () => raw;
  if (raw.length !== rect.rows || !raw.every((row) => Array.isArray(row) && row.length === rect.cols)) {
    throw invalidArgument(
      location,
      `the array is not ${rect.rows}x${rect.cols} like the range, or not two-dimensional`,
    );
  }
  const matrix = raw as unknown[][];
  return (r, c) => matrix[r][c];
}

function parseWritten(
  wb: WorkbookModel,
  input: unknown,
  kind: MatrixKind,
  numberFormat: string,
  location: string,
): ParsedInput | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(location, 'numbers must be finite');
    return { content: { kind: 'value', value: input } };
  }
  if (typeof input === 'boolean') return { content: { kind: 'value', value: input } };
  if (typeof input !== 'string')
    throw invalidArgument(location, `unsupported value ${JSON.stringify(input)}`);
  const parsed =
    kind === 'formulas' && input.startsWith('=') && input.length > 1
      ? { content: { kind: 'formula' as const, formula: input } }
      : parseInput(input, numberFormat);
  if (parsed.content.kind === 'formula' && !wb.calc.isValidFormula(parsed.content.formula)) {
    throw invalidArgument(location, `Excel cannot read the formula ${input}`);
  }
  return parsed;
}

export function setContent(sheet: SheetModel, row: number, col: number, parsed: ParsedInput): void {
  const content: Content = parsed.content;
  const cell = sheet.ensureCell(row, col);
  cell.value = content.kind === 'value' ? content.value : null;
  cell.formula = content.kind === 'formula' ? content.formula : null;
  cell.computed = null;
  if (parsed.impliedFormat && sheet.numberFormatAt(row, col) === GENERAL_FORMAT) {
    cell.format = mergeFormat(cell.format, { numberFormat: parsed.impliedFormat });
  }
  sheet.prune(row, col);
}

/** Range.values / formulas / numberFormat setters. */
export function writeMatrix(
  wb: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  kind: MatrixKind,
  raw: unknown,
  location: string,
): void {
  const at = cellInputs(rect, raw, location);
  if (kind === 'numberFormat') {
    assertEditable(sheet, rect, 'format', location);
    if (!Array.isArray(raw)) {
      if (typeof raw !== 'string') throw invalidArgument(location, 'number formats are strings');
      applyFormat(sheet, rect, { numberFormat: raw });
      return;
    }
    const patches: Array<[number, number, string]> = [];
    forEachCell(rect, (r, c) => {
      const v = at(r - rect.row, c - rect.col);
      if (v === null || v === undefined) return;
      if (typeof v !== 'string') throw invalidArgument(location, 'number formats are strings');
      patches.push([r, c, v]);
    });
    for (const [r, c, numberFormat] of patches) sheet.patchCellFormat(r, c, { numberFormat });
    return;
  }
  assertEditable(sheet, rect, 'content', location);
  if (!Array.isArray(raw)) {
    writeScalar(wb, sheet, rect, kind, raw, location);
    return;
  }
  // Parse everything first so a bad entry fails the write without half-applying it.
  const parsed: Array<[number, number, ParsedInput]> = [];
  forEachCell(rect, (r, c) => {
    const p = parseWritten(wb, at(r - rect.row, c - rect.col), kind, sheet.numberFormatAt(r, c), location);
    if (p) parsed.push([r, c, p]);
  });
  for (const [r, c, p] of parsed) setContent(sheet, r, c, p);
  wb.markDirty();
}

function writeScalar(
  wb: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  kind: MatrixKind,
  raw: unknown,
  location: string,
): void {
  const first = parseWritten(wb, raw, kind, sheet.numberFormatAt(rect.row, rect.col), location);
  if (!first) return;
  if (first.content.kind === 'empty') {
    sheet.forEachStored(rect, (_cell, r, c) => setContent(sheet, r, c, first));
  } else if (first.content.kind === 'formula') {
    // One formula written to many cells is filled like Ctrl+Enter: relative references move per cell.
    const formula = first.content.formula;
    forEachCell(rect, (r, c) =>
      setContent(sheet, r, c, {
        content: { kind: 'formula', formula: translateFormula(formula, r - rect.row, c - rect.col) },
      }),
    );
  } else {
    forEachCell(rect, (r, c) => {
      const p = parseWritten(wb, raw, kind, sheet.numberFormatAt(r, c), location);
      if (p) setContent(sheet, r, c, p);
    });
  }
  wb.markDirty();
}

export function forEachCell(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) visit(r, c);
  }
}

/** Applies a format patch; whole rows/columns are stored once instead of per cell. */
export function applyFormat(sheet: SheetModel, rect: Rect, patch: CellFormat): void {
  if (isWholeRows(rect) || isWholeColumns(rect)) {
    const target = isWholeRows(rect) ? sheet.rowFormats : sheet.columnFormats;
    const first = isWholeRows(rect) ? rect.row : rect.col;
    const count = isWholeRows(rect) ? rect.rows : rect.cols;
    for (let i = first; i < first + count; i++) target.set(i, mergeFormat(target.get(i), patch));
    sheet.forEachStored(rect, (cell) => {
      cell.format = mergeFormat(cell.format, patch);
    });
    return;
  }
  forEachCell(rect, (r, c) => sheet.patchCellFormat(r, c, patch));
}

export type ClearTarget = 'All' | 'Formats' | 'Contents';

export function clearRange(
  wb: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  what: ClearTarget,
  location: string,
): void {
  assertEditable(sheet, rect, what === 'Formats' ? 'format' : 'content', location);
  if (what !== 'Contents') assertEditable(sheet, rect, 'format', location);
  const keys: Array<[number, number]> = [];
  sheet.forEachStored(rect, (_cell, r, c) => keys.push([r, c]));
  for (const [r, c] of keys) {
    const cell = sheet.ensureCell(r, c);
    if (what !== 'Formats') {
      cell.value = null;
      cell.formula = null;
      cell.computed = null;
    }
    if (what !== 'Contents') delete cell.format;
    sheet.prune(r, c);
  }
  if (what !== 'Contents') {
    if (isWholeColumns(rect))
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnFormats.delete(c);
    if (isWholeRows(rect)) for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowFormats.delete(r);
    sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
  }
  wb.markDirty();
}

export function mergeRange(
  wb: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  across: boolean,
  location: string,
): void {
  assertUnprotected(sheet, location);
  const areas: Rect[] = across
    ? Array.from({ length: rect.rows }, (_, i) => ({
        row: rect.row + i,
        col: rect.col,
        rows: 1,
        cols: rect.cols,
      }))
    : [rect];
  sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
  for (const area of areas) {
    if (rectArea(area) < 2) continue;
    // Excel keeps only the upper-left value of a merged area.
    const drop: Array<[number, number]> = [];
    sheet.forEachStored(area, (_cell, r, c) => {
      if (r !== area.row || c !== area.col) drop.push([r, c]);
    });
    for (const [r, c] of drop) setContent(sheet, r, c, { content: { kind: 'empty' } });
    sheet.merges.push(area);
  }
  wb.markDirty();
}

export function unmergeRange(sheet: SheetModel, rect: Rect, location: string): void {
  assertUnprotected(sheet, location);
  sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
}

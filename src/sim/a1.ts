// A1 addresses <-> 0-based rectangles. Every other module speaks rectangles only.
import { invalidArgument } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

// Column letters are Excel's own rule; the add-in's A1 module has it once for both sides.
import { columnIndex, columnLetters } from '../layout/a1';

export { columnIndex, columnLetters };

interface Corner {
  row?: number;
  col?: number;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseCorner(text: string): Corner | null {
  const m = CORNER.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const corner: Corner = {};
  if (m[1]) corner.col = columnIndex(m[1]);
  if (m[2]) corner.row = Number(m[2]) - 1;
  if ((corner.col ?? 0) >= MAX_COLS || (corner.row ?? 0) >= MAX_ROWS || (corner.row ?? 0) < 0) return null;
  return corner;
}

function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "$B$2:G10", "A:C", "3:5", optionally prefixed by a sheet ("'My sheet'!A1"). */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address.trim().replace(/^=/, ''));
  const parts = local.split(':');
  if (parts.length > 2 || local.length === 0)
    throw invalidArgument('Worksheet.getRange', `bad address ${address}`);
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) throw invalidArgument('Worksheet.getRange', `bad address ${address}`);
  const wholeColumns =
    a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const wholeRows = a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  let rect: Rect;
  if (wholeColumns) {
    rect = span(0, MAX_ROWS - 1, a.col as number, b.col as number);
  } else if (wholeRows) {
    rect = span(a.row as number, b.row as number, 0, MAX_COLS - 1);
  } else if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    rect = span(a.row, b.row, a.col, b.col);
  } else {
    throw invalidArgument('Worksheet.getRange', `bad address ${address}`);
  }
  return sheet === undefined ? { rect } : { sheet, rect };
}

function span(r1: number, r2: number, c1: number, c2: number): Rect {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function isWholeRows(rect: Rect): boolean {
  return rect.col === 0 && rect.cols === MAX_COLS;
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.row === 0 && rect.rows === MAX_ROWS;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectToA1(rect: Rect): string {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  if (isWholeRows(rect)) return `${rect.row + 1}:${lastRow + 1}`;
  if (isWholeColumns(rect)) return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  const first = cellA1(rect.row, rect.col);
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${cellA1(lastRow, lastCol)}`;
}

const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_REF = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/** Excel quotes a sheet name in addresses only when it would not read as a bare name. */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET.test(name) && !LOOKS_LIKE_REF.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectToA1(rect)}`;
}

/** "$A$1:$B$2", "$A:$C" or "$1:$3": the absolute form Excel stores in names and print settings. */
export function absoluteLocal(rect: Rect): string {
  const lastRow = rect.row + rect.rows;
  const first = `$${columnLetters(rect.col)}`;
  const last = `$${columnLetters(rect.col + rect.cols - 1)}`;
  if (isWholeRows(rect)) return `$${rect.row + 1}:$${lastRow}`;
  if (isWholeColumns(rect)) return `${first}:${last}`;
  if (rect.rows === 1 && rect.cols === 1) return `${first}$${rect.row + 1}`;
  return `${first}$${rect.row + 1}:${last}$${lastRow}`;
}

export function absoluteAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${absoluteLocal(rect)}`;
}

export function rectArea(rect: Rect): number {
  return rect.rows * rect.cols;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(a.row + a.rows, b.row + b.rows);
  const endCol = Math.min(a.col + a.cols, b.col + b.cols);
  if (endRow <= row || endCol <= col) return null;
  return { row, col, rows: endRow - row, cols: endCol - col };
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** The parts of `a` outside `b`, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const out: Rect[] = [];
  const aEndRow = a.row + a.rows;
  const oEndRow = overlap.row + overlap.rows;
  if (overlap.row > a.row) out.push({ row: a.row, col: a.col, rows: overlap.row - a.row, cols: a.cols });
  if (oEndRow < aEndRow) out.push({ row: oEndRow, col: a.col, rows: aEndRow - oEndRow, cols: a.cols });
  if (overlap.col > a.col)
    out.push({ row: overlap.row, col: a.col, rows: overlap.rows, cols: overlap.col - a.col });
  const oEndCol = overlap.col + overlap.cols;
  const aEndCol = a.col + a.cols;
  if (oEndCol < aEndCol)
    out.push({ row: overlap.row, col: oEndCol, rows: overlap.rows, cols: aEndCol - oEndCol });
  return out;
}

/**
 * Where a row span lands after inserting (count > 0) or deleting (count < 0) rows at `at`.
 * Returns null when the whole span was deleted.
 */
export function shiftRowSpan(
  first: number,
  last: number,
  at: number,
  count: number,
): [number, number] | null {
  if (count >= 0) {
    return [first >= at ? first + count : first, last >= at ? last + count : last];
  }
  const removed = -count;
  const end = at + removed;
  const mapRow = (r: number, isStart: boolean): number => {
    if (r < at) return r;
    if (r >= end) return r - removed;
    return isStart ? at : at - 1;
  };
  const a = mapRow(first, true);
  const b = mapRow(last, false);
  return b < a ? null : [a, b];
}

export function shiftRect(rect: Rect, at: number, count: number): Rect | null {
  if (isWholeColumns(rect)) return rect;
  const span2 = shiftRowSpan(rect.row, rect.row + rect.rows - 1, at, count);
  if (!span2) return null;
  const rows = Math.min(span2[1], MAX_ROWS - 1) - span2[0] + 1;
  return rows <= 0 ? null : { ...rect, row: span2[0], rows };
}

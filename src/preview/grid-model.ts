// What the preview grid draws, computed from a sheet snapshot of the simulated Excel: plain data, no React,
// so it can be tested on its own.
import { cellA1, parseAddress, type Rect } from '../sim/a1';
import type { CellSnapshot, SheetSnapshot, ValidationSnapshot } from '../sim';

/** Excel's sizes are in points; the screen's in CSS pixels. */
const PX_PER_PT = 4 / 3;
/** Room to type below and beside what the sheet holds. */
const EXTRA_ROWS = 3;
const EXTRA_COLS = 1;
const MIN_ROWS = 20;
const MIN_COLS = 8;

export interface GridCellView {
  row: number;
  col: number;
  address: string;
  text: string;
  /** What the editor starts with: the formula where there is one, else the value as typed. */
  input: string;
  rowSpan: number;
  colSpan: number;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSizePx: number;
  wrap: boolean;
  align: 'left' | 'center' | 'right';
  vAlign: 'top' | 'middle' | 'bottom';
  /** True when a conditional format's rule holds for this cell now (the live highlight). */
  highlighted: boolean;
  /** The validation's error message when the value breaks the cell's rule (like Excel's "circle invalid data"). */
  invalid: string | null;
  bordered: boolean;
}

export interface GridModel {
  sheet: string;
  rowCount: number;
  colCount: number;
  colWidthsPx: number[];
  rowHeightsPx: number[];
  /** null: a cell hidden under a merge. */
  cells: (GridCellView | null)[][];
  frozenRows: number;
}

function emptyCell(row: number, col: number): GridCellView {
  return {
    row,
    col,
    address: cellA1(row, col),
    text: '',
    input: '',
    rowSpan: 1,
    colSpan: 1,
    fill: null,
    fontColor: '#000000',
    bold: false,
    italic: false,
    fontSizePx: 11 * PX_PER_PT,
    wrap: false,
    align: 'left',
    vAlign: 'bottom',
    highlighted: false,
    invalid: null,
    bordered: false,
  };
}

function alignOf(c: CellSnapshot): GridCellView['align'] {
  const h = c.format.horizontalAlignment.toLowerCase();
  if (h === 'center' || h === 'centeracrossselection') return 'center';
  if (h === 'right') return 'right';
  if (h === 'left') return 'left';
  // "General": numbers right, text left, as Excel does.
  return typeof c.value === 'number' ? 'right' : 'left';
}

function vAlignOf(c: CellSnapshot): GridCellView['vAlign'] {
  const v = c.format.verticalAlignment.toLowerCase();
  return v === 'top' ? 'top' : v === 'center' ? 'middle' : 'bottom';
}

function inputOf(c: CellSnapshot): string {
  if (c.formula) return c.formula;
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return String(c.value);
}

function cellView(c: CellSnapshot): GridCellView {
  const cf = c.conditionalFormat;
  const borders = c.format.borders;
  return {
    ...emptyCell(c.row, c.col),
    text: c.text,
    input: inputOf(c),
    fill: cf?.fill ?? c.format.fill,
    fontColor: cf?.fontColor ?? c.format.fontColor,
    bold: cf?.bold ?? c.format.bold,
    italic: cf?.italic ?? c.format.italic,
    fontSizePx: c.format.fontSize * PX_PER_PT,
    wrap: c.format.wrapText,
    align: alignOf(c),
    vAlign: vAlignOf(c),
    highlighted: cf !== undefined,
    bordered: Object.values(borders ?? {}).some((b) => b.style !== 'None'),
  };
}

type Lookup = (row: number, col: number) => CellSnapshot | undefined;

/** A rule operand: a number, or "=$C7"-style single-cell reference moved with the cell as Excel does. */
function operand(value: unknown, dRow: number, dCol: number, lookup: Lookup): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text.startsWith('=')) {
    const n = Number(text);
    return text !== '' && Number.isFinite(n) ? n : null;
  }
  const m = /^=(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (!m) return null;
  const ref = parseAddress(`${m[2]}${m[4]}`).rect;
  const row = m[3] ? ref.row : ref.row + dRow;
  const col = m[1] ? ref.col : ref.col + dCol;
  const v = lookup(row, col)?.value;
  return typeof v === 'number' ? v : null;
}

function holds(op: string, v: number, a: number, b: number | null): boolean {
  switch (op) {
    case 'Between':
      return b !== null && v >= a && v <= b;
    case 'NotBetween':
      return b !== null && (v < a || v > b);
    case 'EqualTo':
      return v === a;
    case 'NotEqualTo':
      return v !== a;
    case 'GreaterThan':
      return v > a;
    case 'LessThan':
      return v < a;
    case 'GreaterThanOrEqualTo':
      return v >= a;
    case 'LessThanOrEqualTo':
      return v <= a;
    default:
      return true;
  }
}

/**
 * Cells whose value breaks their number rule, with the rule's message. Only decimal and whole-number rules
 * with number or single-cell operands are judged; other rules (custom formulas) are left to the add-in's check.
 */
export function invalidCells(
  validations: readonly ValidationSnapshot[],
  lookup: Lookup,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const dv of validations) {
    const rule = (dv.rule.decimal ?? dv.rule.wholeNumber) as
      { formula1?: unknown; formula2?: unknown; operator?: string } | undefined;
    if (!rule) continue;
    const whole = dv.rule.wholeNumber !== undefined;
    const message = dv.errorAlert.message || dv.errorAlert.title || '';
    for (const part of dv.address.split(',')) {
      const rect: Rect = parseAddress(part).rect;
      for (let row = rect.row; row < rect.row + rect.rows; row++) {
        for (let col = rect.col; col < rect.col + rect.cols; col++) {
          const cell = lookup(row, col);
          if (!cell || cell.value === '') {
            if (!dv.ignoreBlanks && cell) out.set(cell.address, message);
            continue;
          }
          const v = cell.value;
          const a = operand(rule.formula1, row - rect.row, col - rect.col, lookup);
          const b = operand(rule.formula2, row - rect.row, col - rect.col, lookup);
          if (a === null) continue;
          const ok =
            typeof v === 'number' &&
            (!whole || Number.isInteger(v)) &&
            holds(rule.operator ?? 'Between', v, a, b);
          if (!ok) out.set(cell.address, message);
        }
      }
    }
  }
  return out;
}

/** The table the preview draws for one sheet. */
export function gridModel(snapshot: SheetSnapshot): GridModel {
  const byKey = new Map<string, CellSnapshot>();
  let lastRow = -1;
  let lastCol = -1;
  for (const c of snapshot.cells) {
    byKey.set(`${c.row}:${c.col}`, c);
    if (c.value !== '' || c.formula) {
      lastRow = Math.max(lastRow, c.row);
      lastCol = Math.max(lastCol, c.col);
    }
  }
  if (snapshot.usedRange) {
    const used = parseAddress(snapshot.usedRange).rect;
    lastRow = Math.max(lastRow, used.row + used.rows - 1);
    lastCol = Math.max(lastCol, used.col + used.cols - 1);
  }
  const rowCount = Math.max(MIN_ROWS, lastRow + 1 + EXTRA_ROWS);
  const colCount = Math.max(MIN_COLS, lastCol + 1 + EXTRA_COLS);
  const lookup: Lookup = (row, col) => byKey.get(`${row}:${col}`);
  const invalid = invalidCells(snapshot.dataValidations, lookup);

  const cells: (GridCellView | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const line: (GridCellView | null)[] = [];
    for (let c = 0; c < colCount; c++) {
      const snap = lookup(r, c);
      const view = snap ? cellView(snap) : emptyCell(r, c);
      view.invalid = invalid.get(view.address) ?? null;
      line.push(view);
    }
    cells.push(line);
  }
  for (const merge of snapshot.merges) {
    const rect = parseAddress(merge).rect;
    if (rect.row >= rowCount || rect.col >= colCount) continue;
    const top = cells[rect.row][rect.col];
    if (!top) continue;
    top.rowSpan = Math.min(rect.rows, rowCount - rect.row);
    top.colSpan = Math.min(rect.cols, colCount - rect.col);
    for (let r = rect.row; r < rect.row + top.rowSpan; r++) {
      for (let c = rect.col; c < rect.col + top.colSpan; c++)
        if (r !== rect.row || c !== rect.col) cells[r][c] = null;
    }
  }
  const colWidthsPx = Array.from(
    { length: colCount },
    (_, c) => (snapshot.columnWidths[c] ?? snapshot.defaultColumnWidth) * PX_PER_PT,
  );
  const rowHeightsPx = Array.from(
    { length: rowCount },
    (_, r) => (snapshot.rowHeights[r] ?? snapshot.defaultRowHeight) * PX_PER_PT,
  );
  return {
    sheet: snapshot.name,
    rowCount,
    colCount,
    colWidthsPx,
    rowHeightsPx,
    cells,
    frozenRows: snapshot.freezePanes.rows,
  };
}

/** The top-left cell of a local A1 address or range ("D12", "B2:C4"). */
export function anchorOf(address: string): { row: number; col: number } | null {
  try {
    const { rect } = parseAddress(address);
    return { row: rect.row, col: rect.col };
  } catch {
    return null;
  }
}

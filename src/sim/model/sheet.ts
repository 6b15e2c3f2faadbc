// One worksheet's state: a sparse cell map plus the metadata Excel keeps beside the grid.
import { MAX_COLS, Rect, containsCell, rectArea } from '../a1';
import {
  BorderFormat,
  CellFormat,
  Edge,
  NO_BORDER,
  ResolvedFormat,
  mergeFormat,
  resolveFormat,
} from './format';
import { CellValue } from './values';

export interface Cell {
  /** Constant content; null when empty or when the cell holds a formula. */
  value: CellValue | null;
  formula: string | null;
  /** Last calculated result of `formula`. */
  computed: CellValue | null;
  format?: CellFormat;
}

export interface ValidationEntry {
  rects: Rect[];
  /** Office.js-shaped rule, e.g. { decimal: { formula1, formula2, operator } }; null: none yet. */
  rule: Record<string, unknown> | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatEntry {
  id: number;
  rects: Rect[];
  type: 'Custom' | 'CellValue';
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string };
  format: { fill?: string | null; fontColor?: string; bold?: boolean; italic?: boolean };
  stopIfTrue: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
}

export interface ProtectionState {
  protected: boolean;
  password?: string;
  options: Record<string, unknown>;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export class SheetModel {
  name: string;
  visibility: Visibility = 'Visible';
  tabColor = '';
  cells = new Map<number, Cell>();
  columnFormats = new Map<number, CellFormat>();
  rowFormats = new Map<number, CellFormat>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalFormatEntry[] = [];
  freeze = { rows: 0, columns: 0 };
  pageLayout: PageLayoutState = defaultPageLayout();
  protection: ProtectionState = { protected: false, options: {} };

  constructor(
    readonly id: string,
    name: string,
  ) {
    this.name = name;
  }

  cellAt(row: number, col: number): Cell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  ensureCell(row: number, col: number): Cell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, computed: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops a cell that no longer holds content or formatting, keeping the map sparse. */
  prune(row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (cell && cell.value === null && cell.formula === null && !cell.format) this.cells.delete(key);
  }

  /** Visits the stored cells inside rect, in no particular order. */
  forEachStored(rect: Rect, visit: (cell: Cell, row: number, col: number) => void): void {
    if (rectArea(rect) <= this.cells.size) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = this.cells.get(cellKey(r, c));
          if (cell) visit(cell, r, c);
        }
      }
      return;
    }
    for (const [key, cell] of this.cells) {
      const r = keyRow(key);
      const c = keyCol(key);
      if (containsCell(rect, r, c)) visit(cell, r, c);
    }
  }

  /** Current displayed value: the calculated result for formulas. */
  valueAt(row: number, col: number): CellValue | null {
    const cell = this.cellAt(row, col);
    if (!cell) return null;
    return cell.formula !== null ? (cell.computed ?? 0) : cell.value;
  }

  formatAt(row: number, col: number): ResolvedFormat {
    return resolveFormat(
      this.columnFormats.get(col),
      this.rowFormats.get(row),
      this.cellAt(row, col)?.format,
    );
  }

  numberFormatAt(row: number, col: number): string {
    return (
      this.cellAt(row, col)?.format?.numberFormat ??
      this.rowFormats.get(row)?.numberFormat ??
      this.columnFormats.get(col)?.numberFormat ??
      'General'
    );
  }

  /** One edge's border without resolving the whole format (borders are painted cell by cell). */
  borderAt(row: number, col: number, edge: Edge): BorderFormat {
    return (
      this.cellAt(row, col)?.format?.borders?.[edge] ??
      this.rowFormats.get(row)?.borders?.[edge] ??
      this.columnFormats.get(col)?.borders?.[edge] ??
      NO_BORDER
    );
  }

  lockedAt(row: number, col: number): boolean {
    return (
      this.cellAt(row, col)?.format?.locked ??
      this.rowFormats.get(row)?.locked ??
      this.columnFormats.get(col)?.locked ??
      true
    );
  }

  patchCellFormat(row: number, col: number, patch: CellFormat): void {
    const cell = this.ensureCell(row, col);
    cell.format = mergeFormat(cell.format, patch);
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Bounding box of stored cells (only those with content when valuesOnly); null for a blank sheet. */
  usedRect(valuesOnly: boolean): Rect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === null && cell.formula === null) continue;
      const r = keyRow(key);
      const c = keyCol(key);
      if (r < minR) minR = r;
      if (c < minC) minC = c;
      if (r > maxR) maxR = r;
      if (c > maxC) maxC = c;
    }
    if (maxR < 0) return null;
    return { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => containsCell(m, row, col));
  }
}

import type { CellRange } from './a1';

/**
 * A sheet described as data. Both adapters (Office.js and exceljs) render the same description, so the
 * template in Excel and the template in a .xlsx file are the same by construction.
 */
export type SpecCell = string | number | boolean | null | { formula: string };

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** '#RRGGBB' */
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  /** '#RRGGBB' */
  fill?: string;
  numberFormat?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'center' | 'bottom';
  /** Thin borders on every edge of every cell of the range. */
  border?: boolean;
  locked?: boolean;
}

export type ValidationRule =
  | {
      kind: 'decimalBetween';
      min: number;
      /** A formula relative to the range's top-left cell, e.g. "$C7". */ maxFormula: string;
    }
  | { kind: 'custom'; formula: string };

export interface ValidationSpec {
  range: CellRange;
  rule: ValidationRule;
  errorTitle: string;
  errorMessage: string;
}

export interface ConditionalFormatSpec {
  range: CellRange;
  /** Relative to the range's top-left cell, without "=". */
  formula: string;
  fill: string;
  fontColor?: string;
  /** Rows (0-based) where the rule holds now: the static fill for an Excel without conditional formats. */
  fallbackRows?: number[];
}

/** A bar in each cell, as long as its value: where an adapter supports them. */
export interface DataBarSpec {
  range: CellRange;
  /** Where the bar starts: 0 unless said, so a small value looks small. */
  min?: number;
  /** Where the bar is full: the range's largest value unless said. */
  max?: number;
  /** '#RRGGBB' */
  color: string;
}

export interface PrintSpec {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: number;
  /** 0: as many pages tall as needed. */
  fitToHeight: number;
  titleRows?: { first: number; last: number };
  /** Inches, as exceljs takes them (Office.js takes points: × 72). */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** What staff may still do on a protected sheet: both adapters grant exactly these. */
export interface ProtectionAllowances {
  formatCells: boolean;
  formatColumns: boolean;
  formatRows: boolean;
  insertRows: boolean;
  insertColumns: boolean;
  sort: boolean;
  autoFilter: boolean;
}

export interface SheetSpec {
  name: string;
  role: 'template' | 'plan' | 'rollup' | 'criteria' | 'summary';
  /** A dense block from A1: rows × columns. Formulas are "{ formula: 'SUM(D7:D13)' }" (no "="). */
  cells: SpecCell[][];
  /** Column widths in Excel's character units. */
  columnWidths: number[];
  rowHeights: { row: number; height: number }[];
  merges: CellRange[];
  /** Applied in order; a later style wins for the properties it sets. */
  styles: { range: CellRange; style: CellStyle }[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Bars in the cells, as long as the value between min and max: for people who look rather than read. */
  dataBars?: DataBarSpec[];
  freeze: { rows: number; cols: number } | null;
  print: PrintSpec;
  protect: boolean;
  /** Used when `protect` is true. */
  protection: ProtectionAllowances;
  defaultFont: { name: string; size: number };
  /** 0-based row of the header, and where the data rows start and end (inclusive). */
  headerRow: number;
  dataRows: { first: number; last: number };
}

export function isFormula(cell: SpecCell): cell is { formula: string } {
  return typeof cell === 'object' && cell !== null;
}

import type { CellPosition } from '../engine/types';
import type { Grid } from '../layout/read';
import type { SheetSpec } from '../layout/spec';
import { sameSheetName } from '../layout/names';

/**
 * What an adapter read of a workbook: every sheet's name in tab order and, for the sheets it read, their
 * cells. Office.js reads it in one sync (two when it must look past the named sheets); exceljs reads it
 * whole. Use cases take a snapshot and return a result plus a change set, never touching a workbook.
 */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The sheet the user is on (Office.js), if the adapter knows it. */
  active?: string;
  /** The sheets the workbook's PARINDEX_TEMPLATE / PARINDEX_PLAN names point at. */
  named?: Partial<Record<Role, string>>;
}

export type Role = 'template' | 'plan';

export interface SheetSnapshot {
  name: string;
  /** Values and formulas on sheet coordinates; absent when the adapter did not read the sheet. */
  grid?: Grid;
  protected?: boolean;
}

/** A number to write over a score typed as text; the cell's number format goes back to General. */
export interface CellChange extends CellPosition {
  value: number;
}

/** A sheet to write from its specification: into a sheet of that name (emptied first) or a new one. */
export interface SheetWrite {
  spec: SheetSpec;
  /** True when a sheet of `spec.name` exists and is written over (emptied first). */
  replace: boolean;
  /** Make it the active sheet and point the role's defined name at it. */
  role?: Role;
  activate?: boolean;
}

/**
 * The previous appendix kept whole under another name before `spec.name` is written anew. Office.js copies
 * the sheet (Worksheet.copy, or its cells below ExcelApi 1.10) and writes the plan into the original;
 * exceljs renames the original and adds the plan as a new sheet. Either way both names end up holding the
 * same things.
 */
export interface SheetBackup {
  sheet: string;
  as: string;
}

/** Below-max marking of the template: live rule over `block`, static fills on `rows` where rules are missing. */
export interface HighlightChange {
  sheet: string;
  block: { row: number; col: number; rows: number; cols: number };
  /** Sheet rows (0-based) of criteria below their max, as numbers. */
  rows: number[];
  /** False: clear the marks only. */
  mark: boolean;
  /** Where the rule looks: the code, max and self-assessed score columns. */
  columns: { code: number; max: number; self: number };
}

/** Everything a use case asks an adapter to do, in this order: backups, sheets, cells, highlight. */
export interface ChangeSet {
  backups: SheetBackup[];
  sheets: SheetWrite[];
  cells: CellChange[];
  highlight?: HighlightChange;
}

export const noChanges = (): ChangeSet => ({ backups: [], sheets: [], cells: [] });

/** The one rule for comparing sheet names: Excel's (Unicode form and case left aside). */
export { sameSheetName };

/** The sheet's name as the workbook spells it. */
export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => sameSheetName(s.name, name));
}

export const sheetNames = (snapshot: WorkbookSnapshot): string[] => snapshot.sheets.map((s) => s.name);

// Plain-data views of a sheet for tests and the preview grid; nothing here aliases live model state.
import { cellA1, rectToA1 } from './a1';
import { AppliedFormat, appliedConditionalFormats } from './model/conditional';
import { CellFormat, ResolvedFormat } from './model/format';
import { readValidation, validationType } from './model/rules';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  PageLayoutState,
  SheetModel,
  keyCol,
  keyRow,
} from './model/sheet';
import { ApiScalar, formatText, toApiValue } from './model/values';
import type { WorkbookModel } from './model/workbook';

export interface CellSnapshot {
  row: number;
  col: number;
  /** Local A1 address, e.g. "B3". */
  address: string;
  /** As Range.values reports it ("" when empty, "#DIV/0!" for errors). */
  value: ApiScalar;
  formula: string | null;
  numberFormat: string;
  text: string;
  format: ResolvedFormat;
  /** Formatting from conditional formats whose rule currently holds for this cell. */
  conditionalFormat?: AppliedFormat;
}

export interface ValidationSnapshot {
  address: string;
  type: string;
  rule: Record<string, unknown>;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatSnapshot {
  address: string;
  type: string;
  priority: number;
  rule: Record<string, unknown>;
  format: AppliedFormat;
  stopIfTrue: boolean;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  active: boolean;
  /** Local A1 of the used range (content or formatting), null for a blank sheet. */
  usedRange: string | null;
  cells: CellSnapshot[];
  columnFormats: Record<number, CellFormat>;
  rowFormats: Record<number, CellFormat>;
  merges: string[];
  defaultColumnWidth: number;
  defaultRowHeight: number;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  dataValidations: ValidationSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  freezePanes: { rows: number; columns: number };
  pageLayout: PageLayoutState;
  protection: { protected: boolean; options: Record<string, unknown> };
  names: Array<{ name: string; formula: string; comment: string }>;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function fromMap<V>(map: Map<number, V>): Record<number, V> {
  return Object.fromEntries([...map].sort((a, b) => a[0] - b[0]).map(([k, v]) => [k, copy(v)]));
}

export function sheetSnapshot(wb: WorkbookModel, sheet: SheetModel): SheetSnapshot {
  const used = sheet.usedRect(false);
  const applied = used ? appliedConditionalFormats(wb, sheet, used) : new Map<number, AppliedFormat>();
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  const cells = keys.map((key): CellSnapshot => {
    const row = keyRow(key);
    const col = keyCol(key);
    const cell = sheet.cells.get(key);
    const value = sheet.valueAt(row, col);
    const numberFormat = sheet.numberFormatAt(row, col);
    const snap: CellSnapshot = {
      row,
      col,
      address: cellA1(row, col),
      value: toApiValue(value),
      formula: cell?.formula ?? null,
      numberFormat,
      text: formatText(value, numberFormat),
      format: sheet.formatAt(row, col),
    };
    const cf = applied.get(key);
    if (cf) snap.conditionalFormat = { ...cf };
    return snap;
  });
  return {
    id: sheet.id,
    name: sheet.name,
    position: wb.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    active: wb.activeSheetId === sheet.id,
    usedRange: used ? rectToA1(used) : null,
    cells,
    columnFormats: fromMap(sheet.columnFormats),
    rowFormats: fromMap(sheet.rowFormats),
    merges: sheet.merges.map(rectToA1),
    defaultColumnWidth: DEFAULT_COLUMN_WIDTH,
    defaultRowHeight: DEFAULT_ROW_HEIGHT,
    columnWidths: fromMap(sheet.columnWidths),
    rowHeights: fromMap(sheet.rowHeights),
    dataValidations: sheet.validations.flatMap((dv) =>
      dv.rects.map((rect) => {
        const view = readValidation(sheet, rect);
        return { address: rectToA1(rect), ...copy(view), type: validationType(dv.rule) };
      }),
    ),
    conditionalFormats: sheet.conditionalFormats.map((cf, priority) => ({
      address: cf.rects.map(rectToA1).join(','),
      type: cf.type,
      priority,
      rule: copy(cf.rule),
      format: copy(cf.format),
      stopIfTrue: cf.stopIfTrue,
    })),
    freezePanes: { ...sheet.freeze },
    pageLayout: copy(sheet.pageLayout),
    protection: { protected: sheet.protection.protected, options: copy(sheet.protection.options) },
    names: wb.names
      .filter((n) => n.scope === sheet)
      .map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
  };
}

import { rangeA1, quoteSheet, type CellRange } from '../layout/a1';
import type { SheetSpec } from '../layout/spec';
import { o2016Summary } from '../i18n/o2016';
import {
  bindingCall,
  type CommonCellFormat,
  type CommonDocument,
  type CommonTableBinding,
} from './commonApi';
import type { ActionEnv } from './host';
import type { ActionOutcome, InsertTemplateResult } from './types';

/**
 * Office 2016 bought outright offers ExcelApi 1.1 only, where RangeFormat.columnWidth (1.2) is missing. The
 * Office Common API, in every Excel on Windows since 2013, formats table bindings: `width`, `height`
 * ("auto fit" or a number) and `wrapping` ("Format tables in add-ins for Excel"). Excel keeps a width per sheet
 * column, so a throwaway two-row table below the template is enough: its data cells hold as many "0"s as each
 * column should be wide (Excel's width unit is one "0" of the Normal font), Excel auto-fits those columns, the
 * table is deleted, and only then is wrapping turned on (ExcelApi 1.1), never in columns left narrow. The
 * numeric width is not used: its unit is not documented. Why this and not a downloaded .xlsx:
 * docs/office-2016.md.
 */

/** The scratch table's place: one empty row under the template, as wide as the template's column list. */
export function scratchRange(spec: SheetSpec): CellRange {
  return { row: spec.cells.length + 1, col: 0, rows: 2, cols: spec.columnWidths.length };
}

/** Header texts (unique, as a table needs) and one data row of "0"s as long as each column's width. */
export function scratchCells(spec: SheetSpec): string[][] {
  return [
    spec.columnWidths.map((_, c) => `c${c + 1}`),
    spec.columnWidths.map((chars) => '0'.repeat(Math.max(1, Math.round(chars)))),
  ];
}

/**
 * Where the template wraps text, but not in rows it would have merged: ExcelApi 1.1 has no merge, and a title
 * wrapped inside column A alone would stack a word a line; unwrapped it runs on over the empty cells beside it.
 */
export function wrapRanges(spec: SheetSpec): CellRange[] {
  const unmerged = (row: number, range: CellRange) =>
    !spec.merges.some(
      (m) =>
        row >= m.row && row < m.row + m.rows && m.col < range.col + range.cols && range.col < m.col + m.cols,
    );
  const out: CellRange[] = [];
  for (const { range, style } of spec.styles) {
    if (style.wrap !== true) continue;
    let start = -1;
    for (let r = range.row; r <= range.row + range.rows; r++) {
      const keep = r < range.row + range.rows && unmerged(r, range);
      if (keep && start < 0) start = r;
      if (!keep && start >= 0) {
        out.push({ row: start, col: range.col, rows: r - start, cols: range.cols });
        start = -1;
      }
    }
  }
  return out;
}

export function widthFormats(spec: SheetSpec): CommonCellFormat[] {
  return spec.columnWidths.map((_, c) => ({ cells: { column: c }, format: { width: 'auto fit' } }));
}

/** Sets the template's column widths through a table binding; false when this Excel cannot. */
export async function widenWithCommonApi(
  env: ActionEnv,
  document: CommonDocument,
  sheetName: string,
  spec: SheetSpec,
): Promise<boolean> {
  const scratch = scratchRange(spec);
  const cells = scratchCells(spec);
  const clearScratch = () =>
    env.host.run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).getRange(rangeA1(scratch)).clear('All');
      await context.sync();
    });
  const tableName = await env.host
    .run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const range = sheet.getRange(rangeA1(scratch));
      // Text, so "000…" stays as typed.
      range.numberFormat = cells.map((line) => line.map(() => '@'));
      range.values = cells;
      const table = context.workbook.tables.add(`${quoteSheet(sheetName)}!${rangeA1(scratch)}`, true);
      table.load('name');
      await context.sync();
      return table.name;
    })
    .catch(async (error: unknown) => {
      // A sync is not a transaction: the "0"s may be in even though the table is not.
      await clearScratch().catch(() => undefined);
      throw error;
    });
  let widened = false;
  try {
    const id = `parindexWidths_${tableName}`;
    const binding = await bindingCall<CommonTableBinding>('Bindings.addFromNamedItemAsync', (cb) =>
      document.bindings.addFromNamedItemAsync(`${quoteSheet(sheetName)}!${tableName}`, 'table', { id }, cb),
    );
    try {
      await bindingCall<void>('TableBinding.setFormatsAsync', (cb) =>
        binding.setFormatsAsync(widthFormats(spec), {}, cb),
      );
      widened = true;
    } finally {
      await bindingCall<void>('Bindings.releaseByIdAsync', (cb) =>
        document.bindings.releaseByIdAsync(id, {}, cb),
      ).catch(() => undefined);
    }
  } finally {
    await env.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      context.workbook.tables.getItem(tableName).delete();
      sheet.getRange(rangeA1(scratch)).clear('All');
      if (widened) {
        for (const range of wrapRanges(spec)) sheet.getRange(rangeA1(range)).format.wrapText = true;
      }
      await context.sync();
    });
  }
  return widened;
}

/**
 * After a sheet (the template, the plan appendix) went in where ExcelApi 1.1 could not set widths: widens it
 * through the Common API, and says in one message what is still left out and the one step that fixes it.
 */
export async function widenAfterWrite<R extends ActionOutcome & { sheetName: string }>(
  env: ActionEnv,
  result: R,
  spec: SheetSpec,
): Promise<R> {
  if (!result.skipped.includes('columnWidths')) return result;
  const document = env.host.document;
  const usable = document !== undefined && env.host.isSetSupported('TableBindings', '1.1');
  const widened = usable
    ? await widenWithCommonApi(env, document, result.sheetName, spec).catch(() => false)
    : false;
  const skipped = widened ? result.skipped.filter((e) => e !== 'columnWidths') : result.skipped;
  return { ...result, skipped, skippedSummary: o2016Summary(skipped, widened) };
}

/** The template after "Chèn mẫu chấm điểm". */
export function widenAfterInsert(
  env: ActionEnv,
  result: InsertTemplateResult,
  spec: SheetSpec,
): Promise<InsertTemplateResult> {
  return result.inserted ? widenAfterWrite(env, result, spec) : Promise.resolve(result);
}

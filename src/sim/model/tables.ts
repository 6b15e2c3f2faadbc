// Excel tables (ListObjects) as far as the add-in uses them at ExcelApi 1.1: TableCollection.add, Table.name,
// Table.delete (Microsoft's Excel.TableCollection / Excel.Table reference: "[Api set: ExcelApi 1.1]"). Kept
// beside the workbook model in a WeakMap so the rest of the simulator stays as it was. The add-in only makes
// short-lived scratch tables (see src/excel/o2016Widths.ts), so row shifts and sheet renames do not move them.
import { intersect, type Rect } from '../a1';
import { invalidArgument } from '../errors';
import { clearRange } from './edits';
import type { SheetModel } from './sheet';
import type { WorkbookModel } from './workbook';

export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** Header row included. */
  rect: Rect;
}

const registry = new WeakMap<WorkbookModel, TableModel[]>();

export function tablesOf(wb: WorkbookModel): TableModel[] {
  let list = registry.get(wb);
  if (!list) registry.set(wb, (list = []));
  // A deleted sheet takes its tables with it.
  const live = list.filter((t) => wb.sheets.includes(t.sheet));
  if (live.length !== list.length) registry.set(wb, (list = live));
  return list;
}

export function findTable(wb: WorkbookModel, name: string): TableModel | undefined {
  const key = name.toLocaleLowerCase();
  return tablesOf(wb).find((t) => t.name.toLocaleLowerCase() === key);
}

/** Like Excel: refuses an overlap; an empty header cell gets "ColumnN", as Excel names it. */
export function addTable(wb: WorkbookModel, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  if (!hasHeaders) throw invalidArgument('TableCollection.add', 'hasHeaders=false is not simulated');
  if (rect.rows < 2)
    throw invalidArgument('TableCollection.add', 'a table needs a header row and a data row');
  const list = tablesOf(wb);
  if (list.some((t) => t.sheet === sheet && intersect(t.rect, rect)))
    throw invalidArgument('TableCollection.add', 'A table can not overlap another table.');
  for (let c = 0; c < rect.cols; c++) {
    const v = sheet.valueAt(rect.row, rect.col + c);
    if (v === null || v === '') {
      const cell = sheet.ensureCell(rect.row, rect.col + c);
      cell.value = `Column${c + 1}`;
    }
  }
  let n = 1;
  while (findTable(wb, `Table${n}`)) n++;
  const table: TableModel = { name: `Table${n}`, sheet, rect };
  list.push(table);
  wb.markDirty();
  return table;
}

/** Table.delete removes the table with its cells' contents and formats; column widths stay (a sheet's). */
export function deleteTable(wb: WorkbookModel, table: TableModel): void {
  clearRange(wb, table.sheet, table.rect, 'All', 'Table.delete');
  registry.set(
    wb,
    tablesOf(wb).filter((t) => t !== table),
  );
}

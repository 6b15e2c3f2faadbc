// The slice of the Office Common API (Office.context.document) the add-in uses where ExcelApi 1.1 cannot set
// column widths: table bindings and TableBinding.setFormatsAsync. Modelled on Microsoft's documentation:
// - "Bind to regions in a document or spreadsheet": a table binding is made on an Excel table; in Excel the item
//   name of addFromNamedItemAsync is "Sheet1!Table1" (a quoted sheet name where Excel's formulas quote one).
// - "Format tables in add-ins for Excel" and Office.TableBinding.setFormatsAsync: cellFormat groups
//   `{cells, format}`; cells `{row: n}`, `{column: n}` (zero-based, data rows only), `{row, column}`,
//   Office.Table.All / Data / Headers; format keys `width` and `height` ("auto fit" | number) and `wrapping`.
//   Excel on the web takes at most 100 groups per call.
// - "Office Common API requirement sets": TableBindings and TableCoercion are in Excel on Windows (2013 on),
//   on the web, Mac and iPad; setFormatsAsync belongs to no set and is listed for the same Excel clients.
// Only what the add-in sends is modelled: a numeric width or height (its unit is not documented) and any other
// format key fail the call, so code relying on them cannot pass here by accident.
import type { Rect } from '../a1';
import { autofitColumns, autofitRows } from '../model/autofit';
import { applyFormat } from '../model/edits';
import { findTable, type TableModel } from '../model/tables';
import type { WorkbookModel } from '../model/workbook';

export interface SimAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; name: string; message: string };
}

type Callback<T> = (result: SimAsyncResult<T>) => void;

export interface SimCellFormat {
  cells: 'all' | 'data' | 'headers' | { row?: number; column?: number };
  format: Record<string, unknown>;
}

export interface SimTableBinding {
  readonly id: string;
  readonly type: 'table';
  setFormatsAsync(cellFormat: SimCellFormat[], options?: unknown, callback?: Callback<void>): void;
}

export interface SimBindings {
  addFromNamedItemAsync(
    itemName: string,
    bindingType: string,
    options?: { id?: string } | Callback<SimTableBinding>,
    callback?: Callback<SimTableBinding>,
  ): void;
  releaseByIdAsync(id: string, options?: unknown, callback?: Callback<void>): void;
}

export interface SimOfficeDocument {
  bindings: SimBindings;
}

/** What the double needs from the simulated Excel. */
export interface DocumentHost {
  readonly wb: WorkbookModel;
  notifyChange(): void;
}

function lastCallback<T>(...args: unknown[]): Callback<T> | undefined {
  const f = [...args].reverse().find((a) => typeof a === 'function');
  return f as Callback<T> | undefined;
}

/** Office calls back asynchronously, never within the call. */
function answer<T>(callback: Callback<T> | undefined, result: SimAsyncResult<T>): void {
  if (callback) setTimeout(() => callback(result), 0);
}

function failed<T>(code: number, name: string, message: string): SimAsyncResult<T> {
  return { status: 'failed', value: undefined as T, error: { code, name, message } };
}

/** "Sheet1!Table1", "'Tự đánh giá 2023'!Table1" or "Table1". */
function parseItemName(itemName: string): { sheet?: string; name: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(itemName.trim());
  if (!m) return { name: itemName.trim() };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), name: m[3] };
}

/** The cells a group names, in sheet coordinates; null when the reference does not fit the table. */
function cellsRect(table: TableModel, cells: SimCellFormat['cells']): Rect | null {
  const { rect } = table;
  const data: Rect = { row: rect.row + 1, col: rect.col, rows: rect.rows - 1, cols: rect.cols };
  if (cells === 'all') return rect;
  if (cells === 'data') return data;
  if (cells === 'headers') return { ...rect, rows: 1 };
  const { row, column } = cells;
  if (row !== undefined && (row < 0 || row >= data.rows)) return null;
  if (column !== undefined && (column < 0 || column >= data.cols)) return null;
  return {
    row: row === undefined ? data.row : data.row + row,
    col: column === undefined ? data.col : data.col + column,
    rows: row === undefined ? data.rows : 1,
    cols: column === undefined ? data.cols : 1,
  };
}

function applyGroup(wb: WorkbookModel, table: TableModel, group: SimCellFormat): string | null {
  const rect = cellsRect(table, group.cells);
  if (!rect) return `cells ${JSON.stringify(group.cells)} are outside the table`;
  for (const [key, value] of Object.entries(group.format)) {
    if (key === 'wrapping' && typeof value === 'boolean') applyFormat(table.sheet, rect, { wrapText: value });
    else if (key === 'width' && value === 'auto fit') autofitColumns(table.sheet, rect);
    else if (key === 'height' && value === 'auto fit') autofitRows(table.sheet, rect);
    else return `format ${key}: ${JSON.stringify(value)} is not simulated`;
  }
  wb.markDirty();
  return null;
}

export function createOfficeDocument(host: DocumentHost): SimOfficeDocument {
  const bindings = new Map<string, TableModel>();
  let nextId = 1;

  const binding = (id: string): SimTableBinding => ({
    id,
    type: 'table',
    setFormatsAsync(cellFormat, options, callback) {
      const cb = lastCallback<void>(options, callback);
      const table = bindings.get(id);
      if (!table || !findTable(host.wb, table.name)) {
        answer(cb, failed(3002, 'Invalid Binding', `The binding ${id} no longer exists.`));
        return;
      }
      if (!Array.isArray(cellFormat) || cellFormat.length === 0 || cellFormat.length > 100) {
        answer(cb, failed(1007, 'Invalid Format', 'cellFormat takes 1 to 100 formatting groups.'));
        return;
      }
      for (const group of cellFormat) {
        const problem = applyGroup(host.wb, table, group);
        if (problem) {
          answer(cb, failed(1007, 'Invalid Format', problem));
          return;
        }
      }
      host.notifyChange();
      answer(cb, { status: 'succeeded', value: undefined });
    },
  });

  return {
    bindings: {
      addFromNamedItemAsync(itemName, bindingType, options, callback) {
        const cb = lastCallback<SimTableBinding>(options, callback);
        if (bindingType !== 'table') {
          answer(cb, failed(1000, 'Invalid Coercion Type', `${bindingType} bindings are not simulated`));
          return;
        }
        const { sheet, name } = parseItemName(itemName);
        const table = findTable(host.wb, name);
        if (!table || (sheet !== undefined && sheet.toLowerCase() !== table.sheet.name.toLowerCase())) {
          answer(cb, failed(3001, 'Binding Creation Error', `There is no table named ${itemName}.`));
          return;
        }
        const wanted = typeof options === 'object' && options !== null ? options.id : undefined;
        const id = wanted ?? `Binding${nextId++}`;
        bindings.set(id, table);
        answer(cb, { status: 'succeeded', value: binding(id) });
      },
      releaseByIdAsync(id, options, callback) {
        const cb = lastCallback<void>(options, callback);
        if (!bindings.delete(id)) {
          answer(cb, failed(3002, 'Invalid Binding', `The binding ${id} does not exist.`));
          return;
        }
        answer(cb, { status: 'succeeded', value: undefined });
      },
    },
  };
}

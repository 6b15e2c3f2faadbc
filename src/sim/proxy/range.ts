// Range proxy: addresses, values/formulas/number formats, navigation and structural actions.
import { MAX_COLS, MAX_ROWS, Rect, formatAddress, intersect, parseAddress, rectArea } from '../a1';
import { invalidArgument, simError } from '../errors';
import { ClearTarget, clearRange, mergeRange, unmergeRange, writeMatrix } from '../model/edits';
import { SheetModel } from '../model/sheet';
import { formatText, toApiValue, valueTypeOf } from '../model/values';
import { Exec, PropTable, SimObject, installProps, SimNode } from './base';
import type { SimContext } from './context';
import { SimRangeFormat } from './format';
import { SimConditionalFormatCollection } from './conditional';
import { SimDataValidation } from './validation';
import { SimWorksheet } from './worksheets';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export type RangeLocator = (x: Exec) => RangeTarget | null;

/** Excel refuses to read more cells than this in one request. */
export const MAX_READ_CELLS = 5_000_000;

function matrix<V>(t: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  if (rectArea(t.rect) > MAX_READ_CELLS) throw simError('RangeExceedsLimit', 'Range.load');
  const out: V[][] = [];
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    const row: V[] = [];
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

const RANGE_PROPS: PropTable<RangeTarget> = {
  address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  addressLocal: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.row },
  columnIndex: { get: (t) => t.rect.col },
  rowCount: { get: (t) => t.rect.rows },
  columnCount: { get: (t) => t.rect.cols },
  cellCount: { get: (t) => rectArea(t.rect) },
  values: {
    get: (t) => matrix(t, (r, c) => toApiValue(t.sheet.valueAt(r, c))),
    set: (t, v, x) => writeMatrix(x.wb, t.sheet, t.rect, 'values', v, 'Range.values'),
  },
  formulas: {
    get: (t) =>
      matrix(t, (r, c) => t.sheet.cellAt(r, c)?.formula ?? toApiValue(t.sheet.cellAt(r, c)?.value ?? null)),
    set: (t, v, x) => writeMatrix(x.wb, t.sheet, t.rect, 'formulas', v, 'Range.formulas'),
  },
  formulasLocal: {
    get: (t) =>
      matrix(t, (r, c) => t.sheet.cellAt(r, c)?.formula ?? toApiValue(t.sheet.cellAt(r, c)?.value ?? null)),
    set: (t, v, x) => writeMatrix(x.wb, t.sheet, t.rect, 'formulas', v, 'Range.formulasLocal'),
  },
  numberFormat: {
    get: (t) => matrix(t, (r, c) => t.sheet.numberFormatAt(r, c)),
    set: (t, v, x) => writeMatrix(x.wb, t.sheet, t.rect, 'numberFormat', v, 'Range.numberFormat'),
  },
  text: { get: (t) => matrix(t, (r, c) => formatText(t.sheet.valueAt(r, c), t.sheet.numberFormatAt(r, c))) },
  valueTypes: { get: (t) => matrix(t, (r, c) => valueTypeOf(t.sheet.valueAt(r, c))) },
};

function checkIndex(n: unknown, location: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) throw invalidArgument(location, 'indexes are integers');
  return n;
}

function inGrid(rect: Rect, location: string): Rect {
  const ok =
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows > 0 &&
    rect.cols > 0 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLS;
  if (!ok) throw invalidArgument(location, 'the range would fall outside the worksheet');
  return rect;
}

export class SimRange extends SimObject<RangeTarget> {
  private bound: { sheetId: string; rect: Rect } | undefined;
  private formatProxy: SimRangeFormat | undefined;
  private validationProxy: SimDataValidation | undefined;
  private conditionalProxy: SimConditionalFormatCollection | undefined;
  private worksheetProxy: SimWorksheet | undefined;

  constructor(
    ctx: SimContext,
    path: string,
    private readonly locate: RangeLocator,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'Range';
  }

  simProps(): PropTable<RangeTarget> {
    return RANGE_PROPS;
  }

  /** Resolved once (like Excel's range references), then re-found by sheet id on later syncs. */
  simResolve(x: Exec): RangeTarget | null {
    if (this.bound) {
      const sheet = x.wb.sheetById(this.bound.sheetId);
      if (!sheet) throw simError('ItemNotFound', 'Range', 'The worksheet of this range was deleted.');
      return { sheet, rect: this.bound.rect };
    }
    const target = this.locate(x);
    if (target) this.bound = { sheetId: target.sheet.id, rect: target.rect };
    return target;
  }

  probe(): void {
    this.queueProbe();
  }

  override simChild(name: string): SimNode | undefined {
    if (name === 'format') return this.format;
    if (name === 'dataValidation') return this.dataValidation;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get format(): SimRangeFormat {
    this.formatProxy ??= new SimRangeFormat(this.simContext, `${this.simPath}.format`, this);
    return this.formatProxy;
  }

  get dataValidation(): SimDataValidation {
    this.simContext.requireApi('Range.dataValidation');
    this.validationProxy ??= new SimDataValidation(this.simContext, `${this.simPath}.dataValidation`, this);
    return this.validationProxy;
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.simContext.requireApi('Range.conditionalFormats');
    this.conditionalProxy ??= new SimConditionalFormatCollection(
      this.simContext,
      `${this.simPath}.conditionalFormats`,
      this,
    );
    return this.conditionalProxy;
  }

  get worksheet(): SimWorksheet {
    this.worksheetProxy ??= new SimWorksheet(this.simContext, `${this.simPath}.worksheet`, (x) => {
      return this.simResolve(x)?.sheet ?? null;
    });
    return this.worksheetProxy;
  }

  /** A range derived from this one at sync time. */
  derive(path: string, rectOf: (t: RangeTarget, x: Exec) => Rect | null): SimRange {
    return new SimRange(this.simContext, `${this.simPath}.${path}`, (x) => {
      const t = this.simResolve(x);
      if (!t) return null;
      const rect = rectOf(t, x);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.derive(`getCell(${row},${column})`, (t) =>
      inGrid(
        {
          row: t.rect.row + checkIndex(row, 'Range.getCell'),
          col: t.rect.col + checkIndex(column, 'Range.getCell'),
          rows: 1,
          cols: 1,
        },
        'Range.getCell',
      ),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, (t) =>
      inGrid(
        {
          ...t.rect,
          row: t.rect.row + checkIndex(rowOffset, 'Range.getOffsetRange'),
          col: t.rect.col + checkIndex(columnOffset, 'Range.getOffsetRange'),
        },
        'Range.getOffsetRange',
      ),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    this.simContext.requireApi('Range.getResizedRange');
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (t) =>
      inGrid(
        {
          ...t.rect,
          rows: t.rect.rows + checkIndex(deltaRows, 'Range.getResizedRange'),
          cols: t.rect.cols + checkIndex(deltaColumns, 'Range.getResizedRange'),
        },
        'Range.getResizedRange',
      ),
    );
  }

  getRow(row: number): SimRange {
    return this.derive(`getRow(${row})`, (t) => {
      const i = checkIndex(row, 'Range.getRow');
      if (i < 0 || i >= t.rect.rows) throw invalidArgument('Range.getRow', 'row index outside the range');
      return { ...t.rect, row: t.rect.row + i, rows: 1 };
    });
  }

  getColumn(column: number): SimRange {
    return this.derive(`getColumn(${column})`, (t) => {
      const i = checkIndex(column, 'Range.getColumn');
      if (i < 0 || i >= t.rect.cols)
        throw invalidArgument('Range.getColumn', 'column index outside the range');
      return { ...t.rect, col: t.rect.col + i, cols: 1 };
    });
  }

  getEntireRow(): SimRange {
    return this.derive('getEntireRow()', (t) => ({
      row: t.rect.row,
      rows: t.rect.rows,
      col: 0,
      cols: MAX_COLS,
    }));
  }

  getEntireColumn(): SimRange {
    return this.derive('getEntireColumn()', (t) => ({
      row: 0,
      rows: MAX_ROWS,
      col: t.rect.col,
      cols: t.rect.cols,
    }));
  }

  private otherRect(other: SimRange | string, t: RangeTarget, x: Exec, location: string): Rect {
    if (typeof other === 'string') return parseAddress(other).rect;
    const o = other.simTarget(x);
    if (o.sheet !== t.sheet) throw invalidArgument(location, 'the ranges are on different worksheets');
    return o.rect;
  }

  getIntersection(anotherRange: SimRange | string): SimRange {
    if (typeof anotherRange !== 'string')
      this.simContext.checkSameContext(anotherRange, 'Range.getIntersection');
    return this.derive('getIntersection()', (t, x) => {
      const hit = intersect(t.rect, this.otherRect(anotherRange, t, x, 'Range.getIntersection'));
      if (!hit) throw simError('ItemNotFound', 'Range.getIntersection', 'The ranges do not intersect.');
      return hit;
    });
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    this.simContext.requireApi('Range.getIntersectionOrNullObject');
    if (typeof anotherRange !== 'string')
      this.simContext.checkSameContext(anotherRange, 'Range.getIntersection');
    const range = this.derive('getIntersectionOrNullObject()', (t, x) =>
      intersect(t.rect, this.otherRect(anotherRange, t, x, 'Range.getIntersectionOrNullObject')),
    );
    range.probe();
    return range;
  }

  getBoundingRect(anotherRange: SimRange | string): SimRange {
    if (typeof anotherRange !== 'string')
      this.simContext.checkSameContext(anotherRange, 'Range.getBoundingRect');
    return this.derive('getBoundingRect()', (t, x) => {
      const o = this.otherRect(anotherRange, t, x, 'Range.getBoundingRect');
      const row = Math.min(t.rect.row, o.row);
      const col = Math.min(t.rect.col, o.col);
      const endRow = Math.max(t.rect.row + t.rect.rows, o.row + o.rows);
      const endCol = Math.max(t.rect.col + t.rect.cols, o.col + o.cols);
      return { row, col, rows: endRow - row, cols: endCol - col };
    });
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.derive('getUsedRange()', (t) => {
      const used = t.sheet.usedRect(valuesOnly === true);
      const hit = used ? intersect(used, t.rect) : null;
      if (!hit) throw simError('ItemNotFound', 'Range.getUsedRange', 'The range has no used cells.');
      return hit;
    });
  }

  merge(across?: boolean): void {
    this.simContext.requireApi('Range.merge');
    this.queueMethod('merge', [across ?? false], (t, x) =>
      mergeRange(x.wb, t.sheet, t.rect, across === true, 'Range.merge'),
    );
  }

  unmerge(): void {
    this.simContext.requireApi('Range.unmerge');
    this.queueMethod('unmerge', [], (t) => unmergeRange(t.sheet, t.rect, 'Range.unmerge'));
  }

  clear(applyTo?: string): void {
    const what = applyTo ?? 'All';
    if (what !== 'All' && what !== 'Formats' && what !== 'Contents') {
      throw invalidArgument('Range.clear', `applyTo ${what} is not simulated`);
    }
    this.queueMethod('clear', [what], (t, x) =>
      clearRange(x.wb, t.sheet, t.rect, what as ClearTarget, 'Range.clear'),
    );
  }

  select(): void {
    this.queueMethod('select', [], (t, x) => {
      if (t.sheet.visibility !== 'Visible') throw simError('InvalidOperation', 'Range.select');
      x.wb.activeSheetId = t.sheet.id;
      x.wb.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}
installProps(SimRange.prototype, RANGE_PROPS);

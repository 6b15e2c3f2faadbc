// Worksheet collection and worksheet proxies.
import { MAX_COLS, MAX_ROWS, Rect, parseAddress } from '../a1';
import { invalidArgument, simError } from '../errors';
import { normalizeColor } from '../model/format';
import { SheetModel, Visibility } from '../model/sheet';
import { deleteSheet } from '../model/structure';
import type { WorkbookModel } from '../model/workbook';
import { ClientResultImpl, Exec, PropTable, SimObject, installProps, SimNode } from './base';
import { SimCollection } from './collection';
import type { SimContext } from './context';
import { SimNamedItemCollection } from './names';
import { SimRange } from './range';
import { SimPageLayout, SimWorksheetFreezePanes, SimWorksheetProtection } from './sheetParts';

/** Finds the sheet at sync time; returns null for a null object, throws when Excel would. */
export type SheetLocator = (x: Exec) => SheetModel | null;

function notFound(what: string): never {
  throw simError('ItemNotFound', 'WorksheetCollection.getItem', `The worksheet '${what}' doesn't exist.`);
}

export class SimWorksheetCollection extends SimCollection<SimWorksheet, WorkbookModel> {
  get simTypeName(): string {
    return 'WorksheetCollection';
  }

  simResolve(x: Exec): WorkbookModel {
    return x.wb;
  }

  protected simItems(wb: WorkbookModel): SimWorksheet[] {
    return wb.sheets.map((s) => SimWorksheet.bound(this.simContext, s));
  }

  add(name?: string): SimWorksheet {
    let created: SheetModel | undefined;
    this.queueMethod('add', [name], (wb) => {
      created = wb.addSheet(name);
    });
    return new SimWorksheet(this.simContext, `worksheets.add(${JSON.stringify(name ?? '')})`, () => {
      if (!created) throw simError('ItemNotFound', 'WorksheetCollection.add');
      return created;
    });
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.simContext, `worksheets[${JSON.stringify(key)}]`, (x) => {
      return x.wb.sheetByName(key) ?? x.wb.sheetById(key) ?? notFound(key);
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    this.simContext.requireApi('WorksheetCollection.getItemOrNullObject');
    const ws = new SimWorksheet(
      this.simContext,
      `worksheets.getItemOrNullObject(${JSON.stringify(key)})`,
      (x) => {
        return x.wb.sheetByName(key) ?? x.wb.sheetById(key) ?? null;
      },
    );
    ws.probe();
    return ws;
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.simContext, 'worksheets.getActiveWorksheet()', (x) => x.wb.activeSheet());
  }

  getCount(_visibleOnly?: boolean): ClientResultImpl<number> {
    this.simContext.requireApi('WorksheetCollection.getCount');
    return this.queueCount('getCount', (wb) =>
      _visibleOnly ? wb.sheets.filter((s) => s.visibility === 'Visible').length : wb.sheets.length,
    );
  }
}

const VISIBILITIES: readonly string[] = ['Visible', 'Hidden', 'VeryHidden'];

const WORKSHEET_PROPS: PropTable<SheetModel> = {
  name: {
    get: (s) => s.name,
    set: (s, v, x) => x.wb.renameSheet(s, v),
  },
  id: { get: (s) => s.id },
  position: {
    get: (s, x) => x.wb.sheets.indexOf(s),
    set: (s, v, x) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalidArgument('Worksheet.position');
      x.wb.moveSheet(s, v);
    },
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, x) => {
      if (typeof v !== 'string' || !VISIBILITIES.includes(v)) throw invalidArgument('Worksheet.visibility');
      const othersVisible = x.wb.sheets.some((o) => o !== s && o.visibility === 'Visible');
      if (v !== 'Visible' && !othersVisible) {
        throw simError(
          'InvalidOperation',
          'Worksheet.visibility',
          'A workbook must keep one visible worksheet.',
        );
      }
      s.visibility = v as Visibility;
      if (v !== 'Visible' && x.wb.activeSheetId === s.id) x.wb.activeSheetId = x.wb.visibleSheets()[0].id;
    },
  },
  tabColor: {
    api: 'Worksheet.tabColor',
    get: (s) => s.tabColor,
    set: (s, v) => {
      if (v === '' || v === null) {
        s.tabColor = '';
        return;
      }
      const color = normalizeColor(v);
      if (!color) throw invalidArgument('Worksheet.tabColor', `not a color: ${String(v)}`);
      s.tabColor = color;
    },
  },
  standardWidth: { get: () => 8.43 },
};

export class SimWorksheet extends SimObject<SheetModel> {
  private boundId: string | undefined;
  private protectionProxy: SimWorksheetProtection | undefined;
  private freezeProxy: SimWorksheetFreezePanes | undefined;
  private layoutProxy: SimPageLayout | undefined;
  private namesProxy: SimNamedItemCollection | undefined;

  constructor(
    ctx: SimContext,
    path: string,
    private readonly locate: SheetLocator,
  ) {
    super(ctx, path);
  }

  static bound(ctx: SimContext, sheet: SheetModel): SimWorksheet {
    const ws = new SimWorksheet(
      ctx,
      `worksheets[${JSON.stringify(sheet.name)}]`,
      (x) => x.wb.sheetById(sheet.id) ?? null,
    );
    ws.boundId = sheet.id;
    return ws;
  }

  get simTypeName(): string {
    return 'Worksheet';
  }

  simProps(): PropTable<SheetModel> {
    return WORKSHEET_PROPS;
  }

  /** Binds to the sheet found first, so a rename later in the batch keeps pointing at the same sheet. */
  simResolve(x: Exec): SheetModel | null {
    if (this.boundId !== undefined) {
      return x.wb.sheetById(this.boundId) ?? notFound(this.simPath);
    }
    const sheet = this.locate(x);
    if (sheet) this.boundId = sheet.id;
    return sheet;
  }

  probe(): void {
    this.queueProbe();
  }

  override simChild(name: string): SimNode | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'freezePanes') return this.freezePanes;
    if (name === 'pageLayout') return this.pageLayout;
    if (name === 'names') return this.names;
    return undefined;
  }

  get protection(): SimWorksheetProtection {
    this.simContext.requireApi('Worksheet.protection');
    this.protectionProxy ??= new SimWorksheetProtection(this.simContext, `${this.simPath}.protection`, this);
    return this.protectionProxy;
  }

  get freezePanes(): SimWorksheetFreezePanes {
    this.simContext.requireApi('Worksheet.freezePanes');
    this.freezeProxy ??= new SimWorksheetFreezePanes(this.simContext, `${this.simPath}.freezePanes`, this);
    return this.freezeProxy;
  }

  get pageLayout(): SimPageLayout {
    this.simContext.requireApi('Worksheet.pageLayout');
    this.layoutProxy ??= new SimPageLayout(this.simContext, `${this.simPath}.pageLayout`, this);
    return this.layoutProxy;
  }

  get names(): SimNamedItemCollection {
    this.simContext.requireApi('Worksheet.names');
    this.namesProxy ??= new SimNamedItemCollection(this.simContext, `${this.simPath}.names`, this);
    return this.namesProxy;
  }

  /** A range of this sheet whose rectangle is computed at sync (null rect: null object). */
  rangeOf(path: string, rectOf: (sheet: SheetModel, x: Exec) => Rect | null): SimRange {
    return new SimRange(this.simContext, `${this.simPath}.${path}`, (x) => {
      const sheet = this.simResolve(x);
      if (!sheet) return null;
      const rect = rectOf(sheet, x);
      return rect ? { sheet, rect } : null;
    });
  }

  getRange(address?: string): SimRange {
    return this.rangeOf(`getRange(${JSON.stringify(address ?? '')})`, (sheet) => {
      if (address === undefined || address === '') return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument('Worksheet.getRange', `${address} is not on ${sheet.name}`);
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    this.simContext.requireApi('Worksheet.getRangeByIndexes');
    return this.rangeOf(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      if (!isValidRect(rect)) throw invalidArgument('Worksheet.getRangeByIndexes');
      return rect;
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.rangeOf(`getCell(${row},${column})`, () => {
      const rect = { row, col: column, rows: 1, cols: 1 };
      if (!isValidRect(rect)) throw invalidArgument('Worksheet.getCell');
      return rect;
    });
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.rangeOf(
      'getUsedRange()',
      (sheet) => sheet.usedRect(valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    this.simContext.requireApi('Worksheet.getUsedRangeOrNullObject');
    const range = this.rangeOf('getUsedRangeOrNullObject()', (sheet) => sheet.usedRect(valuesOnly === true));
    range.probe();
    return range;
  }

  activate(): void {
    this.queueMethod('activate', [], (sheet, x) => {
      if (sheet.visibility !== 'Visible') throw simError('InvalidOperation', 'Worksheet.activate');
      x.wb.activeSheetId = sheet.id;
      if (x.wb.selection.sheetId !== sheet.id) {
        x.wb.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      }
    });
  }

  delete(): void {
    this.queueMethod('delete', [], (sheet, x) => deleteSheet(x.wb, sheet, 'Worksheet.delete'));
  }

  copy(positionType?: string, relativeTo?: SimWorksheet): SimWorksheet {
    this.simContext.requireApi('Worksheet.copy');
    if (relativeTo) this.simContext.checkSameContext(relativeTo, 'Worksheet.copy');
    let created: SheetModel | undefined;
    this.queueMethod('copy', [positionType ?? 'None'], (sheet, x) => {
      created = copySheet(x, sheet, positionType, relativeTo?.simTarget(x));
    });
    return new SimWorksheet(this.simContext, `${this.simPath}.copy()`, () => {
      if (!created) throw simError('ItemNotFound', 'Worksheet.copy');
      return created;
    });
  }
}
installProps(SimWorksheet.prototype, WORKSHEET_PROPS);

function isValidRect(rect: Rect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.rows > 0 &&
    rect.cols > 0 &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLS
  );
}

function copySheet(x: Exec, source: SheetModel, positionType?: string, relativeTo?: SheetModel): SheetModel {
  let n = 2;
  while (x.wb.sheetByName(`${source.name} (${n})`)) n++;
  const copy = x.wb.addSheet(`${source.name} (${n})`.slice(0, 31), 'Worksheet.copy');
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  for (const [key, cell] of source.cells) {
    copy.cells.set(key, {
      value: cell.value,
      formula: cell.formula,
      computed: null,
      ...(cell.format ? { format: clone(cell.format) } : {}),
    });
  }
  copy.columnFormats = new Map(clone([...source.columnFormats]));
  copy.rowFormats = new Map(clone([...source.rowFormats]));
  copy.columnWidths = new Map(source.columnWidths);
  copy.rowHeights = new Map(source.rowHeights);
  copy.merges = clone(source.merges);
  copy.validations = clone(source.validations);
  copy.conditionalFormats = clone(source.conditionalFormats).map((cf) => ({
    ...cf,
    id: x.wb.nextConditionalFormatId(),
  }));
  copy.freeze = { ...source.freeze };
  copy.pageLayout = clone(source.pageLayout);
  copy.protection = clone(source.protection);
  const anchor = relativeTo ?? source;
  const index = x.wb.sheets.indexOf(anchor);
  // Office.js: the default "None" puts the copy at the beginning.
  if (positionType === 'Before') x.wb.moveSheet(copy, index);
  else if (positionType === 'After') x.wb.moveSheet(copy, index + 1);
  else if (positionType !== 'End') x.wb.moveSheet(copy, 0);
  return copy;
}

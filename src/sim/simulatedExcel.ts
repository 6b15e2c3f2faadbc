// The simulated host: Excel.run for adapter code, plus direct "user" actions for tests and the preview.
import { parseAddress, rectToA1 } from './a1';
import { ApiLevel, isSetSupported } from './apiLevels';
import { invalidArgument, simError } from './errors';
import { assertEditable, setContent } from './model/edits';
import { SheetModel } from './model/sheet';
import { shiftRows } from './model/structure';
import { parseInput } from './model/values';
import { WorkbookModel } from './model/workbook';
import { SimContext, SimHost, SimMeters } from './proxy/context';
import { SheetSnapshot, sheetSnapshot } from './snapshot';
import { createOfficeDocument, type SimOfficeDocument } from './common/officeDocument';

export interface SimOptions {
  apiLevel?: ApiLevel;
  /** Excel on the web refuses requests or responses larger than this (default 5 MB). */
  payloadLimitBytes?: number;
}

export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

function createMeters(): SimMeters {
  return {
    syncs: 0,
    ops: 0,
    maxPayloadBytes: 0,
    reset() {
      this.syncs = 0;
      this.ops = 0;
      this.maxPayloadBytes = 0;
    },
  };
}

export class SimulatedExcel implements SimHost {
  apiLevel: ApiLevel;
  readonly payloadLimitBytes: number;
  readonly meters: SimMeters = createMeters();
  readonly faults = { cellEditMode: false };
  /** The workbook model; internal to the simulator, exposed for its proxy layer. */
  readonly wb = new WorkbookModel();
  private readonly listeners = new Set<() => void>();
  private commonDocument: SimOfficeDocument | undefined;

  constructor(options: SimOptions = {}) {
    this.apiLevel = options.apiLevel ?? 'microsoft365';
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  }

  /** Same contract as Excel.run: a fresh context per batch, a final flush of anything still queued. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new SimContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPending) await context.sync();
    return result;
  }

  /** Office.context.document: the Common API's table bindings and formats (see common/officeDocument.ts). */
  get document(): SimOfficeDocument {
    this.commonDocument ??= createOfficeDocument(this);
    return this.commonDocument;
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    return isSetSupported(this.apiLevel, name, minVersion);
  }

  /** Like a user typing into a cell: Excel parses the text, and refuses locked cells of a protected sheet. */
  typeValue(sheetName: string, a1: string, input: string | number | null): void {
    const sheet = this.sheet(sheetName);
    const { rect } = parseAddress(a1);
    if (rect.rows !== 1 || rect.cols !== 1)
      throw invalidArgument('typeValue', 'type into one cell at a time');
    assertEditable(sheet, rect, 'content', 'typeValue');
    // A number is what the user would type as digits, so a text-formatted cell keeps it as text.
    const typed = typeof input === 'number' ? String(input) : input;
    if (typed === null) setContent(sheet, rect.row, rect.col, { content: { kind: 'empty' } });
    else {
      const parsed = parseInput(typed, sheet.numberFormatAt(rect.row, rect.col));
      if (parsed.content.kind === 'formula' && !this.wb.calc.isValidFormula(parsed.content.formula)) {
        throw invalidArgument('typeValue', `There's a problem with this formula: ${typed}`);
      }
      setContent(sheet, rect.row, rect.col, parsed);
    }
    this.afterUserEdit();
  }

  sheetNames(): string[] {
    return this.wb.sheets.map((s) => s.name);
  }

  getSheetSnapshot(name: string): SheetSnapshot {
    return sheetSnapshot(this.wb, this.sheet(name));
  }

  renameSheet(oldName: string, newName: string): void {
    this.wb.renameSheet(this.sheet(oldName), newName, 'renameSheet');
    this.afterUserEdit();
  }

  insertRows(sheetName: string, rowIndex0: number, count: number): void {
    if (count <= 0) throw invalidArgument('insertRows', 'count must be positive');
    shiftRows(this.wb, this.sheet(sheetName), rowIndex0, count, 'insertRows');
    this.afterUserEdit();
  }

  deleteRows(sheetName: string, rowIndex0: number, count: number): void {
    if (count <= 0) throw invalidArgument('deleteRows', 'count must be positive');
    shiftRows(this.wb, this.sheet(sheetName), rowIndex0, -count, 'deleteRows');
    this.afterUserEdit();
  }

  /** The current selection: sheet name and local A1 address ("B2:C4"). */
  selection(): { sheet: string; address: string } {
    const sheet = this.wb.sheetById(this.wb.selection.sheetId) ?? this.wb.activeSheet();
    return { sheet: sheet.name, address: rectToA1(this.wb.selection.rect) };
  }

  activeSheetName(): string {
    return this.wb.activeSheet().name;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notifyChange(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private sheet(name: string): SheetModel {
    const sheet = this.wb.sheetByName(name);
    if (!sheet) throw simError('ItemNotFound', 'SimulatedExcel', `No worksheet named '${name}'.`);
    return sheet;
  }

  private afterUserEdit(): void {
    this.wb.recalcNow();
    this.notifyChange();
  }
}

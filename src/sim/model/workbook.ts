// The whole workbook: sheets, defined names, selection and the recalculation trigger.
import { Rect, parseAddress } from '../a1';
import { CalcEngine, CalcWorkbook } from '../calc/engine';
import { renameSheetInFormula } from '../calc/refs';
import { invalidArgument, simError } from '../errors';
import { SheetModel } from './sheet';
import { rewriteSheetFormulas } from './structure';

export interface NameEntry {
  name: string;
  /** null: workbook scope. */
  scope: SheetModel | null;
  formula: string;
  comment: string;
  visible: boolean;
}

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

export function validateSheetName(name: unknown, location: string): string {
  if (typeof name !== 'string') throw invalidArgument(location, 'sheet name must be a string');
  const bad =
    name.length === 0 ||
    name.length > 31 ||
    BAD_SHEET_CHARS.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history';
  if (bad) throw invalidArgument(location, `invalid sheet name "${name}"`);
  return name;
}

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export function validateDefinedName(name: unknown, location: string): string {
  if (typeof name !== 'string' || !NAME_PATTERN.test(name) || CELL_LIKE.test(name) || name.length > 255) {
    throw invalidArgument(location, `invalid name "${String(name)}"`);
  }
  return name;
}

export class WorkbookModel implements CalcWorkbook {
  sheets: SheetModel[] = [];
  names: NameEntry[] = [];
  activeSheetId = '';
  selection: { sheetId: string; rect: Rect } = { sheetId: '', rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  /** Set by Application.suspendApiCalculationUntilNextSync; cleared when that sync ends. */
  calcSuspended = false;
  readonly calc = new CalcEngine();
  private dirty = false;
  private sheetSeq = 0;
  private cfSeq = 0;

  constructor() {
    const first = this.addSheet();
    this.activeSheetId = first.id;
    this.selection = { sheetId: first.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  nextConditionalFormatId(): number {
    this.cfSeq += 1;
    return this.cfSeq;
  }

  addSheet(name?: string, location = 'WorksheetCollection.add'): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    validateSheetName(chosen, location);
    if (this.sheetByName(chosen)) throw simError('ItemAlreadyExists', location);
    this.sheetSeq += 1;
    const sheet = new SheetModel(`{SIM-SHEET-${this.sheetSeq}}`, chosen);
    this.sheets.push(sheet);
    this.markDirty();
    return sheet;
  }

  renameSheet(sheet: SheetModel, newName: unknown, location = 'Worksheet.name'): void {
    const name = validateSheetName(newName, location);
    const clash = this.sheetByName(name);
    if (clash && clash !== sheet) throw simError('ItemAlreadyExists', location);
    const old = sheet.name;
    if (old === name) return;
    rewriteSheetFormulas(this, (formula) => renameSheetInFormula(formula, old, name));
    sheet.name = name;
    this.calc.invalidate();
    this.markDirty();
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const from = this.sheets.indexOf(sheet);
    const to = Math.max(0, Math.min(this.sheets.length - 1, position));
    this.sheets.splice(from, 1);
    this.sheets.splice(to, 0, sheet);
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  resolveName(name: string, scope: SheetModel | undefined): { sheet: SheetModel; rect: Rect } | null {
    const lower = name.toLowerCase();
    const entry =
      this.names.find((n) => n.scope === scope && scope !== undefined && n.name.toLowerCase() === lower) ??
      this.names.find((n) => n.scope === null && n.name.toLowerCase() === lower);
    if (!entry) return null;
    return this.resolveReference(entry.formula, entry.scope);
  }

  /** A "=Sheet!$A$1:$B$2" style reference as a sheet and rectangle; null for constants or bad text. */
  resolveReference(formula: string, scope: SheetModel | null): { sheet: SheetModel; rect: Rect } | null {
    try {
      const parsed = parseAddress(formula);
      const sheet = parsed.sheet !== undefined ? this.sheetByName(parsed.sheet) : (scope ?? undefined);
      return sheet ? { sheet, rect: parsed.rect } : null;
    } catch {
      return null;
    }
  }

  markDirty(): void {
    this.dirty = true;
  }

  /** Brings formula results up to date unless the add-in suspended calculation for this sync. */
  ensureCalculated(): void {
    if (this.dirty && !this.calcSuspended) this.recalcNow();
  }

  recalcNow(): void {
    this.dirty = false;
    this.calc.recalc(this);
  }
}

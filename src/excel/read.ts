import type { RawCell } from '../engine/types';
import { parseCellA1, splitSheetAddress } from '../layout/a1';
import { readPlanSheet, readTemplate, type Grid } from '../layout/read';
import type { Features } from './features';

/**
 * Workbook-level defined names that point at the sheets the add-in made. Excel keeps a name pointing at its
 * cells when the sheet is renamed or rows are inserted, so at ExcelApi 1.4+ one sync finds the sheet.
 */
export const ROLE_NAMES = { template: 'PARINDEX_TEMPLATE', plan: 'PARINDEX_PLAN' } as const;
export type Role = keyof typeof ROLE_NAMES;

export type OfficeCell = string | number | boolean;

/**
 * What a session of the task pane remembers between actions: the ids of the sheets it found or wrote (ids
 * survive renames). Below ExcelApi 1.4, with no defined names, this lets one sync find the template again.
 */
export interface SheetMemory {
  ids: Partial<Record<Role, string>>;
}

/** One sheet as read: its content on sheet coordinates, and the raw block for a verbatim copy. */
export interface SheetContent {
  name: string;
  id: string;
  grid: Grid;
  /** The used range as Range.formulas returned it; null for a blank sheet. */
  block: { row: number; col: number; formulas: OfficeCell[][] } | null;
  protected: boolean;
  /** The conditional formats over the used range, when the scan was asked for them (ExcelApi 1.6+). */
  rules?: ReadRule[];
}

/** A conditional format as read: `formula` for custom rules only; `item` lets a later sync delete it. */
export interface ReadRule {
  id: string;
  type: string;
  formula: string | null;
  item: Excel.ConditionalFormat;
}

export interface Scan {
  /** Every sheet, in workbook order. */
  sheetNames: string[];
  activeName: string;
  contents: Map<string, SheetContent>;
  /** The sheet each role name points at, when it exists and still points at a sheet. */
  named: Partial<Record<Role, string>>;
  /** Whether the role name exists at all (it must be deleted before it is added again). */
  nameExists: Partial<Record<Role, boolean>>;
}

interface PendingRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  protection: Excel.WorksheetProtection | null;
  nullable: boolean;
  rules: Excel.ConditionalFormatCollection | null;
}

function queueRead(sheet: Excel.Worksheet, f: Features, withRules = false): PendingRead {
  // Formulas alone carry every constant as typed and mark computed cells: half the payload of values +
  // formulas, which keeps a 20,000-criteria table under Excel's 5 MB. The few scores typed as formulas are
  // read by value afterwards (src/excel/app.ts, formulaValues).
  const used = f.nullObjects
    ? sheet.getUsedRangeOrNullObject(true)
    : f.usedRangeValuesOnly
      ? sheet.getUsedRange(true)
      : sheet.getUsedRange();
  used.load('address,formulas');
  sheet.load('name,id');
  let protection: Excel.WorksheetProtection | null = null;
  if (f.protection) {
    protection = sheet.protection;
    protection.load('protected');
  }
  let rules: Excel.ConditionalFormatCollection | null = null;
  if (withRules && f.conditionalFormats) {
    // In the same sync as the cells, so an action that must keep a user's own rules still takes two syncs.
    rules = used.conditionalFormats;
    rules.load('items/id,items/type,items/customOrNullObject/rule/formula');
  }
  return { sheet, used, protection, nullable: f.nullObjects, rules };
}

function isBlankCell(v: OfficeCell): boolean {
  return v === '' || v === null || v === undefined;
}

/** A grid on sheet coordinates (row 0 is row 1 of the sheet) from a block read at (row, col). */
export function gridOf(
  name: string,
  row: number,
  col: number,
  formulas: OfficeCell[][],
  values?: OfficeCell[][],
): Grid {
  const valuesOut: RawCell[][] = [];
  const formulaGrid: (string | null)[][] = [];
  for (let r = 0; r < row; r++) {
    valuesOut.push([]);
    formulaGrid.push([]);
  }
  const pad: null[] = new Array<null>(col).fill(null);
  formulas.forEach((line, r) => {
    const v: RawCell[] = [...pad];
    const fx: (string | null)[] = [...pad];
    line.forEach((cell, c) => {
      const isFormula = typeof cell === 'string' && cell.startsWith('=') && cell.length > 1;
      const value = values ? (values[r]?.[c] ?? null) : isFormula ? null : cell;
      v.push(value === null || isBlankCell(value) ? null : value);
      fx.push(isFormula ? cell : null);
    });
    valuesOut.push(v);
    formulaGrid.push(fx);
  });
  return { sheet: name, values: valuesOut, formulas: formulaGrid };
}

function rulesOf(pending: PendingRead): ReadRule[] | undefined {
  if (!pending.rules) return undefined;
  return pending.rules.items.map((item) => ({
    id: item.id,
    type: item.type,
    formula: item.type === 'Custom' ? item.customOrNullObject.rule.formula : null,
    item,
  }));
}

function collect(pending: PendingRead): SheetContent | null {
  if (pending.nullable && pending.used.isNullObject) {
    if (pending.sheet.isNullObject) return null;
    return {
      name: pending.sheet.name,
      id: pending.sheet.id,
      grid: { sheet: pending.sheet.name, values: [], formulas: [] },
      block: null,
      protected: pending.protection?.protected ?? false,
    };
  }
  const name = pending.sheet.name;
  const formulas = pending.used.formulas as OfficeCell[][];
  const { range } = splitSheetAddress(pending.used.address);
  const start = parseCellA1(range.split(':')[0]);
  const blank = formulas.every((line) => line.every(isBlankCell));
  const rules = rulesOf(pending);
  return {
    ...(rules ? { rules } : {}),
    name,
    id: pending.sheet.id,
    grid: blank ? { sheet: name, values: [], formulas: [] } : gridOf(name, start.row, start.col, formulas),
    block: blank ? null : { row: start.row, col: start.col, formulas },
    protected: pending.protection?.protected ?? false,
  };
}

export interface ScanRequest {
  /** Role names to follow in the first sync (ExcelApi 1.4+). */
  roles: Role[];
  /** Role names whose existence only is needed (ExcelApi 1.4+). */
  probe?: Role[];
  /** Sheets to read in the first sync if they exist (ExcelApi 1.4+; below, `more` asks for them). */
  alsoRead?: string[];
  /** After each sync: the unread sheets that must be read too (none: the scan is done). */
  more: (scan: Scan) => string[];
  /**
   * Look at the top rows of the sheets `more` asks for first, and read whole only those whose top rows hold a
   * template or plan header: an unrelated sheet of 200,000 cells then costs a probe, not a 5 MB response.
   */
  probeFirst?: boolean;
  /** Also read the conditional formats over each sheet read (ExcelApi 1.6+), in the same sync. */
  rules?: boolean;
}

/** Rows and columns looked at for a header: the template's and the plan's stand in the first dozen rows. */
const PROBE_RANGE = 'A1:AZ40';

function holdsHeader(grid: Grid): boolean {
  return readTemplate(grid) !== null || readPlanSheet(grid) !== null;
}

/**
 * Reads what an action needs in at most two syncs: the first lists the sheets and reads the sheets the role
 * names point at (below ExcelApi 1.4: the sheets this session remembers, else the active sheet); the second
 * reads whatever `more` still asks for.
 */
export async function scanWorkbook(
  context: Excel.RequestContext,
  f: Features,
  request: ScanRequest,
  memory: SheetMemory = { ids: {} },
): Promise<Scan> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  const first: PendingRead[] = [];
  const namedItems: Partial<Record<Role, { item: Excel.NamedItem; read: PendingRead }>> = {};
  if (f.names) {
    for (const role of request.roles) {
      const item = context.workbook.names.getItemOrNullObject(ROLE_NAMES[role]);
      const read = queueRead(item.getRangeOrNullObject().worksheet, f, request.rules);
      namedItems[role] = { item, read };
      first.push(read);
    }
    for (const name of request.alsoRead ?? [])
      first.push(queueRead(sheets.getItemOrNullObject(name), f, request.rules));
  }
  const rememberedIds = f.names ? [] : [...new Set(request.roles.map((r) => memory.ids[r]))];
  const remembered = new Map<string, PendingRead>();
  for (const id of rememberedIds) {
    if (id === undefined) continue;
    const read = queueRead(sheets.getItem(id), f, request.rules);
    remembered.set(id, read);
    first.push(read);
  }
  if (!f.names && remembered.size === 0) first.push(queueRead(active, f, request.rules));
  const probes: Partial<Record<Role, Excel.NamedItem>> = {};
  if (f.names) {
    for (const role of request.probe ?? []) {
      const item = context.workbook.names.getItemOrNullObject(ROLE_NAMES[role]);
      item.load('name');
      probes[role] = item;
    }
  }
  try {
    await context.sync();
  } catch (error) {
    // A remembered sheet was deleted since: forget it and look the ordinary way (one more sync, once).
    if (remembered.size === 0 || (error as { code?: unknown }).code !== 'ItemNotFound') throw error;
    memory.ids = {};
    return scanWorkbook(context, f, request, memory);
  }

  const scan: Scan = {
    sheetNames: sheets.items.map((s) => s.name),
    activeName: active.name,
    contents: new Map(),
    named: {},
    nameExists: {},
  };
  const collected = new Map<PendingRead, SheetContent | null>();
  for (const read of first) {
    const content = collect(read);
    collected.set(read, content);
    if (content && !scan.contents.has(content.name)) scan.contents.set(content.name, content);
  }
  for (const role of request.roles) {
    const entry = namedItems[role];
    if (!entry) continue;
    scan.nameExists[role] = !entry.item.isNullObject;
    const content = collected.get(entry.read);
    if (content) scan.named[role] = content.name;
  }
  for (const role of request.roles) {
    const id = f.names ? undefined : memory.ids[role];
    const content = id === undefined ? null : collected.get(remembered.get(id) as PendingRead);
    if (content) scan.named[role] = content.name;
  }
  for (const [role, item] of Object.entries(probes) as [Role, Excel.NamedItem][]) {
    scan.nameExists[role] = !item.isNullObject;
  }

  const wanted = request
    .more(scan)
    .map((n) => sheetNamed(scan, n))
    .filter((n): n is string => n !== undefined && !scan.contents.has(n));
  if (wanted.length === 0) return scan;
  let toRead = wanted;
  if (request.probeFirst) {
    const probes = wanted.map((n) => {
      const range = sheets.getItem(n).getRange(PROBE_RANGE);
      range.load('formulas');
      return { n, range };
    });
    await context.sync();
    toRead = probes
      .filter(({ n, range }) => holdsHeader(gridOf(n, 0, 0, range.formulas as OfficeCell[][])))
      .map(({ n }) => n);
    if (toRead.length === 0) return scan;
  }
  const second = toRead.map((n) => queueRead(sheets.getItem(n), f, request.rules));
  await context.sync();
  for (const read of second) {
    const content = collect(read);
    if (content) scan.contents.set(content.name, content);
  }
  return scan;
}

/** The sheet's name as the workbook spells it: Excel compares sheet names without case. */
export function sheetNamed(scan: Pick<Scan, 'sheetNames'>, name: string): string | undefined {
  const lower = name.toLocaleLowerCase();
  return scan.sheetNames.find((n) => n.toLocaleLowerCase() === lower);
}

/** Every sheet not read yet, in workbook order. */
export function unread(scan: Scan): string[] {
  return scan.sheetNames.filter((n) => !scan.contents.has(n));
}

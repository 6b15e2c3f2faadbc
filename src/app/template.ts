import { normaliseCode } from '../engine/merge';
import type { CriteriaSet } from '../engine/types';
import { vi } from '../i18n/vi';
import { freeSheetName } from '../layout/names';
import { normText, readTemplate, type Grid, type TemplateRead } from '../layout/read';
import { isFormula, type SheetSpec } from '../layout/spec';
import { TEMPLATE_COLUMNS, templateSheet } from '../layout/template';
import { AppError } from './errors';
import {
  noChanges,
  sameSheetName,
  sheetNamed,
  sheetNames,
  type ChangeSet,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from './snapshot';

export interface TemplateFound {
  sheet: SheetSnapshot & { grid: Grid };
  read: TemplateRead;
}

/**
 * The scoring template of a workbook, one rule for every front end: the sheet asked for by name, else the
 * one the PARINDEX_TEMPLATE name points at, else the active sheet, else the latest assessment year its
 * record line gives, the first in tab order at a tie. Sheets are recognised by their header row.
 */
export function findTemplate(snapshot: WorkbookSnapshot, options: { sheet?: string } = {}): TemplateFound {
  if (options.sheet !== undefined) {
    const sheet = sheetNamed(snapshot, options.sheet);
    const read = sheet?.grid ? readTemplate(sheet.grid) : null;
    if (!sheet?.grid || !read)
      throw new AppError('NO_SUCH_SHEET', { sheet: options.sheet, sheets: sheetNames(snapshot) });
    return withoutDuplicates({ sheet: sheet as TemplateFound['sheet'], read });
  }
  const found = templateCandidates(snapshot);
  if (found.length === 0) throw new AppError('NO_TEMPLATE');
  for (const name of [snapshot.named?.template, snapshot.active]) {
    const hit = name === undefined ? undefined : found.find((h) => sameSheetName(h.sheet.name, name));
    if (hit) return withoutDuplicates(hit);
  }
  const best = found.reduce((b, h) => ((h.read.record?.year ?? 0) > (b.read.record?.year ?? 0) ? h : b));
  return withoutDuplicates(best);
}

/** Every sheet read that is a template, in tab order. */
export function templateCandidates(snapshot: WorkbookSnapshot): TemplateFound[] {
  const out: TemplateFound[] = [];
  for (const sheet of snapshot.sheets) {
    const read = sheet.grid ? readTemplate(sheet.grid) : null;
    if (read) out.push({ sheet: sheet as TemplateFound['sheet'], read });
  }
  return out;
}

/** Whether the snapshot holds a template among the sheets read (for adapters deciding what else to read). */
export function hasTemplate(snapshot: WorkbookSnapshot): boolean {
  return templateCandidates(snapshot).length > 0;
}

function withoutDuplicates(hit: TemplateFound): TemplateFound {
  if (hit.read.duplicates.length > 0) {
    throw new AppError('DUPLICATE_CODES', {
      sheet: hit.sheet.name,
      duplicates: hit.read.duplicates,
      codeColumn: hit.read.columns.code,
    });
  }
  return hit;
}

export interface SetChoice {
  /** The set the caller chose (parindex --set, the pane's picker), if any. */
  given?: CriteriaSet;
  /** Looks up a set by its id (the built-in sets, or the ones the front end knows). */
  findSet: (id: string) => CriteriaSet | undefined;
  /** Used for a template without a record line when nothing was given; none: such a template is refused. */
  defaultSetId?: string;
}

/**
 * The set a template is scored against, one rule: a given set must be the one the template records, same
 * id and same version; else the recorded set, in the version recorded. A template made with another
 * version of the set is refused: its criteria or max points may differ, so scores would be judged wrongly.
 */
export function setFor(read: TemplateRead, choice: SetChoice): CriteriaSet {
  const record = read.record;
  let set: CriteriaSet | undefined = choice.given;
  if (set) {
    if (record && record.setId !== set.id)
      throw new AppError('SET_MISMATCH', { sheet: read.sheet, id: record.setId, setId: set.id });
  } else if (record) {
    set = choice.findSet(record.setId);
    if (!set) throw new AppError('UNKNOWN_SET', { sheet: read.sheet, id: record.setId });
  } else {
    if (choice.defaultSetId === undefined) throw new AppError('NO_RECORD', { sheet: read.sheet });
    set = choice.findSet(choice.defaultSetId);
    if (!set) throw new AppError('UNKNOWN_SET', { sheet: read.sheet, id: choice.defaultSetId });
  }
  if (record && record.version !== set.version) {
    throw new AppError('VERSION_MISMATCH', {
      sheet: read.sheet,
      id: record.setId,
      version: record.version,
      setVersion: set.version,
    });
  }
  return set;
}

export function assessmentYear(set: CriteriaSet, read: TemplateRead): number {
  return read.record?.year ?? set.assessmentYear;
}

/** A formula as compared: no leading "=", no spaces, one case. */
function formulaKey(formula: string): string {
  return formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

/** The same formula with its row numbers left out: the template's sums after the user inserted rows. */
function formulaShape(formula: string): string {
  return formulaKey(formula).replace(/(\$?[A-Z]{1,3}\$?)\d+/g, '$1#');
}

/** The template's own formulas by the code of their row (the total row under ''), by sheet column. */
function ownFormulas(spec: SheetSpec, read: TemplateRead): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  const specCols: [number, number][] = [
    [TEMPLATE_COLUMNS.max, read.columns.max],
    [TEMPLATE_COLUMNS.self, read.columns.self],
    [TEMPLATE_COLUMNS.appraised, read.columns.appraised],
  ];
  for (let r = spec.headerRow + 1; r < spec.cells.length; r++) {
    const line = spec.cells[r];
    const code = line[TEMPLATE_COLUMNS.code];
    const key = r === spec.dataRows.last ? '' : typeof code === 'string' ? normaliseCode(code) : null;
    if (key === null) continue;
    const byCol = new Map<number, string>();
    for (const [specCol, sheetCol] of specCols) {
      const cell = line[specCol];
      if (sheetCol >= 0 && isFormula(cell)) byCol.set(sheetCol, cell.formula);
    }
    out.set(key, byCol);
  }
  return out;
}

const isBlankGrid = (grid: Grid | undefined) =>
  !grid ||
  (grid.values.every((l) => (l ?? []).every((v) => v === null || v === undefined || v === '')) &&
    (grid.formulas ?? []).every((l) => (l ?? []).every((f) => f === null || f === undefined || f === '')));

/**
 * Whether a sheet holds anything a person typed that writing the template again would destroy: scores,
 * evidence and notes (typed, or a formula that is not the template's own at that cell), rows they added, a
 * unit name other than the one about to be written, or, on a sheet that is not a template, any content.
 */
export function holdsUserData(grid: Grid | undefined, spec: SheetSpec): boolean {
  if (!grid || isBlankGrid(grid)) return false;
  const read = readTemplate(grid);
  if (!read) return true;
  const { values } = grid;
  const formulas = grid.formulas ?? [];
  const structural = new Set([read.columns.code, read.columns.name, read.columns.max]);
  const codeOfRow = new Map(read.rows.map((r) => [r.row, r.code]));
  const own = ownFormulas(spec, read);
  // Rows inserted or deleted since: Excel moved the sums' references with them.
  const specRowOf = new Map<string, number>();
  spec.cells.forEach((line, r) => {
    const code = line[TEMPLATE_COLUMNS.code];
    if (r > spec.headerRow && typeof code === 'string') specRowOf.set(normaliseCode(code), r);
  });
  const shifted = read.rows.some((r) => specRowOf.get(r.code) !== r.row);
  const totalText = normText(vi.sheets.total);
  for (let r = read.headerRow + 1; r < Math.max(values.length, formulas.length); r++) {
    const line = values[r] ?? [];
    const fxLine = formulas[r] ?? [];
    const code = codeOfRow.get(r);
    const isTotal = code === undefined && line.some((v) => normText(v) === totalText);
    const expected = own.get(isTotal ? '' : (code ?? '\u0000'));
    for (let c = 0; c < Math.max(line.length, fxLine.length); c++) {
      const fx = fxLine[c];
      if (typeof fx === 'string' && fx !== '') {
        if (code !== undefined && structural.has(c)) continue;
        const mine = expected?.get(c);
        const isOwn =
          mine !== undefined &&
          (formulaKey(fx) === formulaKey(mine) || (shifted && formulaShape(fx) === formulaShape(mine)));
        if (!isOwn) return true;
        continue;
      }
      if (isTotal) continue;
      const v = line[c];
      if (v === null || v === undefined || v === '') continue;
      if (code !== undefined && structural.has(c)) continue;
      return true;
    }
  }
  const unit = grid.values[0]?.[0];
  const written = spec.cells[0][0];
  return (
    typeof unit === 'string' &&
    read.unitName !== '' &&
    normText(unit) !== normText(typeof written === 'string' ? written : null)
  );
}

export interface InsertTemplateOptions {
  set: CriteriaSet;
  year: number;
  unitName: string;
  /** Default: "Tự đánh giá <year>". */
  sheetName?: string;
}

export type InsertTemplateOutcome =
  | { inserted: false; conflict: { sheetName: string; suggestedName: string }; changes: ChangeSet }
  | {
      inserted: true;
      sheetName: string;
      /** A filled template elsewhere that Check and Plan keep using (the new one does not take the role). */
      keptTemplate: string | null;
      changes: ChangeSet;
    };

/**
 * Writes the template into the sheet of that name when it holds nothing a person typed (else proposes a free
 * name and writes nothing). A filled template that Check uses now keeps that role beside the new one.
 */
export function insertTemplate(
  snapshot: WorkbookSnapshot,
  options: InsertTemplateOptions,
): InsertTemplateOutcome {
  const name = options.sheetName ?? vi.sheets.templateName(options.year);
  const spec = templateSheet(options.set, {
    year: options.year,
    unitName: options.unitName,
    sheetName: name,
  });
  const existing = sheetNamed(snapshot, name);
  if (existing && holdsUserData(existing.grid, spec)) {
    return {
      inserted: false,
      conflict: { sheetName: existing.name, suggestedName: freeSheetName(sheetNames(snapshot), name) },
      changes: noChanges(),
    };
  }
  const target = existing?.name ?? name;
  const current = snapshot.named?.template ?? snapshot.active;
  let keptTemplate: string | null = null;
  if (current !== undefined && !sameSheetName(current, target)) {
    const sheet = sheetNamed(snapshot, current);
    if (sheet?.grid && readTemplate(sheet.grid) && holdsUserData(sheet.grid, spec)) keptTemplate = sheet.name;
  }
  const written = { ...spec, name: target };
  return {
    inserted: true,
    sheetName: target,
    keptTemplate,
    changes: {
      ...noChanges(),
      sheets: [
        {
          spec: written,
          replace: existing !== undefined,
          role: keptTemplate === null ? 'template' : undefined,
          activate: keptTemplate === null,
        },
      ],
    },
  };
}

/**
 * A workbook open in exceljs, read and planned through the application layer with no file system: the command
 * line (src/cli) and the single-file page (src/web) share it, so each stays a thin adapter around src/app.
 */
import type { Workbook } from 'exceljs';
import { BrokenBuildError, InputError } from '../cli/errors';
import { planResults } from '../cli/results';
import type { PlanModel } from '../engine/plan';
import type { CriteriaSet, ScoreReport } from '../engine/types';
import type { Grid, TemplateRead } from '../layout/read';
import type { SheetSpec } from '../layout/spec';
import { builtInSet, builtInSets } from '../sets';
import { applyChanges, snapshotOf } from './apply';
import { AppError } from '../app/errors';
import { checkTemplate, type CheckOutcome } from '../app/check';
import { buildPlanDocument, type PlanDocumentModel } from '../app/document';
import { findPreviousPlan, generatePlan } from '../app/plan';
import { figuresOf, type FileFigures } from '../app/rollup';
import type { WorkbookSnapshot } from '../app/snapshot';
import { findTemplate, setFor, type TemplateFound } from '../app/template';

export interface ScoresRead {
  file: string;
  workbook: Workbook;
  snapshot: WorkbookSnapshot;
  found: TemplateFound;
  /** What the application layer found: problems, totals as the sheet computes them, both columns. */
  check: CheckOutcome;
  grids: Grid[];
  template: TemplateRead;
  set: CriteriaSet;
  year: number;
  self: ScoreReport;
  /** Only when something was entered in "Điểm thẩm định". */
  appraised?: ScoreReport;
}

export interface WorkbookReadOptions {
  sheet?: string;
  /** The set to read with; a function is called only once the template is found (its errors come second). */
  set?: CriteriaSet | (() => CriteriaSet);
  /** With no set given: the set a criteria sheet in the workbook carries for this id, if any. */
  carriedSet?: (grids: Grid[], setId: string) => CriteriaSet | undefined;
}

export function knownSetIds(): string {
  return builtInSets()
    .map((s) => s.id)
    .join(', ');
}

/** An application-layer refusal in the command line's words, naming the file. */
export function inputErrorOf(err: AppError, file: string): InputError {
  const q = err.params;
  switch (err.code) {
    case 'NO_TEMPLATE':
      return new InputError('noTemplate', { file });
    case 'NO_SUCH_SHEET':
      return new InputError('noSuchSheet', {
        file,
        sheet: q.sheet ?? '',
        sheets: (q.sheets ?? []).map((n) => `"${n}"`).join(', '),
      });
    case 'DUPLICATE_CODES':
      return new InputError('duplicateCodes', {
        file,
        sheet: q.sheet ?? '',
        items: (q.duplicates ?? []).map((d) => ({ code: d.code, rows: d.rows.map((r) => r + 1) })),
      });
    case 'NO_RECORD':
      return new InputError('noRecord', { file, sheet: q.sheet ?? '' });
    case 'UNKNOWN_SET':
      return new InputError('unknownSetInFile', { file, id: q.id ?? '', known: knownSetIds() });
    case 'SET_MISMATCH':
      return new InputError('setMismatch', { file, id: q.id ?? '', setId: q.setId ?? '' });
    case 'VERSION_MISMATCH':
      return new InputError('versionMismatch', {
        file,
        id: q.id ?? '',
        version: q.version ?? '',
        setVersion: q.setVersion ?? '',
      });
  }
}

/** Finds an open workbook's scoring sheet and set, and checks both score columns (src/app does the work). */
export function scoresOfWorkbook(file: string, workbook: Workbook, options: WorkbookReadOptions): ScoresRead {
  const snapshot = snapshotOf(workbook);
  const grids = snapshot.sheets.flatMap((s) => (s.grid ? [s.grid] : []));
  let found: TemplateFound;
  let set: CriteriaSet;
  try {
    found = findTemplate(snapshot, { sheet: options.sheet });
    const given = typeof options.set === 'function' ? options.set() : options.set;
    set = setFor(found.read, {
      given,
      findSet: (id) => options.carriedSet?.(grids, id) ?? builtInSet(id),
    });
  } catch (err) {
    if (err instanceof AppError) throw inputErrorOf(err, file);
    throw err;
  }
  const check = checkTemplate(found, set);
  return {
    file,
    workbook,
    snapshot,
    found,
    check,
    grids,
    template: found.read,
    set,
    year: check.year,
    self: check.self.report,
    appraised: check.appraised?.report,
  };
}

export interface PlanWorkbookOptions {
  planYear: number;
  onlyBelowMax: boolean;
}

export interface PlanWritten {
  plan: PlanModel;
  spec: SheetSpec;
  /** Rows whose tasks, unit or target staff had edited in the previous appendix and were kept. */
  kept: string[];
  /** The previous appendix's sheet before it was renamed, and its new name. */
  previous: { sheet: string; backupSheet: string } | null;
  leftovers: number;
}

/**
 * Adds the plan appendix to the read workbook (scores must be free of errors): an earlier appendix of the
 * same year is merged from and kept whole under a backup name, never deleted.
 */
export async function planIntoWorkbook(read: ScoresRead, options: PlanWorkbookOptions): Promise<PlanWritten> {
  const outcome = generatePlan(read.snapshot, read.found, read.check, {
    planYear: options.planYear,
    onlyBelowMax: options.onlyBelowMax,
    scoreSource: 'auto',
  });
  if (!outcome.written) throw new BrokenBuildError('the plan was refused although the scores have no errors');
  const { model, spec } = outcome;
  await applyChanges(read.workbook, outcome.changes, {
    results: (s) => (s.name === spec.name ? planResults(s, model) : undefined),
  });
  const previous =
    outcome.previousSheet !== null && outcome.backupSheet !== null
      ? { sheet: outcome.previousSheet, backupSheet: outcome.backupSheet }
      : null;
  return { plan: model, spec, kept: outcome.kept, previous, leftovers: outcome.leftovers };
}

/** The plan document's model from a read workbook: that year's appendix as staff left it, where there is one. */
export function documentOf(
  read: ScoresRead,
  planYear: number,
  date: Date,
): { model: PlanDocumentModel; appendixFrom: string | null } {
  const previous = findPreviousPlan(read.snapshot, read.found, planYear);
  const model = buildPlanDocument(
    {
      set: read.set,
      self: read.self,
      appraised: read.appraised,
      unitName: read.template.unitName,
      assessmentYear: read.year,
      previousRows: previous?.read.rows ?? null,
    },
    { planYear, date },
  );
  return { model, appendixFrom: previous?.grid.sheet ?? null };
}

/** What the province's roll-up keeps of one read workbook: its figures, never the workbook. */
export function figuresOfRead(file: string, read: ScoresRead): FileFigures {
  return figuresOf({
    file,
    unit: read.template.unitName,
    set: { id: read.set.id, version: read.set.version, name: read.set.name },
    year: read.year,
    self: read.self,
    appraised: read.appraised,
  });
}

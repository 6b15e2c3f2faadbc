/**
 * What `parindex check` and `plan` do to a workbook once it is open, with no file system: shared by the
 * command line (src/cli) and the single-file web page (src/web), so each stays a thin adapter around it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { readScoreCell } from '../engine/cell';
import { checkScores } from '../engine/check';
import { mergePlan, type MergeResult } from '../engine/merge';
import { buildPlan, type PlanModel } from '../engine/plan';
import type { CriteriaSet, ScoreEntry, ScoreReport } from '../engine/types';
import { vi } from '../i18n/vi';
import { previousPlan } from '../layout/find';
import { freeSheetName } from '../layout/names';
import { planSheet } from '../layout/plan-sheet';
import { readTemplate, type Grid, type TemplateRead } from '../layout/read';
import type { SheetSpec } from '../layout/spec';
import { builtInSet, builtInSets } from '../sets';
import { InputError } from '../cli/errors';
import { planResults } from '../cli/results';
import { gridsOf } from '../xlsx/read';
import { renderSheet } from '../xlsx/render';

export interface ScoresRead {
  file: string;
  workbook: Workbook;
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

/** The scoring sheet: the named one, else the first whose header row is the template's. */
function findTemplate(file: string, grids: Grid[], sheet: string | undefined): TemplateRead {
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.sheet === sheet);
    const read = grid ? readTemplate(grid) : null;
    if (!read) {
      throw new InputError('noSuchSheet', {
        file,
        sheet,
        sheets: grids.map((g) => `"${g.sheet}"`).join(', '),
      });
    }
    return read;
  }
  for (const grid of grids) {
    const read = readTemplate(grid);
    if (read) return read;
  }
  throw new InputError('noTemplate', { file });
}

function setFor(
  file: string,
  template: TemplateRead,
  grids: Grid[],
  options: WorkbookReadOptions,
): CriteriaSet {
  const record = template.record;
  const option = options.set;
  if (option !== undefined) {
    const set = typeof option === 'function' ? option() : option;
    if (record && record.setId !== set.id) {
      throw new InputError('setMismatch', { file, id: record.setId, setId: set.id });
    }
    if (record && record.version !== set.version) {
      throw new InputError('versionMismatch', {
        file,
        id: record.setId,
        version: record.version,
        setVersion: set.version,
      });
    }
    return set;
  }
  if (!record) throw new InputError('noRecord', { file, sheet: template.sheet });
  const set = options.carriedSet?.(grids, record.setId) ?? builtInSet(record.setId);
  if (!set) throw new InputError('unknownSetInFile', { file, id: record.setId, known: knownSetIds() });
  if (set.version !== record.version) {
    throw new InputError('versionMismatch', {
      file,
      id: record.setId,
      version: record.version,
      setVersion: set.version,
    });
  }
  return set;
}

function anyEntered(entries: readonly ScoreEntry[]): boolean {
  return entries.some((e) => readScoreCell(e.raw).kind !== 'blank');
}

/** Finds an open workbook's scoring sheet and set, and checks both score columns. */
export function scoresOfWorkbook(file: string, workbook: Workbook, options: WorkbookReadOptions): ScoresRead {
  const grids = gridsOf(workbook);
  const template = findTemplate(file, grids, options.sheet);
  if (template.duplicates.length > 0) {
    throw new InputError('duplicateCodes', {
      file,
      sheet: template.sheet,
      items: template.duplicates.map((d) => ({ code: d.code, rows: d.rows.map((r) => r + 1) })),
    });
  }
  const set = setFor(file, template, grids, options);
  const self = checkScores(set, template.self, { column: 'self' });
  const appraised = anyEntered(template.appraised)
    ? checkScores(set, template.appraised, { column: 'appraised' })
    : undefined;
  return {
    file,
    workbook,
    grids,
    template,
    set,
    year: template.record?.year ?? set.assessmentYear,
    self,
    appraised,
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

const sheetNames = (wb: Workbook) => wb.worksheets.map((ws) => ws.name);

/**
 * Adds the plan appendix to the read workbook (scores must be free of errors): an earlier appendix of the
 * same year is merged from and kept whole under a backup name, never deleted.
 */
export async function planIntoWorkbook(read: ScoresRead, options: PlanWorkbookOptions): Promise<PlanWritten> {
  const { planYear } = options;
  let plan = buildPlan(
    read.set,
    { self: read.self, appraised: read.appraised },
    {
      assessmentYear: read.year,
      planYear,
      onlyBelowMax: options.onlyBelowMax,
      unitName: read.template.unitName,
    },
  );
  const wb = read.workbook;
  const previous = previousPlan(read.grids, {
    planYear,
    record: read.template.record,
    skip: read.template.sheet,
  })?.read;
  let merged: MergeResult | null = null;
  let backup: PlanWritten['previous'] = null;
  if (previous) {
    merged = mergePlan(plan, previous.rows);
    plan = merged.plan;
    // Its title lines ("Kế hoạch số …/KH-UBND"), columns staff added, and rows that could not be matched
    // stay where they can be copied back by hand.
    const old = wb.getWorksheet(previous.sheet) as Worksheet;
    const backupSheet = freeSheetName(sheetNames(wb), vi.sheets.backupName(planYear));
    old.name = backupSheet;
    backup = { sheet: previous.sheet, backupSheet };
  }
  const spec = planSheet(plan, { sheetName: freeSheetName(sheetNames(wb), vi.sheets.planName(planYear)) });
  await renderSheet(wb, spec, { results: planResults(spec, plan) });
  return {
    plan,
    spec,
    kept: merged?.kept ?? [],
    previous: backup,
    leftovers: merged?.leftovers.length ?? 0,
  };
}

import { mergePlan, type MergeResult } from '../engine/merge';
import { buildPlan, type PlanModel, type ScoreSource } from '../engine/plan';
import { vi } from '../i18n/vi';
import { PLAN_TEXTS, previousPlan, type PlanFound } from '../layout/find';
import { freeSheetName } from '../layout/names';
import { planSheet } from '../layout/plan-sheet';
import { normText } from '../layout/read';
import type { SheetSpec } from '../layout/spec';
import type { CheckOutcome } from './check';
import { noChanges, sheetNamed, sheetNames, type ChangeSet, type WorkbookSnapshot } from './snapshot';
import type { TemplateFound } from './template';

export interface PlanOptions {
  planYear?: number;
  onlyBelowMax?: boolean;
  scoreSource?: ScoreSource;
}

export type PlanOutcome =
  | { written: false; planYear: number; errors: number; changes: ChangeSet }
  | {
      written: true;
      planYear: number;
      model: PlanModel;
      sheetName: string;
      /** The previous appendix, kept whole under this name; null when there was none. */
      backupSheet: string | null;
      previousSheet: string | null;
      /** Codes whose target, tasks or unit came from the previous appendix. */
      kept: string[];
      /** Codes the previous appendix no longer had (rows the user deleted). */
      missing: string[];
      /** Rows of the previous appendix that could not be carried over (they stay in the backup). */
      leftovers: number;
      spec: SheetSpec;
      changes: ChangeSet;
    };

export function planYearOf(check: Pick<CheckOutcome, 'year'>, options: PlanOptions): number {
  return options.planYear ?? check.year + 1;
}

/** The appendix an earlier run wrote for this template and plan year, if the workbook still has it. */
export function findPreviousPlan(
  snapshot: WorkbookSnapshot,
  found: TemplateFound,
  planYear: number,
): PlanFound | null {
  return previousPlan(
    snapshot.sheets.flatMap((s) => (s.grid ? [s.grid] : [])),
    { planYear, record: found.read.record, prefer: [snapshot.named?.plan], skip: found.sheet.name },
  );
}

/** A plan written "below max only" has typed totals; a full one sums its field rows. */
function wasComplete(prev: PlanFound): boolean {
  const { values, formulas } = prev.grid;
  const total = values.findIndex((line) => line.some((v) => normText(v) === normText(vi.sheets.planTotal)));
  return total >= 0 && (formulas?.[total] ?? []).some((f) => f !== null && f !== undefined && f !== '');
}

const PLACEHOLDER = '…';

/**
 * Title lines above the header where the new line still has blanks ("Kế hoạch số …") and staff filled them
 * in the previous appendix: their line stays. The record line is always written anew.
 */
function keepTitles(spec: SheetSpec, prev: PlanFound): SheetSpec {
  if (prev.read.headerRow !== spec.headerRow) return spec;
  const cells = spec.cells.map((line) => [...line]);
  for (let r = 0; r < spec.headerRow; r++) {
    const old = prev.grid.values[r]?.[0];
    const fresh = cells[r][0];
    if (typeof old !== 'string' || old.trim() === '' || typeof fresh !== 'string') continue;
    if (old.startsWith(PLAN_TEXTS.recordPrefix) || normText(old) === normText(fresh)) continue;
    if (fresh.includes(PLACEHOLDER) && !old.includes(PLACEHOLDER)) cells[r][0] = old;
  }
  return { ...spec, cells };
}

/**
 * The plan appendix from checked scores, merged with the previous appendix for the same template and year.
 * One backup policy for every front end: a previous appendix is always kept whole as "Phụ lục KH <year>
 * (bản cũ)" before the new one is written in its place. Deciding instead whether anything "would be lost"
 * means guessing what staff care about (a re-worded title, a column they added, a target in words); the
 * copy costs one sheet and loses nothing, and staff delete it when they are done.
 */
export function generatePlan(
  snapshot: WorkbookSnapshot,
  found: TemplateFound,
  check: CheckOutcome,
  options: PlanOptions = {},
): PlanOutcome {
  const planYear = planYearOf(check, options);
  const appraised = options.scoreSource !== 'self' ? check.appraised : undefined;
  const errors = [...check.self.problems, ...(appraised?.problems ?? [])].filter(
    (p) => p.severity === 'error',
  ).length;
  if (errors > 0) return { written: false, planYear, errors, changes: noChanges() };

  const plan = buildPlan(
    check.set,
    { self: check.self.report, appraised: appraised?.report },
    {
      assessmentYear: check.year,
      planYear,
      onlyBelowMax: options.onlyBelowMax,
      scoreSource: options.scoreSource,
      unitName: check.unitName,
    },
  );
  const prev = findPreviousPlan(snapshot, found, planYear);
  const merged: MergeResult = prev
    ? mergePlan(plan, prev.read.rows)
    : { plan, kept: [], leftovers: [], missing: [] };
  // After a "below max only" plan, only rows below max can have been deleted by someone.
  const belowMax = new Set(plan.rows.filter((r) => r.belowMax).map((r) => r.code));
  const missing = prev && !wasComplete(prev) ? merged.missing.filter((c) => belowMax.has(c)) : merged.missing;

  const names = sheetNames(snapshot);
  const defaultName = vi.sheets.planName(planYear);
  let target: { name: string; replace: boolean };
  if (prev) target = { name: prev.grid.sheet, replace: true };
  else {
    const same = sheetNamed(snapshot, defaultName);
    const empty = same && same.grid !== undefined && same.grid.values.length === 0;
    if (!same) target = { name: defaultName, replace: false };
    else if (empty) target = { name: same.name, replace: true };
    else target = { name: freeSheetName(names, defaultName), replace: false };
  }
  let spec = planSheet(merged.plan, { sheetName: target.name });
  if (prev) spec = keepTitles(spec, prev);
  const backupSheet = prev ? freeSheetName(names, vi.sheets.backupName(planYear)) : null;
  const changes = noChanges();
  if (prev && backupSheet) changes.backups.push({ sheet: prev.grid.sheet, as: backupSheet });
  changes.sheets.push({ spec, replace: target.replace, role: 'plan', activate: true });
  return {
    written: true,
    planYear,
    model: merged.plan,
    sheetName: target.name,
    backupSheet,
    previousSheet: prev?.grid.sheet ?? null,
    kept: merged.kept,
    missing,
    leftovers: merged.leftovers.length,
    spec,
    changes,
  };
}

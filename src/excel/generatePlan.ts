import { readScoreCell } from '../engine/cell';
import { sameScore } from '../engine/decimal';
import { mergePlan, normaliseCode, type MergeResult, type PreviousPlanRow } from '../engine/merge';
import { buildPlan } from '../engine/plan';
import { indexByCode } from '../engine/tree';
import type { RawCell, SetNode } from '../engine/types';
import { vi } from '../i18n/vi';
import { rangeA1 } from '../layout/a1';
import { planSheet } from '../layout/plan-sheet';
import type { SheetSpec } from '../layout/spec';
import { located } from './checkScores';
import {
  assessmentYear,
  freeSheetName,
  pointRoleName,
  reportsOf,
  requireTemplate,
  runAction,
  setOf,
} from './common';
import { joinMessages, message } from './errors';
import type { Features } from './features';
import { findTemplate, norm, PLAN_TEXTS, previousPlan, yearIn, type PlanHit, type TemplateHit } from './find';
import type { ActionEnv } from './host';
import { scanWorkbook, sheetNamed, unread, type OfficeCell, type Scan } from './read';
import {
  blockSteps,
  clearSheetSteps,
  fitSteps,
  officeInput,
  queueSteps,
  renderSheet,
  type WriteStep,
} from './render';
import type { Enhancement, GeneratePlanOptions, PlanResult } from './types';

const blank = (v: RawCell) => v === null || v === undefined || v === '';

function planYearFor(env: ActionEnv, hit: TemplateHit, options: GeneratePlanOptions): number {
  return options.planYear ?? assessmentYear(setOf(env, hit.read), hit.read) + 1;
}

/**
 * What rendering the plan again would drop besides the rows mergePlan handles: columns the user added, rows
 * above a header that moved, and text below the table that is not the generated summary.
 */
export function holdsUnmergeableContent(prev: PlanHit, spec: SheetSpec): boolean {
  const { values } = prev.content.grid;
  const header = prev.read.headerRow;
  if (header !== spec.headerRow) return true;
  const known = new Set(spec.cells[spec.headerRow].map((h) => norm(h as string)));
  const headerLine = values[header] ?? [];
  const isKnown = (c: number) =>
    known.has(norm(headerLine[c] ?? null)) ||
    yearIn(headerLine[c] ?? null, PLAN_TEXTS.scoreHeader) !== null ||
    yearIn(headerLine[c] ?? null, PLAN_TEXTS.targetHeader) !== null;
  const nameCol = headerLine.findIndex((v) => norm(v) === norm(vi.sheets.planHeaders(0, 0)[1]));
  let afterTotal = false;
  for (let r = header; r < values.length; r++) {
    const line = values[r] ?? [];
    for (let c = 0; c < line.length; c++) if (!blank(line[c]) && !isKnown(c)) return true;
    if (afterTotal) {
      const texts = line.filter((v) => !blank(v));
      const summary = (v: RawCell) =>
        typeof v === 'string' && (v.startsWith('- ') || yearIn(v, PLAN_TEXTS.summaryHeading) !== null);
      if (texts.length > 1 || (texts.length === 1 && !summary(texts[0]))) return true;
    }
    if (nameCol >= 0 && norm(line[nameCol] ?? null) === norm(vi.sheets.planTotal)) afterTotal = true;
  }
  return false;
}

/**
 * Whether a row the new plan does not take holds anything a person wrote: a row they added, or a criterion
 * row whose tasks, unit or target differ from what the set gives (rows left out by "below max only" do not).
 */
function userEdited(row: PreviousPlanRow, nodes: ReadonlyMap<string, SetNode>): boolean {
  const node = row.code === null ? undefined : nodes.get(normaliseCode(row.code));
  if (!node) return true;
  const field = node.level === 'field';
  if (row.tasks !== (field ? '' : node.tasks) || row.unit !== (field ? '' : node.unit)) return true;
  const target = readScoreCell(row.target);
  return target.kind === 'number' && !sameScore(target.value, node.max);
}

/** A plan written "below max only" has typed totals, a full one sums its field rows. */
function wasComplete(prev: PlanHit): boolean {
  const { values, formulas } = prev.content.grid;
  const total = values.findIndex((line) => line.some((v) => norm(v) === norm(vi.sheets.planTotal)));
  return total >= 0 && (formulas?.[total] ?? []).some((f) => f !== null);
}

const PLACEHOLDER = '…';

/**
 * Title lines above the header: where the new line still has blanks to fill ("Kế hoạch số …") and staff filled
 * them in the previous sheet, their line stays. Any other title line they changed is rewritten, so it goes to
 * the backup (`edited`). The record line is always written anew.
 */
function keepTitles(spec: SheetSpec, prev: PlanHit): { spec: SheetSpec; edited: boolean } {
  if (prev.read.headerRow !== spec.headerRow) return { spec, edited: false };
  const cells = spec.cells.map((line) => [...line]);
  let edited = false;
  for (let r = 0; r < spec.headerRow; r++) {
    const old = prev.content.grid.values[r]?.[0];
    const fresh = cells[r][0];
    if (typeof old !== 'string' || old.trim() === '' || typeof fresh !== 'string') continue;
    if (old.startsWith(PLAN_TEXTS.recordPrefix) || norm(old) === norm(fresh)) continue;
    if (fresh.includes(PLACEHOLDER) && !old.includes(PLACEHOLDER)) cells[r][0] = old;
    else edited = true;
  }
  return { spec: { ...spec, cells }, edited };
}

/**
 * A copy of the previous plan sheet, queued before that sheet is rendered again: Worksheet.copy where Excel
 * has it (1.10), else the old cells, formulas kept, written to the sheet `backup`.
 */
function backupSteps(
  f: Features,
  prev: PlanHit,
  original: Excel.Worksheet,
  backup: Excel.Worksheet | null,
  name: string,
  maxBlockBytes: number,
): WriteStep[] {
  if (f.copySheet || !backup) {
    return [
      {
        bytes: 200,
        apply: () => {
          const copy = original.copy('After', original);
          copy.name = name;
        },
      },
    ];
  }
  const block = prev.content.block;
  if (!block) return [];
  const input = block.formulas.map((line) =>
    line.map((v: OfficeCell) =>
      typeof v === 'string' && v.startsWith('=') && v.length > 1 ? v : officeInput(v, false),
    ),
  );
  return blockSteps(backup, block.row, block.col, input, 'formulas', maxBlockBytes);
}

function pickTarget(scan: Scan, prev: PlanHit | null, defaultName: string): { name: string; reuse: boolean } {
  if (prev) return { name: prev.content.name, reuse: true };
  const same = sheetNamed(scan, defaultName);
  if (same === undefined) return { name: defaultName, reuse: false };
  if (scan.contents.get(same)?.block === null) return { name: same, reuse: true };
  return { name: freeSheetName(scan.sheetNames, defaultName), reuse: false };
}

export async function generatePlanAction(env: ActionEnv, options: GeneratePlanOptions): Promise<PlanResult> {
  let written: SheetSpec | undefined;
  const outcome = await runAction(env, async (context, f): Promise<PlanResult> => {
    const scan = await scanWorkbook(
      context,
      f,
      {
        roles: ['template', 'plan'],
        more: (s) => {
          const hit = findTemplate(s);
          if (!hit) return unread(s);
          const planYear = planYearFor(env, hit, options);
          // A plan sheet may have been renamed: without its name to lead, every sheet is looked at.
          return previousPlan(s, hit, planYear, vi.sheets.planName(planYear)) ? [] : unread(s);
        },
      },
      env.memory,
    );
    const hit = requireTemplate(findTemplate(scan));
    env.memory.ids.template = hit.content.id;
    const set = setOf(env, hit.read);
    const year = assessmentYear(set, hit.read);
    const planYear = planYearFor(env, hit, options);
    const reports = reportsOf(set, hit.read);
    const useAppraised = options.scoreSource !== 'self' ? reports.appraised : undefined;
    const problems = located([...reports.self.problems, ...(useAppraised?.problems ?? [])]);
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) {
      return {
        written: false,
        sheetName: '',
        problems,
        kept: [],
        missing: [],
        total: reports.self.total,
        skipped: [],
        message: message('results', 'planBlocked', { errors }),
      };
    }

    const plan = buildPlan(
      set,
      { self: reports.self, appraised: useAppraised },
      {
        assessmentYear: year,
        planYear,
        onlyBelowMax: options.onlyBelowMax,
        scoreSource: options.scoreSource,
        unitName: hit.read.unitName,
      },
    );
    const defaultName = vi.sheets.planName(planYear);
    const prev = previousPlan(scan, hit, planYear, defaultName);
    const merged: MergeResult = prev
      ? mergePlan(plan, prev.read.rows)
      : { plan, kept: [], leftovers: [], missing: [] };
    // After a "below max only" plan, only rows below max can have been deleted by someone.
    const belowMax = new Set(plan.rows.filter((r) => r.belowMax).map((r) => r.code));
    const missing =
      prev && !wasComplete(prev) ? merged.missing.filter((c) => belowMax.has(c)) : merged.missing;
    const target = pickTarget(scan, prev, defaultName);
    let spec = planSheet(merged.plan, { sheetName: target.name });
    const nodes = indexByCode(set);
    let titlesEdited = false;
    if (prev) ({ spec, edited: titlesEdited } = keepTitles(spec, prev));
    const needsBackup =
      prev !== null &&
      (merged.leftovers.some((row) => userEdited(row, nodes)) ||
        titlesEdited ||
        holdsUnmergeableContent(prev, spec));
    const backupName = needsBackup
      ? freeSheetName(scan.sheetNames, vi.sheets.backupName(planYear))
      : undefined;

    const sheets = context.workbook.worksheets;
    if (f.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    const previousSheet = prev ? sheets.getItem(prev.content.name) : null;
    const backupSheet = backupName && !f.copySheet ? sheets.add(backupName) : null;
    const sheet = target.reuse ? (previousSheet ?? sheets.getItem(target.name)) : sheets.add(target.name);
    let skipped: Enhancement[] = [];
    const groups = fitSteps((maxBlockBytes) => {
      const rendered = renderSheet(sheet, spec, f, { maxBlockBytes });
      skipped = rendered.skipped;
      // The backup comes first: it must hold the old sheet before that sheet is emptied.
      const copy =
        prev && previousSheet && backupName
          ? backupSteps(f, prev, previousSheet, backupSheet, backupName, maxBlockBytes)
          : [];
      // Protection is lifted first: where a password stops it, nothing else has happened yet.
      const isProtected = target.reuse && (prev?.content.protected ?? false);
      const unprotect: WriteStep[] = isProtected
        ? [{ bytes: 100, apply: () => sheet.protection.unprotect() }]
        : [];
      return [
        ...unprotect,
        ...copy,
        ...(target.reuse ? clearSheetSteps(sheet, f, false) : []),
        ...rendered.steps,
      ];
    });
    await queueSteps(context, groups);
    written = spec;
    const block = { row: 0, col: 0, rows: spec.cells.length, cols: spec.cells[0].length };
    pointRoleName(context, f, 'plan', scan.nameExists.plan, sheet.getRange(rangeA1(block)));
    if (scan.named.template !== hit.content.name && hit.content.block) {
      const t = hit.content.block;
      const range = { row: t.row, col: t.col, rows: t.formulas.length, cols: t.formulas[0].length };
      pointRoleName(
        context,
        f,
        'template',
        scan.nameExists.template,
        sheets.getItem(hit.content.name).getRange(rangeA1(range)),
      );
    }
    if (!f.names) skipped = [...skipped, 'names'];
    sheet.activate();
    sheet.load('id');
    await context.sync();
    env.memory.ids.plan = sheet.id;

    const parts = [message('results', 'planWritten', { sheet: target.name, kept: merged.kept.length })];
    if (backupName) parts.push(message('results', 'planBackup', { sheet: backupName }));
    if (missing.length > 0) parts.push(message('results', 'planMissing', { list: missing.join(', ') }));
    const result: PlanResult = {
      written: true,
      sheetName: target.name,
      problems,
      kept: merged.kept,
      missing,
      total: {
        max: plan.total.max,
        applicableMax: plan.total.applicableMax,
        score: plan.total.score,
        percent: plan.total.percent,
      },
      skipped,
      message: joinMessages(...parts),
    };
    if (backupName) result.backupSheet = backupName;
    return result;
  });
  if (!outcome.written || !written || !outcome.skipped.includes('columnWidths')) return outcome;
  // ExcelApi 1.1 (Office 2016): widths through the Common API instead, loaded only there.
  const { widenAfterWrite } = await import(/* webpackChunkName: "o2016" */ './o2016Widths');
  return widenAfterWrite(env, outcome, written);
}

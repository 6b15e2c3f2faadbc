import { findPreviousPlan, generatePlan, hasTemplate, planYearOf } from '../app';
import { rangeA1 } from '../layout/a1';
import type { SheetSpec } from '../layout/spec';
import { locate, snapshotOfScan, withFormulaValues } from './app';
import { located } from './checkScores';
import { pointRoleName, runAction } from './common';
import { joinMessages, message } from './errors';
import type { Features } from './features';
import type { ActionEnv } from './host';
import { scanWorkbook, unread, type OfficeCell, type SheetContent } from './read';
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

/**
 * A copy of the previous plan sheet, queued before that sheet is rendered again: Worksheet.copy where Excel
 * has it (1.10), else the old cells, formulas kept, written to the sheet `backup`.
 */
function backupSteps(
  f: Features,
  prev: SheetContent,
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
  const block = prev.block;
  if (!block) return [];
  const input = block.formulas.map((line) =>
    line.map((v: OfficeCell) =>
      typeof v === 'string' && v.startsWith('=') && v.length > 1 ? v : officeInput(v, false),
    ),
  );
  return blockSteps(backup, block.row, block.col, input, 'formulas', maxBlockBytes);
}

export async function generatePlanAction(env: ActionEnv, options: GeneratePlanOptions): Promise<PlanResult> {
  let written: SheetSpec | undefined;
  const outcome = await runAction(env, async (context, f): Promise<PlanResult> => {
    const scan = await scanWorkbook(
      context,
      f,
      {
        roles: ['template', 'plan'],
        probeFirst: true,
        more: (s) => {
          const snapshot = snapshotOfScan(s);
          if (!hasTemplate(snapshot)) return unread(s);
          const hit = locate(env, s);
          const planYear = planYearOf(hit.check, options);
          // A plan sheet may have been renamed: without its name to lead, every sheet is looked at.
          return findPreviousPlan(snapshot, hit.found, planYear) ? [] : unread(s);
        },
      },
      env.memory,
    );
    const hit = await withFormulaValues(context, env, scan, locate(env, scan));
    env.memory.ids.template = hit.content.id;
    const outcome = generatePlan(hit.snapshot, hit.found, hit.check, options);
    const appraised = options.scoreSource !== 'self' ? hit.check.appraised : undefined;
    const problems = located([...hit.check.self.problems, ...(appraised?.problems ?? [])]);
    if (!outcome.written) {
      return {
        written: false,
        sheetName: '',
        problems,
        kept: [],
        missing: [],
        total: hit.check.self.total,
        skipped: [],
        message: message('results', 'planBlocked', { errors: outcome.errors }),
      };
    }

    const spec = outcome.spec;
    const backup = outcome.changes.backups[0];
    const write = outcome.changes.sheets[0];
    const prevContent = backup ? scan.contents.get(backup.sheet) : undefined;
    const sheets = context.workbook.worksheets;
    if (f.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    const previousSheet = backup ? sheets.getItem(backup.sheet) : null;
    const backupSheet = backup && !f.copySheet ? sheets.add(backup.as) : null;
    const sheet = write.replace ? (previousSheet ?? sheets.getItem(spec.name)) : sheets.add(spec.name);
    let skipped: Enhancement[] = [];
    const groups = fitSteps((maxBlockBytes) => {
      const rendered = renderSheet(sheet, spec, f, { maxBlockBytes });
      skipped = rendered.skipped;
      // The backup comes first: it must hold the old sheet before that sheet is emptied.
      const copy =
        backup && previousSheet && prevContent
          ? backupSteps(f, prevContent, previousSheet, backupSheet, backup.as, maxBlockBytes)
          : [];
      // Protection is lifted first: where a password stops it, nothing else has happened yet.
      const isProtected = write.replace && (prevContent?.protected ?? false);
      const unprotect: WriteStep[] = isProtected
        ? [{ bytes: 100, apply: () => sheet.protection.unprotect() }]
        : [];
      return [
        ...unprotect,
        ...copy,
        ...(write.replace ? clearSheetSteps(sheet, f, false) : []),
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

    const parts = [message('results', 'planWritten', { sheet: spec.name, kept: outcome.kept.length })];
    if (outcome.backupSheet) parts.push(message('results', 'planBackup', { sheet: outcome.backupSheet }));
    if (outcome.missing.length > 0)
      parts.push(message('results', 'planMissing', { list: outcome.missing.join(', ') }));
    const result: PlanResult = {
      written: true,
      sheetName: spec.name,
      problems,
      kept: outcome.kept,
      missing: outcome.missing,
      total: {
        max: outcome.model.total.max,
        applicableMax: outcome.model.total.applicableMax,
        score: outcome.model.total.score,
        percent: outcome.model.total.percent,
      },
      skipped,
      message: joinMessages(...parts),
    };
    if (outcome.backupSheet) result.backupSheet = outcome.backupSheet;
    return result;
  });
  if (!outcome.written || !written || !outcome.skipped.includes('columnWidths')) return outcome;
  // ExcelApi 1.1 (Office 2016): widths through the Common API instead, loaded only there.
  const { widenAfterWrite } = await import(/* webpackChunkName: "o2016" */ './o2016Widths');
  return widenAfterWrite(env, outcome, written);
}

import { findPreviousPlan, hasTemplate } from '../app';
import { documentPlans } from '../app/document-plans';
import type { Message } from '../engine/types';
import { locate, snapshotOfScan, withFormulaValues } from './app';
import { located } from './checkScores';
import { runAction } from './common';
import type { ActionEnv } from './host';
import { scanWorkbook, unread } from './read';
import type { PlanDocumentOptions, PlanDocumentResult } from './types';

/**
 * Reads what the plan document needs (the template and that year's appendix, as `generatePlan` finds them)
 * and builds the document's model. Writes nothing: the workbook is only read. The wording and the Word
 * renderer load on use, so the pane's first load does not carry them.
 */
export async function planDocumentAction(
  env: ActionEnv,
  options: PlanDocumentOptions,
): Promise<PlanDocumentResult> {
  const read = await runAction(env, async (context, f) => {
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
          const planYear = options.planYear ?? hit.check.year + 1;
          // A plan sheet may have been renamed: without its name to lead, every sheet is looked at.
          return findPreviousPlan(snapshot, hit.found, planYear) ? [] : unread(s);
        },
      },
      env.memory,
    );
    const hit = await withFormulaValues(context, env, scan, locate(env, scan));
    env.memory.ids.template = hit.content.id;
    const year = hit.check.year;
    const planYear = options.planYear ?? year + 1;
    const found = findPreviousPlan(hit.snapshot, hit.found, planYear);
    const prev = found ? { read: found.read, content: { name: found.grid.sheet } } : null;
    const reports = { self: hit.check.self.report, appraised: hit.check.appraised?.report };
    return { hit: { read: hit.found.read }, set: hit.check.set, year, planYear, prev, reports };
  });
  const { hit, set, year, planYear, prev, reports } = read;
  const problems = located([...reports.self.problems, ...(reports.appraised?.problems ?? [])]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const { documentMessagesEn, documentMessagesVi } = await import(
    /* webpackChunkName: "document" */ '../i18n/document'
  );
  if (errors > 0) {
    const blocked: Message = {
      vi: documentMessagesVi.paneBlocked({ count: errors }),
      en: documentMessagesEn.paneBlocked({ count: errors }),
    };
    return {
      model: null,
      problems,
      appendixFrom: null,
      planYear,
      fileName: '',
      skipped: [],
      message: blocked,
    };
  }
  const source = {
    set,
    self: reports.self,
    appraised: reports.appraised,
    unitName: hit.read.unitName,
    assessmentYear: year,
    previousRows: prev?.read.rows ?? null,
  };
  // Planning runs here, in the first-load bundle that already holds it; only the wording loads on use.
  const plans = documentPlans(source, planYear);
  const { composePlanDocument } = await import(/* webpackChunkName: "document" */ '../app/document-compose');
  const model = composePlanDocument(source, plans, { planYear, date: options.date });
  const fileName = documentMessagesVi.fileName(planYear);
  return {
    model,
    problems,
    appendixFrom: prev?.content.name ?? null,
    planYear,
    fileName,
    skipped: [],
    message: {
      vi: documentMessagesVi.paneDone({ file: fileName }),
      en: documentMessagesEn.paneDone({ file: fileName }),
    },
  };
}

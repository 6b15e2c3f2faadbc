import { documentPlans } from '../app/document-plans';
import type { Message } from '../engine/types';
import { vi } from '../i18n/vi';
import { located } from './checkScores';
import { assessmentYear, reportsOf, requireTemplate, runAction, setOf } from './common';
import { findTemplate, previousPlan } from './find';
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
        more: (s) => {
          const hit = findTemplate(s);
          if (!hit) return unread(s);
          const planYear = options.planYear ?? assessmentYear(setOf(env, hit.read), hit.read) + 1;
          return previousPlan(s, hit, planYear, vi.sheets.planName(planYear)) ? [] : unread(s);
        },
      },
      env.memory,
    );
    const hit = requireTemplate(findTemplate(scan));
    env.memory.ids.template = hit.content.id;
    const set = setOf(env, hit.read);
    const year = assessmentYear(set, hit.read);
    const planYear = options.planYear ?? year + 1;
    const prev = previousPlan(scan, hit, planYear, vi.sheets.planName(planYear));
    return { hit, set, year, planYear, prev, reports: reportsOf(set, hit.read) };
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

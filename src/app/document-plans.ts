import { mergePlan } from '../engine/merge';
import { buildPlan } from '../engine/plan';
import { vi } from '../i18n/vi';
import type { DocumentPlans, DocumentSource } from './document-compose';

/** The plans the document is made of: `plan`'s appendix, with the rows staff left in the sheet where there is one. */
export function documentPlans(source: DocumentSource, planYear: number): DocumentPlans {
  const reports = { self: source.self, appraised: source.appraised };
  const original = buildPlan(source.set, reports, {
    assessmentYear: source.assessmentYear,
    planYear,
    unitName: source.unitName,
  });
  const plan = source.previousRows ? mergePlan(original, source.previousRows).plan : original;
  const sheet = {
    columns: vi.sheets.planHeaders(source.assessmentYear, planYear),
    naMark: vi.sheets.naMark,
    total: vi.sheets.planTotal,
  };
  return { plan, original, sheet };
}

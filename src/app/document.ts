/**
 * The plan document use case: what the workbook holds (the set, the checked scores, the unit, that year's
 * appendix rows as staff left them) plus options, to a plain PlanDocumentModel. Pure; the renderer
 * (src/document/render.ts) turns the model into a .docx.
 */
import {
  composePlanDocument,
  type DocumentOptions,
  type DocumentSource,
  type PlanDocumentModel,
} from './document-compose';
import { documentPlans } from './document-plans';

export * from './document-compose';
export { documentPlans } from './document-plans';

export function buildPlanDocument(source: DocumentSource, options: DocumentOptions = {}): PlanDocumentModel {
  const planYear = options.planYear ?? source.assessmentYear + 1;
  return composePlanDocument(source, documentPlans(source, planYear), options);
}

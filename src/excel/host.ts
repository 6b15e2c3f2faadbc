import type { CriteriaSet } from '../engine/types';
import { builtInSet } from '../sets';
import { checkScoresAction } from './checkScores';
import { fixTextNumbersAction } from './fixTextNumbers';
import { clearHighlightAction, highlightBelowMaxAction } from './highlight';
import { insertTemplateAction } from './insertTemplate';
import { selectCellAction } from './selectCell';
import type { CommonDocument } from './commonApi';
import type { SheetMemory } from './read';
import type { AddinActions } from './types';

/** Where actions run: Excel itself (officeHost) or, in tests and the preview, the simulated Excel. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.document (Common API): column widths where ExcelApi 1.1 has none (docs/office-2016.md). */
  document?: CommonDocument;
}

/** The real Excel: the one place in the add-in that calls Excel.run. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    get document() {
      return Office.context.document as unknown as CommonDocument;
    },
  };
}

export interface ActionsOptions {
  /** Criteria sets by id; the built-in sets by default. */
  findSet?: (id: string) => CriteriaSet | undefined;
}

export interface ActionEnv {
  host: ExcelHost;
  findSet: (id: string) => CriteriaSet | undefined;
  memory: SheetMemory;
}

export function createActions(host: ExcelHost, options: ActionsOptions = {}): AddinActions {
  const env: ActionEnv = { host, findSet: options.findSet ?? builtInSet, memory: { ids: {} } };
  return {
    insertTemplate: (o) => insertTemplateAction(env, o),
    checkScores: () => checkScoresAction(env),
    highlightBelowMax: () => highlightBelowMaxAction(env),
    clearHighlight: () => clearHighlightAction(env),
    // The plan and the document load on use: the pane's first load stays small (≤ 120 KB gzipped).
    generatePlan: async (o) =>
      (await import(/* webpackChunkName: "plan" */ './generatePlan')).generatePlanAction(env, o),
    selectCell: (address) => selectCellAction(env, address),
    fixTextNumbers: () => fixTextNumbersAction(env),
    planDocument: async (o) =>
      (await import(/* webpackChunkName: "plan" */ './document')).planDocumentAction(env, o),
  };
}

import type { PlanDocumentModel } from '../app/document';
import type { ScoreSource } from '../engine/plan';
import type { BelowMax, Band, Message, Problem, Totals } from '../engine/types';

/**
 * The add-in's workbook actions, as the task pane and the ribbon commands see them. Implemented over
 * Office.js in src/excel (and so over the simulated host in tests and the preview).
 */

/** Features above ExcelApi 1.1 that an action uses when the Excel at hand has them. */
export type Enhancement =
  | 'conditionalFormats'
  | 'dataValidation'
  | 'freezePanes'
  | 'pageLayout'
  | 'protection'
  | 'merge'
  | 'names'
  /** Column widths and row heights (ExcelApi 1.2). */
  | 'columnWidths';

export interface ActionOutcome {
  /** Enhancements this Excel lacks, so the action did without them (the pane tells the user). */
  skipped: Enhancement[];
  message: Message;
  /** Where set, the pane shows this in place of the list: what was left out and the one step that fixes it. */
  skippedSummary?: Message;
}

export interface InsertTemplateOptions {
  setId: string;
  year: number;
  unitName: string;
  /** Where the default name is taken by a sheet with scores, the pane offers another name. */
  sheetName?: string;
}

export interface InsertTemplateResult extends ActionOutcome {
  inserted: boolean;
  sheetName: string;
  /** Set when nothing was written because a sheet of that name already holds entries. */
  conflict?: { sheetName: string; suggestedName: string };
}

export interface LocatedProblem extends Problem {
  /** "'Tự đánh giá 2023'!D12": the cell to select. */
  address?: string;
  /** The catalogue's sentence for it, in both languages. */
  message: Message;
}

export interface FieldSummary {
  code: string;
  name: string;
  max: number;
  score: number | null;
}

export interface CheckResult extends ActionOutcome {
  sheetName: string;
  setId: string;
  setName: string;
  year: number;
  unitName: string;
  problems: LocatedProblem[];
  errors: number;
  warnings: number;
  fields: FieldSummary[];
  /** As the sheet's own sums compute it: a number typed as text is left out. */
  total: Totals;
  /** The total once numbers typed as text are numbers; null when there is none. */
  totalIfFixed: Totals | null;
  /** Criteria still without a self-assessed score. */
  missing: number;
  /** Null while no score is entered. */
  classification: Band | null;
  /** False while the set's bands are the add-in's assumption, not the province's decision. */
  scaleConfirmed: boolean;
  belowMax: BelowMax[];
}

export interface HighlightResult extends ActionOutcome {
  count: number;
}

export interface GeneratePlanOptions {
  planYear?: number;
  onlyBelowMax: boolean;
  scoreSource: ScoreSource;
}

export interface PlanResult extends ActionOutcome {
  written: boolean;
  sheetName: string;
  /** When scores have errors nothing is written and these say why. */
  problems: LocatedProblem[];
  /** Codes whose tasks, unit or target were kept from the previous plan sheet. */
  kept: string[];
  /** Codes the previous plan sheet no longer had (rows the user deleted). */
  missing: string[];
  /** The copy of the previous plan sheet holding rows that could not be merged. */
  backupSheet?: string;
  total: Totals;
}

export interface FixResult extends ActionOutcome {
  fixed: number;
}

export interface PlanDocumentOptions {
  planYear?: number;
  /** When the document is made (its year goes on the date line); the caller's clock, not the action's. */
  date?: Date;
}

export interface PlanDocumentResult extends ActionOutcome {
  /** Null when the scores have errors: no document then, as with the plan. */
  model: PlanDocumentModel | null;
  problems: LocatedProblem[];
  /** The appendix sheet whose rows the document took as staff left them, if the workbook has one. */
  appendixFrom: string | null;
  planYear: number;
  /** The name the download suggests. */
  fileName: string;
}

export interface AddinActions {
  insertTemplate(options: InsertTemplateOptions): Promise<InsertTemplateResult>;
  checkScores(): Promise<CheckResult>;
  highlightBelowMax(): Promise<HighlightResult>;
  clearHighlight(): Promise<HighlightResult>;
  generatePlan(options: GeneratePlanOptions): Promise<PlanResult>;
  selectCell(address: string): Promise<void>;
  fixTextNumbers(): Promise<FixResult>;
  planDocument(options: PlanDocumentOptions): Promise<PlanDocumentResult>;
}

/** The one error type actions throw: what went wrong in the user's words and what to do. */
export class AddinError extends Error {
  constructor(
    readonly code:
      | 'CELL_EDIT_MODE'
      | 'SHEET_PROTECTED'
      | 'NOT_FOUND'
      | 'PAYLOAD_TOO_LARGE'
      | 'API_NOT_SUPPORTED'
      | 'NO_TEMPLATE'
      | 'UNKNOWN_SET'
      | 'SET_VERSION'
      | 'DUPLICATE_CODES'
      | 'UNEXPECTED',
    readonly userMessage: Message,
    override readonly cause?: unknown,
  ) {
    super(userMessage.en);
    this.name = 'AddinError';
  }
}

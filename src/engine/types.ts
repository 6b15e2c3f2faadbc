/** Domain types of a criteria set (Bộ chỉ số CCHC) and of what the engine derives from it. */

export type NodeKind = 'scored' | 'bonus' | 'penalty';
export type NodeLevel = 'field' | 'criterion' | 'subCriterion';

/** A field (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí thành phần). */
export interface SetNode {
  code: string;
  name: string;
  level: NodeLevel;
  max: number;
  kind: NodeKind;
  naAllowed: boolean;
  /** Default "Nhiệm vụ/ Giải pháp thực hiện" for the plan. */
  tasks: string;
  /** Default "Đơn vị chủ trì thực hiện". */
  unit: string;
  children: SetNode[];
}

export interface Band {
  name: string;
  /** Inclusive lower bound. */
  min: number;
  /** Exclusive upper bound, except for the top band, which includes it. */
  max: number;
}

export interface ClassificationScale {
  basis: 'points' | 'percent';
  bands: Band[];
  confirmed: boolean;
  note: string;
}

export interface Decision {
  number: string;
  date: string;
  issuer: string;
}

export interface CriteriaSet {
  id: string;
  version: string;
  name: string;
  province: string;
  level: 'xa';
  assessmentYear: number;
  decision: Decision;
  total: number;
  fields: SetNode[];
  scale: ClassificationScale;
  units: string[];
  notes: string[];
}

/** A cell as a spreadsheet hands it over: Excel error values come as `{ error: '#REF!' }` or as the text "#REF!". */
export type RawCell = number | string | boolean | null | undefined | { error: string };

export type ScoreColumn = 'self' | 'appraised';

/** A cell of a workbook: 0-based row and column. A1 text is made from it only at the edges. */
export interface CellPosition {
  sheet: string;
  row: number;
  column: number;
}

/** One entered score, with the cell it came from. */
export interface ScoreEntry {
  code: string;
  raw: RawCell;
  position?: CellPosition;
}

export type Severity = 'error' | 'warning';

export type ProblemCode =
  | 'ABOVE_MAX'
  | 'NEGATIVE'
  | 'NOT_A_NUMBER'
  | 'TEXT_NUMBER'
  | 'CELL_ERROR'
  | 'MISSING'
  | 'NA_NOT_ALLOWED'
  | 'TOO_MANY_DECIMALS'
  | 'PARENT_MISMATCH'
  | 'UNKNOWN_CODE'
  | 'DUPLICATE_ENTRY';

export interface Message {
  vi: string;
  en: string;
}

/** What a problem is about, numbers as numbers: the catalogues in src/i18n turn it into a sentence. */
export interface ProblemParams {
  /** The score as read (for TEXT_NUMBER: the number the text stands for). */
  value?: number;
  max?: number;
  /** PARENT_MISMATCH: the sum of the rows below. */
  sum?: number;
  /** What the cell holds, as text (NOT_A_NUMBER, CELL_ERROR, TEXT_NUMBER). */
  text?: string;
}

/** A problem as data: no sentence, no A1 text. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  criterion: string;
  column: ScoreColumn;
  params: ProblemParams;
  position?: CellPosition;
  /** For TEXT_NUMBER: the number the text stands for, so a fix can write it. */
  fixValue?: number;
}

/** What one cell holds, once read. */
export type CellReading =
  | { kind: 'number'; value: number; fromText: boolean }
  | { kind: 'na' }
  | { kind: 'blank' }
  | { kind: 'invalid'; code: 'NOT_A_NUMBER' | 'CELL_ERROR'; text: string };

export interface NodeResult {
  code: string;
  name: string;
  level: NodeLevel;
  kind: NodeKind;
  max: number;
  /** Max less what is not applicable (N/A) below it. */
  applicableMax: number;
  /** The score that counts, or null where nothing was entered. */
  score: number | null;
  na: boolean;
  /** Where the score came from: typed on this row, or the sum of the rows below it. */
  origin: 'entered' | 'children' | 'none';
}

export interface BelowMax {
  criterion: string;
  name: string;
  max: number;
  score: number;
  gap: number;
}

export interface Totals {
  max: number;
  applicableMax: number;
  score: number;
  percent: number;
}

export interface ScoreReport {
  column: ScoreColumn;
  problems: Problem[];
  nodes: Map<string, NodeResult>;
  fields: NodeResult[];
  total: Totals;
  classification: Band | null;
  /** Criteria (leaves) scored below their max, in set order. */
  belowMax: BelowMax[];
}

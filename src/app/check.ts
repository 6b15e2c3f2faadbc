import { readScoreCell } from '../engine/cell';
import { checkScores, hasErrors } from '../engine/check';
import type {
  Band,
  BelowMax,
  CriteriaSet,
  NodeResult,
  Problem,
  ScoreColumn,
  ScoreEntry,
  ScoreReport,
  Totals,
} from '../engine/types';
import type { TemplateRead } from '../layout/read';
import { noChanges, type CellChange, type ChangeSet, type HighlightChange } from './snapshot';
import { assessmentYear, type TemplateFound } from './template';

/** One score column checked: what the sheet shows, and what it would show once text numbers are numbers. */
export interface ColumnCheck {
  column: ScoreColumn;
  problems: Problem[];
  /** The totals the sheet's own sums compute: a number typed as text is left out, as SUM leaves it out. */
  total: Totals;
  fields: NodeResult[];
  /** The total once every number typed as text is a number; null when there is none. */
  totalIfFixed: Totals | null;
  /** Null when no score is entered yet: a blank template is no "Yếu". */
  classification: Band | null;
  /** Criteria below their max, scores typed as text counted as the numbers they stand for. */
  belowMax: BelowMax[];
  /** Criteria still without a score (MISSING). */
  missing: number;
  /** How many cells hold a score (a number, text, N/A or anything else). */
  entered: number;
  /** The engine's report with text numbers counted: what the plan is built from once they are fixed. */
  report: ScoreReport;
}

export interface CheckOutcome {
  sheet: string;
  set: CriteriaSet;
  year: number;
  unitName: string;
  read: TemplateRead;
  self: ColumnCheck;
  /** Only when at least one appraised score is entered. */
  appraised?: ColumnCheck;
  /** Both columns' problems, self first. */
  problems: Problem[];
  errors: number;
  warnings: number;
  ok: boolean;
}

/** The sheet's view of an entry: a number typed as text adds nothing to SUM. */
function asSheetSums(entry: ScoreEntry): ScoreEntry {
  const reading = readScoreCell(entry.raw);
  return reading.kind === 'number' && reading.fromText ? { ...entry, raw: 0 } : entry;
}

export function checkColumn(
  set: CriteriaSet,
  entries: readonly ScoreEntry[],
  column: ScoreColumn,
): ColumnCheck {
  const report = checkScores(set, entries, { column });
  const hasText = report.problems.some((p) => p.code === 'TEXT_NUMBER');
  const sheet = hasText ? checkScores(set, entries.map(asSheetSums), { column }) : report;
  const entered = entries.filter((e) => readScoreCell(e.raw).kind !== 'blank').length;
  return {
    column,
    problems: report.problems,
    total: sheet.total,
    fields: sheet.fields,
    totalIfFixed: hasText ? report.total : null,
    classification: entered === 0 ? null : sheet.classification,
    belowMax: report.belowMax,
    missing: report.problems.filter((p) => p.code === 'MISSING').length,
    entered,
    report,
  };
}

/** Checks both score columns of the template found; the appraised one only once something is entered in it. */
export function checkTemplate(found: TemplateFound, set: CriteriaSet): CheckOutcome {
  const { read } = found;
  const self = checkColumn(set, read.self, 'self');
  const anyAppraised = read.appraised.some((e) => readScoreCell(e.raw).kind !== 'blank');
  const appraised = anyAppraised ? checkColumn(set, read.appraised, 'appraised') : undefined;
  const problems = [...self.problems, ...(appraised?.problems ?? [])];
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    sheet: found.sheet.name,
    set,
    year: assessmentYear(set, read),
    unitName: read.unitName,
    read,
    self,
    appraised,
    problems,
    errors,
    warnings: problems.length - errors,
    ok: !hasErrors(self.report) && !(appraised && hasErrors(appraised.report)),
  };
}

/** The numbers to write over scores typed as text ("8,5" → 8.5), in both columns: the same rule everywhere. */
export function textNumberFixes(check: CheckOutcome): CellChange[] {
  const seen = new Set<string>();
  const out: CellChange[] = [];
  for (const p of check.problems) {
    if (p.code !== 'TEXT_NUMBER' || p.fixValue === undefined || !p.position) continue;
    const key = `${p.position.row}:${p.position.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...p.position, value: p.fixValue });
  }
  return out;
}

export function fixTextNumbers(check: CheckOutcome): { fixed: number; changes: ChangeSet } {
  const cells = textNumberFixes(check);
  return { fixed: cells.length, changes: { ...noChanges(), cells } };
}

/** The template's data block from the first to the last row with a code, from STT to the score columns. */
function dataBlock(found: TemplateFound): HighlightChange['block'] | null {
  const { read } = found;
  if (read.rows.length === 0) return null;
  const first = Math.min(...read.rows.map((r) => r.row));
  const last = Math.max(...read.rows.map((r) => r.row));
  const header = found.sheet.grid.values[read.headerRow] ?? [];
  let lastCol = 0;
  header.forEach((v, c) => {
    if (v !== null && v !== undefined && v !== '') lastCol = c;
  });
  // The block stops at the score columns: the evidence and notes columns (their fills and rules) are staff's.
  const { code, name, max, self, appraised } = read.columns;
  const found2 = [code, name, max, self, appraised].filter((c) => c >= 0);
  const firstCol = Math.min(...found2);
  lastCol = Math.min(lastCol, Math.max(...found2));
  return { row: first, col: firstCol, rows: last - first + 1, cols: Math.max(1, lastCol - firstCol + 1) };
}

export interface HighlightOutcome {
  /** Rows marked by the live rule (scores that are numbers). */
  count: number;
  /** Criteria below max whose score is typed as text: the rule marks them once they are numbers. */
  asText: number;
  changes: ChangeSet;
}

/** Marks the criteria below their max (or, with mark false, clears the marks). */
export function highlightBelowMax(found: TemplateFound, check: CheckOutcome, mark = true): HighlightOutcome {
  const block = dataBlock(found);
  const rowOf = new Map(found.read.rows.map((r) => [r.code, r.row]));
  const rows = mark
    ? check.self.belowMax.map((b) => rowOf.get(b.criterion)).filter((r): r is number => r !== undefined)
    : [];
  const selfCol = found.read.columns.self;
  const asText = rows.filter((r) => typeof found.sheet.grid.values[r]?.[selfCol] !== 'number').length;
  const changes = noChanges();
  const { code, max, self } = found.read.columns;
  if (block) changes.highlight = { sheet: found.sheet.name, block, rows, mark, columns: { code, max, self } };
  return { count: rows.length - asText, asText, changes };
}

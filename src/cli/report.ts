import { formatNumberVi, formatPlain, type ColumnCheck } from '../app';
import type { CellPosition, Problem, Totals } from '../engine/types';
import { appEn, appVi } from '../i18n/app';
import { cliEn, cliVi, type CliCatalogue } from '../i18n/cli';
import { problemText } from '../i18n/problems';
import { cellA1, positionA1 } from '../layout/a1';
import type { Lang } from './args';
import type { ScoresRead } from './scores';

export const textOf = (lang: Lang): CliCatalogue => (lang === 'en' ? cliEn : cliVi);
const num = (lang: Lang) => (lang === 'en' ? formatPlain : formatNumberVi);

/** One problem as `--json` prints it. */
export interface JsonProblem {
  severity: Problem['severity'];
  code: Problem['code'];
  criterion: string;
  /** "'Tự đánh giá 2023'!D12", or null when the problem has no cell (a criterion with no row). */
  cell: string | null;
  message: string;
  column: Problem['column'];
}

export interface JsonScores {
  /** As the sheet's own sums compute it: a number typed as text is left out. */
  total: { max: number; applicableMax: number; score: number; percent: number };
  /** Added: the total once numbers typed as text are numbers; null when there is none. */
  totalIfFixed: { max: number; applicableMax: number; score: number; percent: number } | null;
  /** Added: criteria still without a score. */
  missing: number;
  classification: string | null;
  fields: { code: string; max: number; score: number | null }[];
  belowMax: { criterion: string; max: number; score: number; gap: number }[];
}

/** The `--json` object: the keys first; the rest are additions, never changes. */
export interface JsonReport extends JsonScores {
  ok: boolean;
  set: string;
  problems: JsonProblem[];
  file: string;
  sheet: string;
  setVersion: string;
  year: number;
  appraised?: JsonScores;
}

const totalsJson = (t: Totals) => ({
  max: t.max,
  applicableMax: t.applicableMax,
  score: t.score,
  percent: t.percent,
});

function scoresJson(report: ColumnCheck): JsonScores {
  return {
    total: totalsJson(report.total),
    totalIfFixed: report.totalIfFixed ? totalsJson(report.totalIfFixed) : null,
    missing: report.missing,
    classification: report.classification?.name ?? null,
    fields: report.fields.map((f) => ({ code: f.code, max: f.max, score: f.score })),
    belowMax: report.belowMax.map((b) => ({
      criterion: b.criterion,
      max: b.max,
      score: b.score,
      gap: b.gap,
    })),
  };
}

/**
 * A problem's message as the command line says it. The engine's TEXT_NUMBER message points at the task
 * pane's button, which a command-line user may not have: a hint of what to do here follows it.
 */
export function problemMessage(p: Problem, lang: Lang, file = '<tệp>.xlsx'): string {
  const message = problemText(p, lang);
  const app = lang === 'en' ? appEn : appVi;
  return p.code === 'TEXT_NUMBER' ? `${message} ${app.textNumberHint({ file })}` : message;
}

export function problemsOf(read: ScoresRead): Problem[] {
  return read.check.problems;
}

export function scoresOk(read: ScoresRead): boolean {
  return read.check.ok;
}

export function reportJson(read: ScoresRead, lang: Lang): JsonReport {
  const { total, totalIfFixed, missing, classification, fields, belowMax } = scoresJson(read.check.self);
  return {
    ok: scoresOk(read),
    set: read.set.id,
    total,
    classification,
    fields,
    problems: problemsOf(read).map((p) => ({
      severity: p.severity,
      code: p.code,
      criterion: p.criterion,
      cell: p.position ? positionA1(p.position) : null,
      message: problemMessage(p, lang, read.file),
      column: p.column,
    })),
    belowMax,
    totalIfFixed,
    missing,
    file: read.file,
    sheet: read.template.sheet,
    setVersion: read.set.version,
    year: read.year,
    ...(read.check.appraised && { appraised: scoresJson(read.check.appraised) }),
  };
}

/** The cells of numbers typed as text, as the total line names them ("D11"). */
function textCells(report: ColumnCheck): string[] {
  return report.problems
    .filter((p) => p.code === 'TEXT_NUMBER' && p.position)
    .map((p) => cellA1((p.position as CellPosition).row, (p.position as CellPosition).column));
}

function scoreLines(report: ColumnCheck, lang: Lang): string[] {
  const t = textOf(lang).report;
  const app = lang === 'en' ? appEn : appVi;
  const n = num(lang);
  const lines = [
    t.total({
      column: t.column[report.column],
      score: n(report.total.score),
      max: n(report.total.applicableMax),
      percent: n(report.total.percent),
    }) +
      (report.classification ? t.classification({ name: report.classification.name }) : '') +
      (report.totalIfFixed
        ? app.ifFixed({ score: n(report.totalIfFixed.score), cells: textCells(report) })
        : ''),
  ];
  for (const f of report.fields) {
    const field = { code: f.code, name: f.name, max: n(f.max) };
    lines.push(f.score === null ? t.fieldNoScore(field) : t.field({ ...field, score: n(f.score) }));
  }
  return lines;
}

/** What `check` prints for people: where the scores came from, totals, every problem with its cell. */
export function reportText(read: ScoresRead, lang: Lang): string[] {
  const t = textOf(lang).report;
  const n = num(lang);
  const lines = [
    t.file({ file: read.file, sheet: read.template.sheet }),
    t.set({ name: read.set.name, id: read.set.id, version: read.set.version, year: read.year }),
    ...scoreLines(read.check.self, lang),
  ];
  if (read.check.appraised) lines.push(...scoreLines(read.check.appraised, lang));
  const app = lang === 'en' ? appEn : appVi;
  const self = read.check.self;
  if (self.entered === 0) lines.push(app.noScoresYet({ count: self.missing }));
  else if (self.missing > 0) lines.push(app.stillMissing({ count: self.missing }));
  const problems = problemsOf(read);
  for (const severity of ['error', 'warning'] as const) {
    const list = problems.filter((p) => p.severity === severity);
    if (list.length === 0) continue;
    lines.push(severity === 'error' ? t.errors({ count: list.length }) : t.warnings({ count: list.length }));
    for (const p of list)
      lines.push(
        t.problem({
          cell: p.position ? positionA1(p.position) : '',
          message: problemMessage(p, lang, read.file),
        }),
      );
  }
  const below = read.check.self.belowMax;
  if (below.length > 0) {
    lines.push(t.belowMax({ count: below.length }));
    for (const b of below) {
      lines.push(
        t.belowMaxItem({ code: b.criterion, name: b.name, score: n(b.score), max: n(b.max), gap: n(b.gap) }),
      );
    }
  }
  return lines;
}

export function errorCount(read: ScoresRead): number {
  return problemsOf(read).filter((p) => p.severity === 'error').length;
}

/**
 * What the single-file web page can do with a workbook, behind one small interface: the page's UI depends on
 * this file's types only. `webUseCases` implements it over the same code as `parindex` (src/app, src/xlsx,
 * src/layout, src/engine); every result is a NEW file, the picked file's bytes are never changed.
 */
import { problemMessage } from '../i18n/problems';
import type { Cell, Workbook } from 'exceljs';
import { rollup, type FileFigures, type ProblemKind, type RollupResult } from '../app/rollup';
import {
  documentOf,
  figuresOfRead,
  planIntoWorkbook,
  scoresOfWorkbook,
  type ScoresRead,
} from '../xlsx/use-cases';
import { CliError, InputError } from '../cli/errors';
import { templateResults } from '../cli/results';
import { hasErrors } from '../app';
import { webEn, webVi, type WebStrings } from '../i18n/web';
import type { Message, ScoreReport } from '../engine/types';
import { belowMaxFormula } from '../excel/highlight';
import { reportEn, reportVi } from '../i18n/rollup';
import { parseCellA1, positionA1, rangeA1, splitSheetAddress } from '../layout/a1';
import { rollupSheets } from '../layout/rollup-sheets';
import { BELOW_MAX } from '../layout/styles';
import { templateSheet } from '../layout/template';
import { builtInSet, DEFAULT_SET_ID } from '../sets';
import { renderSheet } from '../xlsx/render';
import { loadWorkbook, newWorkbook, workbookBytes, WorkbookFormatError } from '../xlsx/workbook';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A file to offer for download. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ProblemView {
  severity: 'error' | 'warning';
  code: string;
  criterion: string;
  /** "'Tự đánh giá 2023'!D12", or null for a criterion with no row. */
  cell: string | null;
  /** The same cell without its sheet ("D12"), when it is on the scoring sheet. */
  ref: string | null;
  message: Message;
}

export interface FieldView {
  code: string;
  name: string;
  max: number;
  score: number | null;
}

export interface ScoresView {
  total: { score: number; max: number; percent: number };
  classification: { name: string; confirmed: boolean } | null;
  fields: FieldView[];
}

export interface CheckView extends ScoresView {
  file: string;
  sheet: string;
  set: { id: string; name: string; version: string };
  year: number;
  unitName: string;
  /** Problems of both score columns, errors first. */
  problems: ProblemView[];
  errors: number;
  warnings: number;
  /** Scores typed as text that "Sửa số nhập dạng chữ" would turn into numbers. */
  textNumbers: number;
  belowMax: { criterion: string; name: string; max: number; score: number; gap: number }[];
  appraised: ScoresView | null;
}

export type PlanOutcome =
  | { written: false; errors: number }
  | {
      written: true;
      file: OutputFile;
      sheet: string;
      planYear: number;
      rows: number;
      total: { score: number; max: number; percent: number };
      /** Rows whose edited tasks, unit or target were kept from an earlier appendix of the same year. */
      kept: number;
      backupSheet: string | null;
    };

export type DocumentOutcome =
  | { written: false; errors: number }
  | {
      written: true;
      file: OutputFile;
      planYear: number;
      /** The units the document gives duties to. */
      units: number;
      /** The appendix sheet whose rows (as staff left them) the document is made of, if any. */
      appendixFrom: string | null;
    };

export interface OpenedWorkbook {
  readonly check: CheckView;
  fixTextNumbers(): Promise<{ fixed: number; file: OutputFile | null }>;
  highlightBelowMax(): Promise<{ count: number; asText: number; file: OutputFile }>;
  plan(options: { planYear?: number; onlyBelowMax: boolean }): Promise<PlanOutcome>;
  /** The Word plan document, as `parindex document` makes it. */
  document(options: { planYear?: number; date?: Date }): Promise<DocumentOutcome>;
}

/** One of many picked workbooks: its bytes are read only when its turn comes. */
export interface LazyFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface ReportOutcome {
  file: OutputFile;
  files: number;
  ranked: number;
  withErrors: number;
  unreadable: number;
  /** The ranking of each set's block, best first. */
  ranking: { rank: number; unit: string; file: string; percent: number }[];
  problems: { file: string; kind: ProblemKind; message: Message }[];
}

export interface WebUseCases {
  /** Reads and checks a picked workbook; throws UseCaseError when it cannot be used. */
  open(file: InputFile): Promise<OpenedWorkbook>;
  /** A blank scoring template as a new workbook. */
  template(options: { year?: number; unitName?: string }): Promise<OutputFile>;
  /** The province's summary of many workbooks, as `parindex report` makes it; only figures are kept. */
  report(files: readonly LazyFile[], onFile?: (index: number) => void): Promise<ReportOutcome>;
  /** The default set's assessment year, for the template's year field. */
  readonly defaultYear: number;
}

/** Why a workbook cannot be used, in both languages; `key` names the cause for tests and logs. */
export class UseCaseError extends Error {
  constructor(
    readonly key: string,
    readonly text: Message,
  ) {
    super(text.en);
    this.name = 'UseCaseError';
  }
}

type Refusal = keyof WebStrings['refusals'];
const isRefusal = (key: string): key is Refusal => Object.hasOwn(webVi.refusals, key);

function asUseCaseError(err: unknown, file: string): UseCaseError {
  if (err instanceof UseCaseError) return err;
  if (err instanceof WorkbookFormatError) err = new InputError(err.fault, { file });
  if (err instanceof CliError) {
    // The command line's advice names its options; on the page the page's own words say what to do.
    const key = err.key;
    return isRefusal(key)
      ? new UseCaseError(key, { vi: webVi.refusals[key]({ file }), en: webEn.refusals[key]({ file }) })
      : new UseCaseError(key, err.text);
  }
  throw err;
}

/** The input's name without its extension: "xa-quang-son.xlsx" → "xa-quang-son". */
export function baseName(file: string): string {
  const name = file.replace(/^.*[\\/]/, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name || 'bang-diem';
}

function scoresView(report: ScoreReport, confirmed: boolean): ScoresView {
  return {
    total: {
      score: report.total.score,
      max: report.total.applicableMax,
      percent: report.total.percent,
    },
    classification: report.classification ? { name: report.classification.name, confirmed } : null,
    fields: report.fields.map((f) => ({ code: f.code, name: f.name, max: f.max, score: f.score })),
  };
}

function problemsOf(read: ScoresRead) {
  return [...read.self.problems, ...(read.appraised?.problems ?? [])];
}

function refOn(sheet: string, location: string | undefined): string | null {
  if (location === undefined) return null;
  const at = splitSheetAddress(location);
  return at.sheet === null || at.sheet === sheet ? at.range : null;
}

function checkView(read: ScoresRead): CheckView {
  const confirmed = read.set.scale.confirmed;
  const all = problemsOf(read);
  const problems = [
    ...all.filter((p) => p.severity === 'error'),
    ...all.filter((p) => p.severity !== 'error'),
  ].map((p): ProblemView => ({
    severity: p.severity,
    code: p.code,
    criterion: p.criterion,
    cell: p.position ? positionA1(p.position) : null,
    ref: refOn(read.template.sheet, p.position ? positionA1(p.position) : undefined),
    message: problemMessage(p),
  }));
  return {
    file: read.file,
    sheet: read.template.sheet,
    set: { id: read.set.id, name: read.set.name, version: read.set.version },
    year: read.year,
    unitName: read.template.unitName,
    ...scoresView(read.self, confirmed),
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity !== 'error').length,
    textNumbers: all.filter((p) => p.code === 'TEXT_NUMBER' && p.fixValue !== undefined).length,
    belowMax: read.self.belowMax.map((b) => ({
      criterion: b.criterion,
      name: b.name,
      max: b.max,
      score: b.score,
      gap: b.gap,
    })),
    appraised: read.appraised ? scoresView(read.appraised, confirmed) : null,
  };
}

const scoresOk = (read: ScoresRead) =>
  !hasErrors(read.self) && !(read.appraised && hasErrors(read.appraised));

function writeNumber(cell: Cell, value: number): void {
  cell.value = value;
  // A cell formatted as Text would turn the number back into text when staff retype it.
  if (cell.numFmt === '@') cell.numFmt = 'General';
}

/** Turns the scores typed as text into the numbers they stand for. */
function fixTextNumbersIn(read: ScoresRead): number {
  let fixed = 0;
  for (const p of problemsOf(read)) {
    if (p.code !== 'TEXT_NUMBER' || p.fixValue === undefined || p.position === undefined) continue;
    const { sheet, range } = splitSheetAddress(positionA1(p.position));
    const ws = read.workbook.getWorksheet(sheet ?? read.template.sheet);
    if (!ws) continue;
    const at = parseCellA1(range);
    writeNumber(ws.getCell(at.row + 1, at.col + 1), p.fixValue);
    fixed++;
  }
  return fixed;
}

interface ConditionalFormatting {
  ref: string;
  rules: { priority?: number; formulae?: string[] }[];
}

/**
 * The template's live below-max rule over its data block, from STT to the score columns, as the add-in draws
 * it: a number typed later colours itself. An earlier copy of the same rule is replaced, not doubled.
 */
function highlightIn(read: ScoresRead): { count: number; asText: number } {
  const t = read.template;
  const ws = read.workbook.getWorksheet(t.sheet);
  const grid = read.grids.find((g) => g.sheet === t.sheet);
  if (!ws || !grid || t.rows.length === 0) return { count: 0, asText: 0 };
  const first = Math.min(...t.rows.map((r) => r.row));
  const last = Math.max(...t.rows.map((r) => r.row));
  const { code, name, max, self, appraised } = t.columns;
  const found = [code, name, max, self, appraised].filter((c) => c >= 0);
  const col = Math.min(...found);
  const block = { row: first, col, rows: last - first + 1, cols: Math.max(...found) - col + 1 };
  const formula = belowMaxFormula(t, first);
  const sheet = ws as typeof ws & { conditionalFormattings: ConditionalFormatting[] };
  const existing = sheet.conditionalFormattings ?? [];
  sheet.conditionalFormattings = existing.filter((cf) => !cf.rules.some((r) => r.formulae?.[0] === formula));
  const priority = 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  ws.addConditionalFormatting({
    ref: rangeA1(block),
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [formula],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${BELOW_MAX.fill.slice(1)}` } },
          font: { color: { argb: `FF${BELOW_MAX.fontColor.slice(1)}` } },
        },
      },
    ],
  });
  const rowOf = new Map(t.rows.map((r) => [r.code, r.row]));
  const rows = read.self.belowMax.map((b) => rowOf.get(b.criterion)).filter((r) => r !== undefined);
  // The live rule marks numbers only: a score typed as text is coloured once it is fixed.
  const asText = rows.filter((r) => typeof grid.values[r]?.[self] !== 'number').length;
  return { count: rows.length - asText, asText };
}

const xlsx = async (wb: Workbook): Promise<Uint8Array> => workbookBytes(wb);

/** As `parindex report`: no scores workbook comes near this, so a bigger file is not read into memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const both = (make: (t: typeof reportVi) => string): Message => ({ vi: make(reportVi), en: make(reportEn) });

function problemFileMessage(p: RollupResult['problems'][number]): Message {
  if (p.kind === 'unreadable' && p.reason) return p.reason.message;
  if (p.kind === 'scoreErrors') {
    const params = { file: p.file, count: p.errors?.count ?? 0, cells: (p.errors?.cells ?? []).join(', ') };
    return both((t) => t.scoreErrors(params).trim());
  }
  const params = { file: p.file, unit: p.unit, others: (p.others ?? []).join(', ') };
  return both((t) => t.duplicate(params).trim());
}

export function webUseCases(): WebUseCases {
  const set = builtInSet(DEFAULT_SET_ID);
  if (!set) throw new Error(`parindex is built wrongly: the built-in set ${DEFAULT_SET_ID} is missing`);

  async function readFrom(file: InputFile): Promise<ScoresRead> {
    try {
      // A copy: exceljs and the repacking never get the picked bytes themselves.
      const wb = await loadWorkbook(file.bytes.slice());
      return scoresOfWorkbook(file.name, wb, {});
    } catch (err) {
      throw asUseCaseError(err, file.name);
    }
  }

  return {
    defaultYear: set.assessmentYear,

    async template({ year, unitName }) {
      const spec = templateSheet(set, { year, unitName });
      const wb = newWorkbook();
      await renderSheet(wb, spec, { results: templateResults(spec, set) });
      return { name: `mau-cham-diem-${year ?? set.assessmentYear}.xlsx`, bytes: await xlsx(wb) };
    },

    async open(file) {
      const first = await readFrom(file);
      const base = baseName(file.name);
      return {
        check: checkView(first),

        async fixTextNumbers() {
          const read = await readFrom(file);
          const fixed = fixTextNumbersIn(read);
          if (fixed === 0) return { fixed, file: null };
          return { fixed, file: { name: `${base}-da-sua.xlsx`, bytes: await xlsx(read.workbook) } };
        },

        async highlightBelowMax() {
          const read = await readFrom(file);
          const { count, asText } = highlightIn(read);
          return { count, asText, file: { name: `${base}-to-mau.xlsx`, bytes: await xlsx(read.workbook) } };
        },

        async plan({ planYear, onlyBelowMax }) {
          const read = await readFrom(file);
          if (!scoresOk(read)) {
            return { written: false, errors: problemsOf(read).filter((p) => p.severity === 'error').length };
          }
          const year = planYear ?? read.year + 1;
          const written = await planIntoWorkbook(read, { planYear: year, onlyBelowMax });
          const total = written.plan.total;
          return {
            written: true,
            file: { name: `${base}-phu-luc-${year}.xlsx`, bytes: await xlsx(read.workbook) },
            sheet: written.spec.name,
            planYear: year,
            rows: written.plan.rows.length,
            total: { score: total.score, max: total.applicableMax, percent: total.percent },
            kept: written.kept.length,
            backupSheet: written.previous?.backupSheet ?? null,
          };
        },

        async document({ planYear, date }) {
          const read = await readFrom(file);
          if (!scoresOk(read)) {
            return { written: false, errors: problemsOf(read).filter((p) => p.severity === 'error').length };
          }
          const year = planYear ?? read.year + 1;
          const { model, appendixFrom } = documentOf(read, year, date ?? new Date());
          // The page's build carries the Word renderer inert and starts it here (src/web/docx-browser.ts).
          const { renderPlanDocument } = await import('../document/render');
          return {
            written: true,
            file: { name: `${base}-ke-hoach-${year}.docx`, bytes: await renderPlanDocument(model) },
            planYear: year,
            units: model.units.length,
            appendixFrom,
          };
        },
      };
    },

    async report(files, onFile) {
      const figures: FileFigures[] = [];
      // One at a time: only the figures stay, so memory does not grow with the number of files.
      for (const [index, f] of files.entries()) {
        onFile?.(index);
        if (f.size > MAX_FILE_BYTES) {
          const mb = Math.round(f.size / 1024 / 1024);
          const message = both((t) => t.tooBig({ file: f.name, mb }));
          figures.push({ file: f.name, status: 'unreadable', code: 2, reason: { key: 'tooBig', message } });
          continue;
        }
        try {
          const read = await readFrom({ name: f.name, bytes: await f.bytes() });
          figures.push(figuresOfRead(f.name, read));
        } catch (err) {
          if (!(err instanceof UseCaseError)) throw err;
          figures.push({
            file: f.name,
            status: 'unreadable',
            code: 2,
            reason: { key: err.key, message: err.text },
          });
        }
      }
      const result = rollup(figures);
      const { sheets, results } = rollupSheets(result);
      const wb = newWorkbook();
      for (const sheet of sheets) await renderSheet(wb, sheet, { results: results.get(sheet.name) });
      return {
        file: { name: 'tong-hop.xlsx', bytes: await xlsx(wb) },
        files: result.files,
        ranked: result.ranked,
        withErrors: result.withErrors,
        unreadable: result.unreadable,
        ranking: result.blocks.flatMap((b) =>
          b.ranking.map((r) => ({ rank: r.rank, unit: r.unit, file: r.file, percent: r.percent })),
        ),
        problems: result.problems.map((p) => ({
          file: p.file,
          kind: p.kind,
          message: problemFileMessage(p),
        })),
      };
    },
  };
}

import { compareTable, findTable, importSheets, type ImportResult } from '../app/import';
import { findSetSheet } from '../app/set-sheet';
import { formatNumberVi, formatPlain } from '../engine/decimal';
import { readScoreCell } from '../engine/cell';
import type { RawCell } from '../engine/types';
import { positionA1, sheetCellA1 } from '../layout/a1';
import { setSheet } from '../layout/set-sheet';
import { builtInSet, DEFAULT_SET_ID } from '../sets';
import { gridsOf } from '../xlsx/read';
import { renderSheet } from '../xlsx/render';
import { newWorkbook, workbookBytes } from '../xlsx/workbook';
import type { Invocation, Lang } from './args';
import type { Io } from './commands';
import { BrokenBuildError } from './errors';
import { checkOutput, writeAtomic } from './files';
import { problemMessage, textOf, type JsonProblem, type JsonScores } from './report';
import { planResults, templateResults } from './results';
import { openXlsx, resolveSetSource, setOfSheet, setsText, SetsInputError } from './sets-sheet';

type ImportInvocation = Extract<Invocation, { command: 'import' }>;

interface ImportRowJson {
  code: string;
  name: string;
  max: number | null;
  score: number | null;
  target: number | null;
  tasks: string;
  unit: string;
  cell: string;
}

/** `check --json`'s keys, then the table's year and rows. */
interface ImportJson extends JsonScores {
  ok: boolean;
  set: string;
  problems: (Omit<JsonProblem, 'column'> & { column: JsonProblem['column'] | null })[];
  file: string;
  sheet: string;
  setVersion: string;
  year: number;
  planYear: number;
  rows: ImportRowJson[];
}

const numberOf = (raw: RawCell): number | null => {
  const r = readScoreCell(raw);
  return r.kind === 'number' ? r.value : null;
};

function errorsOf(result: ImportResult) {
  return result.report.problems.filter((p) => p.severity === 'error');
}

function importJson(file: string, result: ImportResult, lang: Lang): ImportJson {
  const { report, table, set } = result;
  const C = table.columns;
  return {
    ok: result.problems.length === 0 && errorsOf(result).length === 0,
    set: set.id,
    total: {
      max: report.total.max,
      applicableMax: report.total.applicableMax,
      score: report.total.score,
      percent: report.total.percent,
    },
    // Numbers typed as text are read as numbers here: the table is read, not written back.
    totalIfFixed: null,
    missing: report.problems.filter((p) => p.code === 'MISSING').length,
    classification: report.classification?.name ?? null,
    fields: report.fields.map((f) => ({ code: f.code, max: f.max, score: f.score })),
    problems: [
      ...result.problems.map((p) => ({
        severity: p.severity,
        code: p.code as unknown as JsonProblem['code'],
        criterion: p.criterion,
        cell: p.position ? sheetCellA1(p.position.sheet, p.position.row, p.position.column) : null,
        message: p.message[lang],
        column: null,
      })),
      ...report.problems.map((p) => ({
        severity: p.severity,
        code: p.code,
        criterion: p.criterion,
        cell: p.position ? positionA1(p.position) : null,
        message: problemMessage(p, lang),
        column: p.column,
      })),
    ],
    belowMax: report.belowMax.map((b) => ({
      criterion: b.criterion,
      max: b.max,
      score: b.score,
      gap: b.gap,
    })),
    file,
    sheet: table.sheet,
    setVersion: set.version,
    year: result.year,
    planYear: result.year + 1,
    rows: table.rows.map((r) => ({
      code: r.code,
      name: r.name,
      max: numberOf(r.maxRaw),
      score: numberOf(r.scoreRaw),
      target: numberOf(r.targetRaw),
      tasks: r.tasks,
      unit: r.unit,
      cell: sheetCellA1(table.sheet, r.row, C.code),
    })),
  };
}

/** `parindex import <table.xlsx>`: reads an existing table, compares it with a set, and may write a template. */
export async function importCommand(inv: ImportInvocation, io: Io): Promise<number> {
  if (inv.output !== undefined) checkOutput(inv.output, inv.input, inv.force);
  const wb = await openXlsx(inv.input);
  const grids = gridsOf(wb);
  const table = findTable(grids, inv.sheet);
  if (!table) {
    if (inv.sheet !== undefined)
      throw new SetsInputError('noSuchTableSheet', {
        file: inv.input,
        sheet: inv.sheet,
        sheets: grids.map((g) => `"${g.sheet}"`).join(', '),
      });
    throw new SetsInputError('noTable', { file: inv.input });
  }
  const carried = inv.set === undefined ? findSetSheet(grids) : null;
  const set = inv.set
    ? await resolveSetSource(inv.set)
    : carried
      ? setOfSheet(inv.input, carried)
      : builtInSet(DEFAULT_SET_ID);
  if (!set) throw new BrokenBuildError(`the built-in set ${DEFAULT_SET_ID} is missing`);
  const result = compareTable(table, set, inv.as);
  const out = importJson(inv.input, result, inv.lang);
  const differs = !out.ok;

  let written: { sheet: string; plan: string; filled: number } | null = null;
  if (inv.output !== undefined) {
    const sheets = importSheets(result);
    const target = newWorkbook();
    await renderSheet(target, sheets.template, { results: templateResults(sheets.template, set) });
    await renderSheet(target, sheets.plan, { results: planResults(sheets.plan, sheets.planModel) });
    // A set that does not ship with parindex travels inside the workbook, so check and plan find it there.
    if (JSON.stringify(builtInSet(set.id)) !== JSON.stringify(set)) await renderSheet(target, setSheet(set));
    writeAtomic(inv.output, await workbookBytes(target), inv.force);
    written = { sheet: sheets.template.name, plan: sheets.plan.name, filled: sheets.filled };
  }

  if (inv.json) {
    io.out(JSON.stringify(written ? { ...out, output: inv.output, written } : out, null, 2));
    return differs ? 1 : 0;
  }
  const t = setsText(inv.lang);
  const r = textOf(inv.lang).report;
  const n = inv.lang === 'en' ? formatPlain : formatNumberVi;
  const lines = [
    t.importHeading({ file: inv.input, sheet: table.sheet, year: table.year, rows: table.rows.length }),
    r.set({ name: set.name, id: set.id, version: set.version, year: result.year }),
    r.total({
      column: r.column[inv.as],
      score: n(result.report.total.score),
      max: n(result.report.total.applicableMax),
      percent: n(result.report.total.percent),
    }) + (result.report.classification ? r.classification({ name: result.report.classification.name }) : ''),
  ];
  if (differs) {
    lines.push(t.importDiffers({ count: out.problems.length }));
    for (const p of result.problems) lines.push(`  ${p.message[inv.lang]}`);
    for (const p of result.report.problems)
      lines.push(
        r.problem({ cell: p.position ? positionA1(p.position) : '', message: problemMessage(p, inv.lang) }),
      );
  } else {
    lines.push(t.importMatches);
  }
  if (written && inv.output !== undefined) {
    lines.push(
      t.importWritten({
        file: inv.output,
        sheet: written.sheet,
        column: r.column[inv.as],
        count: written.filled,
        plan: written.plan,
      }),
    );
    if (result.missing.length > 0) lines.push(t.importMissingHint);
  }
  io.out(lines.join('\n'));
  return differs ? 1 : 0;
}

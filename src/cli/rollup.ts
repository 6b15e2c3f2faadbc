/**
 * `parindex report`: reads many communes' workbooks one at a time, keeps only their figures, and writes the
 * province's summary workbook. A file that cannot be read is listed with its reason; it never stops the run.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { rollup, type FileFigures, type RollupResult } from '../app/rollup';
import { figuresOfRead } from '../xlsx/use-cases';
import type { CriteriaSet, Message } from '../engine/types';
import { reportEn, reportVi } from '../i18n/rollup';
import { rollupSheets } from '../layout/rollup-sheets';
import { renderSheet } from '../xlsx/render';
import { newWorkbook, workbookBytes } from '../xlsx/workbook';
import type { Invocation, Lang } from './args';
import type { Io } from './commands';
import { CliError, InputError } from './errors';
import { checkOutput, sameFile, writeAtomic } from './files';
import { readScores, type ScoresRead } from './scores';
import { resolveSet } from './set-source';

export type ReportInvocation = Extract<Invocation, { command: 'report' }>;

/** No scores workbook comes near this; a bigger file is refused before it is read into memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const textOf = (lang: Lang) => (lang === 'en' ? reportEn : reportVi);
const both = (make: (t: typeof reportVi) => string): Message => ({ vi: make(reportVi), en: make(reportEn) });

interface Found {
  files: string[];
  /** Links that point outside their folder: listed, never followed. */
  refused: FileFigures[];
}

const isWorkbookName = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Every .xlsx under a folder, sorted; a link is followed only when it stays inside the folder given. */
function walk(root: string, found: Found): void {
  const realRoot = realpathSync(root);
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (err) {
      // A folder that cannot be listed is one more problem to list, not the end of the run.
      const reason = (err as { code?: string }).code ?? String(err);
      const error = new InputError('inputUnreadable', { file: dir, reason });
      found.refused.push({
        file: dir,
        status: 'unreadable',
        code: error.exitCode,
        reason: { key: error.key, message: error.text },
      });
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isSymbolicLink()) {
        if (!isWorkbookName(e.name)) continue;
        let target: string | null = null;
        try {
          target = realpathSync(p);
        } catch {
          target = null;
        }
        if (target && inside(realRoot, target) && statSync(target).isFile()) found.files.push(p);
        else
          found.refused.push({
            file: p,
            status: 'unreadable',
            code: 2,
            reason: { key: 'symlinkOutside', message: both((t) => t.symlinkSkipped({ file: p })) },
          });
      } else if (e.isFile() && isWorkbookName(e.name)) found.files.push(p);
    }
  };
  visit(root);
}

export function collectInputs(inputs: readonly string[]): Found {
  const found: Found = { files: [], refused: [] };
  for (const input of inputs) {
    let dir = false;
    try {
      dir = statSync(input).isDirectory();
    } catch {
      dir = false;
    }
    // A file named on the command line is read whatever it is called; a missing one is reported as such.
    if (dir) walk(input, found);
    else found.files.push(input);
  }
  return found;
}

/** The set mismatches that mean "try the next --set", not "this file is broken". */
const OTHER_SET = new Set(['setMismatch', 'versionMismatch']);

/**
 * Reads a workbook with the first of the sets given that it was made with (the built-in set its record
 * names when none is given). Several sets cost a re-read only for the files of the later ones.
 */
async function readWithSets(file: string, sets: readonly CriteriaSet[]): Promise<ScoresRead> {
  if (sets.length <= 1) return readScores(file, { set: sets[0] });
  let first: unknown = null;
  for (const set of sets) {
    try {
      return await readScores(file, { set });
    } catch (err) {
      if (!(err instanceof CliError) || !OTHER_SET.has(err.key)) throw err;
      first ??= err;
    }
  }
  throw first;
}

/** One file's figures, or the reason it has none. The workbook is dropped as soon as its figures are out. */
async function figuresOfFile(file: string, sets: readonly CriteriaSet[]): Promise<FileFigures> {
  try {
    const size = lstatSync(file).size;
    if (size > MAX_FILE_BYTES) {
      const mb = Math.round(size / 1024 / 1024);
      return {
        file,
        status: 'unreadable',
        code: 2,
        reason: { key: 'tooBig', message: both((t) => t.tooBig({ file, mb })) },
      };
    }
  } catch {
    // Missing or unreadable: readScores names the fault in the user's words.
  }
  try {
    const read = await readWithSets(file, sets);
    return figuresOfRead(file, read);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { file, status: 'unreadable', code: err.exitCode, reason: { key: err.key, message: err.text } };
  }
}

/** The `--json` object: the roll-up in the user's language. */
export function rollupJson(result: RollupResult, output: string, lang: Lang) {
  return {
    ok: result.exitCode === 0,
    output,
    files: result.files,
    ranked: result.ranked,
    withErrors: result.withErrors,
    unreadable: result.unreadable,
    exitCode: result.exitCode,
    blocks: result.blocks.map((b) => ({
      set: b.setId,
      setVersion: b.version,
      setName: b.setName,
      ranking: b.ranking.map((r) => ({
        rank: r.rank,
        unit: r.unit,
        file: r.file,
        basis: r.basis,
        score: r.score,
        applicableMax: r.applicableMax,
        percent: r.percent,
        classification: r.classification,
        fields: Object.fromEntries(b.fields.map((f, i) => [f.code, r.fields[i]])),
        duplicate: r.duplicate,
      })),
      fields: b.fieldStats,
      criteria: b.criteria,
    })),
    problems: result.problems.map((p) => ({
      file: p.file,
      unit: p.unit,
      kind: p.kind,
      ...(p.reason && { code: p.reason.key, message: p.reason.message[lang] }),
      ...(p.errors && { errors: p.errors }),
      ...(p.others && { others: p.others }),
    })),
  };
}

function reportText(result: RollupResult, output: string, lang: Lang): string[] {
  const t = textOf(lang);
  const lines = [
    t.written({
      file: output,
      files: result.files,
      ranked: result.ranked,
      errors: result.withErrors,
      unreadable: result.unreadable,
    }),
  ];
  if (result.blocks.length > 1) lines.push(t.blocks({ count: result.blocks.length }));
  for (const b of result.blocks) {
    lines.push(t.topHeading);
    for (const r of b.ranking.slice(0, 5)) {
      lines.push(t.top({ rank: r.rank, unit: r.unit, percent: r.percent, setId: b.setId }));
    }
  }
  if (result.problems.length > 0) {
    lines.push(t.problemsHeading({ count: result.problems.length }));
    for (const p of result.problems) {
      if (p.kind === 'unreadable')
        lines.push(t.unreadable({ file: p.file, message: p.reason?.message[lang] ?? '' }));
      else if (p.kind === 'scoreErrors')
        lines.push(
          t.scoreErrors({
            file: p.file,
            count: p.errors?.count ?? 0,
            cells: (p.errors?.cells ?? []).join(', '),
          }),
        );
      else lines.push(t.duplicate({ file: p.file, unit: p.unit, others: (p.others ?? []).join(', ') }));
    }
  }
  return lines;
}

export async function reportCommand(inv: ReportInvocation, io: Io): Promise<number> {
  // Refused before any work, so a refused run leaves nothing behind.
  checkOutput(inv.output, undefined, inv.force);
  // A --set that names no set is the call's fault, said once, before any file is read.
  const sets = inv.sets.map(resolveSet);
  const found = collectInputs(inv.inputs);
  // The summary itself, if it sits among the inputs from an earlier run, is not a commune's workbook.
  const files = found.files.filter((f) => !sameFile(f, inv.output));
  if (files.length === 0 && found.refused.length === 0) {
    throw new InputError('noReportFiles', { inputs: inv.inputs.map((i) => `"${i}"`).join(', ') });
  }
  const figures: FileFigures[] = [...found.refused];
  // One at a time: only the figures stay, so memory does not grow with the number of files.
  for (const file of files) figures.push(await figuresOfFile(file, sets));
  const result = rollup(figures);

  const { sheets, results } = rollupSheets(result);
  const wb = newWorkbook();
  for (const sheet of sheets) await renderSheet(wb, sheet, { results: results.get(sheet.name) });
  writeAtomic(inv.output, await workbookBytes(wb), inv.force);

  if (inv.json) io.out(JSON.stringify(rollupJson(result, inv.output, inv.lang), null, 2));
  else io.out(reportText(result, inv.output, inv.lang).join('\n'));
  return result.exitCode;
}

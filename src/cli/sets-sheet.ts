import { findSetSheet, problemCellA1, setToJson, type SetSheetRead } from '../app/set-sheet';
import { walk } from '../engine/tree';
import type { CriteriaSet, Message } from '../engine/types';
import { setSheet } from '../layout/set-sheet';
import { gridsOf } from '../xlsx/read';
import { renderSheet } from '../xlsx/render';
import { loadWorkbook, newWorkbook, WorkbookFormatError, workbookBytes } from '../xlsx/workbook';
import type { Invocation, Lang } from './args';
import type { Io } from './commands';
import { CliError, InputError } from './errors';
import { SetsInputError, setsText } from './sets-errors';

export { SetsInputError, setsText };
import { checkOutput, readInput, writeAtomic } from './files';
import { resolveSet } from './set-source';

const SHOWN_PROBLEMS = 8;
const json = (value: unknown) => JSON.stringify(value, null, 2);

export function isWorkbookPath(value: string): boolean {
  return /\.xlsx$/i.test(value.trim());
}

/** Opens an .xlsx given on the command line, or an InputError saying what the file is instead. */
export async function openXlsx(file: string) {
  const bytes = readInput(file);
  try {
    return await loadWorkbook(bytes);
  } catch (err) {
    if (err instanceof WorkbookFormatError) throw new InputError(err.fault, { file });
    throw err;
  }
}

function problemsText(read: SetSheetRead, lang: Lang) {
  return read.problems.map((p) => ({ cell: problemCellA1(p), message: p.message[lang] as string }));
}

/** The set a workbook's criteria sheet holds; its problems, each at its cell, when it has any. */
export function setOfSheet(file: string, read: SetSheetRead | null): CriteriaSet {
  if (!read) throw new SetsInputError('noSetSheet', { file });
  if (!read.set) {
    const both = (lang: Lang): string =>
      setsText(lang).errors.setSheetInvalid({
        file,
        problems: problemsText(read, lang).slice(0, SHOWN_PROBLEMS),
        more: Math.max(0, read.problems.length - SHOWN_PROBLEMS),
      });
    throw new SetSheetInvalidError({ vi: both('vi'), en: both('en') });
  }
  return read.set;
}

class SetSheetInvalidError extends CliError {
  constructor(text: Message) {
    super('setSheetInvalid' as unknown as ConstructorParameters<typeof InputError>[0], text);
    this.name = 'SetSheetInvalidError';
  }
}

export async function setFromWorkbook(file: string): Promise<CriteriaSet> {
  const wb = await openXlsx(file);
  return setOfSheet(file, findSetSheet(gridsOf(wb)));
}

/** A `--set` value: a built-in id, a set's JSON file, or a workbook with a "Bộ tiêu chí" sheet. */
export async function resolveSetSource(value: string): Promise<CriteriaSet> {
  return isWorkbookPath(value) ? setFromWorkbook(value) : resolveSet(value);
}

type SetsInvocation = Extract<Invocation, { command: 'sets' }>;

/** `sets --sheet <source> -o <file.xlsx>` and `sets --json <file.xlsx>`. */
export async function setsSheetCommand(inv: SetsInvocation, io: Io): Promise<number> {
  const t = setsText(inv.lang);
  if (inv.sheet !== undefined) {
    if (!inv.output) throw new SetsInputError('setsMode', {});
    checkOutput(inv.output, isWorkbookPath(inv.sheet) ? inv.sheet : undefined, inv.force);
    const set = await resolveSetSource(inv.sheet);
    const spec = setSheet(set);
    const wb = newWorkbook();
    await renderSheet(wb, spec);
    writeAtomic(inv.output, await workbookBytes(wb), inv.force);
    io.out(t.sheetWritten({ file: inv.output, sheet: spec.name, id: set.id, rows: walk(set).length }));
    return 0;
  }
  const file = inv.input as string;
  const wb = await openXlsx(file);
  const read = findSetSheet(gridsOf(wb));
  if (!read) throw new SetsInputError('noSetSheet', { file });
  if (!read.set) {
    const problems = read.problems.map((p) => ({
      code: p.code,
      criterion: p.criterion,
      cell: problemCellA1(p),
      message: p.message[inv.lang],
    }));
    if (inv.json) io.out(json({ ok: false, file, sheet: read.sheet, problems }));
    io.err(
      [
        t.setProblems({ count: problems.length }),
        ...problems.map((p) => `  ${p.cell ? `${p.cell}: ` : ''}${p.message}`),
      ].join('\n'),
    );
    return 1;
  }
  io.out(json(setToJson(read.set)));
  return 0;
}

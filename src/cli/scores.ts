import type { Workbook } from 'exceljs';
import {
  AppError,
  checkTemplate,
  findTemplate,
  setFor,
  type CheckOutcome,
  type TemplateFound,
  type WorkbookSnapshot,
} from '../app';
import type { CriteriaSet, ScoreReport } from '../engine/types';
import type { Grid, TemplateRead } from '../layout/read';
import { builtInSet } from '../sets';
import { snapshotOf } from '../xlsx/apply';
import { loadWorkbook, WorkbookFormatError } from '../xlsx/workbook';
import { InputError } from './errors';
import { readInput } from './files';
import { knownSetIds, resolveSet } from './set-source';

export interface ScoresRead {
  file: string;
  workbook: Workbook;
  snapshot: WorkbookSnapshot;
  found: TemplateFound;
  /** What the application layer found: problems, totals as the sheet computes them, both columns. */
  check: CheckOutcome;
  grids: Grid[];
  template: TemplateRead;
  set: CriteriaSet;
  year: number;
  self: ScoreReport;
  /** Only when something was entered in "Điểm thẩm định". */
  appraised?: ScoreReport;
}

export interface ReadOptions {
  sheet?: string;
  /** A `--set` value, or the set it names when the caller resolved it once for many files. */
  set?: string | CriteriaSet;
}

async function openWorkbook(file: string): Promise<Workbook> {
  const bytes = readInput(file);
  try {
    return await loadWorkbook(bytes);
  } catch (err) {
    if (err instanceof WorkbookFormatError) throw new InputError(err.fault, { file });
    throw err;
  }
}

/** An application-layer refusal in the command line's words, naming the file. */
export function inputErrorOf(err: AppError, file: string): InputError {
  const q = err.params;
  switch (err.code) {
    case 'NO_TEMPLATE':
      return new InputError('noTemplate', { file });
    case 'NO_SUCH_SHEET':
      return new InputError('noSuchSheet', {
        file,
        sheet: q.sheet ?? '',
        sheets: (q.sheets ?? []).map((n) => `"${n}"`).join(', '),
      });
    case 'DUPLICATE_CODES':
      return new InputError('duplicateCodes', {
        file,
        sheet: q.sheet ?? '',
        items: (q.duplicates ?? []).map((d) => ({ code: d.code, rows: d.rows.map((r) => r + 1) })),
      });
    case 'NO_RECORD':
      return new InputError('noRecord', { file, sheet: q.sheet ?? '' });
    case 'UNKNOWN_SET':
      return new InputError('unknownSetInFile', { file, id: q.id ?? '', known: knownSetIds() });
    case 'SET_MISMATCH':
      return new InputError('setMismatch', { file, id: q.id ?? '', setId: q.setId ?? '' });
    case 'VERSION_MISMATCH':
      return new InputError('versionMismatch', {
        file,
        id: q.id ?? '',
        version: q.version ?? '',
        setVersion: q.setVersion ?? '',
      });
  }
}

/** Opens a filled template, finds its sheet and set, and checks both score columns (src/app does the work). */
export async function readScores(file: string, options: ReadOptions): Promise<ScoresRead> {
  const workbook = await openWorkbook(file);
  const snapshot = snapshotOf(workbook);
  const grids = snapshot.sheets.flatMap((s) => (s.grid ? [s.grid] : []));
  let found: TemplateFound;
  let set: CriteriaSet;
  try {
    found = findTemplate(snapshot, { sheet: options.sheet });
    const given = typeof options.set === 'string' ? resolveSet(options.set) : options.set;
    set = setFor(found.read, { given, findSet: builtInSet });
  } catch (err) {
    if (err instanceof AppError) throw inputErrorOf(err, file);
    throw err;
  }
  const check = checkTemplate(found, set);
  return {
    file,
    workbook,
    snapshot,
    found,
    check,
    grids,
    template: found.read,
    set,
    year: check.year,
    self: check.self.report,
    appraised: check.appraised?.report,
  };
}

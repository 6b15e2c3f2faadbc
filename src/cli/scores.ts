import type { Workbook } from 'exceljs';
import { readScoreCell } from '../engine/cell';
import { checkScores } from '../engine/check';
import type { CriteriaSet, ScoreEntry, ScoreReport } from '../engine/types';
import { readTemplate, type Grid, type TemplateRead } from '../layout/read';
import { builtInSet } from '../sets';
import { gridsOf } from '../xlsx/read';
import { loadWorkbook, WorkbookFormatError } from '../xlsx/workbook';
import { InputError } from './errors';
import { readInput } from './files';
import { knownSetIds, resolveSet } from './set-source';
import { isWorkbookPath, setFromWorkbook, setOfSheet } from './sets-sheet';
import { findSetSheet, type SetSheetRead } from '../app/set-sheet';

export interface ScoresRead {
  file: string;
  workbook: Workbook;
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

/** The scoring sheet: the named one, else the first whose header row is the template's. */
function findTemplate(file: string, grids: Grid[], sheet: string | undefined): TemplateRead {
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.sheet === sheet);
    const read = grid ? readTemplate(grid) : null;
    if (!read) {
      throw new InputError('noSuchSheet', {
        file,
        sheet,
        sheets: grids.map((g) => `"${g.sheet}"`).join(', '),
      });
    }
    return read;
  }
  for (const grid of grids) {
    const read = readTemplate(grid);
    if (read) return read;
  }
  throw new InputError('noTemplate', { file });
}

function setFor(
  file: string,
  template: TemplateRead,
  option: string | CriteriaSet | undefined,
  carried: SetSheetRead | null = null,
): CriteriaSet {
  const record = template.record;
  if (option !== undefined) {
    const set = typeof option === 'string' ? resolveSet(option) : option;
    if (record && record.setId !== set.id) {
      throw new InputError('setMismatch', { file, id: record.setId, setId: set.id });
    }
    if (record && record.version !== set.version) {
      throw new InputError('versionMismatch', {
        file,
        id: record.setId,
        version: record.version,
        setVersion: set.version,
      });
    }
    return set;
  }
  if (!record) throw new InputError('noRecord', { file, sheet: template.sheet });
  // A workbook holding its own criteria sheet for this set carries the set with it: staff's edits win.
  const set =
    carried && carried.json.id === record.setId ? setOfSheet(file, carried) : builtInSet(record.setId);
  if (!set) throw new InputError('unknownSetInFile', { file, id: record.setId, known: knownSetIds() });
  if (set.version !== record.version) {
    throw new InputError('versionMismatch', {
      file,
      id: record.setId,
      version: record.version,
      setVersion: set.version,
    });
  }
  return set;
}

function anyEntered(entries: readonly ScoreEntry[]): boolean {
  return entries.some((e) => readScoreCell(e.raw).kind !== 'blank');
}

/** Opens a filled template, finds its sheet and set, and checks both score columns. */
export async function readScores(file: string, options: ReadOptions): Promise<ScoresRead> {
  const workbook = await openWorkbook(file);
  const grids = gridsOf(workbook);
  const template = findTemplate(file, grids, options.sheet);
  if (template.duplicates.length > 0) {
    throw new InputError('duplicateCodes', {
      file,
      sheet: template.sheet,
      items: template.duplicates.map((d) => ({ code: d.code, rows: d.rows.map((r) => r + 1) })),
    });
  }
  const option =
    typeof options.set === 'string' && isWorkbookPath(options.set)
      ? await setFromWorkbook(options.set)
      : options.set;
  const set = setFor(file, template, option, option === undefined ? findSetSheet(grids) : null);
  const self = checkScores(set, template.self, { column: 'self' });
  const appraised = anyEntered(template.appraised)
    ? checkScores(set, template.appraised, { column: 'appraised' })
    : undefined;
  return {
    file,
    workbook,
    grids,
    template,
    set,
    year: template.record?.year ?? set.assessmentYear,
    self,
    appraised,
  };
}

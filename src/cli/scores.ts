import type { CriteriaSet } from '../engine/types';
import { scoresOfWorkbook, type ScoresRead } from '../xlsx/use-cases';
import { resolveSet } from './set-source';
import { isWorkbookPath, openXlsx, setFromWorkbook, setOfSheet } from './sets-sheet';
import { findSetSheet } from '../app/set-sheet';

export type { ScoresRead } from '../xlsx/use-cases';

export interface ReadOptions {
  sheet?: string;
  /** A `--set` value, or the set it names when the caller resolved it once for many files. */
  set?: string | CriteriaSet;
}

/** Opens a filled template, finds its sheet and set, and checks both score columns. */
export async function readScores(file: string, options: ReadOptions): Promise<ScoresRead> {
  const workbook = await openXlsx(file);
  const option =
    typeof options.set === 'string' && isWorkbookPath(options.set)
      ? await setFromWorkbook(options.set)
      : options.set;
  return scoresOfWorkbook(file, workbook, {
    sheet: options.sheet,
    set: typeof option === 'string' ? () => resolveSet(option) : option,
    // A workbook holding its own criteria sheet for this set carries the set with it: staff's edits win.
    carriedSet: (grids, setId) => {
      const carried = findSetSheet(grids);
      return carried && carried.json.id === setId ? setOfSheet(file, carried) : undefined;
    },
  });
}

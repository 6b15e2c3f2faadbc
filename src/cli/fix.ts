import { fixTextNumbers } from '../app';
import { appEn, appVi } from '../i18n/app';
import { applyChanges } from '../xlsx/apply';
import { workbookBytes } from '../xlsx/workbook';
import type { Invocation } from './args';
import type { Io } from './commands';
import { checkOutput, writeAtomic } from './files';
import { readScores } from './scores';

/**
 * `parindex fix`: scores typed as text become numbers in a copy, by the rule the task pane's button uses
 * (src/app fixTextNumbers). The input is never written; an existing output only with --force.
 */
export async function fixCommand(inv: Extract<Invocation, { command: 'fix' }>, io: Io): Promise<number> {
  checkOutput(inv.output, inv.input, inv.force);
  const read = await readScores(inv.input, { sheet: inv.sheet, set: inv.set });
  const t = inv.lang === 'en' ? appEn : appVi;
  const { fixed, changes } = fixTextNumbers(read.check);
  if (fixed === 0) {
    io.out(t.fixNothing({ file: inv.input }));
    return 0;
  }
  await applyChanges(read.workbook, changes);
  writeAtomic(inv.output, await workbookBytes(read.workbook), inv.force);
  io.out(t.fixWritten({ file: inv.output, count: fixed }));
  return 0;
}

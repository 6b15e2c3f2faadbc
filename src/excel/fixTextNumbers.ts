import { rangeA1 } from '../layout/a1';
import { readTemplateSheet } from './checkScores';
import { reportsOf, runAction, setOf } from './common';
import { message } from './errors';
import type { ActionEnv } from './host';
import { PROTECTION_OPTIONS, runs } from './render';
import type { FixResult } from './types';

/**
 * Turns scores typed as text ("8,5") into numbers, once the user has agreed. The engine says which cells and
 * what number; cells in consecutive rows of one column are written as one block.
 */
export async function fixTextNumbersAction(env: ActionEnv): Promise<FixResult> {
  return runAction(env, async (context, f) => {
    const hit = await readTemplateSheet(context, f, env.memory);
    const set = setOf(env, hit.read);
    const reports = reportsOf(set, hit.read);
    const fixes = new Map<string, { row: number; col: number; value: number }>();
    for (const p of [...reports.self.problems, ...(reports.appraised?.problems ?? [])]) {
      if (p.code !== 'TEXT_NUMBER' || p.fixValue === undefined || p.position === undefined) continue;
      const at = { row: p.position.row, col: p.position.column };
      fixes.set(`${at.row}:${at.col}`, { ...at, value: p.fixValue });
    }
    if (fixes.size === 0)
      return { fixed: 0, skipped: [], message: message('results', 'fixed', { count: 0 }) };

    const sheet = context.workbook.worksheets.getItem(hit.content.name);
    if (hit.content.protected) sheet.protection.unprotect();
    const byColumn = new Map<number, Map<number, number>>();
    for (const fix of fixes.values()) {
      const col = byColumn.get(fix.col) ?? new Map<number, number>();
      col.set(fix.row, fix.value);
      byColumn.set(fix.col, col);
    }
    for (const [col, values] of byColumn) {
      for (const run of runs([...values.keys()])) {
        const rows = run.last - run.first + 1;
        const range = sheet.getRange(rangeA1({ row: run.first, col, rows, cols: 1 }));
        // A cell formatted as Text would keep even a written number as text.
        range.numberFormat = Array.from({ length: rows }, () => ['General']);
        range.values = Array.from({ length: rows }, (_, i) => [values.get(run.first + i) as number]);
      }
    }
    if (hit.content.protected) sheet.protection.protect(PROTECTION_OPTIONS);
    await context.sync();
    return { fixed: fixes.size, skipped: [], message: message('results', 'fixed', { count: fixes.size }) };
  });
}

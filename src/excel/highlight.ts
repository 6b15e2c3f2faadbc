import { columnLetters, rangeA1, type CellRange } from '../layout/a1';
import type { TemplateRead } from '../layout/read';
import { isOwnRule } from '../layout/own-rules';
import { BELOW_MAX } from '../layout/styles';
import { readTemplateSheet } from './checkScores';
import { highlightBelowMax } from '../app';
import type { Located } from './app';
import { runAction } from './common';
import { message } from './errors';
import type { Features } from './features';
import type { ActionEnv } from './host';
import { PROTECTION_OPTIONS, runs } from './render';
import type { HighlightResult } from './types';

/** The template's data rows, from the first to the last row with a code, from STT to the score columns. */
function dataBlock(hit: Located): CellRange | null {
  const { content } = hit;
  const { read } = hit.found;
  if (read.rows.length === 0) return null;
  const first = Math.min(...read.rows.map((r) => r.row));
  const last = Math.max(...read.rows.map((r) => r.row));
  const header = content.grid.values[read.headerRow] ?? [];
  let lastCol = 0;
  header.forEach((v, c) => {
    if (v !== null && v !== undefined && v !== '') lastCol = c;
  });
  // A header the user renamed is not found (-1): the block spans the columns that were. It stops at the
  // score columns: what staff put in the evidence and notes columns (their own fills and rules) is theirs.
  const { code, name, max, self, appraised } = read.columns;
  const found = [code, name, max, self, appraised].filter((c) => c >= 0);
  const firstCol = Math.min(...found);
  lastCol = Math.min(lastCol, Math.max(...found));
  return { row: first, col: firstCol, rows: last - first + 1, cols: Math.max(1, lastCol - firstCol + 1) };
}

/** Criterion rows (code "n.m": one dot) whose self-assessed score is a number below the max: live, as scores change. */
export function belowMaxFormula(read: TemplateRead, firstRow: number): string {
  const code = `$${columnLetters(read.columns.code)}${firstRow + 1}`;
  const max = `$${columnLetters(read.columns.max)}${firstRow + 1}`;
  const self = `$${columnLetters(read.columns.self)}${firstRow + 1}`;
  const dot = `FIND(".",${code})`;
  return `AND(ISNUMBER(${dot}),ISERROR(FIND(".",${code},${dot}+1)),ISNUMBER(${self}),${self}<${max})`;
}

/** The template's own mark on the score column, as templateSheet describes it. */
function scoreColumnFormula(read: TemplateRead, firstRow: number): string {
  const max = `$${columnLetters(read.columns.max)}${firstRow + 1}`;
  const self = `${columnLetters(read.columns.self)}${firstRow + 1}`;
  return `AND(ISNUMBER(${self}),${self}<${max})`;
}

function criterionRows(read: TemplateRead): number[] {
  return read.rows.filter((r) => r.code.includes('.')).map((r) => r.row);
}

function addRule(range: Excel.Range, formula: string): void {
  const cf = range.conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${formula}`;
  cf.custom.format.fill.color = BELOW_MAX.fill;
  cf.custom.format.font.color = BELOW_MAX.fontColor;
}

/**
 * Clears what an earlier highlight left and, with `rows`, marks those rows: a conditional format where Excel
 * has them (one rule, whatever the number of rows), static fills below ExcelApi 1.6.
 */
function queueHighlight(
  context: Excel.RequestContext,
  f: Features,
  hit: Located,
  rows: readonly number[] | null,
): void {
  const block = dataBlock(hit);
  if (!block) return;
  const sheet = context.workbook.worksheets.getItem(hit.content.name);
  if (hit.content.protected) sheet.protection.unprotect();
  const { read } = hit.found;
  const span = (first: number, last: number): CellRange => ({ ...block, row: first, rows: last - first + 1 });
  if (f.conditionalFormats) {
    // The scan read the sheet's rules in its own sync: deleting only the add-in's and putting them back lets
    // the action run twice with one result and keeps the rules a user made, within the 2-sync budget.
    for (const rule of hit.content.rules ?? []) if (isOwnRule(rule)) rule.item.delete();
    const whole = sheet.getRange(rangeA1(block));
    const scoreCol = { ...block, col: read.columns.self, cols: 1 };
    addRule(sheet.getRange(rangeA1(scoreCol)), scoreColumnFormula(read, block.row));
    if (rows) addRule(whole, belowMaxFormula(read, block.row));
  } else {
    for (const run of runs(criterionRows(read))) {
      const range = sheet.getRange(rangeA1(span(run.first, run.last)));
      range.format.fill.clear();
      range.format.font.color = '#000000';
    }
    for (const run of runs(rows ?? [])) {
      const range = sheet.getRange(rangeA1(span(run.first, run.last)));
      range.format.fill.color = BELOW_MAX.fill;
      range.format.font.color = BELOW_MAX.fontColor;
    }
  }
  if (hit.content.protected) sheet.protection.protect(PROTECTION_OPTIONS);
}

export async function highlightBelowMaxAction(env: ActionEnv): Promise<HighlightResult> {
  return runAction(env, async (context, f) => {
    const hit = await readTemplateSheet(context, f, env, env.memory, true);
    const outcome = highlightBelowMax(hit.found, hit.check);
    const rows = outcome.changes.highlight?.rows ?? [];
    queueHighlight(context, f, hit, rows);
    await context.sync();
    // The live rule marks numbers only: a score typed as text ("2,5") is not coloured until it is fixed.
    const asText = f.conditionalFormats ? outcome.asText : 0;
    const count = rows.length - asText;
    return {
      count,
      skipped: f.conditionalFormats ? [] : ['conditionalFormats'],
      message: message('results', 'highlighted', { count, text: asText }),
    };
  });
}

export async function clearHighlightAction(env: ActionEnv): Promise<HighlightResult> {
  return runAction(env, async (context, f) => {
    const hit = await readTemplateSheet(context, f, env, env.memory, true);
    queueHighlight(context, f, hit, null);
    await context.sync();
    return { count: 0, skipped: [], message: message('results', 'cleared') };
  });
}

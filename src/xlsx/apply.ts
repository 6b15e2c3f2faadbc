import type { Workbook, Worksheet } from 'exceljs';
import type { ChangeSet, HighlightChange, WorkbookSnapshot } from '../app/snapshot';
import { columnLetters, rangeA1 } from '../layout/a1';
import { sameSheetName } from '../layout/names';
import type { SheetSpec } from '../layout/spec';
import { isBelowMaxRule } from '../layout/own-rules';
import { BELOW_MAX } from '../layout/styles';
import { gridOf } from './read';
import { renderSheet, type KnownResults } from './render';

/**
 * The exceljs side of the application layer, in memory only (no file system: the command line adds the
 * files, a web page its downloads). A snapshot is the whole workbook; a change set is applied in its order.
 */
export function snapshotOf(workbook: Workbook): WorkbookSnapshot {
  return {
    sheets: workbook.worksheets.map((ws) => ({
      name: ws.name,
      grid: gridOf(ws),
      protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    })),
  };
}

function sheetOf(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameSheetName(ws.name, name));
}

export interface ApplyOptions {
  /** Cached formula results for a sheet about to be written (the engine's numbers where certain). */
  results?: (spec: SheetSpec) => KnownResults | undefined;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function overlaps(ref: string, block: HighlightChange['block']): boolean {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.split(' ')[0]);
  if (!m) return false;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return !(c2 < block.col || c1 >= block.col + block.cols || r2 < block.row || r1 >= block.row + block.rows);
}

/** The same rule as the add-in's: criterion rows (one dot in the code) whose score is a number below max. */
function belowMaxRule(h: HighlightChange, codeCol: number, maxCol: number, selfCol: number): string {
  const row = h.block.row + 1;
  const code = `$${columnLetters(codeCol)}${row}`;
  const max = `$${columnLetters(maxCol)}${row}`;
  const self = `$${columnLetters(selfCol)}${row}`;
  const dot = `FIND(".",${code})`;
  return `AND(ISNUMBER(${dot}),ISERROR(FIND(".",${code},${dot}+1)),ISNUMBER(${self}),${self}<${max})`;
}

function applyHighlight(ws: Worksheet, h: HighlightChange): void {
  const columns = h.columns;
  type Cf = { ref: string; rules: { type: string; priority?: number; formulae?: string[] }[] };
  const holder = ws as unknown as { conditionalFormattings: Cf[] };
  // A user's own rules stay, even beside ours under one range; only the add-in's below-max rule is replaced.
  holder.conditionalFormattings = (holder.conditionalFormattings ?? []).flatMap((cf) => {
    if (!overlaps(cf.ref, h.block)) return [cf];
    const rules = cf.rules.filter((r) => !(r.type === 'expression' && r.formulae?.some(isBelowMaxRule)));
    return rules.length > 0 ? [{ ...cf, rules }] : [];
  });
  if (!h.mark) return;
  ws.addConditionalFormatting({
    ref: rangeA1(h.block),
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [belowMaxRule(h, columns.code, columns.max, columns.self)],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(BELOW_MAX.fill) } },
          font: { color: { argb: argb(BELOW_MAX.fontColor) } },
        },
      },
    ],
  });
}

/** Applies a change set to a workbook in memory: backups, sheets, cells, highlight, in that order. */
export async function applyChanges(
  workbook: Workbook,
  changes: ChangeSet,
  options: ApplyOptions = {},
): Promise<void> {
  for (const backup of changes.backups) {
    // The original is renamed: it keeps everything exceljs read of it; the plan is then written anew.
    const ws = sheetOf(workbook, backup.sheet);
    if (ws) ws.name = backup.as;
  }
  for (const write of changes.sheets) {
    const existing = sheetOf(workbook, write.spec.name);
    let orderNo: number | undefined;
    if (existing && write.replace) {
      orderNo = (existing as unknown as { orderNo: number }).orderNo;
      workbook.removeWorksheet(existing.id);
    }
    const ws = await renderSheet(workbook, write.spec, { results: options.results?.(write.spec) });
    // Written over in place: the sheet keeps its tab.
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  }
  for (const cell of changes.cells) {
    const ws = sheetOf(workbook, cell.sheet);
    if (!ws) continue;
    const target = ws.getCell(cell.row + 1, cell.column + 1);
    target.value = cell.value;
    // A cell formatted as Text would keep even a written number as text.
    target.numFmt = 'General';
  }
  if (changes.highlight) {
    const ws = sheetOf(workbook, changes.highlight.sheet);
    if (ws) applyHighlight(ws, changes.highlight);
  }
}

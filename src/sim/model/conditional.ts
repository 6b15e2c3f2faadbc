// Which conditional formats currently apply to which cells, for the preview grid.
import { Rect, intersect } from '../a1';
import { translateFormula } from '../calc/refs';
import { forEachCell } from './edits';
import { ConditionalFormatEntry, SheetModel, cellKey } from './sheet';
import { CellError, CellValue } from './values';
import type { WorkbookModel } from './workbook';

export type AppliedFormat = ConditionalFormatEntry['format'];

function truthy(v: CellValue): boolean {
  return v === true || (typeof v === 'number' && v !== 0);
}

type Evaluate = (sheet: SheetModel, row: number, col: number, formula: string) => CellValue;

function operand(
  evaluate: Evaluate,
  sheet: SheetModel,
  text: string | undefined,
  r: number,
  c: number,
  dRow: number,
  dCol: number,
): CellValue | null {
  if (text === undefined) return null;
  if (text.startsWith('=')) return evaluate(sheet, r, c, translateFormula(text, dRow, dCol));
  const n = Number(text);
  return text.trim() !== '' && !Number.isNaN(n) ? n : text.replace(/^"(.*)"$/, '$1');
}

function compare(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

function cellValueMatches(value: CellValue, op: string, f1: CellValue | null, f2: CellValue | null): boolean {
  if (f1 === null || f1 instanceof CellError || f2 instanceof CellError) return false;
  const c1 = compare(value, f1);
  switch (op) {
    case 'EqualTo':
      return c1 === 0;
    case 'NotEqualTo':
      return c1 !== 0;
    case 'GreaterThan':
      return c1 > 0;
    case 'LessThan':
      return c1 < 0;
    case 'GreaterThanOrEqual':
      return c1 >= 0;
    case 'LessThanOrEqual':
      return c1 <= 0;
    case 'Between':
    case 'NotBetween': {
      if (f2 === null) return false;
      const [lo, hi] = compare(f1, f2) <= 0 ? [f1, f2] : [f2, f1];
      const inside = compare(value, lo) >= 0 && compare(value, hi) <= 0;
      return op === 'Between' ? inside : !inside;
    }
    default:
      return false;
  }
}

function matches(
  evaluate: Evaluate,
  sheet: SheetModel,
  cf: ConditionalFormatEntry,
  r: number,
  c: number,
): boolean {
  const anchor = cf.rects[0];
  const dRow = r - anchor.row;
  const dCol = c - anchor.col;
  if (cf.type === 'Custom') {
    if (!cf.rule.formula) return false;
    return truthy(evaluate(sheet, r, c, translateFormula(cf.rule.formula, dRow, dCol)));
  }
  if (!cf.rule.operator) return false;
  // Excel treats blank cells as 0 in cell-value rules, so "less than 5" highlights empty cells too.
  const value = sheet.valueAt(r, c) ?? 0;
  const f1 = operand(evaluate, sheet, cf.rule.formula1, r, c, dRow, dCol);
  const f2 = operand(evaluate, sheet, cf.rule.formula2, r, c, dRow, dCol);
  return cellValueMatches(value, cf.rule.operator, f1, f2);
}

/** The conditional formatting showing on each cell within `bounds`, keyed by cellKey. */
export function appliedConditionalFormats(
  wb: WorkbookModel,
  sheet: SheetModel,
  bounds: Rect,
): Map<number, AppliedFormat> {
  const out = new Map<number, AppliedFormat>();
  if (sheet.conditionalFormats.length === 0) return out;
  const stopped = new Set<number>();
  wb.calc.withEvaluator(wb, (evaluate) => {
    for (const cf of sheet.conditionalFormats) {
      for (const rect of cf.rects) {
        const area = intersect(rect, bounds);
        if (!area) continue;
        forEachCell(area, (r, c) => {
          const key = cellKey(r, c);
          if (stopped.has(key) || !matches(evaluate, sheet, cf, r, c)) return;
          // Higher-priority rules come first; they win where two rules set the same attribute.
          out.set(key, { ...cf.format, ...out.get(key) });
          if (cf.stopIfTrue) stopped.add(key);
        });
      }
    }
  });
  return out;
}

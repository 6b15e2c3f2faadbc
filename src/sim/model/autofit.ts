// Approximate AutoFit. Like Excel, it ignores merged cells, which is exactly where add-ins get caught out.
import { Rect } from '../a1';
import { DEFAULT_ROW_HEIGHT, SheetModel } from './sheet';
import { formatText } from './values';

const MAX_COLUMN_WIDTH = 1789;
const MAX_ROW_HEIGHT = 409;
const PADDING = 5;

function textWidth(text: string, fontSize: number, bold: boolean): number {
  const longest = Math.max(...text.split('\n').map((line) => line.length));
  return longest * fontSize * 0.55 * (bold ? 1.1 : 1);
}

function displayText(sheet: SheetModel, row: number, col: number): string {
  return formatText(sheet.valueAt(row, col), sheet.numberFormatAt(row, col));
}

export function autofitColumns(sheet: SheetModel, rect: Rect): void {
  const widest = new Map<number, number>();
  sheet.forEachStored(rect, (_cell, r, c) => {
    if (sheet.mergeAt(r, c)) return;
    const text = displayText(sheet, r, c);
    if (text === '') return;
    const f = sheet.formatAt(r, c);
    const width = textWidth(text, f.fontSize, f.bold) + PADDING;
    widest.set(c, Math.max(widest.get(c) ?? 0, width));
  });
  for (let c = rect.col; c < rect.col + rect.cols; c++) {
    const w = widest.get(c);
    if (w === undefined) continue;
    sheet.columnWidths.set(c, Math.round(Math.min(MAX_COLUMN_WIDTH, w) * 100) / 100);
  }
}

export function autofitRows(sheet: SheetModel, rect: Rect): void {
  const tallest = new Map<number, number>();
  sheet.forEachStored(rect, (_cell, r, c) => {
    if (sheet.mergeAt(r, c)) return;
    const text = displayText(sheet, r, c);
    const f = sheet.formatAt(r, c);
    let lines = text.split('\n').length;
    if (f.wrapText && text !== '') {
      const available = Math.max(1, sheet.columnWidth(c) - PADDING);
      lines = text
        .split('\n')
        .reduce(
          (sum, line) => sum + Math.max(1, Math.ceil(textWidth(line, f.fontSize, f.bold) / available)),
          0,
        );
    }
    const height = lines * f.fontSize * (DEFAULT_ROW_HEIGHT / 11);
    tallest.set(r, Math.max(tallest.get(r) ?? DEFAULT_ROW_HEIGHT, height));
  });
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const h = tallest.get(r);
    if (h === undefined || h === DEFAULT_ROW_HEIGHT) sheet.rowHeights.delete(r);
    else sheet.rowHeights.set(r, Math.round(Math.min(MAX_ROW_HEIGHT, h) * 100) / 100);
  }
}

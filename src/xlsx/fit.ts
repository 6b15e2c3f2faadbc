/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice fits the rows of a file it opens (they do it
 * only when a cell is edited), so an .xlsx must carry heights, and without a font engine they are estimated:
 * Times New Roman advance widths by kind of character, words wrapped greedily like a spreadsheet does.
 * The Office.js adapter does not need this: there Excel itself autofits.
 */
import type { CellRange } from '../layout/a1';
import type { CellStyle, SheetSpec } from '../layout/spec';

/** Pixels of one column-width unit: the "0" of the workbook's default font (Calibri 11) at 96 dpi. */
const PX_PER_WIDTH_UNIT = 7;
/** Excel adds this to every column's width, and keeps about this much padding inside a cell. */
const COLUMN_EXTRA_PX = 5;
const CELL_PADDING_PX = 6;
const PX_PER_PT = 96 / 72;
/** Line pitch of Times New Roman (ascent + descent ≈ 1.107 em) with the spreadsheet's leading. */
const LINE_EM = 1.17;
const ROW_PADDING_PT = 6;
/** Estimates err on the generous side: a clipped line is worse than a little air. */
const SAFETY = 1.06;

/** Advance widths in em of Times New Roman (and its metric twin Liberation Serif), regular weight. */
const EM: Record<string, number> = {
  a: 0.444,
  b: 0.5,
  c: 0.444,
  d: 0.5,
  e: 0.444,
  f: 0.333,
  g: 0.5,
  h: 0.5,
  i: 0.278,
  j: 0.278,
  k: 0.5,
  l: 0.278,
  m: 0.778,
  n: 0.5,
  o: 0.5,
  p: 0.5,
  q: 0.5,
  r: 0.333,
  s: 0.389,
  t: 0.278,
  u: 0.5,
  v: 0.5,
  w: 0.722,
  x: 0.5,
  y: 0.5,
  z: 0.444,
  A: 0.722,
  B: 0.667,
  C: 0.667,
  D: 0.722,
  E: 0.611,
  F: 0.556,
  G: 0.722,
  H: 0.722,
  I: 0.333,
  J: 0.389,
  K: 0.722,
  L: 0.611,
  M: 0.889,
  N: 0.722,
  O: 0.722,
  P: 0.556,
  Q: 0.722,
  R: 0.667,
  S: 0.556,
  T: 0.611,
  U: 0.722,
  V: 0.722,
  W: 0.944,
  X: 0.722,
  Y: 0.722,
  Z: 0.611,
  ' ': 0.25,
  '.': 0.25,
  ',': 0.25,
  ':': 0.278,
  ';': 0.278,
  "'": 0.18,
  '!': 0.333,
  '|': 0.2,
  '(': 0.333,
  ')': 0.333,
  '[': 0.333,
  ']': 0.333,
  '/': 0.278,
  '-': 0.333,
  '…': 1,
  đ: 0.5,
  Đ: 0.722,
};
/** Bold Times is wider by about this much on average. */
const BOLD = 1.05;

const emCache = new Map<string, number>();

function charEm(ch: string): number {
  let em = emCache.get(ch);
  if (em === undefined) {
    // Vietnamese letters carry their marks above or below: the base letter sets the width (ơ, ư a little more).
    const known = EM[ch] ?? EM[ch.normalize('NFD')[0]];
    em = known !== undefined ? known + (/[ơưƠƯ]/.test(ch) ? 0.04 : 0) : /\d/.test(ch) ? 0.5 : 0.55;
    emCache.set(ch, em);
  }
  return em;
}

export function textWidthPx(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * sizePt * PX_PER_PT * (bold ? BOLD : 1) * SAFETY;
}

/** How many lines a cell's text takes when wrapped into `widthPx`, breaking at spaces as spreadsheets do. */
export function wrappedLines(text: string, widthPx: number, sizePt: number, bold: boolean): number {
  const space = textWidthPx(' ', sizePt, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const w = textWidthPx(word, sizePt, bold);
      if (used > 0 && used + space + w > widthPx) {
        lines++;
        used = 0;
      }
      // A word longer than the cell breaks across lines of its own.
      if (w > widthPx) {
        lines += Math.ceil(w / widthPx) - 1;
        used = w % widthPx;
      } else {
        used += (used > 0 ? space : 0) + w;
      }
    }
  }
  return lines;
}

export function columnPx(widthUnits: number): number {
  return widthUnits * PX_PER_WIDTH_UNIT + COLUMN_EXTRA_PX - CELL_PADDING_PX;
}

export function lineHeightPt(sizePt: number): number {
  return sizePt * LINE_EM;
}

/**
 * The height each row needs (points): the tallest of its cells' wrapped text, never below the spec's own
 * height for that row and never below one line of its largest font.
 */
export function fitRowHeights(
  spec: SheetSpec,
  styleAt: (row: number, col: number) => CellStyle | undefined,
): Map<number, number> {
  const widthOf = (col: number) => spec.columnWidths[col] ?? 8.43;
  const mergeAt = new Map<string, CellRange>();
  for (const m of spec.merges) mergeAt.set(`${m.row}:${m.col}`, m);
  const covered = new Set<string>();
  for (const m of spec.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
    }
  }
  const fixed = new Map(spec.rowHeights.map((h) => [h.row, h.height]));
  const out = new Map<number, number>();
  spec.cells.forEach((row, r) => {
    let need = 0;
    row.forEach((value, c) => {
      if (value === null || covered.has(`${r}:${c}`)) return;
      const style = styleAt(r, c);
      const size = style?.font?.size ?? spec.defaultFont.size;
      const bold = style?.font?.bold ?? false;
      let lines = 1;
      const merge = mergeAt.get(`${r}:${c}`);
      // Merged cells spanning rows share the height; only single-row cells decide a row's height.
      if (typeof value === 'string' && style?.wrap && (!merge || merge.rows === 1)) {
        let units = 0;
        for (let k = c; k < c + (merge?.cols ?? 1); k++) units += widthOf(k);
        lines = wrappedLines(value, columnPx(units), size, bold);
      }
      need = Math.max(need, lines * lineHeightPt(size) + ROW_PADDING_PT);
    });
    if (need === 0) return;
    out.set(r, Math.ceil(Math.max(need, fixed.get(r) ?? 0) * 4) / 4);
  });
  return out;
}

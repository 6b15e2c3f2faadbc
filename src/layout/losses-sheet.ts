import type { Losses } from '../app/losses';
import { sumScores } from '../engine/decimal';
import { lossesTexts as T } from '../i18n/sets-sheet';
import { rowBlock, type CellRange } from './a1';
import type { SheetSpec, SpecCell } from './spec';
import { FONT, STYLE, officialPage } from './styles';

const WIDTHS = [8, 52, 11, 12, 12, 14, 14];
const COLS = WIDTHS.length;
const HEADER_ROW = 2;
/** Bars in the "taken off" and "still to win" columns: the orange of "below max" and a quiet blue. */
const BAR_CUT = '#F4B183';
const BAR_MISSED = '#9DC3E6';

const fullRow = (r: number): CellRange => rowBlock(r, r, 0, COLS);
const block = (first: number, last: number, col: number, cols = 1): CellRange =>
  rowBlock(first, last, col, cols);

export interface LossesSheetOptions {
  year: number;
  sheetName?: string;
}

/** "Điểm bị trừ": per field max, self-assessed, appraised, taken off and still to win; the cut criteria below. */
export function lossesSheet(losses: Losses, options: LossesSheetOptions): SheetSpec {
  const cells: SpecCell[][] = [
    [T.title(options.year), null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    [...T.fieldHeaders],
  ];
  const first = cells.length;
  for (const f of losses.fields)
    cells.push([f.code, f.name, f.max, f.self, f.appraised, f.takenOff, f.missed]);
  const lastField = cells.length - 1;
  const t = losses.total;
  const missedTotal = losses.fields.every((f) => f.kind !== 'scored' || f.missed !== null)
    ? sumScores(losses.fields.map((f) => f.missed ?? 0))
    : null;
  cells.push([null, T.total, t.max, t.self, t.appraised, t.takenOff, missedTotal]);
  const totalRow = cells.length - 1;
  cells.push([null, null, null, null, null, null, null]);
  const heading = cells.length;
  cells.push([T.criteriaHeading, null, null, null, null, null, null]);
  const critHeader = cells.length;
  cells.push([...T.criteriaHeaders, null]);
  for (const c of losses.criteria) cells.push([c.code, c.name, c.max, c.self, c.appraised, c.takenOff, null]);
  if (losses.criteria.length === 0) cells.push([null, T.noCuts, null, null, null, null, null]);
  const last = cells.length - 1;

  return {
    name: options.sheetName ?? T.sheetName,
    role: 'summary',
    cells,
    columnWidths: WIDTHS,
    rowHeights: [{ row: HEADER_ROW, height: 33 }],
    merges: [fullRow(0), fullRow(heading)],
    styles: [
      { range: block(0, last, 0, COLS), style: { font: { ...FONT } } },
      { range: fullRow(0), style: STYLE.title },
      { range: fullRow(HEADER_ROW), style: STYLE.header },
      { range: block(first, totalRow, 0, COLS), style: STYLE.body },
      { range: block(first, totalRow, 0), style: STYLE.code },
      { range: block(first, totalRow, 2, 5), style: STYLE.score },
      { range: fullRow(totalRow), style: STYLE.total },
      { range: fullRow(heading), style: { font: { bold: true } } },
      { range: block(critHeader, critHeader, 0, COLS - 1), style: STYLE.header },
      { range: block(critHeader + 1, last, 0, COLS - 1), style: STYLE.body },
      { range: block(critHeader + 1, last, 0), style: STYLE.code },
      { range: block(critHeader + 1, last, 2, 4), style: STYLE.score },
    ],
    validations: [],
    conditionalFormats: [],
    dataBars: [
      { range: block(first, lastField, 5), color: BAR_CUT },
      { range: block(first, lastField, 6), color: BAR_MISSED },
      ...(losses.criteria.length > 0 ? [{ range: block(critHeader + 1, last, 5), color: BAR_CUT }] : []),
    ],
    ...officialPage(HEADER_ROW),
    protect: false,
    headerRow: HEADER_ROW,
    dataRows: { first, last: totalRow },
  };
}

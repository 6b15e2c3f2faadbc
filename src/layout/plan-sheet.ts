import { vi } from '../i18n/vi';
import { planSummaryText } from '../i18n/problems';
import type { PlanModel, PlanRow } from '../engine/plan';
import { cellA1, rowBlock, signedSumOfRows, sumOfRows, type CellRange } from './a1';
import type { SheetSpec, SpecCell } from './spec';
import { BELOW_MAX, FONT, STYLE, officialPage } from './styles';

export interface PlanSheetOptions {
  sheetName?: string;
}

export const PLAN_COLUMNS = { code: 0, name: 1, max: 2, score: 3, target: 4, tasks: 5, unit: 6 } as const;
const WIDTHS = [8, 42, 9, 12, 11, 60, 26];
const HEADER_ROW = 4;
const NA_TEXT = vi.sheets.naMark;

const fullRow = (r: number): CellRange => rowBlock(r, r, 0, WIDTHS.length);
const rows = (first: number, last: number): CellRange => rowBlock(first, last, 0, WIDTHS.length);
const block = (first: number, last: number, col: number, cols = 1): CellRange =>
  rowBlock(first, last, col, cols);

/** Each row's direct children, found in one pass: a scan per row made 5,000-criteria plans quadratic. */
function childRowsByCode(plan: PlanModel, rowOf: Map<string, number>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of plan.rows) {
    const parent = r.code.split('.').slice(0, -1).join('.');
    if (parent === '') continue;
    const list = out.get(parent);
    if (list) list.push(rowOf.get(r.code) as number);
    else out.set(parent, [rowOf.get(r.code) as number]);
  }
  return out;
}

/** The plan appendix ("Phụ lục KH <year>") as the seed prints it, with the section I.2 summary below. */
export function planSheet(plan: PlanModel, options: PlanSheetOptions = {}): SheetSpec {
  const unit = plan.unitName.trim() || vi.sheets.unitPlaceholder;
  const first = HEADER_ROW + 1;
  const rowOf = new Map(plan.rows.map((r, i) => [r.code, first + i]));
  const totalRow = first + plan.rows.length;
  const C = PLAN_COLUMNS;

  const cells: SpecCell[][] = [
    [vi.sheets.planAppendix, null, null, null, null, null, null],
    [vi.sheets.planTitle(unit, plan.planYear), null, null, null, null, null, null],
    [vi.sheets.planIssuedWith(unit, plan.planYear), null, null, null, null, null, null],
    [
      vi.sheets.recordLine(plan.setId, plan.setVersion, plan.assessmentYear),
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [...vi.sheets.planHeaders(plan.assessmentYear, plan.planYear)],
  ];
  const children = childRowsByCode(plan, rowOf);
  for (const r of plan.rows) {
    const kids = children.get(r.code) ?? [];
    // Sums stay live only where every row below is listed and the score came from those rows.
    const live = plan.complete && kids.length > 0;
    const score: SpecCell = r.na
      ? NA_TEXT
      : live && r.scoreOrigin === 'children'
        ? { formula: sumOfRows(C.score, kids) }
        : r.score;
    const target: SpecCell = r.na ? NA_TEXT : live ? { formula: sumOfRows(C.target, kids) } : r.target;
    cells.push([
      r.stt,
      r.level === 'field' ? r.name.toLocaleUpperCase('vi') : r.name,
      r.max,
      score,
      target,
      r.tasks,
      r.unit,
    ]);
  }
  const fieldRowsWhere = (keep: (r: PlanRow) => boolean) =>
    plan.rows.filter((r) => r.level === 'field' && keep(r)).map((r) => rowOf.get(r.code) as number);
  const fieldRows = fieldRowsWhere(() => true);
  const scoredRows = fieldRowsWhere((r) => r.kind === 'scored');
  const totals: SpecCell[] = plan.complete
    ? [
        { formula: sumOfRows(C.max, scoredRows) },
        {
          formula: signedSumOfRows(
            C.score,
            fieldRowsWhere((r) => r.kind !== 'penalty'),
            fieldRowsWhere((r) => r.kind === 'penalty'),
          ),
        },
        { formula: sumOfRows(C.target, scoredRows) },
      ]
    : [plan.total.max, plan.total.score, plan.total.target];
  cells.push([null, vi.sheets.planTotal, ...totals, null, null]);

  const summaryStart = totalRow + 2;
  cells.push([null, null, null, null, null, null, null]);
  cells.push([vi.sheets.summaryHeading(plan.assessmentYear), null, null, null, null, null, null]);
  for (const line of plan.summary)
    cells.push([`- ${planSummaryText(line, 'vi')}`, null, null, null, null, null, null]);
  const lastRow = cells.length - 1;

  const criterionRows = plan.rows.filter((r) => r.level !== 'field').map((r) => rowOf.get(r.code) as number);
  const belowRows = plan.rows
    .filter((r) => r.belowMax && r.level !== 'field')
    .map((r) => rowOf.get(r.code) as number);

  return {
    name: options.sheetName ?? vi.sheets.planName(plan.planYear),
    role: 'plan',
    cells,
    columnWidths: WIDTHS,
    rowHeights: [
      { row: 1, height: 36 },
      { row: HEADER_ROW, height: 33 },
    ],
    merges: [0, 1, 2, 3, ...range(summaryStart, lastRow)].map(fullRow),
    styles: [
      { range: rows(0, lastRow), style: { font: { ...FONT } } },
      { range: fullRow(0), style: STYLE.title },
      { range: fullRow(1), style: STYLE.title },
      { range: fullRow(2), style: STYLE.subtitle },
      { range: fullRow(3), style: STYLE.record },
      { range: fullRow(HEADER_ROW), style: STYLE.header },
      { range: rows(first, totalRow), style: STYLE.body },
      { range: block(first, totalRow, C.code), style: STYLE.code },
      { range: block(first, totalRow, C.max, 3), style: STYLE.score },
      ...fieldRows.map((r) => ({ range: fullRow(r), style: STYLE.field })),
      { range: fullRow(totalRow), style: STYLE.total },
      { range: rows(summaryStart, lastRow), style: STYLE.summary },
      { range: fullRow(summaryStart), style: { font: { bold: true } } },
    ],
    validations: [],
    conditionalFormats:
      criterionRows.length === 0
        ? []
        : [
            {
              range: block(first, totalRow - 1, C.score),
              formula: `AND(ISNUMBER(${cellA1(first, C.score)}),${cellA1(first, C.score)}<$C${first + 1})`,
              fill: BELOW_MAX.fill,
              fontColor: BELOW_MAX.fontColor,
              fallbackRows: belowRows,
            },
          ],
    ...officialPage(HEADER_ROW),
    protect: false,
    headerRow: HEADER_ROW,
    dataRows: { first, last: totalRow },
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

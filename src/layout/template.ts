import { vi } from '../i18n/vi';
import { walk } from '../engine/tree';
import type { CriteriaSet, SetNode } from '../engine/types';
import { blankUntilEntered, cellA1, rowBlock, signedSumOfRows, sumOfRows, type CellRange } from './a1';
import type { SheetSpec, SpecCell } from './spec';
import { BELOW_MAX, FONT, STYLE, officialPage } from './styles';

export interface TemplateOptions {
  year?: number;
  unitName?: string;
  sheetName?: string;
}

/** Column positions of the template (0-based), in header order. */
export const TEMPLATE_COLUMNS = {
  code: 0,
  name: 1,
  max: 2,
  self: 3,
  appraised: 4,
  evidence: 5,
  notes: 6,
} as const;
const WIDTHS = [8, 60, 10, 12, 12, 30, 30];
const HEADER_ROW = 5;

const row = (first: number, last = first): CellRange => rowBlock(first, last, 0, WIDTHS.length);
const block = (first: number, last: number, col: number, cols = 1): CellRange =>
  rowBlock(first, last, col, cols);

/** The scoring template ("Tự đánh giá <year>"): a row per field, criterion and sub-criterion, live sums. */
export function templateSheet(set: CriteriaSet, options: TemplateOptions = {}): SheetSpec {
  const year = options.year ?? set.assessmentYear;
  const unit = options.unitName?.trim() || vi.sheets.unitPlaceholder;
  const nodes = walk(set);
  const anyNa = nodes.some((n) => n.naAllowed);
  const first = HEADER_ROW + 1;
  const rowOf = new Map(nodes.map((n, i) => [n.code, first + i]));
  const totalRow = first + nodes.length;
  const C = TEMPLATE_COLUMNS;
  const decision = vi.sheets.decision(set.decision);

  const cells: SpecCell[][] = [
    [unit, null, null, null, null, null, null],
    [vi.sheets.templateTitle(year), null, null, null, null, null, null],
    [vi.sheets.templateSetLine(set.name, decision), null, null, null, null, null, null],
    [vi.sheets.recordLine(set.id, set.version, year), null, null, null, null, null, null],
    [vi.sheets.templateHelp(anyNa), null, null, null, null, null, null],
    [...vi.sheets.templateHeaders],
  ];
  const childRows = (node: SetNode) => node.children.map((c) => rowOf.get(c.code) as number);
  const sumOver = (col: number, node: SetNode): SpecCell => ({ formula: sumOfRows(col, childRows(node)) });
  const appraisedOver = (node: SetNode): SpecCell => ({
    formula: blankUntilEntered(C.appraised, childRows(node), sumOfRows(C.appraised, childRows(node))),
  });
  for (const node of nodes) {
    const parent = node.children.length > 0;
    cells.push([
      node.code,
      node.level === 'field' ? node.name.toLocaleUpperCase('vi') : node.name,
      node.max,
      parent ? sumOver(C.self, node) : null,
      parent ? appraisedOver(node) : null,
      null,
      null,
    ]);
  }
  const fieldRows = set.fields.map((f) => rowOf.get(f.code) as number);
  const rowsOf = (keep: (f: SetNode) => boolean) =>
    set.fields.filter(keep).map((f) => rowOf.get(f.code) as number);
  const scoredRows = rowsOf((f) => f.kind === 'scored');
  const plusRows = rowsOf((f) => f.kind !== 'penalty');
  const minusRows = rowsOf((f) => f.kind === 'penalty');
  cells.push([
    null,
    vi.sheets.total,
    { formula: sumOfRows(C.max, scoredRows) },
    { formula: signedSumOfRows(C.self, plusRows, minusRows) },
    {
      formula: blankUntilEntered(C.appraised, fieldRows, signedSumOfRows(C.appraised, plusRows, minusRows)),
    },
    null,
    null,
  ]);

  const last = totalRow - 1;
  const styles: SheetSpec['styles'] = [
    { range: row(0, totalRow), style: { font: { ...FONT } } },
    { range: row(0), style: STYLE.unit },
    { range: row(1), style: STYLE.title },
    { range: row(2), style: STYLE.subtitle },
    { range: row(3), style: STYLE.record },
    { range: row(4), style: { ...STYLE.subtitle, hAlign: 'left' } },
    { range: row(HEADER_ROW), style: STYLE.header },
    { range: row(first, totalRow), style: STYLE.body },
    { range: block(first, totalRow, C.code), style: STYLE.code },
    { range: block(first, totalRow, C.max, 3), style: STYLE.score },
    // Entry cells: scores, evidence and notes. Field rows stay locked in the self column: they are sums.
    { range: block(first, last, C.self, 4), style: STYLE.entry },
    ...fieldRows.map((r) => ({ range: row(r), style: STYLE.field })),
    ...fieldRows.map((r) => ({ range: block(r, r, C.self), style: { locked: true } })),
    { range: row(totalRow), style: STYLE.total },
  ];

  const merges = [0, 1, 2, 3, 4].map((r) => row(r));
  const scoreRule = anyNa
    ? {
        kind: 'custom' as const,
        formula: `OR(ISBLANK(${cellA1(first, C.self)}),AND(ISNUMBER(${cellA1(first, C.self)}),${cellA1(first, C.self)}>=0,${cellA1(first, C.self)}<=$C${first + 1}),UPPER(${cellA1(first, C.self)})="${vi.sheets.naMark}")`,
      }
    : { kind: 'decimalBetween' as const, min: 0, maxFormula: `$C${first + 1}` };

  return {
    name: options.sheetName ?? vi.sheets.templateName(year),
    role: 'template',
    cells,
    columnWidths: WIDTHS,
    rowHeights: [
      { row: 1, height: 36 },
      { row: 2, height: 33 },
      { row: 4, height: 33 },
      { row: HEADER_ROW, height: 33 },
    ],
    merges,
    styles,
    validations: [
      {
        range: block(first, last, C.self, 2),
        rule: scoreRule,
        errorTitle: vi.sheets.validationTitle,
        errorMessage: vi.sheets.validationMessage(anyNa),
      },
    ],
    conditionalFormats: [
      {
        range: block(first, last, C.self),
        formula: `AND(ISNUMBER(${cellA1(first, C.self)}),${cellA1(first, C.self)}<$C${first + 1})`,
        fill: BELOW_MAX.fill,
        fontColor: BELOW_MAX.fontColor,
      },
    ],
    ...officialPage(HEADER_ROW),
    protect: true,
    headerRow: HEADER_ROW,
    dataRows: { first, last: totalRow },
  };
}

import { walk } from '../engine/tree';
import type { CriteriaSet } from '../engine/types';
import { setSheetTexts as T } from '../i18n/sets-sheet';
import { cellA1, rowBlock, type CellRange } from './a1';
import type { SheetSpec, SpecCell, ValidationSpec } from './spec';
import { FONT, STYLE, TEXT_FORMAT, officialPage } from './styles';

/** Column positions of the criteria table (0-based), in header order. */
export const SET_COLUMNS = { code: 0, name: 1, max: 2, kind: 3, na: 4, tasks: 5, unit: 6 } as const;
const WIDTHS = [9, 52, 10, 15, 10, 50, 28];
const COLS = WIDTHS.length;
/** Identity cells: the label in column B, the value in C (merged to the right edge). */
export const SET_LABEL_COL = 1;
export const SET_VALUE_COL = 2;

const fullRow = (r: number): CellRange => rowBlock(r, r, 0, COLS);
const block = (first: number, last: number, col: number, cols = 1): CellRange =>
  rowBlock(first, last, col, cols);
const empty = (): SpecCell[] => Array<SpecCell>(COLS).fill(null);
const withAt = (col: number, ...values: SpecCell[]): SpecCell[] => {
  const row = empty();
  values.forEach((v, i) => (row[col + i] = v));
  return row;
};

export interface SetSheetOptions {
  sheetName?: string;
}

/**
 * The criteria sheet "Bộ tiêu chí": the set's identity as labelled cells, the criteria table, then the
 * classification bands, the unit list and the notes. Staff edit it like any sheet; `readSetSheet`
 * (src/app/set-sheet.ts) reads it back by its texts and codes, never by fixed rows.
 */
export function setSheet(set: CriteriaSet, options: SetSheetOptions = {}): SheetSpec {
  const L = T.labels;
  const identity: [string, SpecCell][] = [
    [L.id, set.id],
    [L.version, set.version],
    [L.name, set.name],
    [L.province, set.province],
    [L.assessmentYear, set.assessmentYear],
    [L.decisionNumber, set.decision.number],
    [L.decisionDate, set.decision.date],
    [L.decisionIssuer, set.decision.issuer],
    [L.total, set.total],
    [L.basis, T.basis[set.scale.basis]],
    [L.confirmed, set.scale.confirmed ? T.yes : null],
    [L.scaleNote, set.scale.note],
  ];
  const cells: SpecCell[][] = [withAt(0, T.title), withAt(0, T.help), empty()];
  const identityFirst = cells.length;
  for (const [label, value] of identity)
    cells.push(withAt(SET_LABEL_COL, label, value === '' ? null : value));
  const identityLast = cells.length - 1;
  cells.push(empty());

  const headerRow = cells.length;
  cells.push([...T.headers]);
  const first = cells.length;
  const nodes = walk(set);
  const C = SET_COLUMNS;
  for (const node of nodes) {
    const row = empty();
    row[C.code] = node.code;
    row[C.name] = node.name;
    row[C.max] = node.max;
    // Field rows always say their kind, so staff see the column is there to fill; elsewhere only a non-default.
    row[C.kind] = node.level === 'field' || node.kind !== 'scored' ? T.kinds[node.kind] : null;
    row[C.na] = node.naAllowed ? T.yes : null;
    row[C.tasks] = node.tasks === '' ? null : node.tasks;
    row[C.unit] = node.unit === '' ? null : node.unit;
    cells.push(row);
  }
  const last = cells.length - 1;
  const fieldRows = nodes.map((n, i) => (n.level === 'field' ? first + i : -1)).filter((r) => r >= 0);

  cells.push(empty());
  const bandsTitle = cells.length;
  cells.push(withAt(SET_LABEL_COL, T.bandsHeading));
  cells.push(withAt(SET_LABEL_COL, T.bandsHelp));
  const bandsHeader = cells.length;
  cells.push(withAt(SET_LABEL_COL, ...T.bandHeaders));
  const bands = [...set.scale.bands].sort((a, b) => b.min - a.min);
  for (const b of bands) cells.push(withAt(SET_LABEL_COL, b.name, b.min, b.max));
  const bandsLast = cells.length - 1;

  cells.push(empty());
  const unitsHeader = cells.length;
  cells.push(withAt(SET_LABEL_COL, T.unitsHeader));
  for (const u of set.units) cells.push(withAt(SET_LABEL_COL, u));
  const unitsLast = cells.length - 1;

  cells.push(empty());
  const notesHeader = cells.length;
  cells.push(withAt(SET_LABEL_COL, T.notesHeader));
  for (const n of set.notes) cells.push(withAt(SET_LABEL_COL, n));
  const lastRow = cells.length - 1;

  const noteRows = range(notesHeader + 1, lastRow);
  const at = (r: number, c: number) => cellA1(r, c);
  const validations: ValidationSpec[] =
    last < first
      ? []
      : [
          {
            range: block(first, last + 20, C.max),
            rule: { kind: 'custom', formula: `OR(ISBLANK(${at(first, C.max)}),${at(first, C.max)}>=0)` },
            errorTitle: T.validationTitle,
            errorMessage: T.maxMessage,
          },
          {
            range: block(first, last + 20, C.kind),
            rule: {
              kind: 'custom',
              formula: `OR(ISBLANK(${at(first, C.kind)}),${Object.values(T.kinds)
                .map((k) => `${at(first, C.kind)}="${k}"`)
                .join(',')})`,
            },
            errorTitle: T.validationTitle,
            errorMessage: T.kindMessage,
          },
          {
            range: block(first, last + 20, C.na),
            rule: {
              kind: 'custom',
              formula: `OR(ISBLANK(${at(first, C.na)}),${at(first, C.na)}="${T.yes}")`,
            },
            errorTitle: T.validationTitle,
            errorMessage: T.naMessage,
          },
        ];

  const page = officialPage(headerRow);
  return {
    name: options.sheetName ?? T.sheetName,
    role: 'criteria',
    cells,
    columnWidths: WIDTHS,
    rowHeights: [{ row: headerRow, height: 33 }],
    merges: [
      fullRow(0),
      fullRow(1),
      ...range(identityFirst, identityLast).map((r) => block(r, r, SET_VALUE_COL, COLS - SET_VALUE_COL)),
      block(bandsTitle + 1, bandsTitle + 1, SET_LABEL_COL, COLS - SET_LABEL_COL),
      ...noteRows.map((r) => block(r, r, SET_LABEL_COL, COLS - SET_LABEL_COL)),
    ],
    styles: [
      { range: block(0, lastRow, 0, COLS), style: { font: { ...FONT } } },
      { range: fullRow(0), style: STYLE.title },
      { range: fullRow(1), style: { ...STYLE.subtitle, hAlign: 'left' } },
      { range: block(identityFirst, identityLast, SET_LABEL_COL), style: { font: { bold: true } } },
      {
        range: block(identityFirst, identityLast, SET_VALUE_COL, COLS - SET_VALUE_COL),
        style: { numberFormat: TEXT_FORMAT, hAlign: 'left', border: true, wrap: true },
      },
      // Year and total are numbers: a text format there would store what staff type as text.
      ...[L.assessmentYear, L.total].map((label) => {
        const r = identityFirst + identity.findIndex(([l]) => l === label);
        return { range: block(r, r, SET_VALUE_COL), style: { numberFormat: 'General' } };
      }),
      { range: fullRow(headerRow), style: STYLE.header },
      { range: block(first, Math.max(first, last), 0, COLS), style: { ...STYLE.body, vAlign: 'top' } },
      { range: block(first, Math.max(first, last), C.code), style: STYLE.code },
      { range: block(first, Math.max(first, last), C.max), style: STYLE.score },
      { range: block(first, Math.max(first, last), C.kind, 2), style: { hAlign: 'center' } },
      ...fieldRows.map((r) => ({ range: fullRow(r), style: STYLE.field })),
      { range: block(bandsTitle, bandsTitle, SET_LABEL_COL), style: { font: { bold: true } } },
      { range: block(bandsTitle + 1, bandsTitle + 1, SET_LABEL_COL), style: { font: { italic: true } } },
      { range: block(bandsHeader, bandsHeader, SET_LABEL_COL, 3), style: STYLE.header },
      { range: block(bandsHeader + 1, bandsLast, SET_LABEL_COL, 3), style: STYLE.body },
      { range: block(bandsHeader + 1, bandsLast, SET_LABEL_COL + 1, 2), style: STYLE.score },
      { range: block(unitsHeader, unitsHeader, SET_LABEL_COL), style: STYLE.header },
      { range: block(unitsHeader + 1, unitsLast, SET_LABEL_COL), style: STYLE.body },
      { range: block(notesHeader, notesHeader, SET_LABEL_COL), style: STYLE.header },
      ...noteRows.map((r) => ({
        range: block(r, r, SET_LABEL_COL, COLS - SET_LABEL_COL),
        style: { wrap: true, vAlign: 'top' as const },
      })),
    ],
    validations,
    conditionalFormats: [],
    ...page,
    protect: false,
    headerRow,
    dataRows: { first, last },
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * The summary workbook of `parindex report` as sheet specifications: ranking, by field (formulas over the
 * ranking, so any spreadsheet recalculates them), by criterion, problem files. Pure data, no file system.
 */
import type { ProblemFile, RollupBlock, RollupResult } from '../app/rollup';
import { rollupSheetsVi as T } from '../i18n/rollup';
import { cellA1, columnLetters, quoteSheet, rowBlock, type CellRange } from './a1';
import type { CellStyle, DataBarSpec, SheetSpec, SpecCell } from './spec';
import { COLORS, FONT, OFFICIAL_MARGINS, PROTECTION_ALLOWANCES, STYLE } from './styles';

export interface RollupSheets {
  sheets: SheetSpec[];
  /** Cached results of the formulas, by sheet name then A1 address: the same numbers the roll-up computed. */
  results: Map<string, Map<string, number>>;
}

const BAR_COLOR = '#5B9BD5';
const PERCENT_FORMAT = '0.00';
const MEAN_FORMAT = '0.000';
const INTRO_ROWS = 3;

/** Ranking columns before the fields. */
const R = { rank: 0, unit: 1, file: 2, basis: 3, score: 4, applicableMax: 5, percent: 6, classification: 7 };
const FIELD_COL = 8;

interface Builder {
  cells: SpecCell[][];
  styles: { range: CellRange; style: CellStyle }[];
  merges: CellRange[];
  dataBars: DataBarSpec[];
  rowHeights: { row: number; height: number }[];
}

const builder = (): Builder => ({ cells: [], styles: [], merges: [], dataBars: [], rowHeights: [] });

function push(b: Builder, row: SpecCell[], width: number): number {
  const padded = [...row];
  while (padded.length < width) padded.push(null);
  b.cells.push(padded);
  return b.cells.length - 1;
}

/** Title, counts and the note on sets: the same three lines on every sheet. */
function intro(b: Builder, title: string, result: RollupResult, width: number): void {
  const counts = T.counts({
    files: result.files,
    ranked: result.ranked,
    errors: result.withErrors,
    unreadable: result.unreadable,
  });
  const sets = result.blocks.length > 1 ? T.manySets({ count: result.blocks.length }) : T.oneSet;
  [title, counts, sets].forEach((text, i) => {
    const row = push(b, [text], width);
    b.merges.push(rowBlock(row, row, 0, width));
    b.styles.push({ range: rowBlock(row, row, 0, width), style: i === 0 ? STYLE.title : STYLE.subtitle });
  });
  b.rowHeights.push({ row: 0, height: 24 }, { row: 2, height: 30 });
}

function blockTitle(b: Builder, block: RollupBlock, width: number): void {
  const row = push(
    b,
    [T.block({ name: block.setName, id: block.setId, version: block.version, count: block.ranking.length })],
    width,
  );
  b.merges.push(rowBlock(row, row, 0, width));
  b.styles.push({
    range: rowBlock(row, row, 0, width),
    style: { font: { bold: true }, hAlign: 'left', vAlign: 'center', wrap: true },
  });
  b.rowHeights.push({ row, height: 34 });
}

function header(b: Builder, texts: string[], width: number): number {
  const row = push(b, texts, width);
  b.styles.push({ range: rowBlock(row, row, 0, width), style: STYLE.header });
  b.rowHeights.push({ row, height: 48 });
  return row;
}

const baseStyles = (b: Builder, width: number): { range: CellRange; style: CellStyle }[] => [
  { range: rowBlock(0, Math.max(0, b.cells.length - 1), 0, width), style: { font: { ...FONT } } },
];

function spec(
  name: string,
  b: Builder,
  widths: number[],
  headerRows: number[],
  orientation: 'landscape' | 'portrait',
): SheetSpec {
  const width = widths.length;
  const firstHeader = headerRows[0] ?? INTRO_ROWS;
  return {
    name,
    role: 'rollup',
    cells: b.cells,
    columnWidths: widths,
    rowHeights: b.rowHeights,
    merges: b.merges,
    // The font first, so every later style lays over it.
    styles: [...baseStyles(b, width), ...b.styles],
    validations: [],
    conditionalFormats: [],
    dataBars: b.dataBars,
    freeze: headerRows.length === 1 ? { rows: firstHeader + 1, cols: 2 } : null,
    print: {
      orientation,
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      margins: OFFICIAL_MARGINS,
      // One block: its header on every page. Several: the title lines, as each block has its own header.
      titleRows:
        headerRows.length === 1
          ? { first: firstHeader, last: firstHeader }
          : { first: 0, last: INTRO_ROWS - 1 },
    },
    protect: false,
    protection: { ...PROTECTION_ALLOWANCES },
    defaultFont: { ...FONT },
    headerRow: firstHeader,
    dataRows: { first: firstHeader + 1, last: Math.max(firstHeader + 1, b.cells.length - 1) },
  };
}

/**
 * Files named from the folder they all share, so the sheet shows "dot-2/xa-104.xlsx" rather than a long
 * absolute path wrapped over three lines.
 */
export function shortNames(files: readonly string[]): Map<string, string> {
  const split = files.map((f) => f.split(/[\\/]/));
  let common = split.length === 0 ? 0 : Math.min(...split.map((s) => s.length - 1));
  for (let i = 0; i < common; i++) {
    if (split.some((s) => s[i] !== split[0][i])) {
      common = i;
      break;
    }
  }
  return new Map(files.map((f, i) => [f, split[i].slice(common).join('/')]));
}

interface RankingPlace {
  first: number;
  last: number;
}

function rankingSheet(
  result: RollupResult,
  names: Map<string, string>,
): { sheet: SheetSpec; places: RankingPlace[] } {
  const fieldsMax = Math.max(0, ...result.blocks.map((bl) => bl.fields.length));
  const width = FIELD_COL + fieldsMax + 1;
  const b = builder();
  intro(b, T.title, result, width);
  const places: RankingPlace[] = [];
  const headerRows: number[] = [];
  for (const block of result.blocks) {
    push(b, [], width);
    blockTitle(b, block, width);
    const noteCol = FIELD_COL + block.fields.length;
    const texts = [
      ...T.rankingHeaders,
      ...block.fields.map((f) => T.fieldHeader({ code: f.code, max: f.max })),
      T.noteHeader,
    ];
    headerRows.push(header(b, texts, noteCol + 1));
    const first = b.cells.length;
    for (const r of block.ranking) {
      const row: SpecCell[] = [
        r.rank,
        r.unit,
        names.get(r.file) ?? r.file,
        T.basis[r.basis],
        r.score,
        r.applicableMax,
        r.percent,
        r.classification ?? '',
        ...r.fields,
        r.duplicate ? T.duplicateNote : null,
      ];
      push(b, row, width);
    }
    const last = b.cells.length - 1;
    places.push({ first, last });
    if (last < first) continue;
    b.styles.push(
      { range: rowBlock(first, last, 0, noteCol + 1), style: STYLE.body },
      { range: rowBlock(first, last, R.rank, 1), style: { hAlign: 'center' } },
      { range: rowBlock(first, last, R.basis, 1), style: { hAlign: 'center' } },
      { range: rowBlock(first, last, R.score, 2), style: STYLE.score },
      {
        range: rowBlock(first, last, R.percent, 1),
        style: { numberFormat: PERCENT_FORMAT, font: { bold: true } },
      },
      { range: rowBlock(first, last, R.classification, 1), style: { hAlign: 'center' } },
      { range: rowBlock(first, last, FIELD_COL, block.fields.length), style: STYLE.score },
      {
        range: rowBlock(first, last, noteCol, 1),
        style: { font: { color: COLORS.belowMaxFont, italic: true } },
      },
    );
    b.dataBars.push({ range: rowBlock(first, last, R.percent, 1), min: 0, max: 100, color: BAR_COLOR });
  }
  const widths = [7, 26, 26, 13, 10, 11, 12, 12, ...Array.from({ length: fieldsMax }, () => 9), 16];
  return { sheet: spec(T.rankingName, b, widths, headerRows, 'landscape'), places };
}

function fieldsSheet(
  result: RollupResult,
  places: RankingPlace[],
): { sheet: SheetSpec; results: Map<string, number> } {
  const width = T.fieldsHeaders.length;
  const b = builder();
  const results = new Map<string, number>();
  intro(b, T.fieldsTitle, result, width);
  const headerRows: number[] = [];
  const ranking = quoteSheet(T.rankingName);
  result.blocks.forEach((block, i) => {
    const place = places[i];
    push(b, [], width);
    blockTitle(b, block, width);
    headerRows.push(header(b, T.fieldsHeaders, width));
    const first = b.cells.length;
    block.fieldStats.forEach((stat, f) => {
      const col = columnLetters(FIELD_COL + f);
      const range = `${ranking}!$${col}$${place.first + 1}:$${col}$${place.last + 1}`;
      const row = b.cells.length;
      const maxCell = cellA1(row, 2);
      // A field no commune has a score in: the formulas would divide by nothing, so say it plainly.
      const none = stat.count === 0;
      push(
        b,
        [
          stat.code,
          stat.name,
          stat.max,
          none ? '—' : { formula: `AVERAGE(${range})` },
          none ? '—' : { formula: `MIN(${range})` },
          none ? '—' : { formula: `MAX(${range})` },
          { formula: `COUNTIF(${range},">="&${maxCell})` },
        ],
        width,
      );
      if (stat.mean !== null) results.set(cellA1(row, 3), stat.mean);
      if (stat.lowest !== null) results.set(cellA1(row, 4), stat.lowest);
      if (stat.highest !== null) results.set(cellA1(row, 5), stat.highest);
      results.set(cellA1(row, 6), stat.atMax);
    });
    const last = b.cells.length - 1;
    if (last < first) return;
    b.styles.push(
      { range: rowBlock(first, last, 0, width), style: STYLE.body },
      { range: rowBlock(first, last, 0, 1), style: STYLE.code },
      { range: rowBlock(first, last, 2, 5), style: STYLE.score },
      { range: rowBlock(first, last, 3, 1), style: { numberFormat: MEAN_FORMAT } },
    );
  });
  return { sheet: spec(T.fieldsName, b, [9, 52, 11, 13, 11, 11, 14], headerRows, 'portrait'), results };
}

function criteriaSheet(result: RollupResult): SheetSpec {
  const width = T.criteriaHeaders.length;
  const b = builder();
  intro(b, T.criteriaTitle, result, width);
  const headerRows: number[] = [];
  for (const block of result.blocks) {
    push(b, [], width);
    blockTitle(b, block, width);
    headerRows.push(header(b, T.criteriaHeaders, width));
    const first = b.cells.length;
    block.criteria.forEach((c, i) => {
      push(b, [i + 1, c.code, c.name, c.max, c.belowMax, c.lost, c.meanLost], width);
    });
    const last = b.cells.length - 1;
    if (last < first) continue;
    const top = Math.max(...block.criteria.map((c) => c.lost), 0);
    b.styles.push(
      { range: rowBlock(first, last, 0, width), style: STYLE.body },
      { range: rowBlock(first, last, 0, 2), style: STYLE.code },
      { range: rowBlock(first, last, 3, 4), style: STYLE.score },
      { range: rowBlock(first, last, 6, 1), style: { numberFormat: MEAN_FORMAT } },
    );
    if (top > 0) b.dataBars.push({ range: rowBlock(first, last, 5, 1), min: 0, max: top, color: '#ED7D31' });
  }
  return spec(T.criteriaName, b, [6, 9, 56, 10, 13, 12, 13], headerRows, 'landscape');
}

function problemDetail(p: ProblemFile, names: Map<string, string>): string {
  if (p.kind === 'unreadable') return p.reason?.message.vi ?? '';
  if (p.kind === 'scoreErrors' && p.errors) {
    return T.errorsDetail({
      count: p.errors.count,
      cells: p.errors.cells.join(', '),
      more: Math.max(0, p.errors.count - p.errors.cells.length),
    });
  }
  return T.duplicateDetail({ others: (p.others ?? []).map((o) => names.get(o) ?? o).join(', ') });
}

function problemsSheet(result: RollupResult, names: Map<string, string>): SheetSpec {
  const width = T.problemsHeaders.length;
  const b = builder();
  intro(b, T.problemsTitle, result, width);
  push(b, [], width);
  const headerRow = header(b, T.problemsHeaders, width);
  const first = b.cells.length;
  result.problems.forEach((p, i) => {
    push(b, [i + 1, names.get(p.file) ?? p.file, p.unit, T.kind[p.kind], problemDetail(p, names)], width);
  });
  if (result.problems.length === 0) {
    const row = push(b, [T.noProblems], width);
    b.merges.push(rowBlock(row, row, 0, width));
  }
  const last = b.cells.length - 1;
  b.styles.push(
    { range: rowBlock(first, last, 0, width), style: { ...STYLE.body, vAlign: 'top' } },
    { range: rowBlock(first, last, 0, 1), style: { hAlign: 'center' } },
  );
  return spec(T.problemsName, b, [6, 30, 24, 20, 80], [headerRow], 'landscape');
}

/** The four sheets of the summary workbook, with the cached results of its formulas. */
export function rollupSheets(result: RollupResult): RollupSheets {
  const names = shortNames([
    ...result.blocks.flatMap((b) => b.ranking.map((r) => r.file)),
    ...result.problems.map((p) => p.file),
  ]);
  const { sheet: ranking, places } = rankingSheet(result, names);
  const { sheet: fields, results } = fieldsSheet(result, places);
  return {
    sheets: [ranking, fields, criteriaSheet(result), problemsSheet(result, names)],
    results: new Map([[fields.name, results]]),
  };
}

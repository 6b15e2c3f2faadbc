/** A1 notation, made and parsed only here. Rows and columns are 0-based everywhere else. */
export interface CellAddress {
  row: number;
  col: number;
}

export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Rows first..last (inclusive) of `cols` columns starting at column `col`. */
export function rowBlock(first: number, last: number, col: number, cols: number): CellRange {
  return { row: first, col, rows: last - first + 1, cols };
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export function rangeA1(r: CellRange): string {
  const start = cellA1(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return start;
  return `${start}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function parseCellA1(a1: string): CellAddress {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Not an A1 cell address: "${a1}"`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "'Tự đánh giá 2023'!D12": quoted when the name is not a plain word, quotes doubled. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetCellA1(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${cellA1(row, col)}`;
}

/** Splits "'My sheet'!B2:C3" into its sheet and range parts. */
export function splitSheetAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, range: address.slice(bang + 1) };
}

/** The given rows of one column as SUM arguments, runs folded into ranges ("D7:D9", "D11"). */
function foldRows(col: number, rows: readonly number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = start;
  const flush = () =>
    parts.push(start === prev ? cellA1(start, col) : `${cellA1(start, col)}:${cellA1(prev, col)}`);
  for (const r of sorted.slice(1)) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    flush();
    start = prev = r;
  }
  flush();
  return parts;
}

/** SUM over the given rows of one column; nested past Excel's 255 arguments. */
export function sumOfRows(col: number, rows: readonly number[]): string {
  return rows.length === 0 ? '0' : nestedCall('SUM', foldRows(col, rows));
}

/** Rows added minus rows subtracted (penalty fields). */
export function signedSumOfRows(col: number, plus: readonly number[], minus: readonly number[]): string {
  return minus.length === 0 ? sumOfRows(col, plus) : `${sumOfRows(col, plus)}-${sumOfRows(col, minus)}`;
}

/**
 * A sum that stays blank until a row below it holds a number: the appraisal arrives months after the
 * self-assessment, and a 0 in its column would read as a result.
 */
export function blankUntilEntered(col: number, rows: readonly number[], sum: string): string {
  return rows.length === 0 ? sum : `IF(${nestedCall('COUNT', foldRows(col, rows))}=0,"",${sum})`;
}

function nestedCall(fn: 'SUM' | 'COUNT', parts: string[]): string {
  const LIMIT = 255;
  if (parts.length <= LIMIT) return `${fn}(${parts.join(',')})`;
  // Nested COUNTs would count the inner results, so the outer level of a COUNT sums the inner counts.
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += LIMIT) chunks.push(nestedCall(fn, parts.slice(i, i + LIMIT)));
  return nestedCall('SUM', chunks);
}

/** "'Tự đánh giá 2023'!D12" for a position: A1 text is made here, at the edge, and only here. */
export function positionA1(p: { sheet: string; row: number; column: number }): string {
  return sheetCellA1(p.sheet, p.row, p.column);
}

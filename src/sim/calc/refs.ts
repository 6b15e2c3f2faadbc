// Rewrites A1 references inside formula text, the way Excel does on row inserts, renames and copies.
import { MAX_COLS, MAX_ROWS, columnIndex, columnLetters, quoteSheetName, shiftRowSpan } from '../a1';

export interface RefPart {
  index: number;
  abs: boolean;
}

export interface RefToken {
  /** Sheet named in the reference, unquoted; null when the reference is to the formula's own sheet. */
  sheet: string | null;
  kind: 'cells' | 'rows' | 'columns';
  /** 0-based rows/columns of both corners (equal for a single cell); absent for the unused axis. */
  rows?: [RefPart, RefPart];
  cols?: [RefPart, RefPart];
  single: boolean;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
const CELL2 = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
const ROWS = String.raw`(\$?)(\d+):(\$?)(\d+)`;
const COLS = String.raw`(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})`;
const REF = new RegExp(`(?:${SHEET})?(?:${CELL}(?::${CELL2})?|${ROWS}|${COLS})`, 'yu');
const IDENT_CHAR = /[\p{L}\p{N}_.$'!#]/u;
const AFTER_BLOCKER = /[\p{L}\p{N}_.(!]/u;

function part(dollar: string | undefined, index: number): RefPart {
  return { index, abs: dollar === '$' };
}

function tokenFrom(m: RegExpExecArray): RefToken | null {
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  if (m[4] !== undefined) {
    const r1 = Number(m[6]) - 1;
    const c1 = columnIndex(m[4]);
    const hasSecond = m[8] !== undefined;
    const r2 = hasSecond ? Number(m[10]) - 1 : r1;
    const c2 = hasSecond ? columnIndex(m[8]) : c1;
    if (Math.max(r1, r2) >= MAX_ROWS || Math.min(r1, r2) < 0 || Math.max(c1, c2) >= MAX_COLS) return null;
    return {
      sheet,
      kind: 'cells',
      single: !hasSecond,
      rows: [part(m[5], r1), part(hasSecond ? m[9] : m[5], r2)],
      cols: [part(m[3], c1), part(hasSecond ? m[7] : m[3], c2)],
    };
  }
  if (m[12] !== undefined) {
    const r1 = Number(m[12]) - 1;
    const r2 = Number(m[14]) - 1;
    if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= MAX_ROWS) return null;
    return { sheet, kind: 'rows', single: false, rows: [part(m[11], r1), part(m[13], r2)] };
  }
  const c1 = columnIndex(m[16]);
  const c2 = columnIndex(m[18]);
  if (Math.max(c1, c2) >= MAX_COLS) return null;
  return { sheet, kind: 'columns', single: false, cols: [part(m[15], c1), part(m[17], c2)] };
}

function formatRow(p: RefPart): string {
  return `${p.abs ? '$' : ''}${p.index + 1}`;
}

function formatCol(p: RefPart): string {
  return `${p.abs ? '$' : ''}${columnLetters(p.index)}`;
}

export function formatRef(ref: RefToken): string {
  const prefix = ref.sheet === null ? '' : `${quoteSheetName(ref.sheet)}!`;
  if (ref.kind === 'rows' && ref.rows) return `${prefix}${formatRow(ref.rows[0])}:${formatRow(ref.rows[1])}`;
  if (ref.kind === 'columns' && ref.cols)
    return `${prefix}${formatCol(ref.cols[0])}:${formatCol(ref.cols[1])}`;
  if (!ref.rows || !ref.cols) return `${prefix}#REF!`;
  const first = `${formatCol(ref.cols[0])}${formatRow(ref.rows[0])}`;
  if (ref.single) return `${prefix}${first}`;
  return `${prefix}${first}:${formatCol(ref.cols[1])}${formatRow(ref.rows[1])}`;
}

/**
 * Calls `rewrite` for every reference outside string literals; a returned string replaces the
 * reference text, null leaves it untouched.
 */
export function mapReferences(formula: string, rewrite: (ref: RefToken) => string | null): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = skipString(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (prev === '' || !IDENT_CHAR.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      const after = m ? formula[i + m[0].length] : undefined;
      if (m && (after === undefined || !AFTER_BLOCKER.test(after))) {
        const token = tokenFrom(m);
        const replaced = token ? rewrite(token) : null;
        out += replaced ?? m[0];
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Adjusts references into `target` after rows were inserted (count > 0) or deleted (count < 0) at `at`. */
export function shiftRowsInFormula(
  formula: string,
  formulaSheet: string,
  target: string,
  at: number,
  count: number,
): string {
  return mapReferences(formula, (ref) => {
    if (!sameSheet(ref.sheet ?? formulaSheet, target) || !ref.rows) return null;
    const moved = shiftRowSpan(ref.rows[0].index, ref.rows[1].index, at, count);
    if (!moved || moved[1] >= MAX_ROWS)
      return ref.sheet === null ? '#REF!' : `${quoteSheetName(ref.sheet)}!#REF!`;
    if (moved[0] === ref.rows[0].index && moved[1] === ref.rows[1].index) return null;
    const rows: [RefPart, RefPart] = [
      { ...ref.rows[0], index: moved[0] },
      { ...ref.rows[1], index: moved[1] },
    ];
    return formatRef({ ...ref, rows, single: ref.single && moved[0] === moved[1] });
  });
}

export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapReferences(formula, (ref) =>
    ref.sheet !== null && sameSheet(ref.sheet, oldName) ? formatRef({ ...ref, sheet: newName }) : null,
  );
}

export function dropSheetInFormula(formula: string, deleted: string): string {
  return mapReferences(formula, (ref) =>
    ref.sheet !== null && sameSheet(ref.sheet, deleted) ? `#REF!${formatRef({ ...ref, sheet: null })}` : null,
  );
}

/** The formula as it reads when copied dRows/dCols away: relative parts move, $-parts stay. */
export function translateFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return mapReferences(formula, (ref) => {
    const move = (p: RefPart, d: number, limit: number): RefPart | null => {
      if (p.abs) return p;
      const index = p.index + d;
      return index < 0 || index >= limit ? null : { ...p, index };
    };
    const rows =
      ref.kind === 'columns' || !ref.rows ? undefined : ref.rows.map((p) => move(p, dRows, MAX_ROWS));
    const cols = ref.kind === 'rows' || !ref.cols ? undefined : ref.cols.map((p) => move(p, dCols, MAX_COLS));
    if (rows?.includes(null) || cols?.includes(null)) return '#REF!';
    return formatRef({
      ...ref,
      rows: rows ? [rows[0] as RefPart, rows[1] as RefPart] : undefined,
      cols: cols ? [cols[0] as RefPart, cols[1] as RefPart] : undefined,
    });
  });
}

import { vi } from '../i18n/vi';
import { normaliseCode, type PreviousPlanRow } from '../engine/merge';
import type { RawCell, ScoreEntry } from '../engine/types';
import { sheetCellA1 } from './a1';

/**
 * A sheet's contents as an adapter reads them: values from A1, and formulas where a cell has one
 * ("=SUM(D7:D13)"), so typed entries can be told from the template's own sums.
 */
export interface Grid {
  sheet: string;
  values: RawCell[][];
  formulas?: (string | null)[][];
}

export interface SheetRecord {
  setId: string;
  version: string;
  year: number;
}

export interface CodeRow {
  code: string;
  row: number;
}

export interface TemplateRead {
  sheet: string;
  record: SheetRecord | null;
  unitName: string;
  headerRow: number;
  columns: { code: number; name: number; max: number; self: number; appraised: number };
  self: ScoreEntry[];
  appraised: ScoreEntry[];
  rows: CodeRow[];
  /** Codes that stand on more than one row. */
  duplicates: { code: string; rows: number[] }[];
}

const CODE = /^\d+(\.\d+)*\.?$/;
/** The record line's pattern, made from the catalogue's own line so the two cannot drift apart. */
const RECORD = new RegExp(
  vi.sheets
    .recordLine('\u0001', '\u0002', 1111)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ +/g, '\\s*')
    .replace('\u0001', '([a-z0-9-]+)')
    .replace('\u0002', '([^|]+?)')
    .replace('1111', '(\\d{4})'),
);

/** Header and label text compared as a person reads it: Unicode form, spaces and case do not matter. */
export const normText = (v: RawCell): string =>
  typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi') : '';

function codeOf(v: RawCell): string | null {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  return CODE.test(text) ? normaliseCode(text) : null;
}

function isFormulaAt(grid: Grid, r: number, c: number): boolean {
  const f = grid.formulas?.[r]?.[c];
  return typeof f === 'string' && f.startsWith('=');
}

/** The header row: the first row holding every required header text; the columns found by their text. */
function findHeader(grid: Grid, headers: readonly string[], required: readonly number[]) {
  const wanted = headers.map((h) => normText(h));
  for (let r = 0; r < grid.values.length; r++) {
    const rowTexts = (grid.values[r] ?? []).map(normText);
    const cols = wanted.map((h) => rowTexts.indexOf(h));
    if (required.every((i) => cols[i] >= 0)) return { row: r, cols };
  }
  return null;
}

function readRecord(grid: Grid, above: number): SheetRecord | null {
  for (let r = 0; r < above; r++) {
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === 'string' ? RECORD.exec(v) : null;
      if (m) return { setId: m[1], version: m[2], year: Number(m[3]) };
    }
  }
  return null;
}

function codeRows(grid: Grid, from: number, codeCol: number) {
  const rows: CodeRow[] = [];
  const seen = new Map<string, number[]>();
  for (let r = from; r < grid.values.length; r++) {
    const code = codeOf(grid.values[r]?.[codeCol] ?? null);
    if (code === null) continue;
    rows.push({ code, row: r });
    seen.set(code, [...(seen.get(code) ?? []), r]);
  }
  const duplicates = [...seen].filter(([, rs]) => rs.length > 1).map(([code, rs]) => ({ code, rows: rs }));
  return { rows, duplicates };
}

function parentCodes(rows: readonly CodeRow[]): Set<string> {
  const parents = new Set<string>();
  for (const { code } of rows) {
    const parts = code.split('.');
    for (let i = 1; i < parts.length; i++) parents.add(parts.slice(0, i).join('.'));
  }
  return parents;
}

/** Reads a scoring template wherever its rows now stand: criteria are found by code, columns by header. */
export function readTemplate(grid: Grid): TemplateRead | null {
  const header = findHeader(grid, vi.sheets.templateHeaders, [0, 2, 3]);
  if (!header) return null;
  const [code, name, max, self, appraised] = header.cols;
  const { rows, duplicates } = codeRows(grid, header.row + 1, code);
  // A parent row's formula is the template's own sum; on a criterion row a formula is what someone typed.
  const parents = parentCodes(rows);
  const entries = (col: number): ScoreEntry[] =>
    col < 0
      ? []
      : rows
          .filter(({ code: c, row }) => !(parents.has(c) && isFormulaAt(grid, row, col)))
          .map(({ code: c, row }) => ({
            code: c,
            raw: grid.values[row]?.[col] ?? null,
            position: { sheet: grid.sheet, row, column: col },
          }));
  const first = grid.values[0]?.[0];
  const unitName =
    typeof first === 'string' && first.trim() !== vi.sheets.unitPlaceholder ? first.trim() : '';
  return {
    sheet: grid.sheet,
    record: readRecord(grid, header.row),
    unitName,
    headerRow: header.row,
    columns: { code, name, max, self, appraised },
    self: entries(self),
    appraised: entries(appraised),
    rows,
    duplicates,
  };
}

export interface PlanRead {
  sheet: string;
  headerRow: number;
  record: SheetRecord | null;
  rows: PreviousPlanRow[];
}

/** Reads a plan sheet the user may have edited: every row below the header with its code, or null. */
export function readPlanSheet(grid: Grid): PlanRead | null {
  const headers = vi.sheets.planHeaders(0, 0);
  const header = findHeader(grid, headers, [0, 5, 6]);
  if (!header) return null;
  const [code, , , , , tasks, unit] = header.cols;
  const headerTexts = (grid.values[header.row] ?? []).map(normText);
  // "Mục tiêu năm <year>": the catalogue's header without its year.
  const targetPrefix = normText(vi.sheets.planHeaders(0, 0)[4]).replace(/\s*0$/, '');
  const target = headerTexts.findIndex((t) => t.startsWith(targetPrefix));
  const out: PreviousPlanRow[] = [];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const nameCell = row[header.cols[1]];
    if (normText(nameCell) === normText(vi.sheets.planTotal)) break;
    const c = codeOf(row[code] ?? null);
    const text = (v: RawCell) => (v === null || v === undefined ? '' : String(v));
    if (c === null && row.every((v) => v === null || v === undefined || v === '')) continue;
    out.push({
      code: c,
      target: target >= 0 ? (row[target] ?? null) : null,
      tasks: text(row[tasks]),
      unit: text(row[unit]),
      location: sheetCellA1(grid.sheet, r, code),
    });
  }
  return { sheet: grid.sheet, headerRow: header.row, record: readRecord(grid, header.row), rows: out };
}

import { readScoreCell } from '../engine/cell';
import { checkScores } from '../engine/check';
import { formatNumberVi, formatPlain, sameScore, sumScores } from '../engine/decimal';
import { buildPlan, type PlanModel } from '../engine/plan';
import { indexByCode, walk } from '../engine/tree';
import type {
  CriteriaSet,
  Message,
  RawCell,
  ScoreColumn,
  ScoreEntry,
  ScoreReport,
  SetNode,
} from '../engine/types';
import { importProblemsEn, importProblemsVi, importWhat } from '../i18n/sets-sheet';
import { vi } from '../i18n/vi';
import { cellA1 } from '../layout/a1';
import type { Grid } from '../layout/read';
import { planSheet } from '../layout/plan-sheet';
import type { SheetSpec } from '../layout/spec';
import { templateSheet, TEMPLATE_COLUMNS } from '../layout/template';
import type { SheetPosition } from './set-sheet';

/** Text as a person compares it when wording varies a little: no accents, no case, single spaces. */
export function fold(v: RawCell): string {
  if (typeof v !== 'string') return '';
  return v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const textOf = (v: RawCell): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return String(v).normalize('NFC').trim();
};
const isBlank = (v: RawCell) => textOf(v) === '';

export interface TableColumns {
  code: number;
  name: number;
  max: number;
  score: number;
  target: number;
  tasks: number;
  unit: number;
}

export interface TableRow {
  code: string;
  name: string;
  maxRaw: RawCell;
  scoreRaw: RawCell;
  targetRaw: RawCell;
  tasks: string;
  unit: string;
  /** 0-based row of the code; continuation rows below it are joined into it. */
  row: number;
}

export interface TableRead {
  sheet: string;
  headerRow: number;
  columns: TableColumns;
  /** The year in "Điểm đạt được năm …" (the assessment year), or one before the plan's year. */
  year: number | null;
  planYear: number | null;
  /** "UBND xã …" from the title lines, when one is there. */
  unitName: string;
  rows: TableRow[];
  /** Rows skipped as repeated headers or column numbering at page breaks (0-based). */
  skipped: number[];
}

const CODE_WORDS = new Set(['stt', 'tt', 'so tt', 'ma', 'ma so', 'so thu tu', 'ma tieu chi']);
const TOTAL_WORDS = new Set(['tong', 'tong cong', 'cong', 'tong diem', 'tong so', 'tong so diem']);
const CODE = /^\d+(\.\d+)*\.?$/;

/** Which column each header names; -1 where none does. Checked in an order that keeps "tiêu chí" off "mục tiêu". */
function headerColumns(texts: readonly string[]): TableColumns {
  const taken = new Set<number>();
  const find = (test: (t: string) => boolean): number => {
    const i = texts.findIndex((t, c) => !taken.has(c) && t !== '' && test(t));
    if (i >= 0) taken.add(i);
    return i;
  };
  const max = find((t) => t.includes('toi da'));
  const target = find((t) => t.includes('muc tieu'));
  const score = find((t) =>
    ['dat duoc', 'diem dat', 'tu danh gia', 'tu cham', 'tham dinh', 'ket qua', 'diem so'].some((w) =>
      t.includes(w),
    ),
  );
  const tasks = find((t) => t.includes('nhiem vu') || t.includes('giai phap'));
  const unit = find((t) => t.includes('don vi') || t.includes('chu tri'));
  const code = find((t) => CODE_WORDS.has(t.replace(/[.:]/g, '').trim()));
  const name = find((t) => t.includes('linh vuc') || t.includes('tieu chi') || t.includes('noi dung'));
  return { code, name, max, score, target, tasks, unit };
}

const foundCount = (c: TableColumns) => Object.values(c).filter((i) => i >= 0).length;
const isHeader = (c: TableColumns) => c.code >= 0 && c.name >= 0 && c.max >= 0 && c.score >= 0;

const yearIn = (text: string): number | null => {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text);
  return m ? Number(m[1]) : null;
};

function codeOf(v: RawCell): string | null {
  const text = typeof v === 'number' ? String(v) : textOf(v);
  return CODE.test(text) ? text.replace(/\.$/, '') : null;
}

/** "1 | 2 | 3 …" or "(1) | (2) …": the column numbering some tables repeat under the header. */
function isNumbering(row: readonly RawCell[]): boolean {
  const filled = row.filter((v) => !isBlank(v)).map((v) => textOf(v).replace(/[()]/g, ''));
  return filled.length >= 3 && filled.every((t, i) => t === String(i + 1));
}

const UNIT =
  /(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:UBND\s+)?(xã|phường|thị trấn|đặc khu)\s+([^\n(),.;/]+)/iu;

/** The unit from the title lines: a line in ordinary case wins over one in capitals. */
function unitNameAbove(grid: Grid, headerRow: number): string {
  let fallback = '';
  for (let r = 0; r < headerRow; r++) {
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === 'string' ? UNIT.exec(v.normalize('NFC')) : null;
      if (!m) continue;
      const place = m[3].replace(/\s+năm\s+\d{4}.*$/iu, '').trim();
      const name = `UBND ${m[2].toLocaleLowerCase('vi')} ${place}`;
      if (place !== place.toLocaleUpperCase('vi')) return name;
      if (fallback === '') {
        const title = place
          .toLocaleLowerCase('vi')
          .replace(/(^|\s)(\p{L})/gu, (_, s: string, ch: string) => s + ch.toLocaleUpperCase('vi'));
        fallback = `UBND ${m[2].toLocaleLowerCase('vi')} ${title}`;
      }
    }
  }
  return fallback;
}

/**
 * Finds a score table typed by hand or pasted from Word (like the seed's appendix): the header by its
 * wording, field rows "1." in capitals, numbers as text with decimal commas, blank rows and repeated headers
 * at page breaks, a name or task carried on to the next row without a code (joined to the row above).
 */
export function readTable(grid: Grid): TableRead | null {
  let headerRow = -1;
  let columns: TableColumns | null = null;
  let dataStart = 0;
  let headerTexts: string[] = [];
  for (let r = 0; r < grid.values.length && headerRow < 0; r++) {
    const raw = (grid.values[r] ?? []).map((v) => textOf(v));
    const texts = (grid.values[r] ?? []).map(fold);
    const single = headerColumns(texts);
    // A header split over two rows ("Điểm" above "tối đa"): the joined texts name more columns.
    const next = grid.values[r + 1] ?? [];
    const nextIsHeader =
      foundCount(single) >= 2 &&
      next.some((v) => !isBlank(v)) &&
      !next.some((v) => codeOf(v) !== null) &&
      !isHeader(headerColumns(next.map(fold)));
    const joined = nextIsHeader
      ? headerColumns(texts.map((t, c) => `${t} ${fold(next[c] ?? null)}`.trim()))
      : null;
    if (joined && isHeader(joined) && (!isHeader(single) || foundCount(joined) > foundCount(single))) {
      headerRow = r;
      columns = joined;
      dataStart = r + 2;
      headerTexts = raw.map((t, c) => `${t} ${textOf(next[c] ?? null)}`.trim());
    } else if (isHeader(single)) {
      headerRow = r;
      columns = single;
      dataStart = r + 1;
      headerTexts = raw;
    }
  }
  if (!columns) return null;
  const C = columns;
  const at = (r: number, c: number): RawCell => (c < 0 ? null : (grid.values[r]?.[c] ?? null));
  const scoreYear = C.score >= 0 ? yearIn(headerTexts[C.score] ?? '') : null;
  const targetYear = C.target >= 0 ? yearIn(headerTexts[C.target] ?? '') : null;
  let titleYear: number | null = null;
  for (let r = 0; r < headerRow && titleYear === null; r++) {
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === 'string' ? /năm\s+((?:19|20)\d{2})/iu.exec(v) : null;
      if (m) titleYear = Number(m[1]);
    }
  }
  const planYear = targetYear ?? titleYear;
  const year = scoreYear ?? (planYear !== null ? planYear - 1 : null);

  const rows: TableRow[] = [];
  const skipped: number[] = [];
  const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a} ${b}`);
  for (let r = dataStart; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    if (cells.every(isBlank)) continue;
    const texts = cells.map(fold);
    if (isHeader(headerColumns(texts)) || isNumbering(cells)) {
      skipped.push(r);
      continue;
    }
    const nameText = textOf(at(r, C.name));
    if (TOTAL_WORDS.has(fold(nameText)) || TOTAL_WORDS.has(fold(at(r, C.code)))) break;
    const code = codeOf(at(r, C.code));
    if (code !== null) {
      rows.push({
        code,
        name: nameText,
        maxRaw: at(r, C.max),
        scoreRaw: at(r, C.score),
        targetRaw: at(r, C.target),
        tasks: textOf(at(r, C.tasks)),
        unit: textOf(at(r, C.unit)),
        row: r,
      });
      continue;
    }
    // A row without a code carries on the row above: its text is joined, a figure fills a blank above.
    const prev = rows[rows.length - 1];
    if (!prev) continue;
    prev.name = join(join(prev.name, textOf(at(r, C.code))), nameText);
    prev.tasks = join(prev.tasks, textOf(at(r, C.tasks)));
    prev.unit = join(prev.unit, textOf(at(r, C.unit)));
    if (isBlank(prev.maxRaw)) prev.maxRaw = at(r, C.max);
    if (isBlank(prev.scoreRaw)) prev.scoreRaw = at(r, C.score);
    if (isBlank(prev.targetRaw)) prev.targetRaw = at(r, C.target);
  }
  return {
    sheet: grid.sheet,
    headerRow,
    columns: C,
    year,
    planYear: planYear ?? (year !== null ? year + 1 : null),
    unitName: unitNameAbove(grid, headerRow),
    rows,
    skipped,
  };
}

/** The first sheet holding a score table (the named one when given). */
export function findTable(grids: readonly Grid[], sheet?: string): TableRead | null {
  for (const grid of grids) {
    if (sheet !== undefined && grid.sheet !== sheet) continue;
    const read = readTable(grid);
    if (read) return read;
  }
  return null;
}

export type ImportProblemCode = keyof typeof importProblemsVi;

export interface ImportProblem {
  code: ImportProblemCode;
  severity: 'error';
  criterion: string;
  position: SheetPosition | null;
  message: Message;
}

export interface ImportResult {
  table: TableRead;
  set: CriteriaSet;
  column: ScoreColumn;
  year: number;
  /** Differences between the table and the set, in the table's order. */
  problems: ImportProblem[];
  /** The table's scores as entries of the chosen column, for the set's criteria the table has. */
  entries: ScoreEntry[];
  /** The scores checked against the set (only problems the import does not already report). */
  report: ScoreReport;
  /** Set codes the table lacks (the topmost of each missing branch). */
  missing: string[];
}

const number = (raw: RawCell): number | null => {
  const r = readScoreCell(raw);
  return r.kind === 'number' ? r.value : null;
};

/** Compares a table with a set: missing criteria, unknown codes, max points that differ, rows off their sums. */
export function compareTable(table: TableRead, set: CriteriaSet, column: ScoreColumn = 'self'): ImportResult {
  const problems: (ImportProblem & { order: number })[] = [];
  const C = table.columns;
  const pos = (row: number, col: number): SheetPosition => ({ sheet: table.sheet, row, column: col });
  const add = <K extends ImportProblemCode>(
    code: K,
    criterion: string,
    row: number,
    col: number,
    params: Omit<Parameters<(typeof importProblemsVi)[K]>[0], 'cell'>,
    enParams: Omit<Parameters<(typeof importProblemsVi)[K]>[0], 'cell'> = params,
  ) => {
    const cell = cellA1(row, col);
    const viFn = importProblemsVi[code] as (p: unknown) => string;
    const enFn = importProblemsEn[code] as (p: unknown) => string;
    problems.push({
      code,
      severity: 'error',
      criterion,
      position: pos(row, col),
      message: { vi: viFn({ ...params, cell }), en: enFn({ ...enParams, cell }) },
      order: row * 100 + col,
    });
  };

  const nodes = indexByCode(set);
  const byCode = new Map<string, TableRow>();
  for (const r of table.rows) {
    const first = byCode.get(r.code);
    if (first) {
      add('DUPLICATE_ROW', r.code, r.row, C.code, { code: r.code, first: cellA1(first.row, C.code) });
      continue;
    }
    byCode.set(r.code, r);
    const node = nodes.get(r.code);
    if (!node) {
      add('UNKNOWN_IN_TABLE', r.code, r.row, C.code, { code: r.code });
      continue;
    }
    const max = number(r.maxRaw);
    if (max !== null && !sameScore(max, node.max)) {
      add(
        'MAX_DIFFERS',
        r.code,
        r.row,
        C.max,
        { code: r.code, table: formatNumberVi(max), set: formatNumberVi(node.max) },
        { code: r.code, table: formatPlain(max), set: formatPlain(node.max) },
      );
    }
    for (const [key, col, raw] of [
      ['max', C.max, r.maxRaw],
      ['score', C.score, r.scoreRaw],
      ['target', C.target, r.targetRaw],
    ] as const) {
      const reading = readScoreCell(raw);
      if (col >= 0 && reading.kind === 'invalid')
        add(
          'BAD_VALUE',
          r.code,
          r.row,
          col,
          { code: r.code, what: importWhat.vi[key], text: reading.text },
          {
            code: r.code,
            what: importWhat.en[key],
            text: reading.text,
          },
        );
    }
  }

  // A row with rows below it in the table (a field, a criterion with sub-criteria) should be their sum.
  const kids = new Map<string, TableRow[]>();
  for (const r of byCode.values()) {
    const parent = r.code.split('.').slice(0, -1).join('.');
    if (parent !== '' && byCode.has(parent)) kids.set(parent, [...(kids.get(parent) ?? []), r]);
  }
  for (const [code, list] of kids) {
    const parent = byCode.get(code) as TableRow;
    for (const [key, col] of [
      ['max', C.max],
      ['score', C.score],
      ['target', C.target],
    ] as const) {
      if (col < 0) continue;
      const rawOf = (r: TableRow) => (key === 'max' ? r.maxRaw : key === 'score' ? r.scoreRaw : r.targetRaw);
      const value = number(rawOf(parent));
      const values = list.map((k) => number(rawOf(k))).filter((v): v is number => v !== null);
      if (value === null || values.length === 0) continue;
      const sum = sumScores(values);
      if (sameScore(sum, value)) continue;
      add(
        'SUM_DIFFERS',
        code,
        parent.row,
        col,
        { code, what: importWhat.vi[key], value: formatNumberVi(value), sum: formatNumberVi(sum) },
        { code, what: importWhat.en[key], value: formatPlain(value), sum: formatPlain(sum) },
      );
    }
  }

  // The set's items the table lacks; under a missing item its children go unsaid.
  const missing: string[] = [];
  const lastRowUnder = (node: SetNode, parent: SetNode | null): number | null => {
    const siblings = parent ? parent.children : set.fields;
    const before = siblings.slice(0, siblings.indexOf(node)).reverse();
    for (const s of before) {
      const rowsOf = walk({ fields: [s] })
        .map((n) => byCode.get(n.code)?.row)
        .filter((r): r is number => r !== undefined);
      if (rowsOf.length > 0) return Math.max(...rowsOf);
    }
    return parent ? (byCode.get(parent.code)?.row ?? null) : null;
  };
  const present = (n: SetNode) => walk({ fields: [n] }).some((x) => byCode.has(x.code));
  const visit = (node: SetNode, parent: SetNode | null) => {
    // A table printed at criterion level (no sub-criterion rows under a criterion) lacks nothing.
    const atCriterionLevel =
      node.level === 'subCriterion' && parent !== null && !parent.children.some(present);
    if (!byCode.has(node.code) && !atCriterionLevel) {
      missing.push(node.code);
      const after = lastRowUnder(node, parent) ?? table.headerRow;
      const params = { code: node.code, name: node.name, max: formatNumberVi(node.max) };
      add('MISSING_IN_TABLE', node.code, after, C.code, params, { ...params, max: formatPlain(node.max) });
      // Placed just below the row it should follow.
      problems[problems.length - 1].order = after * 100 + 99;
      return;
    }
    node.children.forEach((c) => visit(c, node));
  };
  set.fields.forEach((f) => visit(f, null));

  // The scores: every set criterion the table has, or a parent whose rows below are all absent.
  const entries: ScoreEntry[] = [];
  const feed = (node: SetNode) => {
    const row = byCode.get(node.code);
    const kidsPresent = node.children.some((c) => walk({ fields: [c] }).some((n) => byCode.has(n.code)));
    if (row && (node.children.length === 0 || !kidsPresent)) {
      entries.push({
        code: node.code,
        raw: row.scoreRaw,
        position: C.score >= 0 ? { sheet: table.sheet, row: row.row, column: C.score } : undefined,
      });
      return;
    }
    node.children.forEach(feed);
  };
  set.fields.forEach(feed);
  const checked = checkScores(set, entries, { column });
  const covered = (code: string) => missing.some((m) => code === m || code.startsWith(`${m}.`));
  // Text numbers are what such tables hold and become numbers when written; absent rows are said above.
  const report: ScoreReport = {
    ...checked,
    problems: checked.problems.filter(
      (p) => p.code !== 'TEXT_NUMBER' && !(p.code === 'MISSING' && covered(p.criterion)),
    ),
  };
  problems.sort((a, b) => a.order - b.order);
  return {
    table,
    set,
    column,
    year: table.year ?? set.assessmentYear,
    problems: problems.map(({ order: _order, ...p }) => p),
    entries,
    report,
    missing,
  };
}

export interface ImportSheets {
  template: SheetSpec;
  /** The table as the previous plan appendix: `plan` finds it and keeps its tasks, units and targets. */
  plan: SheetSpec;
  planModel: PlanModel;
  /** How many scores went into the template. */
  filled: number;
}

/** The template of the table's year with its scores in the chosen column, and the table as last plan. */
export function importSheets(result: ImportResult, options: { unitName?: string } = {}): ImportSheets {
  const { set, table, column, year } = result;
  const unitName = options.unitName ?? table.unitName;
  const template = templateSheet(set, { year, unitName });
  const col = column === 'self' ? TEMPLATE_COLUMNS.self : TEMPLATE_COLUMNS.appraised;
  const rowOfCode = new Map<string, number>();
  for (let r = template.dataRows.first; r < template.dataRows.last; r++) {
    const code = template.cells[r]?.[TEMPLATE_COLUMNS.code];
    if (typeof code === 'string') rowOfCode.set(code, r);
  }
  let filled = 0;
  for (const e of result.entries) {
    const r = rowOfCode.get(e.code);
    if (r === undefined) continue;
    const reading = readScoreCell(e.raw);
    // Numbers are stored as numbers; what is not one stays as typed, so the check shows it at its cell.
    const value =
      reading.kind === 'number'
        ? reading.value
        : reading.kind === 'na'
          ? vi.sheets.naMark
          : reading.kind === 'blank'
            ? null
            : textOf(e.raw);
    if (value === null) continue;
    template.cells[r][col] = value;
    filled++;
  }

  const empty = checkScores(set, [], { column: 'self' });
  const scores = column === 'self' ? { self: result.report } : { self: empty, appraised: result.report };
  const model = buildPlan(set, scores, { assessmentYear: year, planYear: year + 1, unitName });
  const byCode = new Map(result.table.rows.map((r) => [r.code, r]));
  const planModel: PlanModel = {
    ...model,
    rows: model.rows.map((row) => {
      const t = byCode.get(row.code);
      if (!t) return row;
      const target = row.level === 'field' ? row.target : (number(t.targetRaw) ?? row.target);
      return { ...row, tasks: t.tasks, unit: t.unit, target };
    }),
  };
  return { template, plan: planSheet(planModel), planModel, filled };
}

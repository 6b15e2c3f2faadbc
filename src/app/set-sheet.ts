import { setProblemText } from '../i18n/set-problems';
import { readScoreCell } from '../engine/cell';
import { loadSet, type SetProblemCode } from '../engine/set';
import { setProblemsEn, setProblemsVi } from '../i18n/set-problems';
import type { CriteriaSetJson, CriterionJson, FieldJson, NodeJson } from '../engine/set-model';
import { compareCodes } from '../engine/tree';
import { sameScore, sumScores } from '../engine/decimal';
import type { CriteriaSet, Message, NodeKind, RawCell } from '../engine/types';
import { setSheetProblemsEn, setSheetProblemsVi, setSheetTexts as T, setSheetWhat } from '../i18n/sets-sheet';
import { cellA1, sheetCellA1 } from '../layout/a1';
import { normText, type Grid } from '../layout/read';

/** A cell of a sheet, 0-based. */
export interface SheetPosition {
  sheet: string;
  row: number;
  column: number;
}

export type SetSheetProblemCode = SetProblemCode | keyof typeof setSheetProblemsVi;

/** One mistake in a criteria sheet, at its cell. */
export interface SetSheetProblem {
  code: SetSheetProblemCode;
  severity: 'error';
  /** The criterion's code, where the problem belongs to one. */
  criterion: string | null;
  position: SheetPosition | null;
  message: Message;
}

export interface SetSheetRead {
  sheet: string;
  headerRow: number;
  /** The set, only when the sheet has no problem at all. */
  set: CriteriaSet | null;
  /** The set document as read, with placeholders where a cell could not be read. */
  json: CriteriaSetJson;
  problems: SetSheetProblem[];
}

interface At {
  row: number;
  col: number;
}

const CODE = /^\d+(\.\d+)*\.?$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const MAX_DEPTH = 3;

const textOf = (v: RawCell): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return String(v);
};
const isBlank = (v: RawCell) => textOf(v).trim() === '';

/** The header row of the criteria table: the first row holding the code, name and max headers. */
function findTableHeader(grid: Grid): { row: number; cols: number[] } | null {
  const wanted = T.headers.map((h) => normText(h));
  for (let r = 0; r < grid.values.length; r++) {
    const texts = (grid.values[r] ?? []).map(normText);
    const cols = wanted.map((h) => texts.indexOf(h));
    if (cols[0] >= 0 && cols[1] >= 0 && cols[2] >= 0) return { row: r, cols };
  }
  return null;
}

/** Whether a grid holds a criteria sheet (its table header), without reading it. */
export function isSetSheet(grid: Grid): boolean {
  return findTableHeader(grid) !== null;
}

/** The first criteria sheet among the grids, read; null when there is none. */
export function findSetSheet(grids: readonly Grid[]): SetSheetRead | null {
  for (const grid of grids) {
    const read = readSetSheet(grid);
    if (read) return read;
  }
  return null;
}

type Section = 'bands' | 'units' | 'notes';

function sectionAt(row: readonly RawCell[]): Section | null {
  const texts = row.map(normText).filter((t) => t !== '');
  const bandHeaders = T.bandHeaders.map((h) => normText(h));
  if (bandHeaders.every((h) => texts.includes(h))) return 'bands';
  if (texts.length !== 1) return null;
  if (texts[0] === normText(T.bandsHeading)) return 'bands';
  if (texts[0] === normText(T.unitsHeader)) return 'units';
  if (texts[0] === normText(T.notesHeader)) return 'notes';
  return null;
}

/** Reads a criteria sheet back as a set, checked the way a JSON set is, each problem at its cell. */
export function readSetSheet(grid: Grid): SetSheetRead | null {
  const header = findTableHeader(grid);
  if (!header) return null;
  const problems: SetSheetProblem[] = [];
  const cellMap = new Map<string, At>();
  const value = (r: number, c: number): RawCell => (c < 0 ? null : (grid.values[r]?.[c] ?? null));
  const pos = (at: At): SheetPosition => ({ sheet: grid.sheet, row: at.row, column: at.col });
  const own = <K extends keyof typeof setSheetProblemsVi>(
    code: K,
    at: At,
    criterion: string | null,
    params: Omit<Parameters<(typeof setSheetProblemsVi)[K]>[0], 'cell'>,
  ) => {
    const p = { ...params, cell: cellA1(at.row, at.col) } as Parameters<(typeof setSheetProblemsVi)[K]>[0];
    const vi = setSheetProblemsVi[code] as (x: typeof p) => string;
    const en = setSheetProblemsEn[code] as (x: typeof p) => string;
    problems.push({
      code,
      severity: 'error',
      criterion,
      position: pos(at),
      message: { vi: vi(p), en: en(p) },
    });
  };
  const ownWhat = (
    code: 'EMPTY' | 'BAD_NUMBER',
    at: At,
    criterion: string | null,
    key: keyof typeof setSheetWhat.vi,
    text = '',
  ) => {
    const params = { cell: cellA1(at.row, at.col), text };
    const vi = setSheetProblemsVi[code]({ ...params, what: setSheetWhat.vi[key] });
    const en = setSheetProblemsEn[code]({ ...params, what: setSheetWhat.en[key] });
    problems.push({ code, severity: 'error', criterion, position: pos(at), message: { vi, en } });
  };

  // Where the sections below the table start: the table ends at the first of them.
  let tableEnd = grid.values.length;
  const sections = new Map<Section, number>();
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const s = sectionAt(grid.values[r] ?? []);
    if (s === null) continue;
    tableEnd = Math.min(tableEnd, r);
    if (s === 'bands') {
      // The heading and the header row both mark the bands; the header row is the one with "Từ".
      const isHeader = (grid.values[r] ?? []).map(normText).includes(normText(T.bandHeaders[1]));
      if (isHeader) sections.set('bands', r);
    } else if (!sections.has(s)) sections.set(s, r);
  }

  // Identity: a label anywhere above the table, its value the first filled cell to its right.
  const identity = new Map<string, { raw: RawCell; at: At }>();
  for (let r = 0; r < header.row; r++) {
    const row = grid.values[r] ?? [];
    row.forEach((cell, c) => {
      const key = Object.entries(T.labels).find(([, label]) => normText(label) === normText(cell))?.[0];
      if (!key || identity.has(key)) return;
      let vc = c + 1;
      while (vc < row.length && isBlank(row[vc])) vc++;
      identity.set(
        key,
        vc < row.length
          ? { raw: row[vc], at: { row: r, col: vc } }
          : { raw: null, at: { row: r, col: c + 1 } },
      );
    });
  }
  const idAt = (key: keyof typeof T.labels): At => identity.get(key)?.at ?? { row: header.row, col: 0 };
  const idText = (key: keyof typeof T.labels) => textOf(identity.get(key)?.raw ?? null).trim();
  const idNumber = (key: keyof typeof T.labels, whatKey: keyof typeof setSheetWhat.vi): number | null => {
    const raw = identity.get(key)?.raw ?? null;
    const reading = readScoreCell(raw);
    if (reading.kind === 'number') return reading.value;
    if (reading.kind === 'blank') ownWhat('EMPTY', idAt(key), null, whatKey);
    else ownWhat('BAD_NUMBER', idAt(key), null, whatKey, textOf(raw));
    return null;
  };
  for (const [key, path] of [
    ['id', 'id'],
    ['version', 'version'],
    ['name', 'name'],
    ['province', 'province'],
    ['assessmentYear', 'assessmentYear'],
    ['decisionNumber', 'decision.number'],
    ['decisionDate', 'decision.date'],
    ['decisionIssuer', 'decision.issuer'],
    ['total', 'total'],
    ['basis', 'scale.basis'],
    ['confirmed', 'scale.confirmed'],
    ['scaleNote', 'scale.note'],
  ] as const) {
    cellMap.set(path, idAt(key));
  }

  let id = idText('id');
  if (id === '') {
    ownWhat('EMPTY', idAt('id'), null, 'id');
    id = 'bo-tieu-chi';
  } else if (!ID.test(id)) {
    own('BAD_ID', idAt('id'), null, { text: id });
    id = 'bo-tieu-chi';
  }
  let version = idText('version');
  if (version === '') {
    ownWhat('EMPTY', idAt('version'), null, 'version');
    version = '?';
  }
  let name = idText('name');
  if (name === '') {
    ownWhat('EMPTY', idAt('name'), null, 'setName');
    name = '?';
  }
  const yearRead = idNumber('assessmentYear', 'year');
  const year =
    yearRead !== null && Number.isInteger(yearRead) && yearRead >= 2000 && yearRead <= 2100 ? yearRead : null;
  if (yearRead !== null && year === null)
    ownWhat(
      'BAD_NUMBER',
      idAt('assessmentYear'),
      null,
      'year',
      textOf(identity.get('assessmentYear')?.raw ?? null),
    );
  const totalRead = idNumber('total', 'total');
  const basisText = normText(identity.get('basis')?.raw ?? null);
  let basis: 'points' | 'percent' = 'points';
  if (basisText === normText(T.basis.percent) || basisText === '%') basis = 'percent';
  else if (basisText !== '' && basisText !== normText(T.basis.points))
    own('BAD_BASIS', idAt('basis'), null, { text: idText('basis') });

  // The criteria table: one row per field, criterion and sub-criterion, tied by code.
  const C = header.cols;
  interface Row {
    code: string;
    depth: number;
    row: number;
    node: NodeJson;
  }
  const rows: Row[] = [];
  // Codes whose figures cannot be trusted (a cell unreadable, a row left out below them): no sum check on them.
  const tainted = new Set<string>();
  const taintUp = (code: string) => {
    const parts = code.split('.');
    for (let i = parts.length; i >= 1; i--) tainted.add(parts.slice(0, i).join('.'));
  };
  const lastCodeAbove: string[] = [];
  for (let r = header.row + 1; r < tableEnd; r++) {
    const cells = grid.values[r] ?? [];
    if (cells.every(isBlank)) continue;
    const codeRaw = textOf(value(r, C[0])).trim();
    const above = lastCodeAbove[lastCodeAbove.length - 1];
    if (codeRaw === '') {
      own('NO_CODE', { row: r, col: C[0] }, null, { row: r + 1 });
      if (above) taintUp(above);
      continue;
    }
    if (!CODE.test(codeRaw)) {
      own('BAD_CODE', { row: r, col: C[0] }, null, { text: codeRaw });
      if (above) taintUp(above);
      continue;
    }
    const code = codeRaw.replace(/\.$/, '');
    const depth = code.split('.').length;
    if (depth > MAX_DEPTH) {
      own('TOO_DEEP', { row: r, col: C[0] }, code, { code });
      taintUp(code.split('.').slice(0, MAX_DEPTH).join('.'));
      continue;
    }
    lastCodeAbove.push(code);
    const nodeName = textOf(value(r, C[1])).trim();
    if (nodeName === '') ownWhat('EMPTY', { row: r, col: C[1] }, code, 'name');
    const maxRaw = value(r, C[2]);
    const maxReading = readScoreCell(maxRaw);
    let max = 0;
    if (maxReading.kind === 'number') max = maxReading.value;
    else {
      if (maxReading.kind === 'blank') ownWhat('EMPTY', { row: r, col: C[2] }, code, 'max');
      else ownWhat('BAD_NUMBER', { row: r, col: C[2] }, code, 'max', textOf(maxRaw));
      taintUp(code);
    }
    const kindText = normText(value(r, C[3]));
    let kind: NodeKind = 'scored';
    const kindKey = (Object.keys(T.kinds) as NodeKind[]).find((k) => normText(T.kinds[k]) === kindText);
    if (kindKey) kind = kindKey;
    else if (kindText !== '')
      own('BAD_KIND', { row: r, col: C[3] }, code, { text: textOf(value(r, C[3])).trim() });
    const naText = normText(value(r, C[4]));
    let naAllowed = false;
    if (naText === normText(T.yes) || naText === 'x') naAllowed = true;
    else if (naText !== '' && naText !== 'không')
      own('BAD_NA', { row: r, col: C[4] }, code, { text: textOf(value(r, C[4])).trim() });
    rows.push({
      code,
      depth,
      row: r,
      node: {
        code,
        name: nodeName === '' ? code : nodeName,
        max,
        kind,
        naAllowed,
        tasks: textOf(value(r, C[5])),
        unit: textOf(value(r, C[6])),
      },
    });
  }

  // Rows tied by code, whatever order staff left them in; a duplicate is reported once and left out.
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => compareCodes(a.r.code, b.r.code) || a.i - b.i);
  const byCode = new Map<string, { row: Row; json: FieldJson & CriterionJson; kids: NodeJson[] }>();
  const fields: { row: Row; json: FieldJson }[] = [];
  const left = new Set<string>();
  const sheetOrder = [...rows].sort((a, b) => a.row - b.row);
  for (const { r } of sorted) {
    const first = byCode.get(r.code);
    if (first) {
      problems.push({
        code: 'DUPLICATE_CODE',
        severity: 'error',
        criterion: r.code,
        position: pos({ row: r.row, col: C[0] }),
        message: {
          vi: setProblemsVi.DUPLICATE_CODE({ code: r.code }),
          en: setProblemsEn.DUPLICATE_CODE({ code: r.code }),
        },
      });
      taintUp(r.code);
      continue;
    }
    const entry = { row: r, json: { ...r.node } as FieldJson & CriterionJson, kids: [] as NodeJson[] };
    if (r.depth === 1) {
      byCode.set(r.code, entry);
      fields.push({ row: r, json: entry.json });
      continue;
    }
    const parentCode = r.code.split('.').slice(0, -1).join('.');
    const parent = byCode.get(parentCode);
    if (parent) {
      byCode.set(r.code, entry);
      parent.kids.push(entry.json);
      continue;
    }
    if (left.has(parentCode)) {
      // Its parent was left out already and said so; one message is enough.
      left.add(r.code);
      continue;
    }
    left.add(r.code);
    // The row standing above it one level up is what staff meant as its parent.
    const placed = sheetOrder.filter((x) => x.row < r.row && x.depth === r.depth - 1).pop();
    const at = { row: r.row, col: C[0] };
    if (placed) {
      problems.push({
        code: 'CODE_NOT_UNDER_PARENT',
        severity: 'error',
        criterion: r.code,
        position: pos(at),
        message: {
          vi: setProblemsVi.CODE_NOT_UNDER_PARENT({ code: r.code, parent: placed.code }),
          en: setProblemsEn.CODE_NOT_UNDER_PARENT({ code: r.code, parent: placed.code }),
        },
      });
      taintUp(placed.code);
    } else {
      own('NO_PARENT', at, r.code, { code: r.code, parent: parentCode });
      taintUp(parentCode);
    }
  }

  // JSON paths of the document, so the JSON checks' problems land on cells.
  const fieldDocs: FieldJson[] = [];
  fields.forEach(({ row, json }, fi) => {
    const path = `fields[${fi}]`;
    registerNode(cellMap, path, row.row, C);
    const fieldKids = byCode.get(row.code)?.kids ?? [];
    const criteria: CriterionJson[] = fieldKids.map((c, ci) => {
      const cPath = `${path}.criteria[${ci}]`;
      const cEntry = byCode.get(c.code);
      if (cEntry) registerNode(cellMap, cPath, cEntry.row.row, C);
      const subs = (cEntry?.kids ?? []).map((s, si) => {
        const sEntry = byCode.get(s.code);
        if (sEntry) registerNode(cellMap, `${cPath}.subCriteria[${si}]`, sEntry.row.row, C);
        return { ...s };
      });
      return { ...c, subCriteria: subs };
    });
    fieldDocs.push({ ...json, criteria });
  });
  cellMap.set('fields', { row: header.row, col: C[0] });

  // Classification bands below the table.
  const bands: { name: string; min: number; max: number }[] = [];
  let bandsTainted = false;
  const bandsHeader = sections.get('bands');
  if (bandsHeader !== undefined) {
    const hdr = (grid.values[bandsHeader] ?? []).map(normText);
    const [nc, fc, tc] = T.bandHeaders.map((h) => hdr.indexOf(normText(h)));
    cellMap.set('scale.bands', { row: bandsHeader, col: nc });
    for (let r = bandsHeader + 1; r < grid.values.length; r++) {
      const cells = grid.values[r] ?? [];
      if (cells.every(isBlank) || sectionAt(cells) !== null) break;
      const bandName = textOf(value(r, nc)).trim();
      const i = bands.length;
      const num = (c: number, key: 'from' | 'to') => {
        const raw = value(r, c);
        const reading = readScoreCell(raw);
        if (reading.kind === 'number') return reading.value;
        bandsTainted = true;
        if (reading.kind === 'blank') ownWhat('EMPTY', { row: r, col: c }, null, key);
        else ownWhat('BAD_NUMBER', { row: r, col: c }, null, key, textOf(raw));
        return 0;
      };
      if (bandName === '') ownWhat('EMPTY', { row: r, col: nc }, null, 'band');
      bands.push({ name: bandName === '' ? '?' : bandName, min: num(fc, 'from'), max: num(tc, 'to') });
      cellMap.set(`scale.bands[${i}]`, { row: r, col: nc });
      cellMap.set(`scale.bands[${i}].name`, { row: r, col: nc });
      cellMap.set(`scale.bands[${i}].min`, { row: r, col: fc });
      cellMap.set(`scale.bands[${i}].max`, { row: r, col: tc });
    }
  }

  const listBelow = (section: Section): string[] => {
    const start = sections.get(section);
    if (start === undefined) return [];
    const col = (grid.values[start] ?? []).findIndex((v) => !isBlank(v));
    const out: string[] = [];
    for (let r = start + 1; r < grid.values.length; r++) {
      const cells = grid.values[r] ?? [];
      if (cells.every(isBlank) || sectionAt(cells) !== null) break;
      const text = textOf(value(r, col)).trim();
      if (text !== '') out.push(text);
    }
    return out;
  };

  const json: CriteriaSetJson = {
    id,
    version,
    name,
    province: idText('province'),
    level: 'xa',
    assessmentYear: year ?? 2000,
    decision: {
      number: idText('decisionNumber'),
      date: dateText(identity.get('decisionDate')?.raw ?? null),
      issuer: idText('decisionIssuer'),
    },
    total: totalRead ?? 0,
    fields: fieldDocs,
    scale: {
      basis,
      bands,
      confirmed: normText(identity.get('confirmed')?.raw ?? null) === normText(T.yes),
      note: idText('scaleNote'),
    },
    units: listBelow('units'),
    notes: listBelow('notes'),
  };

  const loaded = loadSet(json);
  const knockOn = knockOnMismatches(json);
  const anyFieldTainted = totalRead === null || fieldDocs.some((f) => tainted.has(f.code));
  for (const p of loaded.problems) {
    const code = codeAtPath(json, p.path);
    if (p.code === 'PARENT_MAX_MISMATCH' && code !== null && (tainted.has(code) || knockOn.has(code)))
      continue;
    if (p.code === 'TOTAL_MISMATCH' && anyFieldTainted) continue;
    if ((p.code === 'BANDS_OVERLAP' || p.code === 'BANDS_GAP' || p.code === 'BANDS_RANGE') && bandsTainted)
      continue;
    const at = lookup(cellMap, p.path);
    problems.push({
      code: p.code,
      severity: 'error',
      criterion: code,
      position: at ? pos(at) : null,
      message: { vi: setProblemText(p, 'vi'), en: setProblemText(p, 'en') },
    });
  }
  problems.sort(
    (a, b) =>
      (a.position?.row ?? -1) - (b.position?.row ?? -1) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
  return {
    sheet: grid.sheet,
    headerRow: header.row,
    set: problems.length === 0 ? loaded.set : null,
    json,
    problems,
  };
}

/**
 * Parents whose max is off only because a child's own max is off from its children: one changed max is one
 * mistake, said once at the child. A parent is left out when it matches its children taken at their sums.
 */
function knockOnMismatches(doc: CriteriaSetJson): Set<string> {
  const out = new Set<string>();
  type Item = NodeJson & { criteria?: Item[]; subCriteria?: Item[] };
  const kidsOf = (n: Item): Item[] => n.criteria ?? n.subCriteria ?? [];
  // The max a node should have: its children's, where it has children.
  const effective = (n: Item): number => {
    const kids = kidsOf(n);
    return kids.length === 0 ? n.max : sumScores(kids.map(effective));
  };
  const visit = (n: Item) => {
    const kids = kidsOf(n);
    if (kids.length === 0) return;
    const declared = sumScores(kids.map((k) => k.max));
    const anyChildOff = kids.some((k) => kidsOf(k).length > 0 && !sameScore(k.max, effective(k)));
    if (!sameScore(declared, n.max) && anyChildOff && sameScore(effective(n), n.max)) out.add(n.code);
    kids.forEach(visit);
  };
  (doc.fields as Item[]).forEach(visit);
  return out;
}

function registerNode(map: Map<string, At>, path: string, row: number, cols: number[]): void {
  map.set(path, { row, col: cols[0] });
  map.set(`${path}.code`, { row, col: cols[0] });
  map.set(`${path}.name`, { row, col: cols[1] });
  map.set(`${path}.max`, { row, col: cols[2] });
  map.set(`${path}.kind`, { row, col: Math.max(cols[3], 0) });
  map.set(`${path}.naAllowed`, { row, col: Math.max(cols[4], 0) });
}

/** The cell of a JSON path, or of the nearest enclosing path that has one. */
function lookup(map: Map<string, At>, path: string): At | null {
  let p = path;
  while (p !== '') {
    const at = map.get(p);
    if (at) return at;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

/** The code of the node a JSON path points into ("fields[1].criteria[0].max" → "2.1"). */
function codeAtPath(doc: CriteriaSetJson, path: string): string | null {
  const m = /^fields\[(\d+)\](?:\.criteria\[(\d+)\](?:\.subCriteria\[(\d+)\])?)?/.exec(path);
  if (!m) return null;
  const field = doc.fields[Number(m[1])];
  if (!field) return null;
  if (m[2] === undefined) return field.code;
  const criterion = field.criteria?.[Number(m[2])];
  if (!criterion) return null;
  if (m[3] === undefined) return criterion.code;
  return criterion.subCriteria?.[Number(m[3])]?.code ?? null;
}

/** A date cell arrives as ISO text; the set keeps the Vietnamese dd/mm/yyyy. */
function dateText(raw: RawCell): string {
  const text = textOf(raw).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
}

/** Positions as A1 with the sheet, for the edges that print them. */
export function problemCellA1(p: SetSheetProblem): string | null {
  if (!p.position) return null;
  return sheetCellA1(p.position.sheet, p.position.row, p.position.column);
}

/** A set as the JSON document a province's set is written in, defaults left out (src/sets/*.json). */
export function setToJson(set: CriteriaSet): CriteriaSetJson {
  const node = (n: CriteriaSet['fields'][number]): NodeJson => ({
    code: n.code,
    name: n.name,
    max: n.max,
    ...(n.kind !== 'scored' && { kind: n.kind }),
    ...(n.naAllowed && { naAllowed: true }),
    ...(n.tasks !== '' && { tasks: n.tasks }),
    ...(n.unit !== '' && { unit: n.unit }),
  });
  return {
    id: set.id,
    version: set.version,
    name: set.name,
    province: set.province,
    level: set.level,
    assessmentYear: set.assessmentYear,
    decision: { ...set.decision },
    total: set.total,
    fields: set.fields.map((f) => ({
      ...node(f),
      criteria: f.children.map((c) => ({
        ...node(c),
        ...(c.children.length > 0 && { subCriteria: c.children.map(node) }),
      })),
    })),
    scale: {
      basis: set.scale.basis,
      bands: set.scale.bands.map((b) => ({ ...b })),
      confirmed: set.scale.confirmed,
      note: set.scale.note,
    },
    units: [...set.units],
    notes: [...set.notes],
  };
}

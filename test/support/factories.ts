/**
 * Factories for the engine's tests: a small criteria set written as a table, and score entries as a table.
 *
 *   makeSet({ fields: { '1': { criteria: { '1.1': 4, '1.2': { max: 6, naAllowed: true } } } } })
 *   makeScores({ '1.1': 4, '1.2': 'KAD' })
 *
 * Maxes left out are the sums of the children; the declared total is the sum of the scored fields.
 */
import { sumScores } from '../../src/engine/decimal';
import { loadSet, type CriteriaSetJson } from '../../src/engine/set';
import type { Band, CellPosition, CriteriaSet, NodeKind, RawCell, ScoreEntry } from '../../src/engine/types';
import { cellA1, parseCellA1 } from '../../src/layout/a1';
import dakNongXa2023 from '../../src/sets/dak-nong-xa-2023.json';

/** A position on a sheet "S" from A1 text: tests write cells the way people read them. */
export function at(a1: string, sheet = 'S'): CellPosition {
  const { row, col } = parseCellA1(a1);
  return { sheet, row, column: col };
}

/** The A1 text of a problem's cell (sheet left aside), or undefined. */
export const a1Of = (p: { position?: CellPosition }): string | undefined =>
  p.position ? cellA1(p.position.row, p.position.column) : undefined;

export interface ItemSpec {
  name?: string;
  max?: number;
  kind?: NodeKind;
  naAllowed?: boolean;
  tasks?: string;
  unit?: string;
}

/** A number is a max; an object may list sub-criteria under `sub`. */
export type CriterionSpec = number | (ItemSpec & { sub?: Record<string, number | ItemSpec> });

export interface FieldSpec extends ItemSpec {
  criteria: Record<string, CriterionSpec>;
}

export interface SetSpec {
  /** Keyed by code. Integer-like keys ('1', '2', '10') iterate in ascending order, as fields should. */
  fields: Record<string, FieldSpec>;
  id?: string;
  total?: number;
  assessmentYear?: number;
  basis?: 'points' | 'percent';
  bands?: Band[];
}

/** Percent bands used when a test does not care: [0,65) Yếu, [65,80) Trung bình, [80,90) Khá, [90,100] Tốt. */
export const PERCENT_BANDS: Band[] = [
  { name: 'Tốt', min: 90, max: 100 },
  { name: 'Khá', min: 80, max: 90 },
  { name: 'Trung bình', min: 65, max: 80 },
  { name: 'Yếu', min: 0, max: 65 },
];

type Json = Record<string, unknown> & { code: string; max: number };

function item(code: string, spec: ItemSpec, defaultName: string, childMaxes: number[]): Json {
  const out: Json = {
    code,
    name: spec.name ?? defaultName,
    max: spec.max ?? sumScores(childMaxes),
  };
  if (spec.kind !== undefined) out.kind = spec.kind;
  if (spec.naAllowed !== undefined) out.naAllowed = spec.naAllowed;
  if (spec.tasks !== undefined) out.tasks = spec.tasks;
  if (spec.unit !== undefined) out.unit = spec.unit;
  return out;
}

function criterion(code: string, spec: CriterionSpec): Json {
  const s = typeof spec === 'number' ? { max: spec } : spec;
  const subs = Object.entries(s.sub ?? {}).map(([c, sub]) =>
    item(c, typeof sub === 'number' ? { max: sub } : sub, `Tiêu chí thành phần ${c}`, []),
  );
  const out = item(
    code,
    s,
    `Tiêu chí ${code}`,
    subs.map((x) => x.max),
  );
  if (subs.length > 0) out.subCriteria = subs;
  return out;
}

/** The JSON document of a set (the input of `loadSet`), for tests that break it on purpose. */
export function makeSetJson(spec: SetSpec): CriteriaSetJson {
  const fields = Object.entries(spec.fields).map(([code, field]) => {
    const criteria = Object.entries(field.criteria).map(([c, cs]) => criterion(c, cs));
    return {
      ...item(
        code,
        field,
        `Lĩnh vực ${code}`,
        criteria.map((x) => x.max),
      ),
      criteria,
    };
  });
  const scored = fields.filter((f) => ((f as Json).kind ?? 'scored') === 'scored').map((f) => f.max);
  return {
    id: spec.id ?? 'test-set',
    version: '1',
    name: 'Bộ chỉ số thử',
    province: 'Thử',
    level: 'xa',
    assessmentYear: spec.assessmentYear ?? 2023,
    decision: { number: '', date: '', issuer: '' },
    total: spec.total ?? sumScores(scored),
    fields: fields as unknown as CriteriaSetJson['fields'],
    scale: {
      basis: spec.basis ?? 'percent',
      bands: (spec.bands ?? PERCENT_BANDS).map((b) => ({ ...b })),
      confirmed: true,
      note: '',
    },
    units: [],
    notes: [],
  };
}

/** A loaded set; throws when the spec does not make a valid set, so a test never runs on a broken one. */
export function makeSet(spec: SetSpec): CriteriaSet {
  const { set, problems } = loadSet(makeSetJson(spec));
  if (!set || problems.length > 0) {
    throw new Error(`makeSet: invalid spec: ${problems.map((p) => `${p.path} ${p.code}`).join('; ')}`);
  }
  return set;
}

export type ScoreRow = [code: string, raw: RawCell, location?: string];

/**
 * Score entries from a table of code → cell content (located D1, D2, … in order), or from rows
 * [code, raw, location?] where order, repeats or locations matter.
 */
export function makeScores(scores: Record<string, RawCell> | readonly ScoreRow[]): ScoreEntry[] {
  const rows: ScoreRow[] = Array.isArray(scores)
    ? [...(scores as readonly ScoreRow[])]
    : Object.entries(scores as Record<string, RawCell>).map(([code, raw]) => [code, raw] as ScoreRow);
  return rows.map(([code, raw, location], i) => ({ code, raw, position: at(location ?? `D${i + 1}`) }));
}

/** A fresh, mutable copy of the built-in Đắk Nông set's JSON. */
export function builtInJson(): typeof dakNongXa2023 {
  return structuredClone(dakNongXa2023);
}

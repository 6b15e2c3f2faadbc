/**
 * Synthetic criteria sets and scores of any size, for benchmarks and size tests. Pure and deterministic:
 * the same arguments always give the same set and the same scores.
 */
import type { CriteriaSetJson } from './set-model';
import type { CriteriaSet, ScoreEntry, SetNode } from './types';

export interface SyntheticSetOptions {
  /** Criteria per field (the last field takes the remainder). Default 10. */
  perField?: number;
}

type FieldJson = CriteriaSetJson['fields'][number];
type CriterionJson = NonNullable<FieldJson['criteria']>[number];

const UNITS = [
  'CC Văn phòng - Thống kê',
  'CC Tư pháp - Hộ tịch',
  'CC Tài chính - Kế toán',
  'Bộ phận một cửa',
];

/** Criterion maxes cycle through whole and half points, so every sum is exact in thousandths. */
const MAXES = [1, 2, 1.5, 3, 0.5, 4, 2.5];

/**
 * A valid set document (the input of `loadSet`) with `criteriaCount` criteria in fields of `perField`; every
 * field's max is the sum of its criteria and the declared total is the sum of the fields.
 */
export function makeSyntheticSet(criteriaCount: number, options: SyntheticSetOptions = {}): CriteriaSetJson {
  const perField = Math.max(1, Math.floor(options.perField ?? 10));
  const count = Math.max(1, Math.floor(criteriaCount));
  const fields: FieldJson[] = [];
  let totalHalves = 0;
  for (let start = 0, f = 1; start < count; start += perField, f++) {
    const criteria: CriterionJson[] = [];
    let fieldHalves = 0;
    for (let c = 1; c <= Math.min(perField, count - start); c++) {
      const max = MAXES[(start + c - 1) % MAXES.length];
      fieldHalves += max * 2;
      criteria.push({
        code: `${f}.${c}`,
        name: `Tiêu chí ${f}.${c}`,
        max,
        tasks: `Nhiệm vụ thực hiện tiêu chí ${f}.${c}`,
        unit: UNITS[(start + c - 1) % UNITS.length],
      });
    }
    totalHalves += fieldHalves;
    fields.push({ code: String(f), name: `Lĩnh vực ${f}`, max: fieldHalves / 2, criteria });
  }
  return {
    id: `synthetic-${count}`,
    version: '1',
    name: `Bộ chỉ số tổng hợp ${count} tiêu chí`,
    province: '',
    level: 'xa',
    assessmentYear: 2023,
    decision: { number: '', date: '', issuer: '' },
    total: totalHalves / 2,
    fields,
    // Percent bands cover 0..100 whatever the total.
    scale: {
      basis: 'percent',
      confirmed: false,
      note: '',
      bands: [
        { name: 'Tốt', min: 90, max: 100 },
        { name: 'Khá', min: 80, max: 90 },
        { name: 'Trung bình', min: 65, max: 80 },
        { name: 'Yếu', min: 0, max: 65 },
      ],
    },
    units: UNITS,
    notes: [],
  };
}

interface Leaf {
  code: string;
  max: number;
}

type AnySet = Pick<CriteriaSet, 'fields'> | Pick<CriteriaSetJson, 'fields'>;

function leavesOf(set: AnySet): Leaf[] {
  const out: Leaf[] = [];
  const visit = (node: { code: string; max: number }, kids: readonly unknown[]) => {
    if (kids.length === 0) out.push({ code: node.code, max: node.max });
    for (const kid of kids) visit(kid as Leaf, childrenOf(kid));
  };
  for (const field of set.fields) visit(field as Leaf, childrenOf(field));
  return out;
}

function childrenOf(node: unknown): readonly unknown[] {
  const n = node as Partial<SetNode> & { criteria?: unknown[]; subCriteria?: unknown[] };
  return n.children ?? n.criteria ?? n.subCriteria ?? [];
}

/**
 * Self-assessed scores for every leaf of a set (a loaded set or its JSON): about two in three at max, the
 * rest below it with up to 3 decimals. `seed` picks the sequence (a 32-bit linear congruential generator).
 */
export function makeSyntheticScores(set: AnySet, seed = 1): ScoreEntry[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
  return leavesOf(set).map((leaf, i) => {
    const maxMilli = Math.round(leaf.max * 1000);
    const raw = next() < 0.66 ? leaf.max : Math.floor(next() * maxMilli) / 1000;
    return { code: leaf.code, raw, location: `D${i + 6}` };
  });
}

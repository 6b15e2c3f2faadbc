import type { Band, CriteriaSet, NodeKind, NodeLevel, SetNode } from './types';

/**
 * The JSON form of a criteria set and its mapping to the model, without validation: `loadSet` (set.ts)
 * validates a document first. Kept apart so the task pane can use the built-in sets, which tests validate,
 * without carrying the schema library.
 */
export interface NodeJson {
  code: string;
  name: string;
  max: number;
  kind?: NodeKind;
  naAllowed?: boolean;
  tasks?: string;
  unit?: string;
}

export interface CriterionJson extends NodeJson {
  subCriteria?: NodeJson[];
}

export interface FieldJson extends NodeJson {
  criteria?: CriterionJson[];
}

export interface CriteriaSetJson {
  id: string;
  version: string;
  name: string;
  province?: string;
  level: 'xa';
  assessmentYear: number;
  decision: { number: string; date: string; issuer: string };
  total: number;
  fields: FieldJson[];
  scale: { basis: 'points' | 'percent'; bands: Band[]; confirmed?: boolean; note?: string };
  units?: string[];
  notes?: string[];
}

function toNode(item: FieldJson | CriterionJson | NodeJson, level: NodeLevel): SetNode {
  const kids: NodeJson[] =
    ('criteria' in item && item.criteria) || ('subCriteria' in item && item.subCriteria) || [];
  const childLevel: NodeLevel = level === 'field' ? 'criterion' : 'subCriterion';
  return {
    code: item.code.trim(),
    name: item.name.trim(),
    level,
    max: item.max,
    kind: item.kind ?? 'scored',
    naAllowed: item.naAllowed ?? false,
    tasks: item.tasks ?? '',
    unit: item.unit ?? '',
    children: kids.map((k) => toNode(k, childLevel)),
  };
}

export function toCriteriaSet(doc: CriteriaSetJson): CriteriaSet {
  return {
    id: doc.id,
    version: doc.version,
    name: doc.name,
    province: doc.province ?? '',
    level: doc.level,
    assessmentYear: doc.assessmentYear,
    decision: { ...doc.decision },
    total: doc.total,
    fields: doc.fields.map((f) => toNode(f, 'field')),
    scale: {
      basis: doc.scale.basis,
      bands: doc.scale.bands.map((b) => ({ ...b })),
      confirmed: doc.scale.confirmed ?? false,
      note: doc.scale.note ?? '',
    },
    units: [...(doc.units ?? [])],
    notes: [...(doc.notes ?? [])],
  };
}

/**
 * The band a result falls in: bands are [min, max), the top band includes its max. Bonus points can lift a
 * result above the top and penalties push it below the bottom: those stay in the top and bottom bands.
 */
export function classify(set: CriteriaSet, score: number, percent: number): Band | null {
  const bands = [...set.scale.bands].sort((a, b) => b.min - a.min);
  const top = bands[0];
  const bottom = bands[bands.length - 1];
  if (!top) return null;
  const raw = set.scale.basis === 'percent' ? percent : score;
  const value = Math.min(Math.max(raw, bottom.min), top.max);
  if (value >= top.min && value <= top.max) return top;
  return bands.find((b) => value >= b.min && value < b.max) ?? null;
}

import { z } from 'zod';
import { sameScore, sumScores } from './decimal';
import { classify, toCriteriaSet, type CriteriaSetJson } from './set-model';
import type { CriteriaSet, NodeLevel, SetNode } from './types';

/** The JSON form of a criteria set, as a province's set is written by hand. */
const maxSchema = z.number().finite();
const common = {
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  max: maxSchema,
  kind: z.enum(['scored', 'bonus', 'penalty']).default('scored'),
  naAllowed: z.boolean().default(false),
  tasks: z.string().default(''),
  unit: z.string().default(''),
};
const subCriterionJson = z.object(common);
const criterionJson = z.object({ ...common, subCriteria: z.array(subCriterionJson).default([]) });
const fieldJson = z.object({ ...common, criteria: z.array(criterionJson).default([]) });
const bandJson = z.object({
  name: z.string().trim().min(1),
  min: z.number().finite(),
  max: z.number().finite(),
});

export const criteriaSetJson = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id: lowercase letters, digits and dashes'),
  version: z.string().min(1),
  name: z.string().min(1),
  province: z.string().default(''),
  level: z.literal('xa'),
  assessmentYear: z.number().int().min(2000).max(2100),
  decision: z.object({ number: z.string(), date: z.string(), issuer: z.string() }),
  total: z.number().finite(),
  fields: z.array(fieldJson).min(1),
  scale: z.object({
    basis: z.enum(['points', 'percent']),
    bands: z.array(bandJson).min(1),
    confirmed: z.boolean().default(false),
    note: z.string().default(''),
  }),
  units: z.array(z.string()).default([]),
  notes: z.array(z.string()).default([]),
});

export type { CriteriaSetJson };
export { classify };

export type SetProblemCode =
  | 'SCHEMA'
  | 'DUPLICATE_CODE'
  | 'CODE_NOT_UNDER_PARENT'
  | 'PARENT_MAX_MISMATCH'
  | 'TOTAL_MISMATCH'
  | 'BAD_MAX'
  | 'BANDS_OVERLAP'
  | 'BANDS_GAP'
  | 'BANDS_RANGE';

export interface SetProblem {
  code: SetProblemCode;
  /** JSON path of the offending value, e.g. "fields[1].max". */
  path: string;
  /** Numbers as numbers; src/i18n/set-problems.ts (setProblemText) writes the sentence. */
  params: SetProblemParams;
}

export interface SetProblemParams {
  code?: string;
  parent?: string;
  max?: number;
  sum?: number;
  total?: number;
  from?: number;
  to?: number;
  a?: string;
  b?: string;
  detail?: string;
}

export interface LoadedSet {
  /** Null only when the document does not have the shape of a set at all. */
  set: CriteriaSet | null;
  problems: SetProblem[];
}

function jsonPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** Checks a set document and reports every problem at once, each with its JSON path. */
export function loadSet(json: unknown): LoadedSet {
  const parsed = criteriaSetJson.safeParse(json);
  if (!parsed.success) {
    return {
      set: null,
      problems: parsed.error.issues.map((issue) => ({
        code: 'SCHEMA',
        path: jsonPath(issue.path),
        params: { detail: issue.message },
      })),
    };
  }
  const doc = parsed.data;
  const set = toCriteriaSet(doc);
  return { set, problems: [...structureProblems(set), ...scaleProblems(set)] };
}

function structureProblems(set: CriteriaSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const seen = new Set<string>();
  const childKey = (level: NodeLevel) => (level === 'field' ? 'criteria' : 'subCriteria');

  const visit = (node: SetNode, path: string, parent: SetNode | null) => {
    if (seen.has(node.code)) {
      problems.push({
        code: 'DUPLICATE_CODE',
        path: `${path}.code`,
        params: { code: node.code },
      });
    }
    seen.add(node.code);
    if (parent && !node.code.startsWith(`${parent.code}.`)) {
      problems.push({
        code: 'CODE_NOT_UNDER_PARENT',
        path: `${path}.code`,
        params: { code: node.code, parent: parent.code },
      });
    }
    if (node.max < 0) {
      problems.push({ code: 'BAD_MAX', path: `${path}.max`, params: { code: node.code } });
    }
    if (node.children.length > 0) {
      const sum = sumScores(node.children.map((c) => c.max));
      if (!sameScore(sum, node.max)) {
        problems.push({
          code: 'PARENT_MAX_MISMATCH',
          path: `${path}.max`,
          params: { code: node.code, max: node.max, sum },
        });
      }
    }
    node.children.forEach((c, i) => visit(c, `${path}.${childKey(node.level)}[${i}]`, node));
  };
  set.fields.forEach((f, i) => visit(f, `fields[${i}]`, null));

  const scoredSum = sumScores(set.fields.filter((f) => f.kind === 'scored').map((f) => f.max));
  if (!sameScore(scoredSum, set.total)) {
    problems.push({
      code: 'TOTAL_MISMATCH',
      path: 'total',
      params: { total: set.total, sum: scoredSum },
    });
  }
  return problems;
}

function scaleProblems(set: CriteriaSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const top = set.scale.basis === 'percent' ? 100 : set.total;
  const order = set.scale.bands
    .map((band, index) => ({ band, index }))
    .sort((a, b) => a.band.min - b.band.min);
  const at = (i: number) => `scale.bands[${order[i].index}]`;

  order.forEach(({ band }, i) => {
    if (!(band.min < band.max)) {
      problems.push({
        code: 'BANDS_RANGE',
        path: `${at(i)}.max`,
        params: { from: band.min, to: band.max },
      });
    }
    if (i === 0) return;
    const prev = order[i - 1].band;
    if (band.min < prev.max) {
      problems.push({
        code: 'BANDS_OVERLAP',
        path: `${at(i)}.min`,
        params: { a: prev.name, b: band.name },
      });
    } else if (band.min > prev.max) {
      problems.push({
        code: 'BANDS_GAP',
        path: `${at(i)}.min`,
        params: { a: prev.name, b: band.name },
      });
    }
  });
  const lowest = order[0].band;
  const highest = order[order.length - 1].band;
  if (lowest.min > 0 || highest.max < top) {
    problems.push({
      code: 'BANDS_RANGE',
      path: 'scale.bands',
      params: { from: 0, to: top },
    });
  }
  return problems;
}

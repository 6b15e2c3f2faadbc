import { compareCodes, isLeaf, walk } from '../engine/tree';
import { subtractScores, sumScores } from '../engine/decimal';
import type { CriteriaSet, NodeKind, ScoreReport } from '../engine/types';

/** One field: what it could give, what the commune claimed, what the appraisal granted. */
export interface FieldLoss {
  code: string;
  name: string;
  kind: NodeKind;
  max: number;
  self: number | null;
  appraised: number | null;
  /** Self-assessed less appraised: what the appraisal took off (null until both are known). */
  takenOff: number | null;
  /** Max less the final score (appraised where known, else self-assessed): what is left to win. */
  missed: number | null;
}

export interface CriterionLoss {
  code: string;
  name: string;
  max: number;
  self: number;
  appraised: number;
  takenOff: number;
}

export interface Losses {
  fields: FieldLoss[];
  /** Criteria the appraisal scored lower than the commune did, largest cut first: next year's levers. */
  criteria: CriterionLoss[];
  total: { max: number; self: number | null; appraised: number | null; takenOff: number | null };
}

/** Where the points went, per field and per criterion; pure over the two checked score columns. */
export function whereThePointsWent(set: CriteriaSet, self: ScoreReport, appraised?: ScoreReport): Losses {
  const scoreOf = (report: ScoreReport | undefined, code: string): number | null => {
    const n = report?.nodes.get(code);
    return n && !n.na ? n.score : null;
  };
  const fields: FieldLoss[] = set.fields.map((f) => {
    const s = scoreOf(self, f.code);
    const a = scoreOf(appraised, f.code);
    const final = a ?? s;
    // A penalty field's "score" is points taken away: its losses read the other way round.
    const sign = f.kind === 'penalty' ? -1 : 1;
    return {
      code: f.code,
      name: f.name,
      kind: f.kind,
      max: f.max,
      self: s,
      appraised: a,
      takenOff: s !== null && a !== null ? sign * subtractScores(s, a) : null,
      missed: final === null || f.kind !== 'scored' ? null : subtractScores(f.max, final),
    };
  });
  const criteria: CriterionLoss[] = [];
  for (const node of walk(set)) {
    if (node.level === 'field' || !isLeaf(node) || node.kind === 'penalty') continue;
    const s = scoreOf(self, node.code);
    const a = scoreOf(appraised, node.code);
    if (s === null || a === null || !(a < s)) continue;
    criteria.push({
      code: node.code,
      name: node.name,
      max: node.max,
      self: s,
      appraised: a,
      takenOff: subtractScores(s, a),
    });
  }
  criteria.sort((x, y) => y.takenOff - x.takenOff || compareCodes(x.code, y.code));
  const sumOf = (values: (number | null)[]) =>
    values.every((v): v is number => v !== null) ? sumScores(values) : null;
  const scored = fields.filter((f) => f.kind === 'scored');
  return {
    fields,
    criteria,
    total: {
      max: sumScores(scored.map((f) => f.max)),
      self: self.total.score,
      appraised: appraised ? appraised.total.score : null,
      takenOff: sumOf(fields.map((f) => f.takenOff)),
    },
  };
}

import { readScoreCell } from './cell';
import { decimalsOf, fromMilli, percentOf, sameScore, subtractScores, toMilli } from './decimal';
import { classify } from './set-model';
import { walk } from './tree';
import type {
  BelowMax,
  CellPosition,
  CriteriaSet,
  NodeResult,
  Problem,
  ProblemCode,
  ProblemParams,
  ScoreColumn,
  ScoreEntry,
  ScoreReport,
  SetNode,
  Severity,
} from './types';

export interface CheckOptions {
  /** Which column the entries come from; blanks are MISSING only in the self-assessment. */
  column?: ScoreColumn;
}

const SEVERITY: Record<ProblemCode, Severity> = {
  ABOVE_MAX: 'error',
  NEGATIVE: 'error',
  NOT_A_NUMBER: 'error',
  TEXT_NUMBER: 'warning',
  CELL_ERROR: 'error',
  MISSING: 'error',
  NA_NOT_ALLOWED: 'error',
  TOO_MANY_DECIMALS: 'error',
  PARENT_MISMATCH: 'error',
  UNKNOWN_CODE: 'warning',
  DUPLICATE_ENTRY: 'error',
};

function problem(
  code: ProblemCode,
  column: ScoreColumn,
  criterion: string,
  params: ProblemParams,
  position: CellPosition | undefined,
  fixValue?: number,
): Problem {
  const p: Problem = { code, severity: SEVERITY[code], criterion, column, params };
  if (position !== undefined) p.position = position;
  if (fixValue !== undefined) p.fixValue = fixValue;
  return p;
}

interface Entered {
  value: number | null;
  na: boolean;
  position?: CellPosition;
}

/**
 * Checks the scores of one column against a set: every problem, the score of every node, field sums,
 * the total, % of the applicable max, the classification and the criteria below their max.
 */
export function checkScores(
  set: CriteriaSet,
  entries: readonly ScoreEntry[],
  options: CheckOptions = {},
): ScoreReport {
  const column = options.column ?? 'self';
  const problems: Problem[] = [];
  const naAllowedOf = new Map(walk(set).map((n) => [n.code, n.naAllowed]));
  const entered = new Map<string, Entered>();
  const nodes = new Map<string, NodeResult>();
  const blankAt = new Map<string, CellPosition>();
  // Bonus and penalty items are scored only when they apply: a blank is no omission.
  const optional = new Set(
    walk(set)
      .filter((n) => n.kind !== 'scored')
      .flatMap((n) => walk({ fields: [n] }).map((x) => x.code)),
  );
  for (const entry of entries) {
    const code = entry.code.trim();
    if (!naAllowedOf.has(code)) {
      problems.push(problem('UNKNOWN_CODE', column, code, {}, entry.position));
      continue;
    }
    const reading = readScoreCell(entry.raw);
    if (reading.kind === 'blank') {
      if (entry.position !== undefined && !blankAt.has(code)) blankAt.set(code, entry.position);
      continue;
    }
    if (entered.has(code)) {
      problems.push(problem('DUPLICATE_ENTRY', column, code, {}, entry.position));
      continue;
    }
    if (reading.kind === 'invalid') {
      problems.push(problem(reading.code, column, code, { text: reading.text }, entry.position));
      // A broken entry counts as entered, so its absence is not reported twice as MISSING.
      entered.set(code, { value: null, na: false, position: entry.position });
      continue;
    }
    if (reading.kind === 'na') {
      if (!naAllowedOf.get(code)) {
        problems.push(problem('NA_NOT_ALLOWED', column, code, {}, entry.position));
        entered.set(code, { value: null, na: false, position: entry.position });
      } else {
        entered.set(code, { value: null, na: true, position: entry.position });
      }
      continue;
    }
    const value = reading.value;
    if (reading.fromText) {
      problems.push(
        problem(
          'TEXT_NUMBER',
          column,
          code,
          { text: String(entry.raw).trim(), value },
          entry.position,
          value,
        ),
      );
    }
    // A value with at most 3 decimals survives the round trip through thousandths; only others need a look.
    if (fromMilli(toMilli(value)) !== value && decimalsOf(value) > 3)
      problems.push(problem('TOO_MANY_DECIMALS', column, code, { value }, entry.position));
    entered.set(code, { value, na: false, position: entry.position });
  }

  const resolve = (node: SetNode): NodeResult => {
    const own = entered.get(node.code);
    // One pass over the children, no arrays: this runs once per node of sets with tens of thousands.
    let kidsScored = 0;
    let kidsMilli = 0;
    let kidsNa = 0;
    let kidsApplicableMilli = 0;
    for (const child of node.children) {
      const k = resolve(child);
      if (k.score !== null) {
        kidsScored++;
        kidsMilli += toMilli(k.score);
      }
      if (k.na) kidsNa++;
      kidsApplicableMilli += toMilli(k.applicableMax);
    }
    const kidsAllNa = node.children.length > 0 && kidsNa === node.children.length;
    let score: number | null = null;
    let na = false;
    let origin: NodeResult['origin'] = 'none';

    if (own && (own.value !== null || own.na)) {
      score = own.value;
      na = own.na;
      origin = 'entered';
      if (own.value !== null && kidsScored > 0) {
        const sum = fromMilli(kidsMilli);
        if (!sameScore(sum, own.value)) {
          problems.push(
            problem('PARENT_MISMATCH', column, node.code, { value: own.value, sum }, own.position),
          );
        }
      }
    } else if (kidsScored > 0) {
      score = fromMilli(kidsMilli);
      origin = 'children';
    } else if (kidsAllNa) {
      na = true;
      origin = 'children';
    }

    const limit = node.max;
    if (own && own.value !== null) {
      if (own.value < 0) {
        problems.push(problem('NEGATIVE', column, node.code, { value: own.value }, own.position));
      } else if (toMilli(own.value) > toMilli(limit)) {
        problems.push(
          problem('ABOVE_MAX', column, node.code, { value: own.value, max: limit }, own.position),
        );
      }
    }

    // A node scored at a parent row (the published per-field results) needs nothing below it.
    if (
      column === 'self' &&
      node.children.length === 0 &&
      !own &&
      !optional.has(node.code) &&
      !coveredByAncestor(node.code)
    ) {
      problems.push(problem('MISSING', column, node.code, {}, blankAt.get(node.code)));
    }

    const applicableMax = na
      ? 0
      : node.children.length > 0 && origin !== 'entered'
        ? fromMilli(kidsApplicableMilli)
        : node.max;
    const result: NodeResult = {
      code: node.code,
      name: node.name,
      level: node.level,
      kind: node.kind,
      max: node.max,
      applicableMax,
      score,
      na,
      origin,
    };
    nodes.set(node.code, result);
    return result;
  };

  const coveredByAncestor = (code: string): boolean => {
    const parts = code.split('.');
    for (let i = parts.length - 1; i > 0; i--) {
      const e = entered.get(parts.slice(0, i).join('.'));
      if (e && (e.value !== null || e.na)) return true;
    }
    return false;
  };

  const fields = set.fields.map(resolve);

  const scored = fields.filter((f) => f.kind === 'scored');
  let milli = 0;
  for (const f of fields) {
    const s = toMilli(f.score ?? 0);
    milli += f.kind === 'penalty' ? -s : s;
  }
  const score = fromMilli(milli);
  const max = fromMilli(scored.reduce((s, f) => s + toMilli(f.max), 0));
  const applicableMax = fromMilli(scored.reduce((s, f) => s + toMilli(f.applicableMax), 0));
  const percent = percentOf(score, applicableMax);

  return {
    column,
    problems,
    nodes,
    fields,
    total: { max, applicableMax, score, percent },
    classification: classify(set, score, percent),
    belowMax: belowMaxOf(set, nodes),
  };
}

function belowMaxOf(set: CriteriaSet, nodes: Map<string, NodeResult>): BelowMax[] {
  const out: BelowMax[] = [];
  for (const node of walk(set)) {
    if (node.level === 'field' || node.kind !== 'scored') continue;
    const r = nodes.get(node.code);
    if (!r || r.score === null || r.na) continue;
    // Criteria only: a sub-criterion's gap already shows in its criterion.
    if (node.level !== 'criterion') continue;
    // Points of N/A sub-criteria have left the max: they are no gap.
    if (toMilli(r.score) < toMilli(r.applicableMax)) {
      out.push({
        criterion: node.code,
        name: node.name,
        max: r.applicableMax,
        score: r.score,
        gap: subtractScores(r.applicableMax, r.score),
      });
    }
  }
  return out;
}

/** Largest gap first; ties in set order. */
export function byGap(items: readonly BelowMax[]): BelowMax[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => toMilli(b.item.gap) - toMilli(a.item.gap) || a.i - b.i)
    .map(({ item }) => item);
}

export function hasErrors(report: Pick<ScoreReport, 'problems'>): boolean {
  return report.problems.some((p) => p.severity === 'error');
}

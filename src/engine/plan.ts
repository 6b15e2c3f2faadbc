import { fromMilli, percentOf, subtractScores, toMilli } from './decimal';
import { classify } from './set-model';
import type { Band, CriteriaSet, NodeKind, NodeLevel, ScoreReport, SetNode } from './types';

export type ScoreSource = 'auto' | 'self' | 'appraised';

export interface PlanOptions {
  /** Year of the scores; the plan is for the year after unless `planYear` says otherwise. */
  assessmentYear: number;
  planYear?: number;
  onlyBelowMax?: boolean;
  /** auto: the appraised score wins where one was entered, the self-assessed one elsewhere. */
  scoreSource?: ScoreSource;
  unitName?: string;
}

export interface PlanRow {
  level: NodeLevel;
  kind: NodeKind;
  code: string;
  /** As the appendix prints it: "1." for a field, "1.1" for a criterion. */
  stt: string;
  name: string;
  max: number;
  score: number | null;
  na: boolean;
  scoreSource: 'self' | 'appraised' | 'none';
  /** 'children': the score is the sum of the rows below, so a sheet may keep it as a formula. */
  scoreOrigin: 'entered' | 'children' | 'none';
  target: number | null;
  tasks: string;
  unit: string;
  gap: number | null;
  belowMax: boolean;
}

export interface PlanModel {
  setId: string;
  setVersion: string;
  assessmentYear: number;
  planYear: number;
  unitName: string;
  /** True when every field and criterion has a row, so subtotals may be sums of the rows. */
  complete: boolean;
  rows: PlanRow[];
  total: { max: number; applicableMax: number; score: number; target: number; gap: number; percent: number };
  classification: Band | null;
  basis: 'self' | 'appraised' | 'mixed';
  /** Section I.2 as data; src/i18n (planSummaryText) writes the sentences. */
  summary: SummaryLine[];
}

/** One line of the plan's section I.2: per field "đạt 16/16 điểm", the total, the basis, a caveat. */
export type SummaryLine =
  | { kind: 'field'; index: string; name: string; score: number | null; max: number }
  | { kind: 'total'; year: number; score: number; max: number; percent: number; band: string | null }
  | { kind: 'basis'; basis: 'self' | 'appraised' | 'mixed' }
  | { kind: 'scaleUnconfirmed' };

interface Picked {
  score: number | null;
  na: boolean;
  source: PlanRow['scoreSource'];
  origin: PlanRow['scoreOrigin'];
  /** Which columns the score draws on: SELF | APPRAISED bits (a bit mask, not a Set: one per node adds up). */
  sources: number;
}

const SELF = 1;
const APPRAISED = 2;

function pick(
  node: SetNode,
  self: ScoreReport,
  appraised: ScoreReport | undefined,
  source: ScoreSource,
  out: Map<string, Picked>,
): Picked {
  // One pass over the children, no arrays: this runs once per node of sets with tens of thousands.
  let kidsScored = 0;
  let kidsNa = 0;
  let kidsMilli = 0;
  let kidsSources = 0;
  for (const child of node.children) {
    const k = pick(child, self, appraised, source, out);
    if (k.score !== null) {
      kidsScored++;
      kidsMilli += toMilli(k.score);
    }
    if (k.na) kidsNa++;
    kidsSources |= k.sources;
  }
  const a = appraised?.nodes.get(node.code);
  const s = self.nodes.get(node.code);
  let result: Picked;
  if (source !== 'self' && a?.origin === 'entered') {
    result = {
      score: a.score,
      na: a.na,
      source: 'appraised',
      origin: 'entered',
      sources: APPRAISED,
    };
  } else if (kidsScored > 0) {
    result = {
      score: fromMilli(kidsMilli),
      na: false,
      source: kidsSources & APPRAISED ? 'appraised' : 'self',
      origin: 'children',
      sources: kidsSources,
    };
  } else if (node.children.length > 0 && kidsNa === node.children.length) {
    result = { score: null, na: true, source: 'none', origin: 'children', sources: 0 };
  } else if (source !== 'appraised' && s?.origin === 'entered') {
    result = { score: s.score, na: s.na, source: 'self', origin: 'entered', sources: SELF };
  } else {
    result = { score: null, na: false, source: 'none', origin: 'none', sources: 0 };
  }
  out.set(node.code, result);
  return result;
}

/** The default target: the max less what is not applicable; null for a row that is N/A. Memoised per code. */
function targetOf(
  node: SetNode,
  picked: Map<string, Picked>,
  memo: Map<string, number | null>,
): number | null {
  const known = memo.get(node.code);
  if (known !== undefined) return known;
  let target: number | null;
  if (picked.get(node.code)?.na) target = null;
  else if (node.children.length === 0) target = node.max;
  else target = fromMilli(node.children.reduce((s, c) => s + toMilli(targetOf(c, picked, memo) ?? 0), 0));
  memo.set(node.code, target);
  return target;
}

/** The improvement-plan appendix: a row per field and criterion with last year's score and this year's target. */
export function buildPlan(
  set: CriteriaSet,
  reports: { self: ScoreReport; appraised?: ScoreReport },
  options: PlanOptions,
): PlanModel {
  const source = options.scoreSource ?? 'auto';
  const planYear = options.planYear ?? options.assessmentYear + 1;
  const picked = new Map<string, Picked>();
  const fieldPicks = set.fields.map((f) => pick(f, reports.self, reports.appraised, source, picked));
  const targets = new Map<string, number | null>();
  const target = (node: SetNode) => targetOf(node, picked, targets);

  const rows: PlanRow[] = [];
  const addRows = (node: SetNode) => {
    const p = picked.get(node.code) as Picked;
    const rowTarget = target(node);
    // Measured against the applicable max: points of N/A sub-criteria are not a gap.
    const gap = p.score === null || p.na ? null : subtractScores(rowTarget ?? node.max, p.score);
    const below = gap !== null && toMilli(gap) > 0;
    const keep = !options.onlyBelowMax || node.level === 'field' || below;
    if (keep) {
      rows.push({
        level: node.level,
        kind: node.kind,
        code: node.code,
        stt: node.level === 'field' ? `${node.code}.` : node.code,
        name: node.name,
        max: node.max,
        score: p.score,
        na: p.na,
        scoreSource: p.source,
        scoreOrigin: p.origin,
        target: rowTarget,
        tasks: node.tasks,
        unit: node.unit,
        gap,
        belowMax: below,
      });
    }
    node.children.forEach(addRows);
  };
  set.fields.forEach(addRows);
  // A field with nothing below max is noise in a "below max only" appendix.
  let kept = rows;
  if (options.onlyBelowMax) {
    const withRows = new Set<string>();
    let field = '';
    for (const r of rows) {
      if (r.level === 'field') field = r.code;
      else withRows.add(field);
    }
    kept = rows.filter((r) => r.level !== 'field' || withRows.has(r.code));
  }

  const scoredFields = set.fields.filter((f) => f.kind === 'scored');
  const max = fromMilli(scoredFields.reduce((s, f) => s + toMilli(f.max), 0));
  const applicableMax = fromMilli(
    scoredFields.reduce((s, f) => s + toMilli(picked.get(f.code)?.na ? 0 : (target(f) ?? 0)), 0),
  );
  let scoreMilli = 0;
  set.fields.forEach((f, i) => {
    const v = toMilli(fieldPicks[i].score ?? 0);
    scoreMilli += f.kind === 'penalty' ? -v : v;
  });
  const score = fromMilli(scoreMilli);
  const totalTarget = fromMilli(scoredFields.reduce((s, f) => s + toMilli(target(f) ?? 0), 0));
  const percent = percentOf(score, applicableMax);
  const classification = classify(set, score, percent);
  // Every row counts: appraised field rows over self-assessed criteria rows make a mixed plan.
  let sources = 0;
  for (const p of picked.values()) sources |= p.sources;
  const basis = sources & APPRAISED ? (sources & SELF ? 'mixed' : 'appraised') : 'self';

  const model: PlanModel = {
    setId: set.id,
    setVersion: set.version,
    assessmentYear: options.assessmentYear,
    planYear,
    unitName: options.unitName ?? '',
    complete: !options.onlyBelowMax,
    rows: kept,
    total: {
      max,
      applicableMax,
      score,
      target: totalTarget,
      gap: subtractScores(applicableMax, score),
      percent,
    },
    classification,
    basis,
    summary: [],
  };
  model.summary = summaryLines(set, model, picked);
  return model;
}

/** The lines of the plan's section I.2: per field "đạt 16/16 điểm", the total and the classification. */
function summaryLines(set: CriteriaSet, plan: PlanModel, picked: Map<string, Picked>): SummaryLine[] {
  const lines: SummaryLine[] = set.fields.map((field) => ({
    kind: 'field',
    index: field.code,
    name: field.name,
    score: (picked.get(field.code) as Picked).score,
    max: field.max,
  }));
  const band = plan.classification;
  lines.push({
    kind: 'total',
    year: plan.assessmentYear,
    score: plan.total.score,
    max: plan.total.applicableMax,
    percent: plan.total.percent,
    band: band?.name ?? null,
  });
  lines.push({ kind: 'basis', basis: plan.basis });
  // A classification from bands nobody has confirmed must not read as the province's verdict.
  if (band && !set.scale.confirmed) lines.push({ kind: 'scaleUnconfirmed' });
  return lines;
}

import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { formatNumberVi, formatPlain, fromMilli, percentOf, subtractScores, toMilli } from './decimal';
import { classify } from './set';
import type { Band, CriteriaSet, Message, NodeLevel, ScoreReport, SetNode } from './types';

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
  summary: Message[];
}

interface Picked {
  score: number | null;
  na: boolean;
  source: PlanRow['scoreSource'];
  origin: PlanRow['scoreOrigin'];
  sources: Set<'self' | 'appraised'>;
}

function pick(
  node: SetNode,
  self: ScoreReport,
  appraised: ScoreReport | undefined,
  source: ScoreSource,
  out: Map<string, Picked>,
): Picked {
  const kids = node.children.map((c) => pick(c, self, appraised, source, out));
  const a = appraised?.nodes.get(node.code);
  const s = self.nodes.get(node.code);
  let result: Picked;
  if (source !== 'self' && a?.origin === 'entered') {
    result = {
      score: a.score,
      na: a.na,
      source: 'appraised',
      origin: 'entered',
      sources: new Set(['appraised']),
    };
  } else if (kids.some((k) => k.score !== null)) {
    const sources = new Set(kids.flatMap((k) => [...k.sources]));
    const score = fromMilli(kids.reduce((sum, k) => sum + toMilli(k.score ?? 0), 0));
    result = {
      score,
      na: false,
      source: sources.has('appraised') ? 'appraised' : 'self',
      origin: 'children',
      sources,
    };
  } else if (kids.length > 0 && kids.every((k) => k.na)) {
    result = { score: null, na: true, source: 'none', origin: 'children', sources: new Set() };
  } else if (source !== 'appraised' && s?.origin === 'entered') {
    result = { score: s.score, na: s.na, source: 'self', origin: 'entered', sources: new Set(['self']) };
  } else {
    result = { score: null, na: false, source: 'none', origin: 'none', sources: new Set() };
  }
  out.set(node.code, result);
  return result;
}

function targetOf(node: SetNode, picked: Map<string, Picked>): number | null {
  if (picked.get(node.code)?.na) return null;
  if (node.children.length === 0) return node.max;
  return fromMilli(node.children.reduce((s, c) => s + toMilli(targetOf(c, picked) ?? 0), 0));
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

  const rows: PlanRow[] = [];
  const addRows = (node: SetNode) => {
    const p = picked.get(node.code) as Picked;
    const gap = p.score === null || p.na ? null : subtractScores(node.max, p.score);
    const below = gap !== null && toMilli(gap) > 0;
    const keep = !options.onlyBelowMax || node.level === 'field' || below;
    if (keep) {
      rows.push({
        level: node.level,
        code: node.code,
        stt: node.level === 'field' ? `${node.code}.` : node.code,
        name: node.name,
        max: node.max,
        score: p.score,
        na: p.na,
        scoreSource: p.source,
        scoreOrigin: p.origin,
        target: targetOf(node, picked),
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
  const kept = options.onlyBelowMax
    ? rows.filter(
        (r) =>
          r.level !== 'field' || rows.some((c) => c.level !== 'field' && c.code.startsWith(`${r.code}.`)),
      )
    : rows;

  const scoredFields = set.fields.filter((f) => f.kind === 'scored');
  const max = fromMilli(scoredFields.reduce((s, f) => s + toMilli(f.max), 0));
  const applicableMax = fromMilli(
    scoredFields.reduce((s, f) => s + toMilli(picked.get(f.code)?.na ? 0 : (targetOf(f, picked) ?? 0)), 0),
  );
  let scoreMilli = 0;
  set.fields.forEach((f, i) => {
    const v = toMilli(fieldPicks[i].score ?? 0);
    scoreMilli += f.kind === 'penalty' ? -v : v;
  });
  const score = fromMilli(scoreMilli);
  const target = fromMilli(scoredFields.reduce((s, f) => s + toMilli(targetOf(f, picked) ?? 0), 0));
  const percent = percentOf(score, applicableMax);
  const classification = classify(set, score, percent);
  const sources = new Set(fieldPicks.flatMap((p) => [...p.sources]));
  const basis = sources.has('appraised') ? (sources.has('self') ? 'mixed' : 'appraised') : 'self';

  const model: PlanModel = {
    setId: set.id,
    setVersion: set.version,
    assessmentYear: options.assessmentYear,
    planYear,
    unitName: options.unitName ?? '',
    complete: !options.onlyBelowMax,
    rows: kept,
    total: { max, applicableMax, score, target, gap: subtractScores(max, score), percent },
    classification,
    basis,
    summary: [],
  };
  model.summary = summaryLines(set, model, picked);
  return model;
}

/** The lines of the plan's section I.2: per field "đạt 16/16 điểm", the total and the classification. */
function summaryLines(set: CriteriaSet, plan: PlanModel, picked: Map<string, Picked>): Message[] {
  const lines: Message[] = [];
  const viPct = formatNumberVi(plan.total.percent);
  for (const field of set.fields) {
    const p = picked.get(field.code) as Picked;
    if (p.score === null) {
      lines.push({
        vi: vi.plan.fieldLineNa({ index: field.code, name: field.name }),
        en: en.plan.fieldLineNa({ index: field.code, name: field.name }),
      });
      continue;
    }
    lines.push({
      vi: vi.plan.fieldLine({
        index: field.code,
        name: field.name,
        score: formatNumberVi(p.score),
        max: formatNumberVi(field.max),
      }),
      en: en.plan.fieldLine({
        index: field.code,
        name: field.name,
        score: formatPlain(p.score),
        max: formatPlain(field.max),
      }),
    });
  }
  const band = plan.classification;
  lines.push({
    vi:
      vi.plan.totalLine({
        year: plan.assessmentYear,
        score: formatNumberVi(plan.total.score),
        max: formatNumberVi(plan.total.applicableMax),
        percent: viPct,
      }) + (band ? vi.plan.classificationSuffix({ name: band.name }) : ''),
    en:
      en.plan.totalLine({
        year: plan.assessmentYear,
        score: formatPlain(plan.total.score),
        max: formatPlain(plan.total.applicableMax),
        percent: formatPlain(plan.total.percent),
      }) + (band ? en.plan.classificationSuffix({ name: band.name }) : ''),
  });
  lines.push({ vi: vi.plan.basis[plan.basis], en: en.plan.basis[plan.basis] });
  return lines;
}

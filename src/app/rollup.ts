/**
 * The province's view: many communes' workbooks rolled up into one ranking, per-field and per-criterion
 * figures, and the list of files that need attention. Pure: it takes only each file's figures (never a
 * workbook), so memory stays flat however many files arrive, and the web page can use it as the CLI does.
 */
import { positionA1 } from '../layout/a1';
import { subtractScores, sumScores } from '../engine/decimal';
import type { Message, ScoreReport } from '../engine/types';

export type Basis = 'self' | 'appraised';

export interface FieldFigure {
  code: string;
  name: string;
  max: number;
  score: number | null;
}

export interface CriterionFigure {
  code: string;
  name: string;
  max: number;
  applicableMax: number;
  score: number | null;
  na: boolean;
}

/** What one file contributes, read and checked; everything else about it has been let go. */
export type FileFigures =
  | {
      file: string;
      status: 'unreadable';
      /** Exit code as `check` gives it (2). */
      code: number;
      /** The reason, as the catalogue says it, and its key. */
      reason: { key: string; message: Message };
    }
  | {
      file: string;
      status: 'scored' | 'scoreErrors';
      /** The unit line of the template, or '' where there is none. */
      unit: string;
      set: { id: string; version: string; name: string };
      year: number;
      basis: Basis;
      total: { max: number; applicableMax: number; score: number; percent: number };
      classification: string | null;
      fields: FieldFigure[];
      criteria: CriterionFigure[];
      errors: { count: number; cells: string[] };
    };

export type ScoredFile = Extract<FileFigures, { status: 'scored' | 'scoreErrors' }>;

export interface RankRow {
  rank: number;
  unit: string;
  file: string;
  basis: Basis;
  score: number;
  applicableMax: number;
  percent: number;
  classification: string | null;
  fields: (number | null)[];
  /** Another ranked file carries the same unit name. */
  duplicate: boolean;
}

export interface FieldStat {
  code: string;
  name: string;
  max: number;
  /** Over the communes with a score in the field. */
  count: number;
  mean: number | null;
  lowest: number | null;
  highest: number | null;
  atMax: number;
}

export interface CriterionStat {
  code: string;
  name: string;
  max: number;
  /** Communes scored below the criterion's applicable max (not applicable ones left out). */
  belowMax: number;
  lost: number;
  /** Points lost per ranked commune of the block. */
  meanLost: number;
}

/** One criteria set and version: communes are ranked only against those scored on the same set. */
export interface RollupBlock {
  setId: string;
  version: string;
  setName: string;
  fields: { code: string; name: string; max: number }[];
  ranking: RankRow[];
  fieldStats: FieldStat[];
  criteria: CriterionStat[];
}

export type ProblemKind = 'unreadable' | 'scoreErrors' | 'duplicate';

export interface ProblemFile {
  file: string;
  unit: string;
  kind: ProblemKind;
  /** unreadable: the reason. */
  reason?: { key: string; message: Message };
  /** scoreErrors: how many, and the first cells. */
  errors?: { count: number; cells: string[] };
  /** duplicate: the other files of the same unit. */
  others?: string[];
}

export interface RollupResult {
  files: number;
  ranked: number;
  withErrors: number;
  unreadable: number;
  blocks: RollupBlock[];
  problems: ProblemFile[];
  /** The highest of the files' exit codes, as `check` gives it for many files. */
  exitCode: number;
}

/** How many error cells a problem line names; the rest are counted. */
export const FIRST_CELLS = 5;

/** The unit as the ranking shows it: the template's unit line, else the file's name without folder or .xlsx. */
export function unitOf(unit: string, file: string): string {
  if (unit.trim() !== '') return unit.trim();
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, '');
}

const unitKey = (unit: string) => unit.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/** Figures from the checked report of one file: the appraised score where entered, else the self-assessment. */
export function figuresOf(input: {
  file: string;
  unit: string;
  set: { id: string; version: string; name: string };
  year: number;
  self: ScoreReport;
  appraised?: ScoreReport;
}): ScoredFile {
  const report = input.appraised ?? input.self;
  const problems = [...input.self.problems, ...(input.appraised?.problems ?? [])].filter(
    (p) => p.severity === 'error',
  );
  const criteria: CriterionFigure[] = [];
  for (const node of report.nodes.values()) {
    if (node.level !== 'criterion') continue;
    criteria.push({
      code: node.code,
      name: node.name,
      max: node.max,
      applicableMax: node.applicableMax,
      score: node.score,
      na: node.na,
    });
  }
  return {
    file: input.file,
    status: problems.length === 0 ? 'scored' : 'scoreErrors',
    unit: input.unit,
    set: input.set,
    year: input.year,
    basis: input.appraised ? 'appraised' : 'self',
    total: { ...report.total },
    classification: report.classification?.name ?? null,
    fields: report.fields.map((f) => ({ code: f.code, name: f.name, max: f.max, score: f.score })),
    criteria,
    errors: {
      count: problems.length,
      cells: problems
        .map((p) => (p.position ? positionA1(p.position) : undefined))
        .filter((l): l is string => l !== undefined)
        .slice(0, FIRST_CELLS),
    },
  };
}

const collator = new Intl.Collator('vi');

/** Standard competition ranking: equal percentages share a rank, the next rank skips (1, 2, 2, 4). */
function rankRows(files: ScoredFile[], duplicates: Set<string>): RankRow[] {
  const sorted = [...files].sort(
    (a, b) =>
      b.total.percent - a.total.percent ||
      collator.compare(unitOf(a.unit, a.file), unitOf(b.unit, b.file)) ||
      collator.compare(a.file, b.file),
  );
  const rows: RankRow[] = [];
  sorted.forEach((f, i) => {
    const previous = rows[i - 1];
    const rank = previous && sorted[i - 1].total.percent === f.total.percent ? previous.rank : i + 1;
    const unit = unitOf(f.unit, f.file);
    rows.push({
      rank,
      unit,
      file: f.file,
      basis: f.basis,
      score: f.total.score,
      applicableMax: f.total.applicableMax,
      percent: f.total.percent,
      classification: f.classification,
      fields: f.fields.map((x) => x.score),
      duplicate: duplicates.has(unitKey(unit)),
    });
  });
  return rows;
}

function fieldStats(fields: RollupBlock['fields'], rows: RankRow[]): FieldStat[] {
  return fields.map((field, i) => {
    const scores = rows.map((r) => r.fields[i]).filter((s): s is number => s !== null);
    const sum = sumScores(scores);
    return {
      ...field,
      count: scores.length,
      mean: scores.length === 0 ? null : sum / scores.length,
      lowest: scores.length === 0 ? null : Math.min(...scores),
      highest: scores.length === 0 ? null : Math.max(...scores),
      atMax: scores.filter((s) => s >= field.max).length,
    };
  });
}

function criterionStats(files: ScoredFile[]): CriterionStat[] {
  const byCode = new Map<string, CriterionStat & { order: number; losses: number[] }>();
  for (const f of files) {
    f.criteria.forEach((c, order) => {
      let stat = byCode.get(c.code);
      if (!stat) {
        stat = {
          code: c.code,
          name: c.name,
          max: c.max,
          belowMax: 0,
          lost: 0,
          meanLost: 0,
          order,
          losses: [],
        };
        byCode.set(c.code, stat);
      }
      if (c.na) return;
      // Nothing entered earns nothing: the whole applicable max is lost.
      const loss = subtractScores(c.applicableMax, c.score ?? 0);
      if (loss > 0) {
        stat.belowMax++;
        stat.losses.push(loss);
      }
    });
  }
  return [...byCode.values()]
    .map(({ order, losses, ...stat }) => {
      const lost = sumScores(losses);
      return { stat: { ...stat, lost, meanLost: files.length === 0 ? 0 : lost / files.length }, order };
    })
    .sort((a, b) => b.stat.lost - a.stat.lost || a.order - b.order)
    .map((x) => x.stat);
}

/** The roll-up of every file given, in the order given. */
export function rollup(files: readonly FileFigures[]): RollupResult {
  const scored = files.filter((f): f is ScoredFile => f.status === 'scored');
  const withErrors = files.filter((f): f is ScoredFile => f.status === 'scoreErrors');
  const unreadable = files.filter((f) => f.status === 'unreadable');

  // Two files of one commune: flagged wherever they stand, ranked or not.
  const byUnit = new Map<string, string[]>();
  for (const f of [...scored, ...withErrors]) {
    if (f.unit.trim() === '') continue;
    const key = unitKey(f.unit);
    byUnit.set(key, [...(byUnit.get(key) ?? []), f.file]);
  }
  const duplicateUnits = new Set([...byUnit].filter(([, list]) => list.length > 1).map(([k]) => k));

  const groups = new Map<string, ScoredFile[]>();
  for (const f of scored) {
    const key = `${f.set.id}\u0000${f.set.version}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const blocks: RollupBlock[] = [...groups.values()].map((group) => {
    const first = group[0];
    const fields = first.fields.map((f) => ({ code: f.code, name: f.name, max: f.max }));
    const ranking = rankRows(group, duplicateUnits);
    return {
      setId: first.set.id,
      version: first.set.version,
      setName: first.set.name,
      fields,
      ranking,
      fieldStats: fieldStats(fields, ranking),
      criteria: criterionStats(group),
    };
  });
  blocks.sort((a, b) => b.ranking.length - a.ranking.length || collator.compare(a.setId, b.setId));

  const problems: ProblemFile[] = [];
  for (const f of files) {
    if (f.status === 'unreadable') {
      problems.push({ file: f.file, unit: '', kind: 'unreadable', reason: f.reason });
    } else if (f.status === 'scoreErrors') {
      problems.push({ file: f.file, unit: unitOf(f.unit, f.file), kind: 'scoreErrors', errors: f.errors });
    }
  }
  for (const f of [...scored, ...withErrors]) {
    if (!duplicateUnits.has(unitKey(f.unit))) continue;
    const others = (byUnit.get(unitKey(f.unit)) ?? []).filter((x) => x !== f.file);
    problems.push({ file: f.file, unit: unitOf(f.unit, f.file), kind: 'duplicate', others });
  }

  const exitCode = files.reduce(
    (code, f) => Math.max(code, f.status === 'unreadable' ? f.code : f.status === 'scoreErrors' ? 1 : 0),
    0,
  );
  return {
    files: files.length,
    ranked: scored.length,
    withErrors: withErrors.length,
    unreadable: unreadable.length,
    blocks,
    problems,
    exitCode,
  };
}

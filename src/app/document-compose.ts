/**
 * The plan document (Kế hoạch cải thiện, nâng cao Chỉ số CCHC) as plain data, from the plans of ./document-plans:
 * the sections, paragraphs and appendix rows. Pure: no docx, no clock, no file. The task pane loads this module
 * on use; it imports nothing of the engine's planning, so the pane's first-load bundle keeps those modules
 * scope-hoisted (webpack cannot hoist a module that a lazily loaded chunk refers to: about 2 KB gzipped).
 */
import { formatNumberVi, fromMilli, percentOf, toMilli } from '../engine/decimal';
import type { PreviousPlanRow } from '../engine/merge';
import type { PlanModel, PlanRow } from '../engine/plan';
import type { CriteriaSet, ScoreReport, SetNode } from '../engine/types';
import { documentVi as T } from '../i18n/document';

/** A piece of text. `drafted`: a sentence the program wrote for staff to review (highlighted); figures never are. */
export interface Span {
  text: string;
  drafted?: boolean;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'bullet'; spans: Span[] }
  | { kind: 'fieldChart'; caption: string };

export interface FieldResult {
  code: string;
  name: string;
  max: number;
  /** Max less what is not applicable: what the share is measured against. */
  applicableMax: number;
  score: number | null;
  percent: number | null;
  /** "15/16", decimal comma. */
  text: string;
  /** "93,75%", or '' without a score. */
  percentText: string;
}

export interface AppendixRow {
  level: PlanRow['level'] | 'total';
  stt: string;
  name: string;
  max: string;
  score: string;
  target: string;
  tasks: string;
  unit: string;
}

export interface UnitDuty {
  code: string;
  name: string;
  target: number | null;
  max: number;
  score: number | null;
  na: boolean;
  tasks: string;
}

export interface UnitSection {
  unit: string;
  duties: UnitDuty[];
}

export interface PlanDocumentModel {
  unitName: string;
  place: string;
  assessmentYear: number;
  planYear: number;
  issueYear: number;
  basis: PlanModel['basis'];
  header: { unitLines: string[]; number: string; motto: string; mottoSub: string; placeDate: string };
  title: string[];
  /** From the legal bases to the closing line, in order. */
  body: Block[];
  recipients: { heading: string; lines: string[] };
  signature: { lines: string[] };
  appendix: {
    heading: string;
    title: string[];
    note: string;
    columns: string[];
    rows: AppendixRow[];
  };
  fields: FieldResult[];
  structure: {
    fields: number;
    criteria: number;
    subCriteria: number;
    total: number;
    perField: { code: string; name: string; criteria: number; subCriteria: number; max: number }[];
  };
  units: UnitSection[];
  unassigned: string[];
  total: { score: number; max: number; applicableMax: number; percent: number; target: number };
  classification: string | null;
}

/** What the workbook holds, once read and checked by an adapter. */
export interface DocumentSource {
  set: CriteriaSet;
  self: ScoreReport;
  appraised?: ScoreReport;
  /** The template's unit line ("UBND xã Quảng Sơn"), '' when it still holds the placeholder. */
  unitName: string;
  assessmentYear: number;
  /** That plan year's appendix as staff left it, when the workbook holds one. */
  previousRows?: readonly PreviousPlanRow[] | null;
}

export interface DocumentOptions {
  planYear?: number;
  /** Overrides the template's unit line. */
  unitName?: string;
  /** The commune's name for the place line; taken from the unit name unless given. */
  place?: string;
  /** When the document is made: its year goes on the date line (day and month stay blanks to fill). */
  date?: Date;
}

const n = formatNumberVi;
const fig = (text: string): Span => ({ text });
const draft = (text: string): Span => ({ text, drafted: true });
const plain = (text: string): Span => ({ text });
/** Administrative style counts: "08 lĩnh vực". */
const two = (count: number) => (count < 10 ? `0${count}` : String(count));

/** "UBND xã Quảng Sơn" → ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG SƠN"], as the header block prints the issuer. */
function unitLines(unit: string): string[] {
  const m = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/iu.exec(unit.trim());
  if (m) return ['ỦY BAN NHÂN DÂN', m[1].toLocaleUpperCase('vi')];
  return [unit.toLocaleUpperCase('vi')];
}

function placeOf(unit: string): string {
  const m = /(?:xã|phường|thị trấn|đặc khu)\s+(.+)$/iu.exec(unit.trim());
  return m ? m[1].trim() : '……';
}

/** One cell naming several units ("A; B", or one per line) counts for each; the first spelling is shown. */
export function unitsOf(cell: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of cell.split(/[;\n\r]+/)) {
    const name = part.replace(/\s+/g, ' ').trim();
    const key = name.normalize('NFC').toLocaleLowerCase('vi');
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

const isParent = (rows: readonly PlanRow[], code: string) => rows.some((r) => r.code.startsWith(`${code}.`));

/** The plans a document is made of (see ./document-plans). */
export interface DocumentPlans {
  /** The appendix: the sheet's rows as staff left them where there is one, else as `plan` would build it. */
  plan: PlanModel;
  /** As `plan` builds it from the scores alone: applicable maxima and losses are measured on it. */
  original: PlanModel;
  /** The plan sheet's own words, so the appendix reads as the sheet does. */
  sheet: { columns: string[]; naMark: string; total: string };
}

/** Field targets are sums of their criteria: staff's edited targets must show in the fields and total too. */
function fieldTargets(rows: readonly PlanRow[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const field of rows.filter((r) => r.level === 'field')) {
    const kids = rows.filter((r) => r.level === 'criterion' && r.code.startsWith(`${field.code}.`));
    if (kids.length === 0 || field.na) {
      out.set(field.code, field.target);
      continue;
    }
    out.set(field.code, fromMilli(kids.reduce((s, k) => s + toMilli(k.target ?? 0), 0)));
  }
  return out;
}

function numberCell(row: PlanRow, value: number | null, naMark: string): string {
  if (row.na) return naMark;
  return value === null ? '' : n(value);
}

/** Every node of the set, depth first. */
function nodesOf(set: CriteriaSet): SetNode[] {
  const out: SetNode[] = [];
  const visit = (node: SetNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  set.fields.forEach(visit);
  return out;
}

export function composePlanDocument(
  source: DocumentSource,
  plans: DocumentPlans,
  options: DocumentOptions = {},
): PlanDocumentModel {
  const { set, assessmentYear } = source;
  const { plan, original } = plans;
  const planYear = plan.planYear;
  const unit = (options.unitName ?? source.unitName).trim() || T.unitPlaceholder;
  const place = options.place ?? placeOf(unit);
  const issueYear = options.date ? options.date.getFullYear() : planYear;
  const rows = plan.rows;
  const targets = fieldTargets(rows);

  // Section I.1: the set's structure, counted from the set itself.
  const nodes = nodesOf(set);
  const count = (level: string, prefix?: string) =>
    nodes.filter((x) => x.level === level && (prefix === undefined || x.code.startsWith(`${prefix}.`)))
      .length;
  const structure = {
    fields: set.fields.length,
    criteria: count('criterion'),
    subCriteria: count('subCriterion'),
    total: set.total,
    perField: set.fields.map((f) => ({
      code: f.code,
      name: f.name,
      criteria: count('criterion', f.code),
      subCriteria: count('subCriterion', f.code),
      max: f.max,
    })),
  };
  const withSub = structure.subCriteria > 0;

  // Section I.2: per field, against the applicable max of the scores (not staff's targets).
  const fields: FieldResult[] = set.fields.map((f) => {
    const row = original.rows.find((r) => r.code === f.code) as PlanRow;
    const applicableMax = row.target ?? f.max;
    const score = row.na ? null : row.score;
    return {
      code: f.code,
      name: f.name,
      max: f.max,
      applicableMax,
      score,
      percent: score === null ? null : percentOf(score, applicableMax),
      text: score === null ? '' : `${n(score)}/${n(f.max)}`,
      percentText: score === null ? '' : `${n(percentOf(score, applicableMax))}%`,
    };
  });

  // Section II.4: one subsection per unit named in the appendix, in the order they first appear.
  const units: UnitSection[] = [];
  const unassigned: string[] = [];
  for (const row of rows) {
    if (row.level === 'field' || isParent(rows, row.code)) continue;
    const names = unitsOf(row.unit);
    if (names.length === 0) {
      unassigned.push(row.code);
      continue;
    }
    for (const name of names) {
      const key = name.normalize('NFC').toLocaleLowerCase('vi');
      let section = units.find((u) => u.unit.normalize('NFC').toLocaleLowerCase('vi') === key);
      if (!section) {
        section = { unit: name, duties: [] };
        units.push(section);
      }
      section.duties.push({
        code: row.code,
        name: row.name,
        target: row.target,
        max: row.max,
        score: row.score,
        na: row.na,
        tasks: row.tasks,
      });
    }
  }

  const scoredFields = rows.filter((r) => r.level === 'field' && r.kind === 'scored');
  const totalTarget = fromMilli(scoredFields.reduce((s, f) => s + toMilli(targets.get(f.code) ?? 0), 0));

  const body: Block[] = [];
  const para = (...spans: Span[]) => body.push({ kind: 'paragraph', spans });
  const bullet = (...spans: Span[]) => body.push({ kind: 'bullet', spans });
  const heading = (level: 1 | 2 | 3, text: string) =>
    body.push({ kind: 'heading', level, spans: [plain(text)] });

  for (const [text, drafted] of T.bases({
    assessmentYear,
    planYear,
    unit,
    issuer: set.decision.issuer,
    setDecision: T.setDecision(set.decision),
  }))
    para(drafted ? draft(text) : plain(text));
  para(plain(T.intro(unit, planYear)));

  heading(1, T.partI(assessmentYear));
  heading(2, T.structureHeading);
  para(
    plain(
      T.structureLine({
        fields: two(structure.fields),
        criteria: two(structure.criteria),
        sub: withSub ? two(structure.subCriteria) : null,
        total: n(structure.total),
      }),
    ),
  );
  set.fields.forEach((f, i) => {
    const s = structure.perField[i];
    bullet(
      plain(
        T.structureField({
          code: f.code,
          name: f.name + T.kind[f.kind],
          criteria: two(s.criteria),
          sub: withSub ? two(s.subCriteria) : null,
          max: n(f.max),
        }),
      ),
    );
  });

  heading(2, T.resultHeading(assessmentYear));
  const [before, slash, open] = T.total(assessmentYear);
  const band = plan.classification;
  bullet(
    plain(before),
    fig(n(plan.total.score)),
    plain(slash),
    fig(n(plan.total.applicableMax)),
    plain(open),
    fig(`${n(plan.total.percent)}%`),
    plain(band ? T.classified(band.name) : T.unclassified),
    ...(band && !set.scale.confirmed ? [draft(T.scaleUnconfirmed)] : []),
    plain('.'),
  );
  bullet(plain(T.basis[plan.basis]));
  para(plain(T.perField));
  for (const f of fields) {
    if (f.score === null) {
      bullet(plain(T.fieldNoScore(f.code, f.name)));
      continue;
    }
    const [a, b, c] = T.fieldResult(f.code, f.name);
    bullet(plain(a), fig(n(f.score)), plain(b), fig(n(f.max)), plain(c));
  }
  body.push({ kind: 'fieldChart', caption: T.chartCaption(assessmentYear) });

  // Section I.3: a drafted assessment from the figures; the figures themselves stay plain.
  heading(2, T.assessmentHeading(assessmentYear));
  const scored = fields.filter((f) => f.score !== null && f.percent !== null);
  const atMax = scored.filter((f) => toMilli(f.score as number) >= toMilli(f.applicableMax));
  if (atMax.length > 0) {
    const spans: Span[] = [draft(T.atMax)];
    atMax.forEach((f, i) => {
      spans.push(draft(`${i > 0 ? '; ' : ''}Lĩnh vực ${f.code} (${f.name}, `), fig(f.text), draft(' điểm)'));
    });
    spans.push(draft('.'));
    bullet(...spans);
  } else bullet(draft(T.noneAtMax));
  const below = scored.filter((f) => toMilli(f.score as number) < toMilli(f.applicableMax));
  if (below.length > 0) {
    const lowest = below.reduce((a, b) => ((b.percent as number) < (a.percent as number) ? b : a));
    bullet(
      draft(`${T.lowest}Lĩnh vực ${lowest.code} (${lowest.name}, `),
      fig(lowest.text),
      draft(' điểm, '),
      fig(`${n(lowest.percent as number)}%`),
      draft(').'),
    );
  }
  const leaves = original.rows.filter((r) => r.level !== 'field' && !isParent(original.rows, r.code));
  const losing = leaves.filter((r) => r.belowMax && r.gap !== null);
  if (losing.length > 0) {
    const lostTotal = fromMilli(losing.reduce((s, r) => s + toMilli(r.gap as number), 0));
    const [c1, c2, c3] = T.belowCount;
    bullet(draft(c1), fig(String(losing.length)), draft(c2), fig(n(lostTotal)), draft(c3));
    const worst = [...losing].sort((a, b) => toMilli(b.gap as number) - toMilli(a.gap as number)).slice(0, 5);
    const spans: Span[] = [draft(T.losses)];
    worst.forEach((r, i) => {
      spans.push(draft(`${i > 0 ? '; ' : ''}${r.code} ${r.name} (${T.lost[0]}`), fig(n(r.gap as number)));
      spans.push(draft(`${T.lost[1]})`));
    });
    spans.push(draft('.'));
    bullet(...spans);
    bullet(draft(T.remark));
  } else bullet(draft(T.allAtMax));

  heading(1, T.partII(unit, planYear));
  heading(2, T.purposeHeading);
  para(draft(T.purpose));
  const [g1, g2, g3] = T.goal(planYear);
  para(draft(g1), fig(n(totalTarget)), draft(g2), fig(n(plan.total.max)), draft(g3));
  heading(2, T.requirementsHeading);
  for (const text of T.requirements(unit, planYear)) bullet(draft(text));
  heading(2, T.tasksHeading);
  const criteriaRows = rows.filter((r) => r.level !== 'field' && !isParent(rows, r.code));
  const [t1, t2, t3, t4] = T.tasks;
  para(
    plain(t1),
    fig(String(criteriaRows.length)),
    plain(t2),
    fig(String(losing.length)),
    plain(t3 + String(assessmentYear)),
    plain(t4),
  );
  heading(2, T.organisationHeading);
  units.forEach((u, i) => {
    heading(3, T.unitHeading(String(i + 1), u.unit));
    para(draft(T.unitLead(planYear)));
    for (const d of u.duties) {
      const [d1, d2, d3] = T.duty(d.code, d.name);
      const spans: Span[] = d.na
        ? [plain(`Tiêu chí ${d.code}. ${d.name}${T.dutyNa}`)]
        : [plain(d1), fig(n(d.target ?? d.max)), plain(d2), fig(n(d.max)), plain(d3)];
      if (!d.na && d.score !== null) {
        const [s1, s2] = T.dutyScore(assessmentYear);
        spans.push(plain(s1), fig(n(d.score)), plain(s2));
      }
      if (!d.na) spans.push(plain(')'));
      const tasks = d.tasks
        .split(/\n+/)
        .map((t) =>
          t
            .trim()
            .replace(/^[-–•]\s*/, '')
            .replace(/[.;,]+$/, ''),
        )
        .filter((t) => t !== '');
      spans.push(plain(tasks.length > 0 ? `: ${tasks.join('; ')}.` : '.'));
      bullet(...spans);
    }
  });
  if (unassigned.length > 0) para(draft(T.unassigned), fig(unassigned.join(', ')), draft('.'));
  para(plain(T.closing(unit, planYear)));

  const appendixRows: AppendixRow[] = rows.map((r) => ({
    level: r.level,
    stt: r.stt,
    name: r.level === 'field' ? r.name.toLocaleUpperCase('vi') : r.name,
    max: n(r.max),
    score: numberCell(r, r.score, plans.sheet.naMark),
    target: numberCell(r, r.level === 'field' ? (targets.get(r.code) ?? null) : r.target, plans.sheet.naMark),
    tasks: r.tasks,
    unit: r.unit,
  }));
  appendixRows.push({
    level: 'total',
    stt: '',
    name: plans.sheet.total,
    max: n(plan.total.max),
    score: n(plan.total.score),
    target: n(totalTarget),
    tasks: '',
    unit: '',
  });

  return {
    unitName: unit,
    place,
    assessmentYear,
    planYear,
    issueYear,
    basis: plan.basis,
    header: {
      unitLines: unitLines(unit),
      number: T.number,
      motto: T.motto,
      mottoSub: T.mottoSub,
      placeDate: T.placeDate(place, issueYear),
    },
    title: [T.titleKind, T.titleLine, T.titleUnit(unit, planYear)],
    body,
    recipients: { heading: T.recipientsHeading, lines: T.recipients },
    signature: { lines: [T.signatureFor, T.signatureRole] },
    appendix: {
      heading: T.appendixHeading,
      title: [T.appendixTitle, T.appendixUnit(unit, planYear)],
      note: T.appendixNote(unit, planYear),
      columns: plans.sheet.columns,
      rows: appendixRows,
    },
    fields,
    structure,
    units,
    unassigned,
    total: {
      score: plan.total.score,
      max: plan.total.max,
      applicableMax: plan.total.applicableMax,
      percent: plan.total.percent,
      target: totalTarget,
    },
    classification: band?.name ?? null,
  };
}

/** Every word of the document in reading order, for comparisons and searches. */
export function documentText(model: PlanDocumentModel): string {
  const lines: string[] = [
    ...model.header.unitLines,
    model.header.number,
    model.header.motto,
    model.header.mottoSub,
    model.header.placeDate,
    ...model.title,
  ];
  for (const block of model.body) {
    if (block.kind === 'fieldChart') {
      lines.push(block.caption);
      for (const f of model.fields) lines.push(`${f.code} ${f.name} ${f.text}`);
    } else lines.push(block.spans.map((s) => s.text).join(''));
  }
  lines.push(model.recipients.heading, ...model.recipients.lines, ...model.signature.lines);
  lines.push(
    model.appendix.heading,
    ...model.appendix.title,
    model.appendix.note,
    model.appendix.columns.join(' | '),
  );
  for (const r of model.appendix.rows)
    lines.push([r.stt, r.name, r.max, r.score, r.target, r.tasks, r.unit].join(' | '));
  return lines.join('\n');
}

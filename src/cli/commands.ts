import type { PlanModel } from '../engine/plan';
import { planIntoWorkbook } from '../xlsx/use-cases';
import { formatNumberVi, formatPlain } from '../engine/decimal';
import { walk } from '../engine/tree';
import { templateSheet } from '../layout/template';
import { builtInSet, builtInSets, DEFAULT_SET_ID } from '../sets';
import { renderSheet } from '../xlsx/render';
import { newWorkbook, workbookBytes } from '../xlsx/workbook';
import type { Invocation, Lang } from './args';
import { BrokenBuildError, CliError } from './errors';
import { checkOutput, writeAtomic } from './files';
import { errorCount, reportJson, reportText, scoresOk, textOf, type JsonReport } from './report';
import { templateResults } from './results';
import { readScores, type ScoresRead } from './scores';
import { resolveSetSource } from './sets-sheet';
import { addLossesSheet } from './losses';

/** Where a command's words go: stdout for results, stderr for faults. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export async function templateCommand(
  inv: Extract<Invocation, { command: 'template' }>,
  io: Io,
): Promise<number> {
  const set = inv.set ? await resolveSetSource(inv.set) : builtInSet(DEFAULT_SET_ID);
  // The default set ships inside the program: its absence is a broken build, not a user's mistake.
  if (!set) throw new BrokenBuildError(`the built-in set ${DEFAULT_SET_ID} is missing`);
  checkOutput(inv.output, undefined, inv.force);
  const spec = templateSheet(set, { year: inv.year, unitName: inv.unit });
  const wb = newWorkbook();
  await renderSheet(wb, spec, { results: templateResults(spec, set) });
  writeAtomic(inv.output, await workbookBytes(wb), inv.force);
  io.out(
    textOf(inv.lang).report.templateWritten({
      file: inv.output,
      sheet: spec.name,
      set: set.id,
      rows: spec.dataRows.last - spec.dataRows.first,
    }),
  );
  return 0;
}

type CheckInvocation = Extract<Invocation, { command: 'check' }>;

/** One file's report for people: what `check` prints, ending with its verdict. */
function checkText(read: ScoresRead, lang: Lang): string[] {
  const t = textOf(lang).report;
  return [...reportText(read, lang), scoresOk(read) ? t.ok : t.hasErrors({ count: errorCount(read) })];
}

export async function checkCommand(inv: CheckInvocation, io: Io): Promise<number> {
  if (inv.inputs.length > 1) return checkManyCommand(inv, io);
  const read = await readScores(inv.inputs[0], { sheet: inv.sheet, set: inv.set });
  io.out(inv.json ? json(reportJson(read, inv.lang)) : checkText(read, inv.lang).join('\n'));
  return scoresOk(read) ? 0 : 1;
}

/** `--json` for a file of a batch that could not be read: the single-file error shape, with its file. */
interface JsonUnreadable {
  file: string;
  ok: false;
  error: { code: string; message: string };
}

/**
 * Several workbooks, each checked on its own: a file that cannot be read is reported in its place and the
 * others are still checked. Text goes out file by file, under a heading, then one summary line; `--json`
 * prints one array in the order of the arguments. The exit code is the worst file's.
 */
async function checkManyCommand(inv: CheckInvocation, io: Io): Promise<number> {
  const t = textOf(inv.lang).report;
  // A --set that names no set is the call's fault, not any file's: said once, as a usage error is.
  const set = inv.set === undefined ? undefined : await resolveSetSource(inv.set);
  const tally = { clean: 0, errors: 0, unreadable: 0 };
  const elements: (JsonReport | JsonUnreadable)[] = [];
  let exitCode = 0;
  for (const [i, file] of inv.inputs.entries()) {
    const heading = t.batchFile({ file, index: i + 1, count: inv.inputs.length });
    const lines = i === 0 ? [heading] : ['', heading];
    let read: ScoresRead;
    try {
      read = await readScores(file, { sheet: inv.sheet, set });
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      tally.unreadable++;
      exitCode = Math.max(exitCode, err.exitCode);
      const message = err.text[inv.lang];
      if (inv.json) {
        io.err(message);
        elements.push({ file, ok: false, error: { code: err.key, message } });
      } else {
        io.out([...lines, message].join('\n'));
      }
      continue;
    }
    const ok = scoresOk(read);
    if (ok) tally.clean++;
    else tally.errors++;
    exitCode = Math.max(exitCode, ok ? 0 : 1);
    if (inv.json) elements.push(reportJson(read, inv.lang));
    else io.out([...lines, ...checkText(read, inv.lang)].join('\n'));
  }
  if (inv.json) io.out(json(elements));
  else io.out(['', t.batchSummary({ files: inv.inputs.length, ...tally })].join('\n'));
  return exitCode;
}

interface PlanJson extends JsonReport {
  plan: {
    written: boolean;
    output: string | null;
    sheet: string | null;
    planYear: number;
    basis: PlanModel['basis'];
    rows: number;
    total: PlanModel['total'];
    classification: string | null;
    kept: string[];
    backupSheet: string | null;
    leftovers: number;
  };
}

export async function planCommand(inv: Extract<Invocation, { command: 'plan' }>, io: Io): Promise<number> {
  checkOutput(inv.output, inv.input, inv.force);
  const read = await readScores(inv.input, { sheet: inv.sheet, set: inv.set });
  const t = textOf(inv.lang).report;
  const planYear = inv.planYear ?? read.year + 1;
  const base: JsonReport = reportJson(read, inv.lang);

  if (!scoresOk(read)) {
    const count = errorCount(read);
    if (inv.json) {
      const out: PlanJson = { ...base, plan: emptyPlan(planYear) };
      io.out(json(out));
    } else {
      io.out([...reportText(read, inv.lang), t.planNotWritten({ count })].join('\n'));
    }
    return 1;
  }

  const written = await planIntoWorkbook(read, { planYear, onlyBelowMax: inv.onlyBelowMax });
  const { plan, spec } = written;
  const backupSheet = written.previous?.backupSheet ?? null;
  const previous = written.previous;
  // Where the appraisal took points off: a summary sheet beside the plan, when appraised scores are there.
  await addLossesSheet(read.workbook, read);
  writeAtomic(inv.output, await workbookBytes(read.workbook), inv.force);

  const { kept, leftovers } = written;
  if (inv.json) {
    const out: PlanJson = {
      ...base,
      plan: {
        written: true,
        output: inv.output,
        sheet: spec.name,
        planYear,
        basis: plan.basis,
        rows: plan.rows.length,
        total: plan.total,
        classification: plan.classification?.name ?? null,
        kept,
        backupSheet,
        leftovers,
      },
    };
    io.out(json(out));
  } else {
    const lines = [
      ...reportText(read, inv.lang),
      t.planWritten({ file: inv.output, sheet: spec.name, rows: plan.rows.length }),
    ];
    if (kept.length > 0) lines.push(t.planKept({ count: kept.length }));
    if (backupSheet && previous) {
      lines.push(t.planBackup({ sheet: backupSheet, previous: previous.sheet }));
      if (leftovers > 0) lines.push(t.planLeftovers({ sheet: backupSheet, count: leftovers }));
    }
    io.out(lines.join('\n'));
  }
  return 0;
}

function emptyPlan(planYear: number): PlanJson['plan'] {
  return {
    written: false,
    output: null,
    sheet: null,
    planYear,
    basis: 'self',
    rows: 0,
    total: { max: 0, applicableMax: 0, score: 0, target: 0, gap: 0, percent: 0 },
    classification: null,
    kept: [],
    backupSheet: null,
    leftovers: 0,
  };
}

export function setsCommand(inv: Extract<Invocation, { command: 'sets' }>, io: Io): number {
  const sets = builtInSets();
  if (inv.json) {
    io.out(
      json(
        sets.map((s) => ({
          id: s.id,
          version: s.version,
          name: s.name,
          province: s.province,
          assessmentYear: s.assessmentYear,
          total: s.total,
          fields: s.fields.length,
          criteria: walk(s).filter((n) => n.level === 'criterion').length,
        })),
      ),
    );
    return 0;
  }
  const t = textOf(inv.lang).report;
  const n = inv.lang === 'en' ? formatPlain : formatNumberVi;
  const lines = [t.setsHeading];
  for (const s of sets) {
    lines.push(
      t.setItem({
        id: s.id,
        name: s.name,
        version: s.version,
        year: s.assessmentYear,
        total: n(s.total),
        fields: s.fields.length,
        criteria: walk(s).filter((x) => x.level === 'criterion').length,
      }),
    );
  }
  lines.push(t.setsHint);
  io.out(lines.join('\n'));
  return 0;
}

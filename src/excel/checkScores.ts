import { formatNumberVi, formatPlain, hasTemplate, type CheckOutcome } from '../app';
import type { Problem } from '../engine/types';
import { problemMessage } from '../i18n/problems';
import { positionA1 } from '../layout/a1';
import { locate, snapshotOfScan, withFormulaValues, type Located } from './app';
import { runAction } from './common';
import { message } from './errors';
import type { ActionEnv } from './host';
import type { Features } from './features';
import { scanWorkbook, unread, type SheetMemory } from './read';
import type { CheckResult, LocatedProblem } from './types';

/** Reads the template in one sync when its name (or this session's memory) leads to it, else in two. */
export async function readTemplateSheet(
  context: Excel.RequestContext,
  f: Features,
  env: ActionEnv,
  memory: SheetMemory = env.memory,
  rules = false,
): Promise<Located> {
  const scan = await scanWorkbook(
    context,
    f,
    {
      roles: ['template'],
      probeFirst: true,
      rules,
      more: (s) => (hasTemplate(snapshotOfScan(s)) ? [] : unread(s)),
    },
    memory,
  );
  const hit = await withFormulaValues(context, env, scan, locate(env, scan));
  memory.ids.template = hit.content.id;
  return hit;
}

/** The engine's problems with their sentence and the cell to select: A1 text is made here, at the edge. */
export function located(problems: readonly Problem[]): LocatedProblem[] {
  return problems.map((p) => {
    const out: LocatedProblem = { ...p, message: problemMessage(p) };
    if (p.position) out.address = positionA1(p.position);
    return out;
  });
}

export function checkResultOf(check: CheckOutcome): CheckResult {
  const { self, set, errors, warnings } = check;
  return {
    sheetName: check.sheet,
    setId: set.id,
    setName: set.name,
    year: check.year,
    unitName: check.unitName,
    problems: located(check.problems),
    errors,
    warnings,
    fields: self.fields.map((n) => ({ code: n.code, name: n.name, max: n.max, score: n.score })),
    total: self.total,
    totalIfFixed: self.totalIfFixed,
    missing: self.missing,
    classification: self.classification,
    scaleConfirmed: set.scale.confirmed,
    belowMax: self.belowMax,
    skipped: [],
    message: {
      vi: message('results', 'checked', {
        errors,
        warnings,
        score: formatNumberVi(self.total.score),
        max: formatNumberVi(self.total.applicableMax),
      }).vi,
      en: message('results', 'checked', {
        errors,
        warnings,
        score: formatPlain(self.total.score),
        max: formatPlain(self.total.applicableMax),
      }).en,
    },
  };
}

export async function checkScoresAction(env: ActionEnv): Promise<CheckResult> {
  return runAction(env, async (context, f) => {
    const hit = await readTemplateSheet(context, f, env);
    return checkResultOf(hit.check);
  });
}

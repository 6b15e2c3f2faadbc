import { formatNumberVi, formatPlain } from '../engine/decimal';
import type { Problem } from '../engine/types';
import { problemMessage } from '../i18n/problems';
import { positionA1 } from '../layout/a1';
import { requireTemplate, reportsOf, runAction, setOf, assessmentYear } from './common';
import { message } from './errors';
import { findTemplate, type TemplateHit } from './find';
import type { ActionEnv } from './host';
import type { Features } from './features';
import { scanWorkbook, unread, type SheetMemory } from './read';
import type { CheckResult, LocatedProblem } from './types';

/** Reads the template in one sync when its name (or this session's memory) leads to it, else in two. */
export async function readTemplateSheet(
  context: Excel.RequestContext,
  f: Features,
  memory: SheetMemory,
): Promise<TemplateHit> {
  const scan = await scanWorkbook(
    context,
    f,
    { roles: ['template'], more: (s) => (findTemplate(s) ? [] : unread(s)) },
    memory,
  );
  const hit = requireTemplate(findTemplate(scan));
  memory.ids.template = hit.content.id;
  return hit;
}

/** The engine's problems with the cell to select: the location readTemplate gave them is that address. */
export function located(problems: readonly Problem[]): LocatedProblem[] {
  return problems.map((p) => {
    const out: LocatedProblem = { ...p, message: problemMessage(p) };
    if (p.position) out.address = positionA1(p.position);
    return out;
  });
}

export function checkResultOf(env: ActionEnv, hit: TemplateHit): CheckResult {
  const set = setOf(env, hit.read);
  const reports = reportsOf(set, hit.read);
  const self = reports.self;
  const problems = located([...self.problems, ...(reports.appraised?.problems ?? [])]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return {
    sheetName: hit.content.name,
    setId: set.id,
    setName: set.name,
    year: assessmentYear(set, hit.read),
    unitName: hit.read.unitName,
    problems,
    errors,
    warnings,
    fields: self.fields.map((n) => ({ code: n.code, name: n.name, max: n.max, score: n.score })),
    total: self.total,
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
    const hit = await readTemplateSheet(context, f, env.memory);
    return checkResultOf(env, hit);
  });
}

import { readScoreCell } from '../engine/cell';
import { checkScores } from '../engine/check';
import type { CriteriaSet, ScoreReport } from '../engine/types';
import { columnLetters } from '../layout/a1';
import type { TemplateRead } from '../layout/read';
import { DEFAULT_SET_ID } from '../sets';
import { message, toAddinError } from './errors';
import { detectFeatures, type Features } from './features';
import type { TemplateHit } from './find';
import { ROLE_NAMES, type Role } from './read';
import type { ActionEnv } from './host';
import { AddinError } from './types';

/** Runs one action in one Excel.run; whatever fails comes out as an AddinError, never swallowed. */
export async function runAction<T>(
  env: ActionEnv,
  batch: (context: Excel.RequestContext, f: Features) => Promise<T>,
): Promise<T> {
  const f = detectFeatures(env.host);
  try {
    return await env.host.run((context) => batch(context, f));
  } catch (error) {
    throw toAddinError(error);
  }
}

export function requireTemplate(hit: TemplateHit | null): TemplateHit {
  if (!hit) throw new AddinError('NO_TEMPLATE', message('errors', 'NO_TEMPLATE'));
  const { duplicates, columns } = hit.read;
  if (duplicates.length > 0) {
    const col = columnLetters(columns.code);
    const list = duplicates
      .map((d) => `${d.code} (${d.rows.map((r) => `${col}${r + 1}`).join(', ')})`)
      .join('; ');
    throw new AddinError('DUPLICATE_CODES', message('errors', 'DUPLICATE_CODES', { list }));
  }
  return hit;
}

export function setOf(env: ActionEnv, read: TemplateRead): CriteriaSet {
  const id = read.record?.setId ?? DEFAULT_SET_ID;
  const set = env.findSet(id);
  if (!set) throw new AddinError('UNKNOWN_SET', message('errors', 'UNKNOWN_SET', { id }));
  return set;
}

export interface Reports {
  self: ScoreReport;
  /** Only when at least one appraised score was entered. */
  appraised?: ScoreReport;
}

export function reportsOf(set: CriteriaSet, read: TemplateRead): Reports {
  const self = checkScores(set, read.self, { column: 'self' });
  const entered = read.appraised.some((e) => readScoreCell(e.raw).kind !== 'blank');
  return entered ? { self, appraised: checkScores(set, read.appraised, { column: 'appraised' }) } : { self };
}

export function assessmentYear(set: CriteriaSet, read: TemplateRead): number {
  return read.record?.year ?? set.assessmentYear;
}

/** Points a role name at a sheet the action wrote, so the next action finds it in one sync. */
export function pointRoleName(
  context: Excel.RequestContext,
  f: Features,
  role: Role,
  exists: boolean | undefined,
  target: Excel.Range,
): void {
  if (!f.names) return;
  if (exists) context.workbook.names.getItem(ROLE_NAMES[role]).delete();
  context.workbook.names.add(ROLE_NAMES[role], target);
}

export { freeSheetName } from '../layout/names';

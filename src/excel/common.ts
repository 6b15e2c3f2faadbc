import { toAddinError } from './errors';
import { detectFeatures, type Features } from './features';
import { ROLE_NAMES, type Role } from './read';
import type { ActionEnv } from './host';

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

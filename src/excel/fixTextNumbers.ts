import { fixTextNumbers } from '../app';
import { readTemplateSheet } from './checkScores';
import { runAction } from './common';
import { message } from './errors';
import type { ActionEnv } from './host';
import { applyCells } from './apply';
import type { FixResult } from './types';

/**
 * Turns scores typed as text ("8,5") into numbers, once the user has agreed. The application layer says
 * which cells and what number (the same rule as `parindex fix`); this writes them.
 */
export async function fixTextNumbersAction(env: ActionEnv): Promise<FixResult> {
  return runAction(env, async (context, f) => {
    const hit = await readTemplateSheet(context, f, env);
    const { fixed, changes } = fixTextNumbers(hit.check);
    if (fixed === 0) return { fixed: 0, skipped: [], message: message('results', 'fixed', { count: 0 }) };
    applyCells(context, changes.cells, { protected: hit.content.protected });
    await context.sync();
    return { fixed, skipped: [], message: message('results', 'fixed', { count: fixed }) };
  });
}

import { AddinError } from '../excel/types';
import type { Message } from '../engine/types';
import { paneEn, paneVi } from '../i18n/pane';

/**
 * What the user reads when an action fails. AddinError already says what to do; anything else is a
 * fault of the program, shown with its own text so it can be reported, never hidden.
 */
export function userMessageOf(error: unknown): Message {
  if (error instanceof AddinError) return error.userMessage;
  // The adapter may live in another bundle copy (tests, preview): recognise the shape too.
  if (isAddinErrorLike(error)) return error.userMessage;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { vi: paneVi.errors.unexpected({ detail }), en: paneEn.errors.unexpected({ detail }) };
}

export function errorCodeOf(error: unknown): string | undefined {
  return error instanceof AddinError || isAddinErrorLike(error) ? error.code : undefined;
}

function isAddinErrorLike(error: unknown): error is { code: string; userMessage: Message } {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown; userMessage?: { vi?: unknown; en?: unknown } };
  return (
    e.name === 'AddinError' &&
    typeof e.code === 'string' &&
    typeof e.userMessage?.vi === 'string' &&
    typeof e.userMessage.en === 'string'
  );
}

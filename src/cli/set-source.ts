import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSet } from '../engine/set';
import type { CriteriaSet } from '../engine/types';
import { builtInSet, builtInSets } from '../sets';
import { InputError, UsageError } from './errors';

/** How many of a broken set file's problems are worth a line; the rest only make the message longer. */
const SHOWN_PROBLEMS = 5;

export function knownSetIds(): string {
  return builtInSets()
    .map((s) => s.id)
    .join(', ');
}

function looksLikeFile(value: string): boolean {
  return /\.json$/i.test(value) || value.includes('/') || value.includes(path.sep);
}

function setFromFile(file: string): CriteriaSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code =
      typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
        ? (err as { code: string }).code
        : String(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('setFileNotFound', { file });
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('setFileNoPermission', { file });
    if (code === 'EISDIR') throw new InputError('setFileIsDirectory', { file });
    throw new InputError('setFileUnreadable', { file, reason: code });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError('setFileNotJson', {
      file,
      detail: err instanceof Error ? err.message : String(err),
    });
  }
  const { set, problems } = loadSet(json);
  if (!set || problems.length > 0) {
    throw new InputError('setFileInvalid', {
      file,
      problems: problems.slice(0, SHOWN_PROBLEMS),
      more: Math.max(0, problems.length - SHOWN_PROBLEMS),
    });
  }
  return set;
}

/** A `--set` value: a built-in set's id, or the path of a set's JSON file. */
export function resolveSet(value: string): CriteriaSet {
  if (looksLikeFile(value)) return setFromFile(value);
  const set = builtInSet(value);
  if (!set) throw new UsageError('unknownSet', { id: value, known: knownSetIds() });
  return set;
}

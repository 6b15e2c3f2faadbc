import {
  AppError,
  checkTemplate,
  findTemplate,
  setFor,
  type CheckOutcome,
  type TemplateFound,
  type WorkbookSnapshot,
} from '../app';
import type { CriteriaSet } from '../engine/types';
import { columnLetters } from '../layout/a1';
import { DEFAULT_SET_ID } from '../sets';
import { message } from './errors';
import type { ActionEnv } from './host';
import type { Scan, SheetContent } from './read';
import { AddinError } from './types';

/** What the scan read, as the application layer takes it. */
export function snapshotOfScan(scan: Scan): WorkbookSnapshot {
  return {
    sheets: scan.sheetNames.map((name) => {
      const c = scan.contents.get(name);
      return c ? { name, grid: c.grid, protected: c.protected } : { name };
    }),
    active: scan.activeName,
    named: scan.named,
  };
}

/** An application-layer refusal in the add-in's words. */
export function addinErrorOf(err: AppError): AddinError {
  const q = err.params;
  switch (err.code) {
    case 'NO_TEMPLATE':
    case 'NO_SUCH_SHEET':
      return new AddinError('NO_TEMPLATE', message('errors', 'NO_TEMPLATE'));
    case 'DUPLICATE_CODES': {
      const col = columnLetters(q.codeColumn ?? 0);
      const list = (q.duplicates ?? [])
        .map((d) => `${d.code} (${d.rows.map((r) => `${col}${r + 1}`).join(', ')})`)
        .join('; ');
      return new AddinError('DUPLICATE_CODES', message('errors', 'DUPLICATE_CODES', { list }));
    }
    case 'NO_RECORD':
    case 'UNKNOWN_SET':
      return new AddinError('UNKNOWN_SET', message('errors', 'UNKNOWN_SET', { id: q.id ?? '' }));
    case 'SET_MISMATCH':
    case 'VERSION_MISMATCH':
      return new AddinError(
        'SET_VERSION',
        message('errors', 'SET_VERSION', {
          id: q.id ?? '',
          version: q.version ?? '',
          setVersion: q.setVersion ?? '',
        }),
      );
  }
}

/** Runs an application-layer step, turning its refusals into AddinErrors. */
export function viaApp<T>(step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof AppError) throw addinErrorOf(err);
    throw err;
  }
}

export interface Located {
  snapshot: WorkbookSnapshot;
  found: TemplateFound;
  content: SheetContent;
  set: CriteriaSet;
  check: CheckOutcome;
}

/** The template, its set (one rule, version included) and both columns checked, from what the scan read. */
export function locate(env: ActionEnv, scan: Scan): Located {
  return viaApp(() => {
    const snapshot = snapshotOfScan(scan);
    const found = findTemplate(snapshot);
    // The add-in offers the built-in set for a template without a record line (one made by hand).
    const set = setFor(found.read, { findSet: env.findSet, defaultSetId: DEFAULT_SET_ID });
    const content = scan.contents.get(found.sheet.name) as SheetContent;
    return { snapshot, found, content, set, check: checkTemplate(found, set) };
  });
}

/**
 * Scores typed as formulas ("=1+0,5") on criterion rows, read by their value: the scan reads formulas only
 * (half the payload), so these few cells cost one more sync, and only when there are some.
 */
export async function withFormulaValues(
  context: Excel.RequestContext,
  env: ActionEnv,
  scan: Scan,
  hit: Located,
): Promise<Located> {
  const content = hit.content;
  const formulas = content.grid.formulas ?? [];
  const wanted = [...hit.found.read.self, ...hit.found.read.appraised].flatMap((e) => {
    const p = e.position;
    if (!p || e.raw !== null) return [];
    const f = formulas[p.row]?.[p.column];
    return typeof f === 'string' && f.startsWith('=') ? [p] : [];
  });
  if (wanted.length === 0) return hit;
  const sheet = context.workbook.worksheets.getItem(content.name);
  const ranges = wanted.map((p) => {
    const range = sheet.getCell(p.row, p.column);
    range.load('values');
    return { p, range };
  });
  await context.sync();
  for (const { p, range } of ranges) {
    const v = (range.values as unknown[][])[0]?.[0];
    const line = content.grid.values[p.row] ?? (content.grid.values[p.row] = []);
    line[p.column] = v === '' || v === undefined ? null : (v as string | number | boolean);
  }
  return locate(env, scan);
}

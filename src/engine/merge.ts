import { readScoreCell } from './cell';
import type { PlanModel, PlanRow } from './plan';
import type { RawCell } from './types';

/** A row of a plan sheet as the user left it, read back by an adapter. */
export interface PreviousPlanRow {
  /** The STT cell's code ("1." and "1" both mean field 1), or null for a row the user added. */
  code: string | null;
  target: RawCell;
  tasks: string;
  unit: string;
  location?: string;
}

export interface MergeResult {
  plan: PlanModel;
  /** Codes whose target, tasks or unit came from the previous sheet. */
  kept: string[];
  /** Rows that could not be carried over whole (no code, an unknown code, a target in words): the backup sheet keeps them. */
  leftovers: PreviousPlanRow[];
  /** Codes of the new plan that the previous sheet no longer had (rows the user deleted). */
  missing: string[];
}

export function normaliseCode(stt: string): string {
  return stt.trim().replace(/\.$/, '');
}

/**
 * Regenerating the plan refreshes max points and scores but keeps what staff wrote: target, tasks and
 * unit are taken from the previous sheet, matched by code.
 */
export function mergePlan(plan: PlanModel, previous: readonly PreviousPlanRow[]): MergeResult {
  const byCode = new Map<string, PreviousPlanRow>();
  const leftovers: PreviousPlanRow[] = [];
  for (const row of previous) {
    const code = row.code === null ? '' : normaliseCode(row.code);
    if (code === '' || byCode.has(code)) leftovers.push(row);
    else byCode.set(code, row);
  }
  const kept: string[] = [];
  const missing: string[] = [];
  const used = new Set<string>();
  const rows: PlanRow[] = plan.rows.map((row) => {
    const old = byCode.get(row.code);
    if (!old) {
      missing.push(row.code);
      return row;
    }
    used.add(row.code);
    const reading = readScoreCell(old.target);
    // A field's target is the sum of its criteria: only its tasks and unit are staff's.
    const target =
      row.level === 'field'
        ? row.target
        : reading.kind === 'number'
          ? reading.value
          : reading.kind === 'na'
            ? null
            : row.target;
    // A target written as words ("giữ nguyên") has no number to carry over: the backup sheet keeps it.
    if (row.level !== 'field' && reading.kind === 'invalid') leftovers.push(old);
    const merged = { ...row, target, tasks: old.tasks, unit: old.unit };
    if (merged.target !== row.target || merged.tasks !== row.tasks || merged.unit !== row.unit)
      kept.push(row.code);
    return merged;
  });
  for (const [code, row] of byCode) if (!used.has(code)) leftovers.push(row);
  return { plan: { ...plan, rows }, kept, leftovers, missing };
}

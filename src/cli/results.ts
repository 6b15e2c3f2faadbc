import { subtractScores, sumScores } from '../engine/decimal';
import type { PlanModel, PlanRow } from '../engine/plan';
import type { CriteriaSet } from '../engine/types';
import { cellA1 } from '../layout/a1';
import { PLAN_COLUMNS } from '../layout/plan-sheet';
import { isFormula, type SheetSpec } from '../layout/spec';
import { TEMPLATE_COLUMNS } from '../layout/template';

/**
 * Cached results for the plan sheet's formulas, from the engine's numbers. A formula gets one only where its
 * value is certain: a field row's score is the engine's sum of the criteria below it; a target or a total
 * is the sum of the numbers the same formula adds up. Anything else is left for the spreadsheet to compute.
 */
export function planResults(spec: SheetSpec, plan: PlanModel): Map<string, number> {
  const out = new Map<string, number>();
  const first = spec.dataRows.first;
  const C = PLAN_COLUMNS;
  const isSumAt = (row: number, col: number) => isFormula(spec.cells[row]?.[col] ?? null);
  const children = new Map<string, PlanRow[]>();
  for (const r of plan.rows) {
    const parent = r.code.split('.').slice(0, -1).join('.');
    if (parent === '') continue;
    const list = children.get(parent);
    if (list) list.push(r);
    else children.set(parent, [r]);
  }
  const numbers = (values: (number | null)[]) =>
    values.every((v): v is number => v !== null) ? sumScores(values) : null;

  const targets = new Map<string, number | null>();
  // Deepest rows first, so a parent adds up targets already known.
  const order = plan.rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.code.split('.').length - a.r.code.split('.').length);
  for (const { r, i } of order) {
    const row = first + i;
    if (isSumAt(row, C.score) && r.score !== null && !r.na) out.set(cellA1(row, C.score), r.score);
    if (isSumAt(row, C.target)) {
      const sum = numbers(
        (children.get(r.code) ?? []).map((k) => (k.na ? 0 : (targets.get(k.code) ?? null))),
      );
      targets.set(r.code, sum);
      if (sum !== null) out.set(cellA1(row, C.target), sum);
    } else {
      targets.set(r.code, r.na ? 0 : r.target);
    }
  }

  // The same split as the total row's formulas (src/layout/plan-sheet.ts): max and target add up the scored
  // fields only; the score adds scored and bonus fields and takes penalty fields away.
  const totalRow = spec.dataRows.last;
  const fields = plan.rows.filter((r) => r.level === 'field');
  const scored = fields.filter((f) => f.kind === 'scored');
  const scoreOf = (f: PlanRow) => (f.na ? 0 : f.score);
  const added = numbers(fields.filter((f) => f.kind !== 'penalty').map(scoreOf));
  const taken = numbers(fields.filter((f) => f.kind === 'penalty').map(scoreOf));
  const totals = {
    [C.max]: numbers(scored.map((f) => f.max)),
    [C.score]: added !== null && taken !== null ? subtractScores(added, taken) : null,
    [C.target]: numbers(scored.map((f) => targets.get(f.code) ?? null)),
  };
  for (const col of [C.max, C.score, C.target]) {
    const sum = totals[col];
    if (isSumAt(totalRow, col) && sum !== null) out.set(cellA1(totalRow, col), sum);
  }
  return out;
}

/** The template's one formula whose value is known before anyone types: the total of the max points. */
export function templateResults(spec: SheetSpec, set: CriteriaSet): Map<string, number> {
  const out = new Map<string, number>();
  const row = spec.dataRows.last;
  if (isFormula(spec.cells[row]?.[TEMPLATE_COLUMNS.max] ?? null)) {
    out.set(
      cellA1(row, TEMPLATE_COLUMNS.max),
      sumScores(set.fields.filter((f) => f.kind === 'scored').map((f) => f.max)),
    );
  }
  return out;
}

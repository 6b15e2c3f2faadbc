/**
 * Engine benchmark: load a synthetic set, check a column of scores and build the plan.
 * Prints `bench <name> <value> <unit>` lines (see docs/architecture.md); figures only, no pass/fail.
 */
import { checkScores } from '../src/engine/check';
import { buildPlan } from '../src/engine/plan';
import { loadSet } from '../src/engine/set';
import { makeSyntheticScores, makeSyntheticSet } from '../src/engine/synthetic';

const WARMUP = 5;
/** Small runs are noisy: take more of them. */
const runsFor = (criteria: number) => (criteria <= 1000 ? 41 : 15);

function validateAndPlan(json: unknown, entries: ReturnType<typeof makeSyntheticScores>): number {
  const { set, problems } = loadSet(json);
  if (!set || problems.length > 0)
    throw new Error(`synthetic set is invalid: ${problems[0]?.code} at ${problems[0]?.path}`);
  const self = checkScores(set, entries);
  const plan = buildPlan(set, { self }, { assessmentYear: set.assessmentYear });
  return plan.rows.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(criteria: number): number {
  const json = makeSyntheticSet(criteria);
  const entries = makeSyntheticScores(json, 42);
  for (let i = 0; i < WARMUP; i++) validateAndPlan(json, entries);
  const times: number[] = [];
  for (let i = 0; i < runsFor(criteria); i++) {
    const start = performance.now();
    validateAndPlan(json, entries);
    times.push(performance.now() - start);
  }
  return median(times);
}

const small = measure(1000);
const large = measure(10000);
console.log(`bench engine.validate_plan.1000 ${small.toFixed(2)} ms`);
console.log(`bench engine.validate_plan.10000 ${large.toFixed(2)} ms`);
console.log(`bench engine.growth.10k_over_1k ${(large / small).toFixed(2)} x`);

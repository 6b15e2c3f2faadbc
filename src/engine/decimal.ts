/**
 * Scores carry at most 3 decimals (7,997; 79,452). Sums are done in whole thousandths so that
 * 15 + 8.5 + 11.497 + … is 79.452 and never 79.45199999.
 */
const SCALE = 1000;

export function toMilli(value: number): number {
  return Math.round(value * SCALE);
}

export function fromMilli(milli: number): number {
  return milli / SCALE;
}

export function sumScores(values: readonly number[]): number {
  let milli = 0;
  for (const v of values) milli += toMilli(v);
  return fromMilli(milli);
}

export function subtractScores(a: number, b: number): number {
  return fromMilli(toMilli(a) - toMilli(b));
}

export function sameScore(a: number, b: number): boolean {
  return toMilli(a) === toMilli(b);
}

export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Shortest round-trip text of a double tells how many decimals the person typed.
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** Percent with 2 decimals, exact to the hundredth. */
export function percentOf(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round((toMilli(score) * 100 * 100) / toMilli(max)) / 100;
}

/** Vietnamese display: decimal comma, no trailing zeros ("79,452", "8,5", "16"). */
export function formatNumberVi(value: number): string {
  return formatPlain(value).replace('.', ',');
}

export function formatPlain(value: number): string {
  const fixed = fromMilli(toMilli(value)).toFixed(3);
  return fixed.replace(/\.?0+$/, '');
}

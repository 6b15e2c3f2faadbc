// Shared pieces of the range-format proxies: parent-resolved targets and Excel's argument checks.
import { invalidArgument } from '../errors';
import { normalizeColor } from '../model/format';
import { Exec, SimObject } from './base';
import type { SimContext } from './context';
import type { RangeTarget, SimRange } from './range';

export const isBool = (location: string) => (v: unknown) => {
  if (typeof v !== 'boolean') throw invalidArgument(location, 'expected true or false');
  return v;
};

export const oneOf = (location: string, allowed: readonly string[]) => (v: unknown) => {
  if (typeof v !== 'string' || !allowed.includes(v))
    throw invalidArgument(location, `expected one of ${allowed.join(', ')}`);
  return v;
};

export const color = (location: string) => (v: unknown) => {
  const c = normalizeColor(v);
  if (!c) throw invalidArgument(location, `not a color: ${String(v)}`);
  return c;
};

export const positiveNumber = (location: string) => (v: unknown) => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
    throw invalidArgument(location, 'expected a positive number');
  return v;
};

/** A proxy whose target is its parent range's target. */
export abstract class SimRangePart extends SimObject<RangeTarget> {
  constructor(
    ctx: SimContext,
    path: string,
    protected readonly range: SimRange,
  ) {
    super(ctx, path);
  }

  simResolve(x: Exec): RangeTarget | null {
    return this.range.simResolve(x);
  }
}

import type { RawCell } from '../../src/engine/types';
import type { Grid } from '../../src/layout/read';
import { isFormula, type SheetSpec } from '../../src/layout/spec';

/** The grid an adapter would read from a freshly written sheet (formulas carry no value). */
export function gridOfSpec(spec: SheetSpec): Grid {
  const width = Math.max(...spec.cells.map((r) => r.length));
  const values: RawCell[][] = spec.cells.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v = row[c] ?? null;
      return isFormula(v) ? null : v;
    }),
  );
  return { sheet: spec.name, values };
}

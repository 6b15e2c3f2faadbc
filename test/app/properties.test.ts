/**
 * Random cell contents through check, fix and plan (fast-check): no error escapes a use case, and every total
 * equals the sum of the accepted entries. 10,000 cases with a fixed seed; fast-check prints the seed and the
 * shrunk counterexample on failure.
 */
import fc from 'fast-check';
import {
  checkTemplate,
  findTemplate,
  fixTextNumbers,
  generatePlan,
  type WorkbookSnapshot,
} from '../../src/app';
import { readScoreCell } from '../../src/engine/cell';
import { fromMilli, toMilli } from '../../src/engine/decimal';
import { walk } from '../../src/engine/tree';
import type { RawCell } from '../../src/engine/types';
import { isFormula } from '../../src/layout/spec';
import { templateSheet } from '../../src/layout/template';
import { builtInSet } from '../../src/sets';

const SEED = 20261130;
const set = builtInSet('dak-nong-xa-2023')!;
const spec = templateSheet(set, { year: 2023, unitName: 'UBND xã Thử' });
const kindOf = new Map(walk(set).map((n) => [n.code, n.kind]));

/** The template as an adapter reads it: values, and formulas where the template has its sums. */
function baseGrid() {
  const values: RawCell[][] = spec.cells.map((line) => line.map((c) => (isFormula(c) ? null : c)));
  const formulas = spec.cells.map((line) => line.map((c) => (isFormula(c) ? `=${c.formula}` : null)));
  return { values, formulas };
}

const number = fc.double({ min: -5, max: 30, noNaN: true, noDefaultInfinity: true });
const decimals = fc.integer({ min: 0, max: 3000 }).map((n) => n / 1000);
const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  decimals,
  number,
  decimals.map((n) => String(n).replace('.', ',')),
  decimals.map((n) => ` ${String(n)} `),
  fc.constantFrom('KAD', 'không áp dụng', 'N/A', 'na'),
  fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((e) => ({ error: e })),
  fc.constantFrom('#VALUE!', '=1+2', 'giữ nguyên', '8,5,1', '', '   '),
  fc.boolean(),
  fc.string({ maxLength: 300 }),
);

describe('random cells through check, fix and plan', () => {
  it('never throw, and every total is the sum of the accepted entries', () => {
    const base = baseGrid();
    const selfCol = 3;
    const rows: { code: string; row: number }[] = [];
    spec.cells.forEach((line, r) => {
      const code = line[0];
      if (r > spec.headerRow && typeof code === 'string' && code.includes('.') && !isFormula(line[selfCol]))
        rows.push({ code: code.replace(/\.$/, ''), row: r });
    });
    expect(rows.length).toBe(38);
    fc.assert(
      fc.property(fc.array(cell, { minLength: rows.length, maxLength: rows.length }), (cells) => {
        const values = base.values.map((line) => [...line]);
        rows.forEach(({ row }, i) => {
          values[row][selfCol] = cells[i];
        });
        const snapshot: WorkbookSnapshot = {
          sheets: [{ name: spec.name, grid: { sheet: spec.name, values, formulas: base.formulas } }],
        };
        const found = findTemplate(snapshot);
        const check = checkTemplate(found, set);
        let sheetMilli = 0;
        let fixedMilli = 0;
        let texts = 0;
        rows.forEach(({ code }, i) => {
          const reading = readScoreCell(cells[i]);
          if (reading.kind !== 'number') return;
          const sign = kindOf.get(code) === 'penalty' ? -1 : 1;
          fixedMilli += sign * toMilli(reading.value);
          if (reading.fromText) texts++;
          else sheetMilli += sign * toMilli(reading.value);
        });
        expect(check.self.total.score).toBe(fromMilli(sheetMilli));
        expect((check.self.totalIfFixed ?? check.self.total).score).toBe(fromMilli(fixedMilli));
        const fix = fixTextNumbers(check);
        expect(fix.fixed).toBe(texts);
        const plan = generatePlan(snapshot, found, check, { scoreSource: 'auto' });
        expect(plan.written).toBe(check.errors === 0);
        if (plan.written) expect(plan.model.total.score).toBe(fromMilli(fixedMilli));
      }),
      { numRuns: 10_000, seed: SEED, verbose: 1 },
    );
  });
});

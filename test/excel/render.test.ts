/** The renderer's pure parts: what a cell is written as, and how a large write is cut to fit the 5 MB limit. */
import type { Features } from '../../src/excel/features';
import {
  blockSteps,
  fitSteps,
  groupSteps,
  officeInput,
  renderSheet,
  SYNC_BUDGET_BYTES,
  utf8Length,
  widthInPoints,
  type WriteStep,
} from '../../src/excel/render';
import { templateSheet } from '../../src/layout/template';
import { SimulatedExcel } from '../../src/sim';
import { builtInSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/engine/types';

describe('officeInput', () => {
  it.each([
    [null, false, ''],
    [{ formula: 'SUM(D8:D14)' }, false, '=SUM(D8:D14)'],
    [7.997, false, 7.997],
    ['1.1', true, '1.1'],
    ['1.1', false, "'1.1"],
    ['- Lĩnh vực 1: đạt 16/16 điểm', false, "'- Lĩnh vực 1: đạt 16/16 điểm"],
    ['31/3', false, "'31/3"],
    ['TRUE', false, "'TRUE"],
    ['#N/A', false, "'#N/A"],
    ['Ban hành kế hoạch kiểm tra CCHC', false, 'Ban hành kế hoạch kiểm tra CCHC'],
  ] as const)('%j (text cell: %s) is written as %j', (cell, text, expected) => {
    expect(officeInput(cell, text)).toEqual(expected);
  });
});

describe('payload', () => {
  it('counts UTF-8 bytes, as the request carries them', () => {
    expect(utf8Length('Tự')).toBe(4);
    expect(utf8Length('ab')).toBe(2);
    expect(utf8Length('😀')).toBe(4);
  });

  const step = (bytes: number): WriteStep => ({ bytes, apply: () => undefined });

  it('keeps one group while everything fits one sync', () => {
    expect(groupSteps([step(10), step(20)])).toHaveLength(1);
  });

  it('cuts groups that each stay within the budget once it does not', () => {
    const groups = groupSteps([step(3_000_000), step(2_000_000), step(100), step(1_500_000)]);
    expect(groups.map((g) => g.reduce((n, s) => n + s.bytes, 0))).toEqual([3_000_000, 3_500_100]);
    for (const g of groups) expect(g.reduce((n, s) => n + s.bytes, 0)).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
  });

  it('re-cuts a block into rows only when the whole write is too large', () => {
    const written: string[] = [];
    const sheet = { getRange: (a: string) => (written.push(a), {}) } as unknown as Excel.Worksheet;
    const matrix = Array.from({ length: 2000 }, () => ['x'.repeat(3000)]);
    expect(blockSteps(sheet, 0, 0, matrix, 'formulas', Infinity)).toHaveLength(1);
    const groups = fitSteps((max) => blockSteps(sheet, 0, 0, matrix, 'formulas', max));
    expect(groups.length).toBeGreaterThan(1);
    groups.flat().forEach((s) => s.apply());
    expect(written[0]).toMatch(/^A1:A\d+$/);
    expect(written[written.length - 1]).toMatch(/^A\d+:A2000$/);
  });

  it('turns character widths into points', () => {
    expect(widthInPoints(8)).toBe(45.75);
  });
});

describe('renderSheet', () => {
  const none: Features = {
    protection: false,
    merge: false,
    columnWidths: false,
    usedRangeValuesOnly: false,
    nullObjects: false,
    names: false,
    conditionalFormats: false,
    suspendCalculation: false,
    freezePanes: false,
    dataValidation: false,
    pageLayout: false,
    copySheet: false,
  };

  it('renders the same spec at ExcelApi 1.1 with only values, formulas and formats, and says what it left out', async () => {
    const spec = templateSheet(builtInSet('dak-nong-xa-2023') as CriteriaSet, { year: 2023 });
    const sim = new SimulatedExcel({ apiLevel: 'office2016' });
    let skipped: string[] = [];
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.add(spec.name);
      const rendered = renderSheet(sheet, spec, none);
      skipped = rendered.skipped;
      rendered.steps.forEach((s) => s.apply());
      await context.sync();
    });
    expect(skipped.sort()).toEqual(
      [
        'columnWidths',
        'conditionalFormats',
        'dataValidation',
        'freezePanes',
        'merge',
        'pageLayout',
        'protection',
      ].sort(),
    );
    const snap = sim.getSheetSnapshot(spec.name);
    expect(snap.cells.find((c) => c.address === 'B6')?.value).toBe('Lĩnh vực, tiêu chí');
    expect(snap.cells.find((c) => c.address === 'A7')?.format.fill).toBe('#E2EFDA');
  });
});

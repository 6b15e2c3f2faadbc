// The preview grid's model, from sheet snapshots of the simulated Excel: values, merges, highlights, and
// the cells whose value breaks their validation rule.
import { gridModel, invalidCells } from '../../src/preview/grid-model';
import { SimulatedExcel } from '../../src/sim';
import type { CellSnapshot, ValidationSnapshot } from '../../src/sim';

function cell(address: string, value: string | number): CellSnapshot {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65, address, value } as CellSnapshot;
}

const rule = (address: string, r: Record<string, unknown>): ValidationSnapshot => ({
  address,
  type: 'Decimal',
  rule: r,
  errorAlert: {
    showAlert: true,
    style: 'Stop',
    title: 'Điểm không hợp lệ',
    message: 'Điểm từ 0 đến tối đa.',
  },
  prompt: { showPrompt: false, title: '', message: '' },
  ignoreBlanks: true,
});

describe('invalidCells', () => {
  const cells = [
    cell('C7', 2),
    cell('C8', 4),
    cell('C9', 2),
    cell('D7', 3),
    cell('D8', 4),
    cell('D9', '8,5'),
    cell('D10', ''),
  ];
  const lookup = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col);

  test('a decimal rule with a max that moves with the row, as Excel reads "=$C7"', () => {
    const bad = invalidCells(
      [rule('D7:D10', { decimal: { formula1: 0, formula2: '=$C7', operator: 'Between' } })],
      lookup,
    );
    expect([...bad.keys()].sort()).toEqual(['D7', 'D9']);
    expect(bad.get('D7')).toBe('Điểm từ 0 đến tối đa.');
  });

  test.each([
    [{ wholeNumber: { formula1: '0', formula2: '5', operator: 'Between' } }, ['D9']],
    [{ decimal: { formula1: 3.5, operator: 'GreaterThan' } }, ['D7', 'D9']],
    [{ custom: { formula: '=OR(D7="KAD",D7<=$C7)' } }, []],
  ])('rule %j flags %j', (r, expected) => {
    expect([...invalidCells([rule('D7:D10', r)], lookup).keys()].sort()).toEqual(expected);
  });
});

describe('gridModel over the simulated Excel', () => {
  test('computed values and formulas come through, numbers right and text left; the grid leaves room to type', () => {
    const sim = new SimulatedExcel();
    const sheet = sim.sheetNames()[0];
    sim.typeValue(sheet, 'A1', '2');
    sim.typeValue(sheet, 'A2', '3,5');
    sim.typeValue(sheet, 'A3', '=SUM(A1:A2)');
    const model = gridModel(sim.getSheetSnapshot(sheet));
    expect(model.cells[2][0]?.text).toBe('2');
    expect(model.cells[2][0]?.input).toBe('=SUM(A1:A2)');
    expect(model.cells[1][0]?.align).toBe('left');
    expect(model.cells[0][0]?.align).toBe('right');
    expect(model.rowCount).toBeGreaterThanOrEqual(20);
    expect(model.colWidthsPx.every((w) => w > 0)).toBe(true);
  });
});

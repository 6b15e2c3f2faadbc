import { checkScores } from '../../src/engine/check';
import { buildPlan } from '../../src/engine/plan';
import type { RawCell } from '../../src/engine/types';
import {
  cellA1,
  columnIndex,
  columnLetters,
  isFormula,
  parseCellA1,
  planSheet,
  quoteSheet,
  readPlanSheet,
  readTemplate,
  blankUntilEntered,
  sheetCellA1,
  signedSumOfRows,
  splitSheetAddress,
  sumOfRows,
  templateSheet,
  type Grid,
  type SheetSpec,
} from '../../src/layout';
import { builtInSet } from '../../src/sets';
import { SEED_2023_SCORES } from '../support/seed';

const set = builtInSet('dak-nong-xa-2023')!;

/** What a spreadsheet would hand back for a spec, before any recalculation: formulas have no value yet. */
function gridOf(spec: SheetSpec): Grid & { values: RawCell[][]; formulas: (string | null)[][] } {
  return {
    sheet: spec.name,
    values: spec.cells.map((r) => r.map((c) => (isFormula(c) ? null : c))),
    formulas: spec.cells.map((r) => r.map((c) => (isFormula(c) ? `=${c.formula}` : null))),
  };
}

function typeSeedScores(grid: ReturnType<typeof gridOf>, column: number) {
  const read = readTemplate(grid)!;
  for (const { code, row } of read.rows)
    if (code in SEED_2023_SCORES) grid.values[row][column] = SEED_2023_SCORES[code];
}

describe('A1 helpers', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test('cells, sheets and quotes', () => {
    expect(cellA1(11, 3)).toBe('D12');
    expect(cellA1(0, 2, true)).toBe('$C$1');
    expect(parseCellA1('$D$12')).toEqual({ row: 11, col: 3 });
    expect(() => parseCellA1('12D')).toThrow('Not an A1 cell address');
    expect(quoteSheet('Sheet1')).toBe('Sheet1');
    expect(quoteSheet('Tự đánh giá 2023')).toBe("'Tự đánh giá 2023'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
    expect(sheetCellA1('Tự đánh giá 2023', 11, 3)).toBe("'Tự đánh giá 2023'!D12");
    expect(splitSheetAddress("'Bob''s'!B2:C3")).toEqual({ sheet: "Bob's", range: 'B2:C3' });
    expect(splitSheetAddress('B2')).toEqual({ sheet: null, range: 'B2' });
  });

  test('penalty rows are subtracted; appraisal sums stay blank until a number is entered', () => {
    expect(signedSumOfRows(3, [6, 7], [9])).toBe('SUM(D7:D8)-SUM(D10)');
    expect(signedSumOfRows(3, [6, 7], [])).toBe('SUM(D7:D8)');
    expect(blankUntilEntered(4, [6, 7, 9], 'SUM(E7:E8,E10)')).toBe(
      'IF(COUNT(E7:E8,E10)=0,"",SUM(E7:E8,E10))',
    );
    const many = Array.from({ length: 300 }, (_, i) => i * 2);
    // Past 255 arguments the counts of each chunk are added, never counted.
    expect(blankUntilEntered(4, many, 'X')).toMatch(/^IF\(SUM\(COUNT\(.*\),COUNT\(.*\)\)=0,"",X\)$/);
  });

  test('sums fold runs into ranges and nest past 255 arguments', () => {
    expect(sumOfRows(3, [6, 7, 8, 10, 12, 13])).toBe('SUM(D7:D9,D11,D13:D14)');
    expect(sumOfRows(3, [])).toBe('0');
    const scattered = Array.from({ length: 600 }, (_, i) => i * 2);
    const formula = sumOfRows(2, scattered);
    expect(formula.startsWith('SUM(SUM(')).toBe(true);
    const topLevelArgs = formula.slice(4, -1).split('),SUM(').length;
    expect(topLevelArgs).toBe(3);
    expect(formula.match(/C\d+/g)).toHaveLength(600);
  });
});

describe('template sheet', () => {
  const spec = templateSheet(set, { unitName: 'UBND xã Quảng Sơn' });

  test('one header row with the exact texts, then a row per field and criterion, then the total', () => {
    expect(spec.name).toBe('Tự đánh giá 2023');
    expect(spec.cells[spec.headerRow]).toEqual([
      'STT',
      'Lĩnh vực, tiêu chí',
      'Điểm tối đa',
      'Điểm tự đánh giá',
      'Điểm thẩm định',
      'Tài liệu kiểm chứng',
      'Giải trình, ghi chú',
    ]);
    const codes = spec.cells.slice(spec.dataRows.first, spec.dataRows.last).map((r) => r[0]);
    expect(codes).toHaveLength(8 + 38);
    expect(codes.slice(0, 3)).toEqual(['1', '1.1', '1.2']);
    expect(codes.every((c) => typeof c === 'string')).toBe(true);
    expect(spec.cells[spec.dataRows.last][1]).toBe('TỔNG CỘNG');
  });

  test('field and total rows are live sums over their own rows', () => {
    const first = spec.dataRows.first;
    expect(spec.cells[first][3]).toEqual({ formula: `SUM(D${first + 2}:D${first + 8})` });
    const total = spec.cells[spec.dataRows.last];
    const fieldRows = spec.cells
      .map((r, i) => ({ code: r[0], i }))
      .filter(({ code, i }) => i >= first && typeof code === 'string' && !code.includes('.'))
      .map(({ i }) => i);
    expect(total[3]).toEqual({ formula: sumOfRows(3, fieldRows) });
  });

  test('entries are validated against the row max and marked below max, with print and freeze set', () => {
    expect(spec.validations[0].rule).toEqual({
      kind: 'decimalBetween',
      min: 0,
      maxFormula: `$C${spec.dataRows.first + 1}`,
    });
    expect(spec.conditionalFormats[0].formula).toContain(`<$C${spec.dataRows.first + 1}`);
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: 1 });
    expect(spec.freeze).toEqual({ rows: spec.headerRow + 1, cols: 0 });
    expect(spec.protect).toBe(true);
    expect(spec.defaultFont).toEqual({ name: 'Times New Roman', size: 13 });
  });

  test('sets that allow N/A get a rule that accepts KAD', () => {
    const naSet = { ...set, fields: set.fields.map((f, i) => (i === 0 ? { ...f, naAllowed: true } : f)) };
    expect(templateSheet(naSet).validations[0].rule.kind).toBe('custom');
  });
});

describe('reading a template back', () => {
  test('finds the record, the unit and every score with its address', () => {
    const grid = gridOf(templateSheet(set, { unitName: 'UBND xã Quảng Sơn' }));
    typeSeedScores(grid, 3);
    const read = readTemplate(grid)!;
    expect(read.record).toEqual({ setId: 'dak-nong-xa-2023', version: '2023.1', year: 2023 });
    expect(read.unitName).toBe('UBND xã Quảng Sơn');
    expect(read.self).toHaveLength(38);
    expect(read.self[0]).toEqual({
      code: '1.1',
      raw: 2,
      position: { sheet: 'Tự đánh giá 2023', row: 7, column: 3 },
    });
    expect(checkScores(set, read.self).total.score).toBe(79.452);
  });

  test('rows re-sorted and blank rows inserted: criteria are found by code, addresses follow the rows', () => {
    const grid = gridOf(templateSheet(set));
    typeSeedScores(grid, 3);
    const head = grid.values.slice(0, 6);
    const body = grid.values.slice(6).reverse();
    const blank = (): RawCell[] => Array(7).fill(null);
    const values = [...head, blank(), blank(), ...body];
    const shuffled: Grid = { sheet: 'Đổi tên', values };
    const read = readTemplate(shuffled)!;
    expect(checkScores(set, read.self).total.score).toBe(79.452);
    const at = read.self.find((e) => e.code === '3.4')!;
    const row = values.findIndex((r) => r[0] === '3.4');
    expect(at).toEqual({ code: '3.4', raw: 7.997, position: { sheet: 'Đổi tên', row, column: 3 } });
  });

  test('duplicated codes are reported with their rows; a sheet without the header is not a template', () => {
    const grid = gridOf(templateSheet(set));
    grid.values[9][0] = '1.1';
    expect(readTemplate(grid)!.duplicates).toEqual([{ code: '1.1', rows: [7, 9] }]);
    expect(readTemplate({ sheet: 'x', values: [['STT', 'Tên']] })).toBeNull();
  });

  test('a formula typed on a criterion row is an entry; the template sums on field rows are not', () => {
    const grid = gridOf(templateSheet(set));
    const read = readTemplate(grid)!;
    const at = (code: string) => read.rows.find((r) => r.code === code)!.row;
    grid.formulas[at('1.1')][3] = '=1+1';
    grid.values[at('1.1')][3] = 2;
    const again = readTemplate(grid)!;
    expect(again.self.find((e) => e.code === '1.1')).toMatchObject({ raw: 2 });
    expect(again.self.some((e) => e.code === '1')).toBe(false);
  });

  test('codes typed as numbers still count', () => {
    const grid = gridOf(templateSheet(set));
    grid.values[7][0] = 1.1;
    grid.values[7][3] = 2;
    expect(readTemplate(grid)!.self.find((e) => e.code === '1.1')?.raw).toBe(2);
  });
});

describe('plan sheet', () => {
  const self = checkScores(
    set,
    Object.entries(SEED_2023_SCORES).map(([code, raw]) => ({ code, raw })),
  );

  test('the seed appendix: headers, field subtotals as sums, a Tổng row and the summary below', () => {
    const plan = buildPlan(set, { self }, { assessmentYear: 2023, unitName: 'UBND xã Quảng Sơn' });
    const spec = planSheet(plan);
    expect(spec.name).toBe('Phụ lục KH 2024');
    expect(spec.cells[0][0]).toBe('PHỤ LỤC');
    expect(spec.cells[1][0]).toBe(
      'MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CCHC UBND XÃ QUẢNG SƠN NĂM 2024',
    );
    expect(spec.cells[2][0]).toMatch(/^\(Ban hành kèm theo Kế hoạch số …\/KH-UBND/);
    expect(spec.cells[spec.headerRow]).toEqual([
      'STT',
      'Lĩnh vực, tiêu chí',
      'Điểm tối đa',
      'Điểm đạt được năm 2023',
      'Mục tiêu năm 2024',
      'Nhiệm vụ/ Giải pháp thực hiện',
      'Đơn vị chủ trì thực hiện',
    ]);
    const first = spec.cells[spec.dataRows.first];
    expect(first.slice(0, 3)).toEqual(['1.', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', 16]);
    expect(isFormula(first[3])).toBe(true);
    expect(spec.cells[spec.dataRows.last][1]).toBe('Tổng');
    const text = spec.cells
      .slice(spec.dataRows.last + 1)
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain('Lĩnh vực 1: Công tác chỉ đạo, điều hành CCHC: đạt 15/16 điểm');
    expect(text).toContain('đạt 79,452/100 điểm');
    // Below-max rows are listed for an Excel without conditional formats.
    const below = plan.rows.filter((r) => r.belowMax && r.level !== 'field').length;
    expect(spec.conditionalFormats[0].fallbackRows).toHaveLength(below);
  });

  test('only below max: values instead of sums, since rows are left out', () => {
    const plan = buildPlan(set, { self }, { assessmentYear: 2023, onlyBelowMax: true });
    const spec = planSheet(plan);
    const total = spec.cells[spec.dataRows.last];
    expect(total.slice(2, 5)).toEqual([100, 79.452, 100]);
    expect(spec.cells.slice(spec.dataRows.first, spec.dataRows.last).some((r) => isFormula(r[3]))).toBe(
      false,
    );
  });

  test('reading a plan sheet back gives each row with its code, target, tasks and unit', () => {
    const plan = buildPlan(set, { self }, { assessmentYear: 2023 });
    const spec = planSheet(plan);
    const grid = gridOf(spec);
    grid.values[spec.dataRows.first + 1][5] = 'Nhiệm vụ đã sửa';
    const read = readPlanSheet(grid)!;
    expect(read.rows).toHaveLength(plan.rows.length);
    expect(read.rows[1]).toMatchObject({
      code: '1.1',
      target: 2,
      tasks: 'Nhiệm vụ đã sửa',
      unit: 'Toàn thể CBCC xã',
    });
    expect(read.record?.setId).toBe('dak-nong-xa-2023');
  });
});

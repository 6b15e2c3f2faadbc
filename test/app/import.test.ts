import { compareTable, findTable, importSheets, readTable } from '../../src/app/import';
import { readScoreCell } from '../../src/engine/cell';
import { toCriteriaSet } from '../../src/engine/set-model';
import { builtInSet } from '../../src/sets';
import { INVENTED_SET } from '../support/invented-set';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { SEED_2023_SCORES } from '../support/seed';
import { seedTableWorkbook, type SeedTable } from '../support/seed-table';

const SET = builtInSet('dak-nong-xa-2023')!;
let seed: SeedTable;

beforeAll(async () => {
  seed = await seedTableWorkbook();
});

async function seedTable() {
  const grids = gridsOf(await loadWorkbook(seed.bytes));
  const table = findTable(grids);
  if (!table) throw new Error('no table');
  return table;
}

const num = (raw: unknown) => {
  const r = readScoreCell(raw as never);
  return r.kind === 'number' ? r.value : null;
};

describe("the seed's appendix, typed by hand", () => {
  it('finds the header, the years and the unit', async () => {
    const table = await seedTable();
    expect(table.headerRow + 1).toBe(seed.headerRow);
    expect(table.year).toBe(2023);
    expect(table.planYear).toBe(2024);
    expect(table.unitName).toBe('UBND xã Quảng Sơn');
  });

  it('brings the 37 printed criteria through with their scores, tasks and units', async () => {
    const table = await seedTable();
    const criteria = table.rows.filter((r) => r.code.includes('.'));
    expect(criteria).toHaveLength(37);
    const printedCodes = Object.keys(seed.printed).filter((c) => c.includes('.'));
    expect(criteria.map((r) => r.code)).toEqual(printedCodes);
    for (const r of criteria) expect([r.code, num(r.scoreRaw)]).toEqual([r.code, SEED_2023_SCORES[r.code]]);
    // Rows the page break did not cut: exactly the printed text.
    const cut = new Set(['1.6', '3.1', '3.8', '8.4']);
    for (const r of criteria.filter((x) => !cut.has(x.code))) {
      expect([r.code, r.name, r.tasks, r.unit]).toEqual([
        r.code,
        seed.printed[r.code][1],
        seed.printed[r.code][5],
        seed.printed[r.code][6],
      ]);
    }
    const byCode = new Map(criteria.map((r) => [r.code, r]));
    expect(byCode.get('1.6')?.tasks).toBe(
      'Ban hành Kế hoạch cải thiện và nâng cao Chỉ số CCHC năm 2024 Báo cáo Kết quả thực hiện Kế hoạch cải thiện và nâng cao Chỉ số CCHC năm 2024',
    );
    expect(byCode.get('3.1')).toMatchObject({
      name: 'Kiểm soát quy định của thủ tục hành chính (TTHC)',
      tasks:
        'Xây dựng, ban hành Kế hoạch kiểm soát TTHC năm 2024 Thực hiện chế độ Báo cáo công tác kiểm soát TTHC định kỳ',
      unit: 'CC Văn phòng - Thống kê',
    });
    expect(byCode.get('8.4')).toMatchObject({
      name: 'Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do UBND cấp huyện và HĐND cấp xã giao',
      unit: 'CC Văn phòng - Thông kê',
    });
    const field7 = table.rows.find((r) => r.code === '7');
    expect(field7?.name).toBe('XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ');
    expect(num(table.rows.find((r) => r.code === '3')?.scoreRaw)).toBe(11.497);
    expect(table.skipped.length).toBeGreaterThan(0);
  });

  it('reports the field-2 gap and the absent 2.4 at their cells, and nothing else', async () => {
    const table = await seedTable();
    const result = compareTable(table, SET);
    const cells = result.problems.map((p) => [
      p.code,
      p.criterion,
      `${'ABCDEFG'[p.position!.column]}${p.position!.row + 1}`,
    ]);
    const r2 = seed.rowOf['2'];
    expect(cells).toEqual([
      ['SUM_DIFFERS', '2', `C${r2}`],
      ['SUM_DIFFERS', '2', `D${r2}`],
      ['SUM_DIFFERS', '2', `E${r2}`],
      ['MISSING_IN_TABLE', '2.4', `A${seed.rowOf['2.3']}`],
    ]);
    expect(result.problems[0].message.vi).toContain('8,5');
    expect(result.problems[0].message.vi).toContain('11');
    expect(result.problems[3].message.vi).toContain('2.4');
    expect(result.missing).toEqual(['2.4']);
    // The scores of the criteria printed add up; only 2.4's is unknown.
    expect(result.report.total.score).toBe(78.952);
    expect(result.report.problems).toEqual([]);
  });

  it('reports a max that differs, an unknown code and a duplicate', async () => {
    const grids = gridsOf(await loadWorkbook(seed.bytes));
    const g = grids[0];
    g.values[seed.rowOf['1.2'] - 1][2] = 3;
    g.values[seed.rowOf['1.3'] - 1][0] = '1.9';
    g.values[seed.rowOf['5.2'] - 1][0] = '5.1';
    const result = compareTable(readTable(g)!, SET);
    const codes = result.problems.map((p) => [p.code, p.criterion]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['MAX_DIFFERS', '1.2'],
        ['UNKNOWN_IN_TABLE', '1.9'],
        ['DUPLICATE_ROW', '5.1'],
        ['MISSING_IN_TABLE', '1.3'],
        ['MISSING_IN_TABLE', '5.2'],
      ]),
    );
  });

  it('writes the template with the scores and the table as the previous appendix', async () => {
    const result = compareTable(await seedTable(), SET, 'appraised');
    const out = importSheets(result);
    expect(out.filled).toBe(37);
    expect(out.template.name).toBe('Tự đánh giá 2023');
    const row = out.template.cells.find((r) => r[0] === '3.4')!;
    expect(row[4]).toBe(7.997);
    expect(row[3]).toBeNull();
    expect(out.plan.name).toBe('Phụ lục KH 2024');
    const r31 = out.planModel.rows.find((r) => r.code === '3.1')!;
    expect(r31.unit).toBe('CC Văn phòng - Thống kê');
    expect(out.planModel.rows.find((r) => r.code === '1.4')!.unit).toBe('CC Văn Hóa - xã hội');
  });
});

describe('tables worded a little differently', () => {
  const grid = (values: (string | number | null)[][]) => ({ sheet: 'Sheet1', values });

  it('reads a header split over two rows, "TT" and "Nội dung", and a numbering row', () => {
    const table = readTable(
      grid([
        ['KẾT QUẢ CHẤM ĐIỂM CỦA UBND XÃ HÒA AN NĂM 2025', null, null, null],
        ['TT', 'Nội dung', 'Điểm', 'Điểm'],
        [null, null, 'tối đa', 'thẩm định năm 2025'],
        ['(1)', '(2)', '(3)', '(4)'],
        ['1', 'Lĩnh vực một', 3, '2,5'],
        [1.1, 'Tiêu chí', 3, '2,5'],
        [null, 'Tổng cộng', 3, '2,5'],
        ['9.9', 'after the total', 1, 1],
      ]),
    )!;
    expect(table.columns).toMatchObject({ code: 0, name: 1, max: 2, score: 3, target: -1 });
    expect(table.year).toBe(2025);
    expect(table.unitName).toBe('UBND xã Hòa An');
    expect(table.rows.map((r) => [r.code, r.scoreRaw])).toEqual([
      ['1', '2,5'],
      ['1.1', '2,5'],
    ]);
    expect(table.skipped).toEqual([3]);
  });

  it('finds no table without a score column, and none in a sheet of prose', () => {
    expect(readTable(grid([['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Ghi chú']]))).toBeNull();
    expect(readTable(grid([['Kế hoạch cải thiện'], ['Căn cứ …']]))).toBeNull();
  });

  it('takes the named sheet only', () => {
    const a = grid([
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
      ['1', 'A', 1, 1],
    ]);
    const b = { ...a, sheet: 'Năm 2024' };
    expect(findTable([a, b], 'Năm 2024')?.sheet).toBe('Năm 2024');
    expect(findTable([a], 'Khác')).toBeNull();
  });
});

describe('a table printed at criterion level', () => {
  it('takes the criterion scores and does not ask for the sub-criteria, but does for a sub-criterion left out', () => {
    const set = toCriteriaSet(INVENTED_SET);
    const rows: (string | number | null)[][] = [
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt được năm 2025'],
      ['1', 'A', 8, 6],
      ['1.1', 'Kế hoạch', 3, 2],
      ['1.2', 'Tuyên truyền', 2, 2],
      ['1.3', 'Sáng kiến', 3, 2],
      ['2', 'B', 12, 10],
      ['2.1', 'Đúng hạn', 8, 7],
      ['2.1.1', 'Tỷ lệ', 6, 5],
      ['2.2', 'Số hóa', 4, 3],
      ['3', 'Thưởng', 2, 1],
      ['3.1', 'Khen', 2, 1],
      ['4', 'Trừ', 3, 0],
      ['4.1', 'Trễ hạn', 3, 0],
    ];
    const result = compareTable(readTable({ sheet: 'S', values: rows })!, set);
    // 2.1's max and score are off from its one sub-criterion row, and the other is missing.
    expect(result.problems.map((p) => [p.code, p.criterion])).toEqual([
      ['SUM_DIFFERS', '2.1'],
      ['SUM_DIFFERS', '2.1'],
      ['MISSING_IN_TABLE', '2.1.2'],
    ]);
    expect(result.entries.map((e) => e.code)).toContain('1.1');
    expect(result.report.nodes.get('1')?.score).toBe(6);
  });
});

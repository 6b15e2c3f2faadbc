import { readFileSync } from 'node:fs';
import { findSetSheet, problemCellA1, readSetSheet } from '../../src/app/set-sheet';
import { loadSet } from '../../src/engine/set';
import { toCriteriaSet } from '../../src/engine/set-model';
import type { RawCell } from '../../src/engine/types';
import type { Grid } from '../../src/layout/read';
import { SET_COLUMNS, setSheet } from '../../src/layout/set-sheet';
import { builtInSets } from '../../src/sets';
import { gridsOf } from '../../src/xlsx/read';
import { renderSheet } from '../../src/xlsx/render';
import { loadWorkbook, newWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { INVENTED_SET } from '../support/invented-set';
import { gridOfSpec } from '../support/spec-grid';

const INVENTED = toCriteriaSet(INVENTED_SET);
const C = SET_COLUMNS;

function rowOf(grid: Grid, code: string): number {
  const r = grid.values.findIndex((row) => row[C.code] === code);
  if (r < 0) throw new Error(`no row ${code}`);
  return r;
}

const clone = (grid: Grid): Grid => ({ sheet: grid.sheet, values: grid.values.map((r) => [...r]) });

describe('criteria sheet round trip', () => {
  it.each([...builtInSets(), INVENTED].map((s) => [s.id, s] as const))(
    '%s comes back as the same set',
    (_, set) => {
      const read = readSetSheet(gridOfSpec(setSheet(set)));
      expect(read?.problems).toEqual([]);
      expect(read?.set).toEqual(set);
    },
  );

  it('survives an .xlsx written by exceljs and read back', async () => {
    const wb = newWorkbook();
    await renderSheet(wb, setSheet(INVENTED));
    const back = await loadWorkbook(await workbookBytes(wb));
    const read = findSetSheet(gridsOf(back));
    expect(read?.problems).toEqual([]);
    expect(read?.set).toEqual(INVENTED);
  });

  it('has exactly the issue header texts and the identity labels above the table', () => {
    const spec = setSheet(INVENTED);
    expect(spec.cells[spec.headerRow]).toEqual([
      'Mã',
      'Tên lĩnh vực, tiêu chí',
      'Điểm tối đa',
      'Loại',
      'Cho phép KAD',
      'Nhiệm vụ, giải pháp mặc định',
      'Đơn vị chủ trì mặc định',
    ]);
    const above = spec.cells.slice(0, spec.headerRow).flat();
    for (const label of [
      'Mã bộ chỉ số',
      'Phiên bản',
      'Tên bộ chỉ số',
      'Tỉnh',
      'Năm đánh giá',
      'Số quyết định',
      'Ngày ban hành',
      'Cơ quan ban hành',
      'Tổng điểm',
    ])
      expect(above).toContain(label);
    expect(spec.print.orientation).toBe('landscape');
  });

  it('reads rows moved, re-sorted and blank rows left in, tied by code', () => {
    const grid = clone(gridOfSpec(setSheet(INVENTED)));
    const header = grid.values.findIndex((r) => r[0] === 'Mã');
    const last = rowOf(grid, '4.1');
    const body = grid.values.slice(header + 1, last + 1).reverse();
    body.splice(3, 0, Array<RawCell>(7).fill(null));
    grid.values.splice(header + 1, last - header, ...body);
    const read = readSetSheet(grid);
    expect(read?.problems).toEqual([]);
    expect(read?.set).toEqual(INVENTED);
  });

  it('takes a max typed as text with a decimal comma, and an inserted row with its code', () => {
    const grid = clone(gridOfSpec(setSheet(INVENTED)));
    const r13 = rowOf(grid, '1.3');
    grid.values[r13][C.max] = '2,5';
    grid.values.splice(r13 + 1, 0, ['1.4', 'Tiêu chí mới', 0.5, null, 'Có', 'Làm mới', 'Phòng Kinh tế']);
    const read = readSetSheet(grid);
    expect(read?.problems).toEqual([]);
    const f1 = read!.set!.fields[0];
    expect(f1.children.map((c) => [c.code, c.max, c.naAllowed])).toEqual([
      ['1.1', 3, false],
      ['1.2', 2, true],
      ['1.3', 2.5, false],
      ['1.4', 0.5, true],
    ]);
  });
});

describe('criteria sheet checks, one problem per mistake at its cell', () => {
  it('reports a duplicate code, a child not extending its parent, a parent max off and overlapping bands', () => {
    const grid = clone(gridOfSpec(setSheet(INVENTED)));
    // 1. Duplicate: the row of 2.2 retyped as 2.1... with a fresh row so no sum changes: duplicate of 1.3.
    const r13 = rowOf(grid, '1.3');
    grid.values.splice(r13 + 1, 0, ['1.3', 'Sáng kiến (chép thừa)', 3, null, null, null, null]);
    // 2. A sub-criterion typed "3.9.1" under 2.2, extending nothing in the table.
    const r22 = rowOf(grid, '2.2');
    grid.values.splice(r22 + 1, 0, ['3.9.1', 'Gõ nhầm mã', 0, null, null, null, null]);
    // 3. A parent whose max is not the sum of its children.
    const r21 = rowOf(grid, '2.1');
    grid.values[r21][C.max] = 9;
    // 4. Overlapping bands: "Tốt" from 80 to 92 runs into "Xuất sắc" from 90.
    const tot = grid.values.findIndex((r) => r[1] === 'Tốt');
    grid.values[tot][3] = 92;
    grid.values[tot][2] = 80;
    const xs = grid.values.findIndex((r) => r[1] === 'Xuất sắc');
    grid.values[xs][2] = 88;

    const read = readSetSheet(grid)!;
    const got = read.problems.map((p) => [p.code, problemCellA1(p)]);
    const sheet = "'Bộ tiêu chí'";
    expect(got).toEqual([
      ['DUPLICATE_CODE', `${sheet}!A${rowOf(grid, '1.3') + 2}`],
      ['PARENT_MAX_MISMATCH', `${sheet}!C${rowOf(grid, '2.1') + 1}`],
      ['CODE_NOT_UNDER_PARENT', `${sheet}!A${rowOf(grid, '3.9.1') + 1}`],
      ['BANDS_OVERLAP', `${sheet}!C${xs + 1}`],
    ]);
    expect(read.set).toBeNull();
    expect(read.problems[2].message.vi).toContain('2.2');
  });

  it('says a changed criterion max once, at the criterion, not again at its field', () => {
    const grid = clone(gridOfSpec(setSheet(INVENTED)));
    grid.values[rowOf(grid, '2.1')][C.max] = 9;
    expect(readSetSheet(grid)!.problems.map((p) => [p.code, problemCellA1(p)])).toEqual([
      ['PARENT_MAX_MISMATCH', `'Bộ tiêu chí'!C${rowOf(grid, '2.1') + 1}`],
    ]);
    // A field max changed alone is the field's own mistake.
    const other = clone(gridOfSpec(setSheet(INVENTED)));
    other.values[rowOf(other, '2')][C.max] = 13;
    expect(readSetSheet(other)!.problems.map((p) => [p.code, p.criterion])).toEqual([
      ['TOTAL_MISMATCH', null],
      ['PARENT_MAX_MISMATCH', '2'],
    ]);
  });

  it('reports unreadable cells each once, without knock-on sums', () => {
    const grid = clone(gridOfSpec(setSheet(INVENTED)));
    grid.values[rowOf(grid, '1.1.2')][C.max] = 'hai';
    grid.values[rowOf(grid, '2.2')][C.kind] = 'Thưởng thêm';
    const r = rowOf(grid, '1.3');
    grid.values.splice(r + 1, 0, [null, 'Dòng quên ghi mã', 1, null, null, null, null]);
    const read = readSetSheet(grid)!;
    expect(read.problems.map((p) => p.code)).toEqual(['BAD_NUMBER', 'NO_CODE', 'BAD_KIND']);
    expect(read.problems[0].message.vi).toContain('"hai"');
  });

  it('puts JSON checks of the identity on the identity cells', () => {
    const grid = clone(gridOfSpec(setSheet(INVENTED)));
    const totalRow = grid.values.findIndex((r) => r[1] === 'Tổng điểm');
    grid.values[totalRow][2] = 25;
    const read = readSetSheet(grid)!;
    expect(read.problems.map((p) => [p.code, problemCellA1(p)])).toEqual([
      ['TOTAL_MISMATCH', `'Bộ tiêu chí'!C${totalRow + 1}`],
    ]);
  });

  it('agrees with loadSet on a valid sheet', () => {
    const read = readSetSheet(gridOfSpec(setSheet(INVENTED)))!;
    expect(loadSet(read.json).problems).toEqual([]);
  });
});

it('reads the built-in JSON unchanged through the sheet (file on disk)', () => {
  const json = JSON.parse(readFileSync('src/sets/dak-nong-xa-2023.json', 'utf8')) as unknown;
  const set = loadSet(json).set!;
  expect(readSetSheet(gridOfSpec(setSheet(set)))!.set).toEqual(set);
});

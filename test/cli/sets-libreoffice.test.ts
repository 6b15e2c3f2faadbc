/**
 * The criteria sheet edited in a spreadsheet program no one here wrote (LibreOffice through python3-uno): a row
 * inserted, a max changed, rows re-sorted; read back right, then driving template, check and plan. The sheet
 * and an imported table are printed to PNG for people to look at (artifacts/sets/).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toCriteriaSet } from '../../src/engine/set-model';
import type { CriteriaSetJson } from '../../src/engine/set-model';
import { findPlanSheets } from '../../src/layout/find';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { INVENTED_SET } from '../support/invented-set';
import { convert, describeWithTools, pdfToPng, tempDir, unoEdit } from '../support/libreoffice';
import { seedTableWorkbook } from '../support/seed-table';
import { buildCli, parindex, ROOT } from './helpers';

jest.setTimeout(300_000);

const ARTIFACTS = path.join(ROOT, 'artifacts', 'sets');
let dir: string;
const at = (name: string) => path.join(dir, name);
const run = (...args: string[]) => parindex(args, dir);

function printed(file: string, name: string): string[] {
  const pdf = convert(at(file), path.join(dir, `pdf-${name}`), 'pdf', { recalcAlways: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  copyFileSync(pdf, path.join(ARTIFACTS, `${name}.pdf`));
  return pdfToPng(pdf, path.join(ARTIFACTS, name));
}

describeWithTools(['soffice', 'python3-uno', 'pdftoppm'], 'criteria sheet in LibreOffice', () => {
  beforeAll(() => {
    buildCli();
    dir = tempDir('sets-lo');
    writeFileSync(at('son-ha.json'), JSON.stringify(INVENTED_SET));
    expect(run('sets', '--sheet', 'son-ha.json', '-o', 'son-ha.xlsx').code).toBe(0);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back a row inserted, a max changed and rows re-sorted', () => {
    const results = unoEdit({
      input: at('son-ha.xlsx'),
      output: at('son-ha-sua.xlsx'),
      ops: [
        {
          op: 'insert_row_values',
          header: 'Điểm tối đa',
          codeHeader: 'Mã',
          before: '1.3',
          values: [
            '1.4',
            'Cải thiện chỉ số năm trước',
            1,
            null,
            'Có',
            'Lập kế hoạch cải thiện',
            'Văn phòng HĐND và UBND',
          ],
        },
        { op: 'type_scores', header: 'Điểm tối đa', codeHeader: 'Mã', scores: { '1.3': 2 } },
        {
          op: 'sort_rows',
          header: 'Điểm tối đa',
          codeHeader: 'Mã',
          from: '2',
          to: '2.2',
          byColumn: 2,
          descending: true,
        },
      ],
    });
    // LibreOffice really moved the rows: field 2's rows now stand by max, not by code.
    expect(results[2]).toEqual(['2', '2.1', '2.1.1', '2.2', '2.1.2']);
    const r = run('sets', '--json', 'son-ha-sua.xlsx');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = structuredClone(INVENTED_SET);
    const f1 = expected.fields[0].criteria!;
    f1[2].max = 2;
    f1.push({
      code: '1.4',
      name: 'Cải thiện chỉ số năm trước',
      max: 1,
      naAllowed: true,
      tasks: 'Lập kế hoạch cải thiện',
      unit: 'Văn phòng HĐND và UBND',
    });
    expect(toCriteriaSet(JSON.parse(r.stdout) as CriteriaSetJson)).toEqual(toCriteriaSet(expected));
  });

  it('drives template, check and plan with the sheet LibreOffice saved', async () => {
    expect(
      run('template', '--set', 'son-ha-sua.xlsx', '-o', 'mau.xlsx', '--unit', 'UBND xã Hòa An').code,
    ).toBe(0);
    unoEdit({
      input: at('mau.xlsx'),
      output: at('diem.xlsx'),
      ops: [
        {
          op: 'type_scores',
          header: 'Điểm tự đánh giá',
          scores: {
            '1.1.1': 1,
            '1.1.2': 2,
            '1.2': 'KAD',
            '1.3': 1.5,
            '1.4': 1,
            '2.1.1': 5.5,
            '2.1.2': 'KAD',
            '2.2': 4,
            '3.1': 2,
            '4.1': 1,
          },
        },
      ],
    });
    const check = run('check', 'diem.xlsx', '--set', 'son-ha-sua.xlsx', '--json');
    expect(check.code).toBe(0);
    const out = JSON.parse(check.stdout) as {
      total: { score: number; applicableMax: number; percent: number };
      classification: string;
    };
    // 1 + 2 + 1,5 + 1 + 5,5 + 4 + 2 (bonus) − 1 (penalty) = 16 of 20 − 2 − 2 (KAD) = 16: 100 %.
    expect(out.total).toEqual({ max: 20, applicableMax: 16, score: 16, percent: 100 });
    expect(out.classification).toBe('Xuất sắc');
    expect(run('plan', 'diem.xlsx', '--set', 'son-ha-sua.xlsx', '-o', 'ke-hoach.xlsx').code).toBe(0);
    const plan = findPlanSheets(gridsOf(await loadWorkbook(readFileSync(at('ke-hoach.xlsx')))))[0];
    expect(plan.read.rows.find((row) => row.code === '1.4')?.tasks).toBe('Lập kế hoạch cải thiện');
  });

  it('prints the criteria sheet and an imported table to PNG', async () => {
    expect(printed('son-ha.xlsx', 'bo-tieu-chi').length).toBeGreaterThan(0);
    writeFileSync(at('phu-luc.xlsx'), (await seedTableWorkbook()).bytes);
    expect(run('import', 'phu-luc.xlsx', '-o', 'nhap.xlsx').code).toBe(1);
    expect(printed('nhap.xlsx', 'nhap-bang').length).toBeGreaterThan(0);
  });

  it('prints the "where the points went" sheet a plan with appraised scores carries', async () => {
    writeFileSync(at('phu-luc.xlsx'), (await seedTableWorkbook()).bytes);
    expect(run('import', 'phu-luc.xlsx', '-o', 'tu-cham.xlsx').code).toBe(1);
    // The appraisal as section I.2 of the seed gives it, typed per field by LibreOffice into "Điểm thẩm định".
    unoEdit({
      input: at('tu-cham.xlsx'),
      output: at('tham-dinh.xlsx'),
      ops: [
        { op: 'unprotect' },
        { op: 'type_scores', header: 'Điểm tự đánh giá', scores: { '2.4': 0.5 } },
        {
          op: 'type_scores',
          header: 'Điểm thẩm định',
          scores: { '1': 16, '2': 8, '3': 14, '4': 7, '5': 5.5, '6': 2.5, '7': 11.36, '8': 7 },
        },
      ],
    });
    const plan = run('plan', 'tham-dinh.xlsx', '-o', 'ke-hoach-tham-dinh.xlsx', '--json');
    expect(plan.stderr).toBe('');
    const sheets = gridsOf(await loadWorkbook(readFileSync(at('ke-hoach-tham-dinh.xlsx'))));
    const losses = sheets.find((g) => g.sheet === 'Điểm bị trừ 2023');
    expect(losses?.values.find((row) => row[0] === '6')?.slice(2, 7)).toEqual([8, 6.5, 2.5, 4, 5.5]);
    expect(printed('ke-hoach-tham-dinh.xlsx', 'diem-bi-tru').length).toBeGreaterThan(0);
  });
});

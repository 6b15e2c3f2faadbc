/** `parindex sets --sheet`, `sets --json <file.xlsx>`, `--set <file.xlsx>` and `import`, end to end through bin/parindex.js. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CellValue } from 'exceljs';
import { findSetSheet } from '../../src/app/set-sheet';
import { toCriteriaSet } from '../../src/engine/set-model';
import { findPlanSheets } from '../../src/layout/find';
import { readTemplate } from '../../src/layout/read';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { INVENTED_SET } from '../support/invented-set';
import { SEED_2023_SCORES } from '../support/seed';
import { seedTableWorkbook, type SeedTable } from '../support/seed-table';
import { buildCli, fillTemplate, parindex, snapshot } from './helpers';

let dir: string;
let seed: SeedTable;
const at = (name: string) => path.join(dir, name);
const run = (...args: string[]) => parindex(args, dir);
const grids = async (file: string) => gridsOf(await loadWorkbook(readFileSync(at(file))));

/** Edits cells of the criteria sheet by code, through exceljs: the proofs with LibreOffice are elsewhere. */
async function editSheet(
  from: string,
  to: string,
  edit: (rowOf: (code: string) => number, set: (r: number, c: number, v: CellValue) => void) => void,
) {
  const wb = await loadWorkbook(readFileSync(at(from)));
  const ws = wb.worksheets[0];
  const codes = new Map<string, number>();
  ws.eachRow((row, n) => {
    for (const c of [1, 2]) {
      const v = row.getCell(c).value;
      if (typeof v === 'string' && !codes.has(v)) codes.set(v, n);
    }
  });
  edit(
    (code) => codes.get(code)!,
    (r, c, v) => (ws.getCell(r, c + 1).value = v),
  );
  writeFileSync(at(to), await workbookBytes(wb));
}

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'parindex-sets-'));
  writeFileSync(at('son-ha.json'), JSON.stringify(INVENTED_SET));
  seed = await seedTableWorkbook();
  writeFileSync(at('phu-luc-2024.xlsx'), seed.bytes);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sets --sheet and --json', () => {
  it('writes a built-in set as a sheet, refuses to overwrite, and reads it back as the same JSON', async () => {
    const r = run('sets', '--sheet', 'dak-nong-xa-2023', '-o', 'bo.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bộ tiêu chí');
    const before = snapshot(dir);
    expect(run('sets', '--sheet', 'dak-nong-xa-2023', '-o', 'bo.xlsx').code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(run('sets', '--sheet', 'dak-nong-xa-2023', '-o', 'bo.xlsx', '--force').code).toBe(0);
    const back = run('sets', '--json', 'bo.xlsx');
    expect(back.code).toBe(0);
    const original = JSON.parse(readFileSync('src/sets/dak-nong-xa-2023.json', 'utf8')) as unknown;
    expect(toCriteriaSet(JSON.parse(back.stdout))).toEqual(toCriteriaSet(original as never));
  });

  it('lists the problems of an edited sheet with their cells (exit 1)', async () => {
    expect(run('sets', '--sheet', 'son-ha.json', '-o', 'son-ha.xlsx').code).toBe(0);
    await editSheet('son-ha.xlsx', 'son-ha-bad.xlsx', (rowOf, set) => set(rowOf('2.1'), 2, 9));
    const r = run('sets', '--json', 'son-ha-bad.xlsx');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; problems: { code: string; cell: string }[] };
    expect(out.ok).toBe(false);
    const sheet = await grids('son-ha-bad.xlsx');
    const row = sheet[0].values.findIndex((v) => v[0] === '2.1') + 1;
    expect(out.problems).toEqual([
      expect.objectContaining({ code: 'PARENT_MAX_MISMATCH', cell: `'Bộ tiêu chí'!C${row}` }),
    ]);
    expect(r.stderr).toContain(`'Bộ tiêu chí'!C${row}`);
  });

  it('drives template, check and plan with --set <sheet.xlsx>', async () => {
    expect(run('template', '--set', 'son-ha.xlsx', '-o', 'mau.xlsx', '--unit', 'UBND xã Hòa An').code).toBe(
      0,
    );
    await fillTemplate(at('mau.xlsx'), at('diem.xlsx'), {
      '1.1.1': 1,
      '1.1.2': 1.5,
      '1.2': 'KAD',
      '1.3': 3,
      '2.1.1': 5,
      '2.1.2': 'KAD',
      '2.2': 2,
      '3.1': 1,
      '4.1': 0.5,
    });
    const check = run('check', 'diem.xlsx', '--set', 'son-ha.xlsx', '--json');
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as {
      total: { score: number; applicableMax: number; percent: number };
      classification: string;
    };
    // 1 + 1.5 + 3 + 5 + 2 + 1 (bonus) − 0.5 (penalty) = 13 of 20 − 2 − 2 (KAD) = 16.
    expect(report.total).toMatchObject({ score: 13, applicableMax: 16, percent: 81.25 });
    expect(report.classification).toBe('Tốt');
    const plan = run('plan', 'diem.xlsx', '--set', 'son-ha.xlsx', '-o', 'ke-hoach.xlsx');
    expect(plan.code).toBe(0);
    const planSheet = findPlanSheets(await grids('ke-hoach.xlsx'))[0];
    expect(planSheet.read.rows.find((r) => r.code === '2.2')?.unit).toBe('Phòng Kinh tế');
  });
});

describe('import', () => {
  it("reads the seed's appendix: the field-2 gap and the absent 2.4 with their cells (exit 1)", () => {
    const r = run('import', 'phu-luc-2024.xlsx', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      set: string;
      year: number;
      problems: { code: string; criterion: string; cell: string | null }[];
      rows: { code: string; score: number | null; tasks: string; unit: string; cell: string }[];
      total: { score: number };
    };
    expect(out).toMatchObject({ ok: false, set: 'dak-nong-xa-2023', year: 2023 });
    const q = "'Phụ lục'";
    expect(out.problems.map((p) => [p.code, p.criterion, p.cell])).toEqual([
      ['SUM_DIFFERS', '2', `${q}!C${seed.rowOf['2']}`],
      ['SUM_DIFFERS', '2', `${q}!D${seed.rowOf['2']}`],
      ['SUM_DIFFERS', '2', `${q}!E${seed.rowOf['2']}`],
      ['MISSING_IN_TABLE', '2.4', `${q}!A${seed.rowOf['2.3']}`],
    ]);
    const criteria = out.rows.filter((row) => row.code.includes('.'));
    expect(criteria).toHaveLength(37);
    for (const row of criteria) expect([row.code, row.score]).toEqual([row.code, SEED_2023_SCORES[row.code]]);
    expect(criteria.find((row) => row.code === '4.4')).toMatchObject({
      unit: 'CC Văn phòng - Thống kê',
      cell: `${q}!A${seed.rowOf['4.4']}`,
    });
    expect(out.total.score).toBe(78.952);
  });

  it('says so in words, without --json, and never writes the table', () => {
    const before = snapshot(dir);
    const r = run('import', 'phu-luc-2024.xlsx');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2.4');
    expect(r.stdout).toContain(`Ô C${seed.rowOf['2']}`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('exits 2 when no table is found', () => {
    const r = run('import', 'son-ha.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có bảng điểm');
    const badAs = run('import', 'phu-luc-2024.xlsx', '--as', 'tu-cham');
    expect(badAs.code).toBe(2);
    expect(badAs.stderr).toContain('--as self hoặc --as appraised');
  });

  it("writes a template with the scores; the plan made from it keeps the table's tasks and units", async () => {
    const r = run('import', 'phu-luc-2024.xlsx', '-o', 'nhap.xlsx');
    expect(r.code).toBe(1);
    const sheets = await grids('nhap.xlsx');
    const template = readTemplate(sheets[0])!;
    expect(template.record).toEqual({ setId: 'dak-nong-xa-2023', version: '2023.1', year: 2023 });
    expect(template.unitName).toBe('UBND xã Quảng Sơn');
    const self = new Map(template.self.map((e) => [e.code, e.raw]));
    expect(self.get('3.4')).toBe(7.997);
    expect(self.get('2.4')).toBeNull();
    // Staff enter the one score the table lacked; then the plan regenerates with the table's own texts.
    await fillTemplate(at('nhap.xlsx'), at('nhap-du.xlsx'), { '2.4': 0.5 });
    expect(run('check', 'nhap-du.xlsx').code).toBe(0);
    const plan = run('plan', 'nhap-du.xlsx', '-o', 'ke-hoach-2024.xlsx', '--json');
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { plan: { kept: string[] } }).plan.kept).toContain('1.4');
    const appendix = findPlanSheets(await grids('ke-hoach-2024.xlsx')).find(
      (p) => p.grid.sheet === 'Phụ lục KH 2024',
    )!;
    const rows = new Map(appendix.read.rows.map((row) => [row.code, row]));
    expect(rows.get('1.4')?.unit).toBe('CC Văn Hóa - xã hội');
    expect(rows.get('3.1')?.tasks).toBe(
      'Xây dựng, ban hành Kế hoạch kiểm soát TTHC năm 2024 Thực hiện chế độ Báo cáo công tác kiểm soát TTHC định kỳ',
    );
  });

  it('fills the appraised column with --as appraised', async () => {
    expect(run('import', 'phu-luc-2024.xlsx', '-o', 'tham-dinh.xlsx', '--as', 'appraised').code).toBe(1);
    const template = readTemplate((await grids('tham-dinh.xlsx'))[0])!;
    expect(new Map(template.appraised.map((e) => [e.code, e.raw])).get('7.1')).toBe(7.455);
    expect(template.self.every((e) => e.raw === null)).toBe(true);
  });

  it('carries a set that does not ship with parindex inside the written workbook', async () => {
    expect(run('sets', '--sheet', 'dak-nong-xa-2023', '-o', 'bo-sua.xlsx').code).toBe(0);
    await editSheet('bo-sua.xlsx', 'bo-sua2.xlsx', (rowOf, set) => {
      const r24 = rowOf('2.4');
      for (let c = 0; c < 7; c++) set(r24, c, null);
      set(rowOf('2'), 2, 8.5);
      const totalRow = rowOf('Tổng điểm');
      set(totalRow, 2, 97.5);
    });
    const r = run('import', 'phu-luc-2024.xlsx', '--set', 'bo-sua2.xlsx', '-o', 'nhap2.xlsx', '--json');
    const out = JSON.parse(r.stdout) as { problems: { code: string; cell: string }[] };
    // With 2.4 gone from the set nothing is missing; the field row's printed figures are still off.
    expect(out.problems.map((p) => p.code)).toEqual([
      'MAX_DIFFERS',
      'SUM_DIFFERS',
      'SUM_DIFFERS',
      'SUM_DIFFERS',
    ]);
    const carried = findSetSheet(await grids('nhap2.xlsx'));
    expect(carried?.set?.fields[1].max).toBe(8.5);
    expect(run('check', 'nhap2.xlsx', '--json').code).toBe(0);
  });
});

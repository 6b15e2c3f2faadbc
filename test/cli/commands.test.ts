/** `parindex` end to end through bin/parindex.js: commands, options, exit codes and the --json shape. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeSyntheticSet } from '../../src/engine/synthetic';
import { readPlanSheet, readTemplate } from '../../src/layout/read';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { SEED_2023_SCORES, SEED_APPENDIX_FIELDS } from '../support/seed';
import { buildCli, fillTemplate, parindex, snapshot } from './helpers';

let dir: string;
const at = (name: string) => path.join(dir, name);
const run = (...args: string[]) => parindex(args, dir);

async function sheetsOf(file: string) {
  return gridsOf(await loadWorkbook(readFileSync(at(file))));
}

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'parindex-cli-'));
  expect(run('template', '-o', 't.xlsx', '--unit', 'UBND xã Quảng Sơn').code).toBe(0);
  await fillTemplate(at('t.xlsx'), at('filled.xlsx'), SEED_2023_SCORES);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('--help everywhere', () => {
  it.each([
    [['--help']],
    [['-h']],
    [['help']],
    [['help', 'plan']],
    [['template', '--help']],
    [['check', '-h']],
    [['plan', '--help']],
    [['sets', '--help']],
  ])('parindex %j prints usage and exits 0', (args) => {
    const r = run(...args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng:');
    expect(r.stderr).toBe('');
  });

  it('documents every exit code, 3 for a fault of the program, and --force', () => {
    const vi = run('--help').stdout;
    expect(vi).toContain('3 lỗi của chương trình — hãy báo cho người phát triển');
    expect(vi).toContain('--force');
    expect(run('plan', '--help').stdout).toContain('--force');
    expect(run('--help', '--lang', 'en').stdout).toContain('3 a fault in the program itself');
  });

  it('speaks English with --lang en, before or after the command', () => {
    expect(run('--lang', 'en', '--help').stdout).toContain('Usage:');
    const r = run('plan', '--help', '--lang=en');
    expect(r.stdout).toContain('parindex plan <scores.xlsx> -o <out.xlsx>');
    expect(r.stdout).toContain('--only-below-max');
  });
});

describe('sets', () => {
  it('lists the built-in sets', () => {
    const r = run('sets');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dak-nong-xa-2023');
    expect(r.stdout).toContain('38 tiêu chí');
  });

  it('as JSON', () => {
    const list = JSON.parse(run('sets', '--json').stdout) as {
      id: string;
      criteria: number;
      total: number;
    }[];
    expect(list).toEqual([
      expect.objectContaining({ id: 'dak-nong-xa-2023', criteria: 38, total: 100, fields: 8 }),
    ]);
  });
});

describe('template', () => {
  it('writes a template of the default set that reads back by its record', async () => {
    const read = readTemplate((await sheetsOf('t.xlsx'))[0])!;
    expect(read.sheet).toBe('Tự đánh giá 2023');
    expect(read.record).toEqual({ setId: 'dak-nong-xa-2023', version: '2023.1', year: 2023 });
    expect(read.unitName).toBe('UBND xã Quảng Sơn');
    expect(read.self).toHaveLength(38);
  });

  it('takes --year, --set by id, and says what it wrote', async () => {
    const r = run('template', '--set', 'dak-nong-xa-2023', '--year', '2024', '-o', 't2024.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('t2024.xlsx');
    const read = readTemplate((await sheetsOf('t2024.xlsx'))[0])!;
    expect(read.sheet).toBe('Tự đánh giá 2024');
    expect(read.record?.year).toBe(2024);
  });

  it('takes a province set from a JSON file, which check and plan then need with --set', async () => {
    writeFileSync(at('small-set.json'), JSON.stringify(makeSyntheticSet(12, { perField: 4 })));
    expect(run('template', '--set', 'small-set.json', '-o', 'small.xlsx').code).toBe(0);
    const read = readTemplate((await sheetsOf('small.xlsx'))[0])!;
    expect(read.record?.setId).toBe('synthetic-12');
    expect(read.self.map((e) => e.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
    ]);

    const without = run('check', 'small.xlsx');
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('synthetic-12');
    expect(without.stderr).toContain('--set');
    const blank = run('check', 'small.xlsx', '--set', './small-set.json', '--json');
    expect(blank.code).toBe(1);
    expect(JSON.parse(blank.stdout).set).toBe('synthetic-12');
  });
});

interface JsonOut {
  ok: boolean;
  set: string;
  total: { max: number; score: number; percent: number };
  classification: string | null;
  fields: { code: string; max: number; score: number | null }[];
  problems: { severity: string; code: string; criterion: string; cell: string | null; message: string }[];
  belowMax: { criterion: string; max: number; score: number; gap: number }[];
  appraised?: { total: { score: number } };
  plan?: { written: boolean; sheet: string | null; kept: string[]; backupSheet: string | null };
}

describe('an existing output file', () => {
  it('is refused without --force, byte-identical, and replaced with it', async () => {
    await fillTemplate(at('t.xlsx'), at('mau.xlsx'), SEED_2023_SCORES);
    const before = snapshot(dir);
    const refused = run('template', '-o', 'mau.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"mau.xlsx" đã có sẵn');
    expect(refused.stderr).toContain('--force');
    expect(snapshot(dir)).toEqual(before);

    const forced = run('template', '-o', 'mau.xlsx', '--force');
    expect(forced.code).toBe(0);
    const read = readTemplate((await sheetsOf('mau.xlsx'))[0])!;
    expect(read.self.every((e) => e.raw === null || e.raw === undefined || e.raw === '')).toBe(true);
  });

  it('of plan likewise', async () => {
    expect(run('plan', 'filled.xlsx', '-o', 'plan-twice.xlsx').code).toBe(0);
    const before = snapshot(dir);
    const refused = run('plan', 'filled.xlsx', '-o', 'plan-twice.xlsx', '--json');
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: 'outputExists' } });
    expect(snapshot(dir)).toEqual(before);
    expect(run('plan', 'filled.xlsx', '-o', 'plan-twice.xlsx', '--force').code).toBe(0);
    expect((await sheetsOf('plan-twice.xlsx')).map((g) => g.sheet)).toEqual([
      'Tự đánh giá 2023',
      'Phụ lục KH 2024',
    ]);
  });
});

describe('check', () => {
  it('prints one object with the issue’s keys for the seed’s scores, exit 0', () => {
    const r = run('check', 'filled.xlsx', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(Object.keys(out).slice(0, 7)).toEqual([
      'ok',
      'set',
      'total',
      'classification',
      'fields',
      'problems',
      'belowMax',
    ]);
    expect(out).toMatchObject({
      ok: true,
      set: 'dak-nong-xa-2023',
      total: { max: 100, score: 79.452, percent: 79.45 },
      classification: 'Trung bình',
      problems: [],
    });
    expect(out.fields.map((f) => f.score)).toEqual(SEED_APPENDIX_FIELDS);
    expect(out.fields[0]).toEqual({ code: '1', max: 16, score: 15 });
    expect(out.belowMax[0]).toEqual({ criterion: '1.7', max: 2, score: 1, gap: 1 });
    expect(out.belowMax.find((b) => b.criterion === '3.4')).toEqual({
      criterion: '3.4',
      max: 8,
      score: 7.997,
      gap: 0.003,
    });
  });

  it('prints totals with a decimal comma in Vietnamese and a point in English', () => {
    const vi = run('check', 'filled.xlsx');
    expect(vi.stdout).toContain('79,452/100 điểm (79,45%), xếp loại Trung bình');
    expect(vi.stdout).toContain('Không có lỗi.');
    const en = run('check', 'filled.xlsx', '--lang', 'en');
    expect(en.stdout).toContain('79.452/100 points (79.45%), rated Trung bình');
  });

  it('exits 1 on errors and points each problem at its cell', async () => {
    await fillTemplate(at('filled.xlsx'), at('errors.xlsx'), { '1.3': 5, '2.2': 'hai', '4.1': '1' });
    const r = run('check', 'errors.xlsx', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.ok).toBe(false);
    const byCode = Object.fromEntries(out.problems.map((p) => [p.criterion, p]));
    expect(out.problems).toHaveLength(3);
    expect(byCode['1.3']).toMatchObject({
      severity: 'error',
      code: 'ABOVE_MAX',
      cell: "'Tự đánh giá 2023'!D10",
    });
    expect(byCode['2.2']).toMatchObject({
      severity: 'error',
      code: 'NOT_A_NUMBER',
      cell: "'Tự đánh giá 2023'!D17",
    });
    expect(byCode['4.1']).toMatchObject({
      severity: 'warning',
      code: 'TEXT_NUMBER',
      cell: "'Tự đánh giá 2023'!D30",
    });
    expect(Object.keys(out.problems[0])).toEqual([
      'severity',
      'code',
      'criterion',
      'cell',
      'message',
      'column',
    ]);
    const vi = run('check', 'errors.xlsx');
    expect(vi.stdout).toContain("'Tự đánh giá 2023'!D10: Tiêu chí 1.3: điểm 5 vượt điểm tối đa 2.");
    expect(vi.stdout).toContain('Có 2 lỗi');
  });

  it('exits 0 with warnings only', async () => {
    await fillTemplate(at('filled.xlsx'), at('warning.xlsx'), { '4.1': '1' });
    const r = run('check', 'warning.xlsx', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonOut).problems.map((p) => p.code)).toEqual(['TEXT_NUMBER']);
  });

  it('tells what to do from the command line about a number typed as text', () => {
    const vi = run('check', 'warning.xlsx');
    expect(vi.stdout).toContain('parindex fix "warning.xlsx" -o');
    expect(vi.stdout).not.toContain('Sửa số nhập dạng chữ');
    const en = JSON.parse(run('check', 'warning.xlsx', '--json', '--lang', 'en').stdout) as JsonOut;
    expect(en.problems[0].message).toContain('To turn these cells into numbers: parindex fix');
  });

  it('checks the appraised column too when something was entered there', async () => {
    const appraised = { ...SEED_2023_SCORES, '1.7': 2 };
    await fillTemplate(at('filled.xlsx'), at('appraised.xlsx'), appraised, 'appraised');
    const out = JSON.parse(run('check', 'appraised.xlsx', '--json').stdout) as JsonOut;
    expect(out.total.score).toBe(79.452);
    expect(out.appraised?.total.score).toBe(80.452);
  });
});

describe('plan', () => {
  it('writes a copy with the appendix added, the input untouched', async () => {
    const before = snapshot(dir)['filled.xlsx'];
    const r = run('plan', 'filled.xlsx', '-o', 'p.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Phụ lục KH 2024');
    expect(snapshot(dir)['filled.xlsx']).toBe(before);
    const sheets = await sheetsOf('p.xlsx');
    expect(sheets.map((g) => g.sheet)).toEqual(['Tự đánh giá 2023', 'Phụ lục KH 2024']);
    const plan = sheets[1];
    expect(plan.values[1][0]).toBe(
      'MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CCHC UBND XÃ QUẢNG SƠN NĂM 2024',
    );
    const fieldRows = plan.values.filter((row) => typeof row[0] === 'string' && /^\d+\.$/.test(row[0]));
    // The cached results are the engine's figures: what a reader that never recalculates shows.
    expect(fieldRows.map((row) => row[3])).toEqual(SEED_APPENDIX_FIELDS);
    const total = plan.values.find((row) => row[1] === 'Tổng')!;
    expect(total.slice(2, 5)).toEqual([100, 79.452, 100]);
    expect(readPlanSheet(plan)!.rows).toHaveLength(46);
  });

  it('takes --plan-year and --only-below-max', async () => {
    expect(
      run('plan', 'filled.xlsx', '-o', 'p2025.xlsx', '--plan-year', '2025', '--only-below-max').code,
    ).toBe(0);
    const plan = (await sheetsOf('p2025.xlsx'))[1];
    expect(plan.sheet).toBe('Phụ lục KH 2025');
    expect(plan.values[4]).toContain('Mục tiêu năm 2025');
    const codes = readPlanSheet(plan)!.rows.map((r) => r.code);
    expect(codes).toContain('1.7');
    expect(codes).not.toContain('1.1');
    // Field 4 and 5 are at max: no row at all.
    expect(codes).not.toContain('4');
  });

  it('prints the plan with --json', () => {
    const out = JSON.parse(run('plan', 'filled.xlsx', '-o', 'pj.xlsx', '--json').stdout) as JsonOut;
    expect(out.ok).toBe(true);
    expect(out.total.score).toBe(79.452);
    expect(out.plan).toMatchObject({ written: true, sheet: 'Phụ lục KH 2024', kept: [], backupSheet: null });
  });

  it('writes nothing and exits 1 when the scores have errors', async () => {
    await fillTemplate(at('filled.xlsx'), at('bad-scores.xlsx'), { '1.3': 5 });
    const before = snapshot(dir);
    const r = run('plan', 'bad-scores.xlsx', '-o', 'never.xlsx', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.ok).toBe(false);
    expect(out.plan?.written).toBe(false);
    expect(out.problems[0]).toMatchObject({ code: 'ABOVE_MAX', cell: "'Tự đánh giá 2023'!D10" });
    expect(snapshot(dir)).toEqual(before);
    const text = run('plan', 'bad-scores.xlsx', '-o', 'never.xlsx');
    expect(text.stdout).toContain('không ghi tệp nào');
  });

  it('keeps what staff edited in an earlier appendix, and rows it cannot match go to a backup sheet', async () => {
    expect(run('plan', 'filled.xlsx', '-o', 'first.xlsx').code).toBe(0);
    const wb = await loadWorkbook(readFileSync(at('first.xlsx')));
    const ws = wb.getWorksheet('Phụ lục KH 2024')!;
    const grid = gridsOf(wb)[1];
    const row17 = grid.values.findIndex((r) => r[0] === '1.7') + 1;
    ws.getCell(row17, 6).value = 'Nhiệm vụ do văn phòng viết lại';
    ws.getCell(row17, 7).value = 'Lãnh đạo UBND xã';
    const totalRow = grid.values.findIndex((r) => r[1] === 'Tổng') + 1;
    ws.spliceRows(totalRow, 0, ['9.9', 'Dòng cán bộ tự thêm', 1, null, 1, 'Việc riêng của xã', 'Văn phòng']);
    writeFileSync(at('edited.xlsx'), await workbookBytes(wb));

    const r = run('plan', 'edited.xlsx', '-o', 'second.xlsx', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.plan?.kept).toEqual(['1.7']);
    expect(out.plan?.backupSheet).toBe('Phụ lục KH 2024 (bản cũ)');
    const sheets = await sheetsOf('second.xlsx');
    expect(sheets.map((g) => g.sheet)).toEqual([
      'Tự đánh giá 2023',
      'Phụ lục KH 2024 (bản cũ)',
      'Phụ lục KH 2024',
    ]);
    const row = readPlanSheet(sheets[2])!.rows.find((x) => x.code === '1.7')!;
    expect(row).toMatchObject({ tasks: 'Nhiệm vụ do văn phòng viết lại', unit: 'Lãnh đạo UBND xã' });
    expect(readPlanSheet(sheets[1])!.rows.some((x) => x.code === '9.9')).toBe(true);

    // Run again on its own output: the appendix just written is the one merged, and kept aside too.
    const again = JSON.parse(run('plan', 'second.xlsx', '-o', 'third.xlsx', '--json').stdout) as JsonOut;
    expect(again.plan?.backupSheet).toBe('Phụ lục KH 2024 (bản cũ) (2)');
    expect(again.plan?.kept).toEqual(['1.7']);
  });

  it('keeps the previous appendix whole even when every row merges: an edited title and an added column', async () => {
    const wb = await loadWorkbook(readFileSync(at('p.xlsx')));
    const ws = wb.getWorksheet('Phụ lục KH 2024')!;
    const title =
      '(Ban hành kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2024 của UBND xã Quảng Sơn)';
    ws.getCell(3, 1).value = title;
    ws.getCell(5, 8).value = 'Thời gian hoàn thành';
    const grid = gridsOf(wb)[1];
    const row17 = grid.values.findIndex((r) => r[0] === '1.7') + 1;
    ws.getCell(row17, 8).value = 'Quý II/2024';
    writeFileSync(at('titled.xlsx'), await workbookBytes(wb));

    const r = run('plan', 'titled.xlsx', '-o', 'titled-plan.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('được giữ nguyên ở trang "Phụ lục KH 2024 (bản cũ)"');
    const sheets = await sheetsOf('titled-plan.xlsx');
    expect(sheets.map((g) => g.sheet)).toEqual([
      'Tự đánh giá 2023',
      'Phụ lục KH 2024 (bản cũ)',
      'Phụ lục KH 2024',
    ]);
    const backup = sheets[1];
    expect(backup.values[2][0]).toBe(title);
    expect(backup.values[4][7]).toBe('Thời gian hoàn thành');
    expect(backup.values[row17 - 1][7]).toBe('Quý II/2024');
    const json = JSON.parse(
      run('plan', 'titled.xlsx', '-o', 'titled-plan.json.xlsx', '--json').stdout,
    ) as JsonOut;
    expect(json.plan?.backupSheet).toBe('Phụ lục KH 2024 (bản cũ)');
  });

  it('caches totals as the sheet computes them: bonus fields add to the score only, penalties subtract', async () => {
    const base = makeSyntheticSet(4, { perField: 2 });
    const set = {
      ...base,
      id: 'bonus-penalty',
      fields: [
        ...base.fields,
        {
          code: '3',
          name: 'Điểm thưởng',
          max: 2,
          kind: 'bonus',
          criteria: [{ code: '3.1', name: 'Sáng kiến', max: 2, kind: 'bonus' }],
        },
        {
          code: '4',
          name: 'Điểm trừ',
          max: 1,
          kind: 'penalty',
          criteria: [{ code: '4.1', name: 'Vi phạm', max: 1, kind: 'penalty' }],
        },
      ],
    };
    writeFileSync(at('bp-set.json'), JSON.stringify(set));
    expect(run('template', '--set', 'bp-set.json', '-o', 'bp.xlsx').code).toBe(0);
    const scores = { '1.1': 1, '1.2': 2, '2.1': 1, '2.2': 3, '3.1': 1.5, '4.1': 0.5 };
    await fillTemplate(at('bp.xlsx'), at('bp-filled.xlsx'), scores);
    const r = run('plan', 'bp-filled.xlsx', '--set', 'bp-set.json', '-o', 'bp-plan.xlsx', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut & {
      plan: { total: { max: number; score: number; target: number } };
    };
    // 1 + 2 + 1 + 3 scored, + 1.5 bonus, − 0.5 penalty; max and target count scored fields only.
    expect(out.plan.total).toMatchObject({ max: 7.5, score: 8, target: 7.5 });
    const plan = (await sheetsOf('bp-plan.xlsx'))[1];
    const total = plan.values.find((row) => row[1] === 'Tổng')!;
    expect(total.slice(2, 5)).toEqual([7.5, 8, 7.5]);
  });
});

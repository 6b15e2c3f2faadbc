/**
 * Proof in a spreadsheet engine no one here wrote: LibreOffice types the scores, re-sorts rows, inserts rows
 * and renames the sheet (python3-uno), recalculates what parindex wrote, and prints the sheets to PDF.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkScores } from '../../src/engine/check';
import type { ScoreEntry } from '../../src/engine/types';
import { quoteSheet } from '../../src/layout/a1';
import type { Grid } from '../../src/layout/read';
import { builtInSet } from '../../src/sets';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, newWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { convert, describeWithTools, pdfToPng, tempDir, unoEdit } from '../support/libreoffice';
import { SEED_2023_SCORES, SEED_APPENDIX_FIELDS } from '../support/seed';
import { buildCli, parindex, ROOT, snapshot } from './helpers';

jest.setTimeout(180_000);

const SET = builtInSet('dak-nong-xa-2023')!;
const SELF = 'Điểm tự đánh giá';
const ARTIFACTS = path.join(ROOT, 'artifacts', 'cli');

let dir: string;
const at = (name: string) => path.join(dir, name);

interface CheckJson {
  ok: boolean;
  sheet: string;
  total: { score: number };
  fields: { code: string; score: number | null }[];
  problems: { code: string; criterion: string; cell: string | null }[];
}

function checkJson(file: string): { code: number | null; out: CheckJson } {
  const r = parindex(['check', file, '--json'], dir);
  return { code: r.code, out: JSON.parse(r.stdout) as CheckJson };
}

/** LibreOffice recalculates every formula (OOXMLRecalcMode = 0) and saves; we read what it computed. */
async function recalculated(file: string): Promise<Grid[]> {
  const out = convert(at(file), path.join(dir, `recalc-${path.basename(file, '.xlsx')}`), 'xlsx', {
    recalcAlways: true,
  });
  return gridsOf(await loadWorkbook(readFileSync(out)));
}

/** Values in one column on the rows whose first cell matches, keyed by that cell. */
function column(grid: Grid, col: number, codes: RegExp): Map<string, unknown> {
  return new Map(
    grid.values
      .filter((row) => typeof row[0] === 'string' && codes.test(row[0]))
      .map((row) => [row[0] as string, row[col]]),
  );
}

const rowNamed = (grid: Grid, name: string) => grid.values.find((row) => row[1] === name);

function engineFields(scores: Record<string, number>) {
  const entries: ScoreEntry[] = Object.entries(scores).map(([code, raw]) => ({ code, raw }));
  return checkScores(SET, entries);
}

describeWithTools(['soffice', 'python3-uno'], 'LibreOffice', () => {
  beforeAll(() => {
    buildCli();
    dir = tempDir('lo');
    expect(parindex(['template', '-o', 't.xlsx', '--unit', 'UBND xã Quảng Sơn'], dir).code).toBe(0);
    // A person types the seed's 2023 scores into "Điểm tự đánh giá" in LibreOffice Calc.
    unoEdit({
      input: at('t.xlsx'),
      output: at('typed.xlsx'),
      ops: [{ op: 'type_scores', header: SELF, scores: SEED_2023_SCORES }],
    });
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the seed’s appendix: every subtotal and the total, as LibreOffice recalculates them, equal the engine’s', async () => {
    const engine = engineFields(SEED_2023_SCORES);
    expect(engine.fields.map((f) => f.score)).toEqual(SEED_APPENDIX_FIELDS);

    const checked = checkJson('typed.xlsx');
    expect(checked.code).toBe(0);
    expect(checked.out.total.score).toBe(79.452);

    const before = snapshot(dir)['typed.xlsx'];
    expect(parindex(['plan', 'typed.xlsx', '-o', 'p.xlsx'], dir).code).toBe(0);
    expect(snapshot(dir)['typed.xlsx']).toBe(before);

    const [template, plan] = await recalculated('p.xlsx');
    expect(plan.sheet).toBe('Phụ lục KH 2024');
    // Plan: field rows "1." … "8.", column D "Điểm đạt được năm 2023"; E "Mục tiêu năm 2024".
    expect([...column(plan, 3, /^\d+\.$/).values()]).toEqual(SEED_APPENDIX_FIELDS);
    expect([...column(plan, 4, /^\d+\.$/).values()]).toEqual(SET.fields.map((f) => f.max));
    expect(rowNamed(plan, 'Tổng')?.slice(2, 5)).toEqual([100, 79.452, 100]);
    // Template: field rows "1" … "8" and TỔNG CỘNG, summed by LibreOffice from what it typed.
    expect([...column(template, 3, /^\d+$/).values()]).toEqual(engine.fields.map((f) => f.score));
    expect(rowNamed(template, 'TỔNG CỘNG')?.[3]).toBe(engine.total.score);
  });

  it('the control: a formula with a wrong cached value is corrected with the profile, and kept without it', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('Kiểm soát');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 3;
    ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 999 };
    writeFileSync(at('control.xlsx'), await workbookBytes(wb));
    const read = async (recalcAlways: boolean) => {
      const out = convert(at('control.xlsx'), path.join(dir, `control-${recalcAlways}`), 'xlsx', {
        recalcAlways,
      });
      return gridsOf(await loadWorkbook(readFileSync(out)))[0].values[2][0];
    };
    expect(await read(true)).toBe(5);
    // Without OOXMLRecalcMode = 0 LibreOffice trusts the file: the proof above would prove nothing.
    expect(await read(false)).toBe(999);
  });

  describe('after a user re-sorts rows, inserts rows and renames the sheet in LibreOffice', () => {
    let located: { sheet: string; cells: Record<string, string> };
    let order: string[];

    beforeAll(() => {
      const results = unoEdit({
        input: at('typed.xlsx'),
        output: at('edited.xlsx'),
        ops: [
          // Protected without a password: a user lifts it from the menu before sorting.
          { op: 'unprotect' },
          { op: 'sort_rows', header: SELF, from: '3.1', to: '3.8', byColumn: 1, descending: true },
          { op: 'insert_rows', header: SELF, before: '5.2', count: 2 },
          { op: 'insert_rows', header: SELF, before: '1.1', count: 1 },
          { op: 'rename', header: SELF, to: 'Chấm điểm xã' },
          { op: 'locate', header: SELF },
        ],
      });
      order = results[1] as string[];
      located = results[5] as typeof located;
    });

    it('LibreOffice did move the rows', () => {
      expect(order).not.toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8']);
      expect([...order].sort()).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8']);
      expect(located.sheet).toBe('Chấm điểm xã');
      expect(located.cells['1.1']).toBe('D9');
    });

    it('check still reads every score right', () => {
      const { code, out } = checkJson('edited.xlsx');
      expect(code).toBe(0);
      expect(out.sheet).toBe('Chấm điểm xã');
      expect(out.total.score).toBe(79.452);
      expect(out.fields.map((f) => f.score)).toEqual(SEED_APPENDIX_FIELDS);
    });

    it('plan gives the same appendix, and LibreOffice agrees with its sums', async () => {
      expect(parindex(['plan', 'edited.xlsx', '-o', 'p-edited.xlsx'], dir).code).toBe(0);
      const [template, plan] = await recalculated('p-edited.xlsx');
      expect(template.sheet).toBe('Chấm điểm xã');
      expect([...column(plan, 3, /^\d+\.$/).values()]).toEqual(SEED_APPENDIX_FIELDS);
      expect(rowNamed(plan, 'Tổng')?.[3]).toBe(79.452);
      expect(rowNamed(template, 'TỔNG CỘNG')?.[3]).toBe(79.452);
    });

    it('problems point at the cells where the entries now stand', () => {
      const bad = { '3.4': 9, '5.3': 4, '1.3': '2' };
      const results = unoEdit({
        input: at('edited.xlsx'),
        output: at('edited-bad.xlsx'),
        ops: [
          { op: 'type_scores', header: SELF, scores: bad },
          { op: 'locate', header: SELF },
        ],
      });
      const cells = (results[1] as typeof located).cells;
      const { code, out } = checkJson('edited-bad.xlsx');
      expect(code).toBe(1);
      const where = (criterion: string) => out.problems.find((p) => p.criterion === criterion);
      const sheet = quoteSheet('Chấm điểm xã');
      expect(where('3.4')).toMatchObject({ code: 'ABOVE_MAX', cell: `${sheet}!${cells['3.4']}` });
      expect(where('5.3')).toMatchObject({ code: 'ABOVE_MAX', cell: `${sheet}!${cells['5.3']}` });
      expect(where('1.3')).toMatchObject({ code: 'TEXT_NUMBER', cell: `${sheet}!${cells['1.3']}` });
      // The inserted rows moved 5.3 down by three, the re-sort moved 3.4: the cells are not the template's.
      expect(cells['5.3']).not.toBe('D38');
      // 1.3 is typed as text: the sheet's SUM leaves its 2 points out, and so does the reported total;
      // totalIfFixed is what the total becomes once the cell holds the number.
      const expected = engineFields({ ...SEED_2023_SCORES, '3.4': 9, '5.3': 4, '1.3': 2 });
      const asSheet = engineFields({ ...SEED_2023_SCORES, '3.4': 9, '5.3': 4, '1.3': 0 });
      expect(out.total.score).toBe(asSheet.total.score);
      expect((out as unknown as { totalIfFixed: { score: number } }).totalIfFixed.score).toBe(
        expected.total.score,
      );
    });
  });

  it('refuses a file LibreOffice saved with a password to open, writing nothing', () => {
    unoEdit({ input: at('t.xlsx'), output: at('locked.xlsx'), password: 'mật khẩu', ops: [] });
    expect(readFileSync(at('locked.xlsx')).subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const before = snapshot(dir);
    const r = parindex(['plan', 'locked.xlsx', '-o', 'never.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('được đặt mật khẩu mở tệp');
    expect(snapshot(dir)).toEqual(before);
  });
});

describeWithTools(['soffice', 'python3-uno', 'pdftoppm'], 'printed on A4 landscape', () => {
  beforeAll(() => {
    buildCli();
    dir = tempDir('print');
    expect(parindex(['template', '-o', 't.xlsx', '--unit', 'UBND xã Quảng Sơn'], dir).code).toBe(0);
    unoEdit({
      input: at('t.xlsx'),
      output: at('typed.xlsx'),
      ops: [{ op: 'type_scores', header: SELF, scores: SEED_2023_SCORES }],
    });
    expect(parindex(['plan', 'typed.xlsx', '-o', 'p.xlsx'], dir).code).toBe(0);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // The pictures are for a person to look at (artifacts/cli/*.png); the test checks that they were made.
  it.each([
    ['plan appendix', 'phu-luc', 'Nhiệm vụ/ Giải pháp thực hiện'],
    ['template', 'mau-cham-diem', SELF],
  ])('renders the %s to PDF and PNG', (_, name, header) => {
    const pdf = path.join(ARTIFACTS, `${name}.pdf`);
    unoEdit({
      input: at('p.xlsx'),
      output: pdf,
      filter: 'calc_pdf_Export',
      ops: [{ op: 'keep_only', header }],
    });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfToPng(pdf, path.join(ARTIFACTS, name), 80);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // A4 landscape at 80 dpi: wider than tall.
    const png = readFileSync(pages[0]);
    expect(png.readUInt32BE(16)).toBeGreaterThan(png.readUInt32BE(20));
  });
});

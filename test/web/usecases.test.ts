/** The web page's use cases on their own (under Node, with the same exceljs adapter): names, errors, guards. */
import { baseName, UseCaseError, webUseCases } from '../../src/web/usecases';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, newWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { SEED_2023_SCORES } from '../support/seed';
import { readTemplate } from '../../src/layout/read';

jest.setTimeout(60_000);

const cases = webUseCases();

/** A template from the page itself, with scores typed into "Điểm tự đánh giá" by code. */
async function filled(scores: Record<string, number | string>): Promise<Uint8Array> {
  const blank = await cases.template({ year: 2023, unitName: 'UBND xã Quảng Sơn' });
  const wb = await loadWorkbook(blank.bytes);
  const read = readTemplate(gridsOf(wb)[0])!;
  for (const { code, row } of read.rows) {
    if (code in scores) wb.worksheets[0].getCell(row + 1, read.columns.self + 1).value = scores[code];
  }
  return workbookBytes(wb);
}

async function refusal(file: { name: string; bytes: Uint8Array }): Promise<UseCaseError> {
  const err: unknown = await cases.open(file).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof UseCaseError)) throw new Error(`expected a UseCaseError, got ${String(err)}`);
  return err;
}

test('names results after the input', () => {
  expect(baseName('xa-quang-son.xlsx')).toBe('xa-quang-son');
  expect(baseName('C:\\Users\\vp\\Bang diem.2023.XLSX')).toBe('Bang diem.2023');
  expect(baseName('.xlsx')).toBe('.xlsx');
});

test('the blank template is named after its year and read back as the set’s template', async () => {
  const file = await cases.template({ year: 2025 });
  expect(file.name).toBe('mau-cham-diem-2025.xlsx');
  const read = readTemplate(gridsOf(await loadWorkbook(file.bytes))[0]);
  expect(read?.record).toEqual({ setId: 'dak-nong-xa-2023', version: '2023.1', year: 2025 });
});

test('checks, plans and never touches the picked bytes', async () => {
  const bytes = await filled(SEED_2023_SCORES);
  const copy = bytes.slice();
  const opened = await cases.open({ name: 'xa.xlsx', bytes });
  expect(opened.check.total).toEqual({ score: 79.452, max: 100, percent: 79.45 });
  expect(opened.check.errors).toBe(0);
  const plan = await opened.plan({ onlyBelowMax: false });
  if (!plan.written) throw new Error('no plan');
  expect(plan.file.name).toBe('xa-phu-luc-2024.xlsx');
  expect(plan.sheet).toBe('Phụ lục KH 2024');
  const fix = await opened.fixTextNumbers();
  expect(fix).toEqual({ fixed: 0, file: null });
  expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
});

test('a plan over scores with errors writes nothing and says how many', async () => {
  const opened = await cases.open({
    name: 'sai.xlsx',
    bytes: await filled({ ...SEED_2023_SCORES, '1.1': 9 }),
  });
  expect(opened.check.errors).toBe(1);
  expect(opened.check.problems[0]).toMatchObject({
    severity: 'error',
    criterion: '1.1',
    ref: expect.any(String),
  });
  expect(await opened.plan({ onlyBelowMax: false })).toEqual({ written: false, errors: 1 });
});

test('files that cannot be used are refused in plain words that fit the page', async () => {
  const notXlsx = await refusal({ name: 'a.xlsx', bytes: new TextEncoder().encode('không phải bảng tính') });
  expect(notXlsx.key).toBe('notXlsx');
  expect(notXlsx.text.vi).toContain('"a.xlsx"');

  const empty = newWorkbook();
  empty.addWorksheet('Trang 1').getCell('A1').value = 'Danh sách';
  const noTemplate = await refusal({ name: 'b.xlsx', bytes: await workbookBytes(empty) });
  expect(noTemplate.key).toBe('noTemplate');
  // The command line's advice ("parindex template") means nothing here: the page names its own button.
  expect(noTemplate.text.vi).toContain('Chèn mẫu chấm điểm');
  expect(noTemplate.text.vi).not.toContain('parindex');
  expect(noTemplate.text.en).toContain('Insert scoring template');

  // An old .xls starts with the Compound File signature.
  const cfb = new Uint8Array(512);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect((await refusal({ name: 'c.xlsx', bytes: cfb })).key).toBe('legacyXls');
});

test('the Word document is refused over scores with errors, and named after the input and plan year', async () => {
  const wrong = await cases.open({
    name: 'sai.xlsx',
    bytes: await filled({ ...SEED_2023_SCORES, '1.1': 9 }),
  });
  expect(await wrong.document({})).toEqual({ written: false, errors: 1 });
  const opened = await cases.open({ name: 'xa.xlsx', bytes: await filled(SEED_2023_SCORES) });
  const doc = await opened.document({ planYear: 2025 });
  if (!doc.written) throw new Error('no document');
  expect(doc.file.name).toBe('xa-ke-hoach-2025.docx');
  // A .docx is a zip whose first entry is the content types.
  expect(Buffer.from(doc.file.bytes.subarray(0, 2)).toString()).toBe('PK');
  expect(doc.units).toBeGreaterThan(0);
});

test('the roll-up reads each file only in its turn, ranks the good ones and lists the rest', async () => {
  const good = await filled(SEED_2023_SCORES);
  const wrong = await filled({ ...SEED_2023_SCORES, '1.1': 9 });
  const read: string[] = [];
  const lazy = (name: string, bytes: Uint8Array, size = bytes.length) => ({
    name,
    size,
    bytes: async () => {
      read.push(name);
      return bytes;
    },
  });
  const seen: number[] = [];
  const out = await cases.report(
    [
      lazy('a.xlsx', good),
      lazy('b.xlsx', wrong),
      lazy('c.xlsx', new TextEncoder().encode('không phải')),
      lazy('d.xlsx', good, 60 * 1024 * 1024),
    ],
    (i) => seen.push(i),
  );
  expect(seen).toEqual([0, 1, 2, 3]);
  // The oversized file is never read into memory.
  expect(read).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  expect(out.file.name).toBe('tong-hop.xlsx');
  expect(out.ranking.map((r) => r.file)).toEqual(['a.xlsx']);
  expect(out.problems.map((p) => [p.file, p.kind])).toEqual([
    ['b.xlsx', 'scoreErrors'],
    ['c.xlsx', 'unreadable'],
    ['d.xlsx', 'unreadable'],
    // Both hold "UBND xã Quảng Sơn": listed as one unit sent twice.
    ['a.xlsx', 'duplicate'],
    ['b.xlsx', 'duplicate'],
  ]);
  expect(out.problems[2].message.vi).toContain('60 MB');
  const sheets = gridsOf(await loadWorkbook(out.file.bytes)).map((g) => g.sheet);
  expect(sheets).toEqual(['Xếp hạng', 'Theo lĩnh vực', 'Theo tiêu chí', 'Tệp có vấn đề']);
});

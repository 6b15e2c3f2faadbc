/** Opening and writing .xlsx bytes: what a file is, LibreOffice's booleans, the zip repacking, row heights. */
import { columnPx, wrappedLines } from '../../src/xlsx/fit';
import { gridsOf } from '../../src/xlsx/read';
import {
  loadWorkbook,
  newWorkbook,
  normaliseBooleans,
  sniffWorkbook,
  workbookBytes,
  WorkbookFormatError,
} from '../../src/xlsx/workbook';
import { crc32, readPart, repack } from '../../src/xlsx/zip';

async function smallWorkbook(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Trang 1');
  ws.getCell('A1').value = 'Xin chào';
  ws.getCell('B1').value = 8.5;
  return workbookBytes(wb);
}

/** The first bytes of a Compound File (legacy .xls, or an encrypted .xlsx), with a stream name in UTF-16. */
function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Uint8Array.from([...streamName].flatMap((ch) => [ch.charCodeAt(0), 0])), 1024);
  return bytes;
}

describe('sniffWorkbook', () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await smallWorkbook();
  });

  it.each([
    ['an .xlsx', () => xlsx, null],
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['a text file', () => Buffer.from('STT;Tiêu chí;Điểm\n1.1;Kế hoạch;2\n'), 'notXlsx'],
    ['a PDF', () => Buffer.from('%PDF-1.7\n…'), 'notXlsx'],
    ['an old .xls', () => compoundFile('Workbook'), 'legacyXls'],
    ['an encrypted .xlsx', () => compoundFile('EncryptionInfo'), 'encrypted'],
    ['an .xlsx cut in half', () => xlsx.subarray(0, Math.floor(xlsx.length / 2)), 'truncated'],
    ['an .xlsx missing its last byte', () => xlsx.subarray(0, xlsx.length - 1), 'truncated'],
    ['three bytes of a zip', () => Uint8Array.from([0x50, 0x4b, 0x03]), 'truncated'],
  ])('tells %s', (_, bytes, fault) => {
    expect(sniffWorkbook(bytes())).toBe(fault);
  });

  it('tells a zip that is not a workbook (a .docx, an .ods)', () => {
    const renamed = Buffer.from(xlsx);
    // Same length, other name: the central directory no longer lists xl/workbook.xml.
    let at = renamed.lastIndexOf(Buffer.from('xl/workbook.xml'));
    while (at >= 0) {
      renamed.write('xl/workbooq.xml', at, 'latin1');
      at = renamed.lastIndexOf(Buffer.from('xl/workbook.xml'));
    }
    expect(sniffWorkbook(renamed)).toBe('notXlsx');
  });

  it('makes loadWorkbook throw a WorkbookFormatError naming the fault', async () => {
    await expect(loadWorkbook(compoundFile('EncryptionInfo'))).rejects.toMatchObject({
      name: 'WorkbookFormatError',
      fault: 'encrypted',
    });
    await expect(loadWorkbook(xlsx.subarray(0, 100))).rejects.toBeInstanceOf(WorkbookFormatError);
  });

  it('calls a zip whose parts are garbage damaged', async () => {
    const broken = Buffer.from(xlsx);
    // Overwrite the first part's compressed data, keeping the zip's structure.
    broken.fill(0x41, 40, 200);
    await expect(loadWorkbook(broken)).rejects.toMatchObject({ fault: 'damaged' });
  });
});

describe('normaliseBooleans', () => {
  it('turns xsd:boolean words into 1/0 inside tags, never in text', () => {
    const xml =
      '<sheetPr filterMode="false"><pageSetUpPr fitToPage="true"/></sheetPr><c><is><t> a="true"</t></is></c>';
    expect(normaliseBooleans(xml)).toBe(
      '<sheetPr filterMode="0"><pageSetUpPr fitToPage="1"/></sheetPr><c><is><t> a="true"</t></is></c>',
    );
  });

  it('keeps a LibreOffice-style protected, fit-to-page sheet protected and fitted through exceljs', async () => {
    const bytes = await smallWorkbook();
    const sheet = readPart(bytes, 'xl/worksheets/sheet1.xml')!;
    const libreOfficeStyle = repack(bytes, {
      transform: {
        select: (n) => n === 'xl/worksheets/sheet1.xml',
        text: () =>
          sheet
            .replace(
              '<dimension',
              '<sheetPr filterMode="false"><pageSetUpPr fitToPage="true"/></sheetPr><dimension',
            )
            .replace(
              '</sheetData>',
              '</sheetData><sheetProtection sheet="true" formatCells="false" insertRows="false" sort="false"/>',
            ),
      },
      compress: true,
    });
    const ws = (await loadWorkbook(libreOfficeStyle)).worksheets[0];
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect((ws as typeof ws & { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({
      sheet: true,
      formatCells: true,
      insertRows: true,
      sort: true,
    });
  });
});

describe('repack', () => {
  it('stores and deflates parts without changing what they hold', async () => {
    const bytes = await smallWorkbook();
    const stored = repack(bytes, { compress: false });
    const again = repack(stored, { compress: true });
    for (const b of [stored, again]) {
      expect(readPart(b, 'xl/workbook.xml')).toBe(readPart(bytes, 'xl/workbook.xml'));
      expect(gridsOf(await loadWorkbook(b))[0].values).toEqual([['Xin chào', 8.5]]);
    }
    expect(stored.length).toBeGreaterThan(again.length);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('row heights for wrapped text', () => {
  it('counts the lines a spreadsheet would wrap a text into', () => {
    const width = columnPx(60);
    expect(wrappedLines('Ban hành kế hoạch kiểm tra CCHC', width, 13, false)).toBe(1);
    const long =
      'Việc xây dựng và ban hành các văn bản QPPL phải đảm bảo tính hợp hiến, tính hợp pháp và tính thống nhất của văn bản quy phạm pháp luật trong hệ thống pháp luật.';
    expect(wrappedLines(long, width, 13, false)).toBe(3);
    expect(wrappedLines('Dòng một\nDòng hai\nDòng ba', width, 13, false)).toBe(3);
    expect(wrappedLines('CẢI CÁCH THỦ TỤC HÀNH CHÍNH', columnPx(20), 13, true)).toBeGreaterThan(1);
  });
});

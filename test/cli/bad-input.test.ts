/**
 * Every bad input gets one clear message naming the file and what to do, exit code 2, and nothing written:
 * each case compares the whole folder before and after, so the input is byte-identical and no file (not
 * even a temporary one) is left behind.
 */
import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { makeSyntheticSet } from '../../src/engine/synthetic';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, newWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { SEED_2023_SCORES } from '../support/seed';
import { BIN, buildCli, fillTemplate, parindex, snapshot } from './helpers';

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

/** The first bytes of a Compound File with one stream name in UTF-16, as Office wraps an encrypted .xlsx. */
function compoundFile(streamName: string): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from(streamName, 'utf16le').copy(bytes, 1024);
  return bytes;
}

async function editTemplate(
  from: string,
  to: string,
  edit: (
    values: (row: number, col: number, v: string) => void,
    grid: ReturnType<typeof gridsOf>[number],
  ) => void,
) {
  const wb = await loadWorkbook(readFileSync(at(from)));
  const ws = wb.worksheets[0];
  edit((r, c, v) => {
    ws.getCell(r + 1, c + 1).value = v;
  }, gridsOf(wb)[0]);
  writeFileSync(at(to), await workbookBytes(wb));
}

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'parindex-bad-'));
  expect(parindex(['template', '-o', 't.xlsx'], dir).code).toBe(0);
  await fillTemplate(at('t.xlsx'), at('filled.xlsx'), SEED_2023_SCORES);
  const good = readFileSync(at('filled.xlsx'));

  writeFileSync(at('notes.xlsx'), 'Đây là ghi chú, không phải bảng tính.\n');
  writeFileSync(at('scores.csv'), 'STT,Điểm\n1.1,2\n');
  writeFileSync(at('empty.xlsx'), '');
  writeFileSync(at('old.xls'), compoundFile('Workbook'));
  writeFileSync(at('locked.xlsx'), compoundFile('EncryptionInfo'));
  writeFileSync(at('cut.xlsx'), good.subarray(0, Math.floor(good.length * 0.6)));
  const damaged = Buffer.from(good);
  damaged.fill(0x41, 40, 400);
  writeFileSync(at('damaged.xlsx'), damaged);

  const other = newWorkbook();
  other.addWorksheet('Danh sách').getCell('A1').value = 'Họ và tên';
  writeFileSync(at('other.xlsx'), await workbookBytes(other));

  await editTemplate('filled.xlsx', 'unknown-set.xlsx', (set, grid) => {
    const row = grid.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Mã bộ chỉ số'));
    set(row, 0, 'Mã bộ chỉ số: quang-tri-xa-2023 | Phiên bản: 1 | Năm đánh giá: 2023');
  });
  await editTemplate('filled.xlsx', 'old-version.xlsx', (set, grid) => {
    const row = grid.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Mã bộ chỉ số'));
    set(row, 0, 'Mã bộ chỉ số: dak-nong-xa-2023 | Phiên bản: 2022.1 | Năm đánh giá: 2023');
  });
  await editTemplate('filled.xlsx', 'no-record.xlsx', (set, grid) => {
    const row = grid.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Mã bộ chỉ số'));
    set(row, 0, '');
  });
  await editTemplate('filled.xlsx', 'duplicates.xlsx', (set, grid) => {
    const row = (code: string) => grid.values.findIndex((r) => r[0] === code);
    set(row('1.3'), 0, '1.2');
    set(row('3.6'), 0, '3.5');
  });

  mkdirSync(at('sub'));
  mkdirSync(at('folder.xlsx'));
  mkdirSync(at('folder-set.json'));
  writeFileSync(at('a-file'), 'x');
  symlinkSync(at('filled.xlsx'), at('link.xlsx'));
  linkSync(at('filled.xlsx'), at('hard.xlsx'));
  writeFileSync(at('broken-set.json'), '{ "id": "x", ');
  writeFileSync(at('wrong-set.json'), JSON.stringify({ ...makeSyntheticSet(6), total: 99 }));
  copyFileSync(at('filled.xlsx'), at('sub', 'copy.xlsx'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** [what, argv, words the message must hold]: each must exit 2, print one message and write nothing. */
const CASES: [string, string[], (string | RegExp)[]][] = [
  [
    'a text file named .xlsx',
    ['check', 'notes.xlsx'],
    ['notes.xlsx', 'không phải bảng tính Excel .xlsx', 'lưu lại'],
  ],
  [
    'a CSV file',
    ['plan', 'scores.csv', '-o', 'out.xlsx'],
    ['scores.csv', 'không phải bảng tính Excel .xlsx'],
  ],
  ['an empty file', ['check', 'empty.xlsx'], ['empty.xlsx', 'rỗng']],
  ['an old .xls', ['check', 'old.xls'], ['old.xls', '(.xls)', 'Excel Workbook (*.xlsx)']],
  [
    'a password-protected file',
    ['plan', 'locked.xlsx', '-o', 'out.xlsx'],
    ['locked.xlsx', 'mật khẩu', 'gỡ mật khẩu'],
  ],
  ['a truncated file', ['plan', 'cut.xlsx', '-o', 'out.xlsx'], ['cut.xlsx', 'thiếu phần cuối', 'tải lại']],
  ['a damaged file', ['check', 'damaged.xlsx'], ['damaged.xlsx', 'bị hỏng', 'Mở và Sửa chữa']],
  [
    'a workbook with no template sheet',
    ['plan', 'other.xlsx', '-o', 'out.xlsx'],
    ['other.xlsx', 'không có trang chấm điểm', 'parindex template'],
  ],
  [
    'a template of an unknown set',
    ['plan', 'unknown-set.xlsx', '-o', 'out.xlsx'],
    ['unknown-set.xlsx', 'quang-tri-xa-2023', '--set'],
  ],
  [
    'a template of another version of the set',
    ['check', 'old-version.xlsx'],
    ['old-version.xlsx', '2022.1', '2023.1'],
  ],
  [
    'a template that lost its record line',
    ['check', 'no-record.xlsx'],
    ['no-record.xlsx', 'Mã bộ chỉ số', '--set'],
  ],
  [
    'duplicated criterion codes',
    ['plan', 'duplicates.xlsx', '-o', 'out.xlsx'],
    ['duplicates.xlsx', '1.2 (dòng 9, 10)', '3.5 (dòng 25, 26)'],
  ],
  ['a file that does not exist', ['check', 'missing.xlsx'], ['missing.xlsx', 'Không tìm thấy']],
  ['a folder as input', ['check', 'sub'], ['"sub"', 'thư mục']],
  [
    'a sheet name that is not there',
    ['check', 'filled.xlsx', '--sheet', 'Trang 9'],
    ['filled.xlsx', 'Trang 9', 'Tự đánh giá 2023'],
  ],
  [
    'output equal to the input',
    ['plan', 'filled.xlsx', '-o', 'filled.xlsx'],
    ['filled.xlsx', 'chính là tệp đầu vào'],
  ],
  [
    'output equal to the input, spelt ./',
    ['plan', 'filled.xlsx', '-o', './filled.xlsx'],
    ['chính là tệp đầu vào'],
  ],
  [
    'output equal to the input, through ..',
    ['plan', 'filled.xlsx', '-o', 'sub/../filled.xlsx'],
    ['chính là tệp đầu vào'],
  ],
  [
    'output equal to the input, through a symbolic link',
    ['plan', 'link.xlsx', '-o', 'filled.xlsx'],
    ['chính là tệp đầu vào'],
  ],
  [
    'output equal to the input, through a hard link',
    ['plan', 'filled.xlsx', '-o', 'hard.xlsx'],
    ['chính là tệp đầu vào'],
  ],
  [
    'an output folder that does not exist',
    ['plan', 'filled.xlsx', '-o', 'nowhere/out.xlsx'],
    ['nowhere', 'không tồn tại'],
  ],
  ['an output folder that is a file', ['template', '-o', 'a-file/out.xlsx'], ['a-file', 'không tồn tại']],
  [
    'an output that is a folder',
    ['plan', 'filled.xlsx', '-o', 'folder.xlsx'],
    ['folder.xlsx', 'là một thư mục'],
  ],
  [
    'an existing output of template (staff may have typed scores into it)',
    ['template', '-o', 'filled.xlsx'],
    ['"filled.xlsx"', 'đã có sẵn', 'tên khác', '--force'],
  ],
  [
    'an existing output of plan',
    ['plan', 'filled.xlsx', '-o', 't.xlsx'],
    ['"t.xlsx"', 'đã có sẵn', 'tên khác', '--force'],
  ],
  [
    'an existing output, in English',
    ['template', '-o', 't.xlsx', '--lang', 'en'],
    ['"t.xlsx"', 'already exists', 'another name', '--force'],
  ],
  ['an output that is not .xlsx', ['plan', 'filled.xlsx', '-o', 'out.xls'], ['out.xls', 'đuôi .xlsx']],
  [
    'an unknown built-in set',
    ['template', '--set', 'ha-noi-2025', '-o', 'out.xlsx'],
    ['ha-noi-2025', 'dak-nong-xa-2023'],
  ],
  [
    'a set file that is not there',
    ['template', '--set', 'nope.json', '-o', 'out.xlsx'],
    ['nope.json', 'Không tìm thấy'],
  ],
  [
    'a set file that is a folder',
    ['template', '--set', 'folder-set.json', '-o', 'out.xlsx'],
    ['folder-set.json', 'là một thư mục'],
  ],
  [
    'a set file that is not JSON',
    ['template', '--set', 'broken-set.json', '-o', 'out.xlsx'],
    ['broken-set.json', 'không phải JSON'],
  ],
  [
    'a set file with errors',
    ['template', '--set', 'wrong-set.json', '-o', 'out.xlsx'],
    ['wrong-set.json', 'total', '99'],
  ],
  [
    'a template checked against another set',
    ['check', 'filled.xlsx', '--set', 'wrong-set.json'],
    ['wrong-set.json'],
  ],
  ['no command', [], ['parindex template | check | plan | fix | document | sets | import | report']],
  ['an unknown command', ['chấm'], ['"chấm"', 'template, check, plan, fix, document, sets, import, report']],
  ['an unknown option', ['check', 'filled.xlsx', '--fast'], ['--fast', 'parindex check --help']],
  ['a missing -o', ['plan', 'filled.xlsx'], ['-o <tệp.xlsx>']],
  ['a missing input', ['plan', '-o', 'out.xlsx'], ['parindex plan <bảng điểm.xlsx>']],
  // check takes several workbooks (test/cli/check-many.test.ts); plan still reads one.
  ['two inputs', ['plan', 'filled.xlsx', 't.xlsx', '-o', 'out.xlsx'], ['"t.xlsx"']],
  ['an option without its value', ['template', '-o', 'out.xlsx', '--year'], ['--year', 'cần một giá trị']],
  [
    'a year that is no year',
    ['plan', 'filled.xlsx', '-o', 'out.xlsx', '--plan-year', 'năm sau'],
    ['năm sau', '4 chữ số'],
  ],
  ['an unsupported language', ['check', 'filled.xlsx', '--lang', 'fr'], ['"fr"', '--lang en']],
];

describe.each(CASES)('%s', (_, args, words) => {
  it('exits 2 with one clear message and writes nothing', () => {
    const before = snapshot(dir);
    const r = parindex(args, dir);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    for (const w of words) expect(r.stderr).toEqual(expect.stringContaining(String(w)));
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('in English and as JSON', () => {
  it('says the same in English with --lang en', () => {
    const r = parindex(['plan', 'locked.xlsx', '-o', 'out.xlsx', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('File "locked.xlsx" is protected with a password to open');
    const dup = parindex(['check', 'duplicates.xlsx', '--lang', 'en'], dir);
    expect(dup.stderr).toContain('1.2 (rows 9, 10); 3.5 (rows 25, 26)');
  });

  it('prints {"ok": false, "error"} on stdout with --json', () => {
    const before = snapshot(dir);
    const r = parindex(['plan', 'cut.xlsx', '-o', 'out.xlsx', '--json'], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      error: { code: 'truncated', message: expect.stringContaining('cut.xlsx') },
    });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a set file without read permission', () => {
  it('says so, not "not found", and writes nothing', () => {
    writeFileSync(at('secret-set.json'), JSON.stringify(makeSyntheticSet(6)));
    chmodSync(dir, 0o755);
    const before = snapshot(dir);
    chmodSync(at('secret-set.json'), 0o000);
    // Root may read any file: the refusal shows only to an ordinary user, so run as "nobody" there.
    const asRoot = process.getuid?.() === 0;
    const run = spawnSync(
      process.execPath,
      [BIN, 'template', '--set', 'secret-set.json', '-o', 'never.xlsx'],
      { cwd: dir, encoding: 'utf8', ...(asRoot && { uid: 65534, gid: 65534 }) },
    );
    chmodSync(at('secret-set.json'), 0o644);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có quyền đọc tệp bộ chỉ số "secret-set.json"');
    expect(run.stderr).not.toContain('Không tìm thấy');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('an output folder without write permission', () => {
  it('exits 2 and writes nothing', () => {
    mkdirSync(at('read-only'), { recursive: true });
    chmodSync(at('read-only'), 0o555);
    chmodSync(dir, 0o755);
    const before = snapshot(dir);
    // Root may write in any folder: the refusal shows only to an ordinary user, so run as "nobody" there.
    const asRoot = process.getuid?.() === 0;
    const run = spawnSync(process.execPath, [BIN, 'plan', 'filled.xlsx', '-o', 'read-only/out.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
      ...(asRoot && { uid: 65534, gid: 65534 }),
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('không có quyền ghi vào thư mục');
    expect(snapshot(dir)).toEqual(before);
  });
});

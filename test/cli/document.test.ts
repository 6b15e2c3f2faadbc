/**
 * `parindex document` end to end: the seed's 2023 self-assessed scores in, a .docx out, and LibreOffice Writer
 * (a program no one here wrote) lays it out: portrait pages, then landscape appendix pages each carrying the
 * table's header. Pages are also rendered to PNG under artifacts/document/ for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unitsOf } from '../../src/app/document';
import { builtInSet } from '../../src/sets';
import { walk } from '../../src/engine/tree';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { describeWithTools, makeProfile, pdfToPng, tempDir } from '../support/libreoffice';
import { SEED_2023_SCORES } from '../support/seed';
import { buildCli, fillTemplate, parindex, ROOT, snapshot } from './helpers';

jest.setTimeout(240_000);

const ARTIFACTS = path.join(ROOT, 'artifacts', 'document');
const UNIT = 'UBND xã Quảng Sơn';
const FIELD_RESULTS = ['15/16', '8,5/11', '11,497/19,5', '8/8', '8,5/8,5', '6,5/8', '12,455/16', '9/13'];

let dir: string;
const at = (name: string) => path.join(dir, name);

const fileUrl = (p: string) => `file://${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;

/** LibreOffice Writer converts the .docx to PDF (Calc alone cannot load a .docx). */
function docxToPdf(docx: string, outDir: string): string {
  const profile = makeProfile(false);
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${fileUrl(profile)}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      docx,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  const out = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
  if (run.status !== 0 || !existsSync(out)) throw new Error(`soffice failed: ${run.stderr}${run.stdout}`);
  return out;
}

function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  if (info.status !== 0) throw new Error(`pdfinfo failed: ${info.stderr}`);
  return [...info.stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

function pageText(pdf: string, page: number): string {
  const run = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The units the set's appendix names, each once: what "Tổ chức thực hiện" must hold a subsection for. */
function appendixUnits(): string[] {
  const set = builtInSet('dak-nong-xa-2023')!;
  const names = new Map<string, string>();
  for (const node of walk(set)) for (const u of unitsOf(node.unit)) names.set(u.toLocaleLowerCase('vi'), u);
  return [...names.values()];
}

beforeAll(async () => {
  buildCli();
  dir = tempDir('document');
  const made = parindex(['template', '-o', 'mau.xlsx', '--unit', UNIT], dir);
  expect(made.code).toBe(0);
  await fillTemplate(at('mau.xlsx'), at('seed.xlsx'), SEED_2023_SCORES);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parindex document: what it refuses', () => {
  it('writes nothing and exits 1 while the scores have errors', () => {
    const before = snapshot(dir);
    const r = parindex(['document', 'mau.xlsx', '-o', 'blank.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Chưa ghi văn bản kế hoạch');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses an output that is not .docx, and an existing one without --force (exit 2)', () => {
    const wrong = parindex(['document', 'seed.xlsx', '-o', 'ke-hoach.xlsx', '--json'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('.docx');
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { code: 'outputNotDocx' } });
    writeFileSync(at('taken.docx'), 'staff file');
    const before = snapshot(dir);
    const taken = parindex(['document', 'seed.xlsx', '-o', 'taken.docx'], dir);
    expect(taken.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    const forced = parindex(['document', 'seed.xlsx', '-o', 'taken.docx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(at('taken.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('explains itself with --help, in both languages', () => {
    expect(parindex(['document', '--help'], dir).stdout).toContain('parindex document <bảng điểm.xlsx>');
    expect(parindex(['document', '--help', '--lang', 'en'], dir).stdout).toContain('Exit codes');
    expect(parindex(['--help'], dir).stdout).toContain('parindex document');
  });
});

describeWithTools(['soffice', 'pdftoppm'], 'parindex document: the seed through LibreOffice Writer', () => {
  let pdf: string;
  let sizes: { width: number; height: number }[];
  let json: { document: { units: string[]; fields: { result: string }[]; appendixFrom: string | null } };

  beforeAll(() => {
    const before = snapshot(dir);
    const r = parindex(['document', 'seed.xlsx', '-o', 'ke-hoach.docx', '--json'], dir);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout) as typeof json;
    const after = snapshot(dir);
    // The workbook is only read; the document is the one new file.
    expect(after['seed.xlsx']).toBe(before['seed.xlsx']);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual(['ke-hoach.docx']);
    pdf = docxToPdf(at('ke-hoach.docx'), at('pdf'));
    sizes = pageSizes(pdf);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(at('ke-hoach.docx'), path.join(ARTIFACTS, 'ke-hoach-seed.docx'));
    copyFileSync(pdf, path.join(ARTIFACTS, 'ke-hoach-seed.pdf'));
    pdfToPng(pdf, path.join(ARTIFACTS, 'page'), 60);
  });

  it('has A4 portrait pages, then landscape appendix pages with the table header on every one', () => {
    const portrait = sizes.filter((s) => s.height > s.width);
    const firstLandscape = sizes.findIndex((s) => s.width > s.height);
    expect(portrait.length).toBeGreaterThanOrEqual(2);
    expect(firstLandscape).toBe(portrait.length);
    expect(sizes.length - firstLandscape).toBeGreaterThanOrEqual(2);
    for (const s of sizes) {
      expect(Math.round(Math.min(s.width, s.height))).toBe(595);
      expect(Math.round(Math.max(s.width, s.height))).toBe(842);
    }
    for (let page = firstLandscape + 1; page <= sizes.length; page++) {
      const text = flat(pageText(pdf, page));
      const header = ['STT', 'Lĩnh vực, tiêu chí', 'Nhiệm vụ/ Giải pháp thực hiện'];
      expect([page, header.filter((h) => !text.includes(h))]).toEqual([page, []]);
    }
    // The portrait pages carry no appendix header.
    for (let page = 1; page <= firstLandscape; page++)
      expect(flat(pageText(pdf, page))).not.toContain('Nhiệm vụ/ Giải pháp thực hiện');
  });

  it('holds the unit, the total, every field as x/y and a subsection per responsible unit', () => {
    const text = flat(sizes.map((_, i) => pageText(pdf, i + 1)).join('\n'));
    expect(text).toContain(UNIT);
    expect(text).toContain('79,452');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('/KH-UBND');
    for (const result of FIELD_RESULTS) expect(text).toContain(`đạt ${result} điểm`);
    expect(json.document.fields.map((f) => f.result)).toEqual(FIELD_RESULTS);
    const units = appendixUnits();
    expect(units.length).toBeGreaterThanOrEqual(8);
    expect([...json.document.units].sort()).toEqual([...units].sort());
    const organisation = text.slice(text.indexOf('4. Tổ chức thực hiện'));
    for (const unit of units)
      expect(organisation).toMatch(new RegExp(`4\\.\\d+\\. ${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(json.document.appendixFrom).toBeNull();
  });

  it('takes the appendix sheet as staff left it when the workbook has one', async () => {
    expect(parindex(['plan', 'seed.xlsx', '-o', 'with-plan.xlsx'], dir).code).toBe(0);
    const wb = await loadWorkbook(readFileSync(at('with-plan.xlsx')));
    const ws = wb.getWorksheet('Phụ lục KH 2024')!;
    const grid = gridsOf(wb).find((g) => g.sheet === 'Phụ lục KH 2024')!;
    const row = grid.values.findIndex((line) => line[0] === '6.3');
    ws.getCell(row + 1, 6).value = 'Lập kế hoạch giải ngân vốn đầu tư công hằng quý';
    ws.getCell(row + 1, 7).value = 'Ban Quản lý dự án xã';
    writeFileSync(at('edited.xlsx'), await workbookBytes(wb));
    const r = parindex(['document', 'edited.xlsx', '-o', 'edited.docx', '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as typeof json;
    expect(out.document.appendixFrom).toBe('Phụ lục KH 2024');
    expect(out.document.units).toContain('Ban Quản lý dự án xã');
    const text = flat(
      pageSizes(docxToPdf(at('edited.docx'), at('pdf-edited')))
        .map((_, i) => pageText(at('pdf-edited/edited.pdf'), i + 1))
        .join('\n'),
    );
    expect(text).toMatch(/4\.\d+\. Ban Quản lý dự án xã/);
    expect(text).toContain('Lập kế hoạch giải ngân vốn đầu tư công hằng quý');
  });
});

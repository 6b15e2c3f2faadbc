/**
 * dist/parindex.html as staff would use it: opened from file:// in Chromium with every network request
 * refused, a workbook picked through the page's own file input, results taken as downloads and proved in
 * LibreOffice. Also its accessibility (axe-core), a keyboard-only pass, and screenshots in artifacts/web/.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { formatNumberVi } from '../../src/engine/decimal';
import { walk } from '../../src/engine/tree';
import { readTemplate } from '../../src/layout/read';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { launchChromium } from '../browser/support/preview';
import { fillTemplate, parindex, ROOT } from '../cli/helpers';
import { convert, describeWithTools, pdfToPng, tempDir } from '../support/libreoffice';
import { SEED_2023_SCORES, SEED_APPENDIX_FIELDS } from '../support/seed';
import {
  openPage as openGuarded,
  pickAndCheckSeed,
  planAndProveSeed,
  recalculated,
  saved as savedIn,
  seedWorkbook,
  SET,
  waitFor,
  waitText,
  writerText,
} from './support';

jest.setTimeout(240_000);

const ARTIFACTS = path.join(ROOT, 'artifacts', 'web');

let dir: string;
let pageUrl: string;
let browser: Browser | null = null;
const at = (name: string) => path.join(dir, name);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const openPage = (viewport?: { width: number; height: number }) => openGuarded(browser, pageUrl, viewport);
const saved = (download: Parameters<typeof savedIn>[0], name: string) => savedIn(download, dir, name);

const round = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v);
const langOf = (page: Page) => page.evaluate(() => document.documentElement.lang);

describeWithTools(['soffice', 'pdftoppm'], 'the single-file web page', () => {
  beforeAll(async () => {
    dir = tempDir('web');
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs'), dir], {
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build-web failed: ${build.stderr}`);
    // PARINDEX_WEB_URL tries the same page where it is served (say from the unpacked hosting package).
    pageUrl = process.env.PARINDEX_WEB_URL ?? pathToFileURL(at('parindex.html')).href;
    await seedWorkbook(dir);
    // The same scores with two typed as text, the way a copy from Word leaves them.
    await fillTemplate(at('t.xlsx'), at('chu.xlsx'), { ...SEED_2023_SCORES, '2.1': '2,5', '7.1': '7,455' });
    writeFileSync(at('khong-phai.xlsx'), 'Đây không phải bảng tính');
    // Two more communes for the roll-up, each under its own unit line.
    for (const [file, unit, change] of [
      ['xa-an-binh.xlsx', 'UBND xã An Bình', { '3.5': 1, '6.3': 1 }],
      ['xa-dak-ha.xlsx', 'UBND xã Đắk Hà', { '1.4': 1, '8.1': 5 }],
    ] as const) {
      expect(parindex(['template', '-o', `t-${file}`, '--unit', unit], dir).code).toBe(0);
      await fillTemplate(at(`t-${file}`), at(file), { ...SEED_2023_SCORES, ...change });
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const maybe = (name: string, fn: () => Promise<void>) =>
    it(name, async () => {
      if (!browser) {
        // launchChromium throws under CI when Chromium is missing; elsewhere the page cannot be tried.
        console.warn(`skipped without Chromium: ${name}`);
        return;
      }
      await fn();
    });

  maybe(
    'checks the seed’s workbook (79,452) and downloads the plan appendix LibreOffice agrees with',
    async () => {
      const { context, page, attempted, errors } = await openPage();
      const before = sha(at('xa-quang-son.xlsx'));
      await page.screenshot({ path: path.join(ARTIFACTS, 'page-1366.png'), fullPage: true });

      await pickAndCheckSeed(page, at('xa-quang-son.xlsx'), path.join(ARTIFACTS, 'checked-1366.png'));
      const file = await planAndProveSeed(page, dir);

      // Printed as LibreOffice prints it, for people to look at (artifacts/web/appendix-*.png).
      const pdf = convert(file, path.join(dir, 'pdf'), 'pdf', { recalcAlways: true });
      expect(pdfToPng(pdf, path.join(ARTIFACTS, 'appendix')).length).toBeGreaterThan(1);

      expect(sha(at('xa-quang-son.xlsx'))).toBe(before);
      expect(errors).toEqual([]);
      expect(attempted).toEqual([]);
      await context.close();
    },
  );

  maybe(
    'downloads the Word plan document, the same text as `parindex document` makes from the workbook',
    async () => {
      const { context, page, attempted, errors } = await openPage();
      await pickAndCheckSeed(page, at('xa-quang-son.xlsx'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tạo văn bản kế hoạch (Word)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('xa-quang-son-ke-hoach-2024.docx');
      const docx = await saved(download, 'xa-quang-son-ke-hoach-2024.docx');
      await waitText(page.getByRole('status'), 'xa-quang-son-ke-hoach-2024.docx');
      await page.screenshot({ path: path.join(ARTIFACTS, 'document-1366.png'), fullPage: true });

      const text = writerText(docx, at('docx-text'));
      expect(text).toContain('Quảng Sơn');
      expect(text).toContain('79,452');
      const fields = walk(SET).filter((n) => n.level === 'field');
      expect(fields.map((f) => f.code)).toHaveLength(SEED_APPENDIX_FIELDS.length);
      fields.forEach((f, i) =>
        expect(text).toContain(`${formatNumberVi(SEED_APPENDIX_FIELDS[i])}/${formatNumberVi(f.max)}`),
      );
      const cli = parindex(['document', 'xa-quang-son.xlsx', '-o', 'cli-ke-hoach.docx'], dir);
      expect(cli.code).toBe(0);
      expect(text).toBe(writerText(at('cli-ke-hoach.docx'), at('docx-text-cli')));

      expect(errors).toEqual([]);
      expect(attempted).toEqual([]);
      await context.close();
    },
  );

  maybe(
    'rolls up many workbooks picked at once into tong-hop.xlsx ranked as `parindex report`, listing the broken one',
    async () => {
      const inputs = ['xa-quang-son.xlsx', 'xa-an-binh.xlsx', 'xa-dak-ha.xlsx', 'khong-phai.xlsx'];
      const { context, page, attempted, errors } = await openPage();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.setInputFiles('#many-files', inputs.map(at)),
      ]);
      expect(download.suggestedFilename()).toBe('tong-hop.xlsx');
      const summary = await saved(download, 'tong-hop.xlsx');
      const section = page.getByRole('region', { name: /Tổng hợp nhiều xã/ });
      await waitText(section, 'Tệp có vấn đề (1)');
      await waitText(section.locator('.report-problems'), 'khong-phai.xlsx');
      await waitText(page.getByRole('status'), '4 tệp, 3 được xếp hạng');
      await page.screenshot({ path: path.join(ARTIFACTS, 'report-1366.png'), fullPage: true });
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

      const cli = parindex(['report', ...inputs, '-o', 'cli-tong-hop.xlsx', '--json'], dir);
      expect(cli.code).toBe(2);
      const json = JSON.parse(cli.stdout) as {
        blocks: { ranking: { rank: number; unit: string; file: string; score: number; percent: number }[] }[];
        problems: { file: string }[];
      };
      const expected = json.blocks[0].ranking.map((r) => [r.rank, r.unit, r.file, r.score, r.percent]);
      expect(expected).toHaveLength(3);
      expect(json.problems.map((p) => p.file)).toEqual(['khong-phai.xlsx']);

      const [ranking] = await recalculated(summary, dir);
      expect(ranking.sheet).toBe('Xếp hạng');
      const rows = ranking.values
        .filter((r) => typeof r[0] === 'number')
        .map((r) => [r[0], r[1], r[2], r[4], round(r[6])]);
      expect(rows).toEqual(expected.map((r) => [...r.slice(0, 4), round(r[4])]));

      expect(errors).toEqual([]);
      expect(attempted).toEqual([]);
      await context.close();
    },
  );

  maybe(
    'makes a blank template, fixes numbers typed as text and highlights, each as a new file',
    async () => {
      const { context, page, attempted, errors } = await openPage();
      const [tpl] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Chèn mẫu chấm điểm' }).click(),
      ]);
      expect(tpl.suggestedFilename()).toBe('mau-cham-diem-2023.xlsx');
      const blank = gridsOf(await loadWorkbook(readFileSync(await saved(tpl, 'mau.xlsx'))));
      expect(readTemplate(blank[0])?.record).toEqual({ setId: SET.id, version: SET.version, year: 2023 });

      await page.setInputFiles('#file', at('chu.xlsx'));
      await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      const results = page.getByRole('region', { name: 'Kết quả kiểm tra' });
      await waitText(results, '2.1');
      expect(await results.locator('.problem-list li').count()).toBe(2);
      await waitText(results.locator('.problem-list'), 'Ô D16');
      await page.screenshot({ path: path.join(ARTIFACTS, 'problems-1366.png'), fullPage: true });

      const [fixed] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Sửa số nhập dạng chữ' }).click(),
      ]);
      expect(fixed.suggestedFilename()).toBe('chu-da-sua.xlsx');
      const fixedGrids = gridsOf(await loadWorkbook(readFileSync(await saved(fixed, 'chu-da-sua.xlsx'))));
      const read = readTemplate(fixedGrids[0])!;
      const raw = (code: string) => read.self.find((e) => e.code === code)?.raw;
      expect([raw('2.1'), raw('7.1'), raw('1.1')]).toEqual([2.5, 7.455, 2]);

      const [colored] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tô màu tiêu chí chưa đạt' }).click(),
      ]);
      expect(colored.suggestedFilename()).toBe('chu-to-mau.xlsx');
      const wb = await loadWorkbook(readFileSync(await saved(colored, 'chu-to-mau.xlsx')));
      const rules = (
        wb.worksheets[0] as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }
      ).conditionalFormattings.flatMap((cf) => cf.rules.map((r) => r.formulae?.[0] ?? ''));
      expect(rules.some((f) => f.includes('ISERROR(FIND(".",'))).toBe(true);

      // Dropped onto the box rather than picked: the same reading.
      const bytes = [...readFileSync(at('xa-quang-son.xlsx'))];
      await page.evaluate(
        ({ bytes }) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], 'tha-vao.xlsx'));
          const box = document.querySelector('.drop') as HTMLElement;
          for (const type of ['dragenter', 'dragover', 'drop']) {
            box.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
          }
        },
        { bytes },
      );
      await waitText(page.getByRole('status'), 'tha-vao.xlsx');
      await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await waitText(page.getByRole('region', { name: 'Kết quả kiểm tra' }), '79,452/100 điểm');

      // A file that is not a workbook: a plain message, no stack trace, and the page still works.
      await page.setInputFiles('#file', at('khong-phai.xlsx'));
      const alert = page.getByRole('alert');
      await waitText(alert, 'không phải bảng tính Excel .xlsx');
      expect(await alert.textContent()).not.toMatch(/\bat \S+:\d+/);
      expect(errors).toEqual([]);
      expect(attempted).toEqual([]);
      await context.close();
    },
  );

  maybe('passes axe-core with no violations, empty and with results, in both languages', async () => {
    const { context, page } = await openPage();
    // The page's own policy is in force: no code from strings, no connections. The probe runs later as the
    // page's own code (an inline script): code called from the test driver is let through by Chromium.
    await page.evaluate(() => {
      const probe = document.createElement('script');
      probe.textContent = `try { new Function('return 1')(); document.body.dataset.evalProbe = 'ran'; }
        catch (e) { document.body.dataset.evalProbe = 'refused'; }
        fetch('https://example.org/').then(() => { document.body.dataset.fetchProbe = 'ran'; },
          () => { document.body.dataset.fetchProbe = 'refused'; });`;
      setTimeout(() => document.head.append(probe), 0);
    });
    const refused = await waitFor(
      () =>
        page.evaluate(() =>
          [document.body.dataset.evalProbe, document.body.dataset.fetchProbe].filter(Boolean).join(' '),
        ),
      (v) => v.split(' ').length === 2,
    );
    expect(refused).toBe('refused refused');
    const axe = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
    expect(await axe()).toEqual([]);
    await page.setInputFiles('#file', at('chu.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('region', { name: 'Kết quả kiểm tra' }).waitFor();
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await langOf(page)).toBe('en');
    expect(await axe()).toEqual([]);
    await context.close();
  });

  maybe('works by keyboard alone: pick, check, plan, switch language', async () => {
    const { context, page, errors } = await openPage({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-390.png'), fullPage: true });
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a ? `${a.tagName.toLowerCase()}#${a.id}|${a.textContent?.trim() ?? ''}` : '';
      });
    // Tab order: skip link, language switch, then the file input (its label shows the focus).
    await page.keyboard.press('Tab');
    expect(await focused()).toContain('Bỏ qua');
    await page.keyboard.press('Tab');
    expect(await focused()).toContain('English');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^input#file/);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(at('xa-quang-son.xlsx'));
    // Once read, focus moves to "Kiểm tra".
    expect(await waitFor(focused, (f) => /Kiểm tra$/.test(f))).toMatch(/Kiểm tra$/);
    await page.keyboard.press('Enter');
    expect(await waitFor(focused, (f) => f.startsWith('h2#results-h'))).toMatch(/^h2#results-h/);
    await waitText(page.getByRole('region', { name: 'Kết quả kiểm tra' }), '79,452/100 điểm');
    await page.screenshot({ path: path.join(ARTIFACTS, 'checked-390.png'), fullPage: true });

    // Back from the results to the plan button.
    for (let i = 0; i < 12 && !/Tạo phụ lục kế hoạch$/.test(await focused()); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    expect(await focused()).toMatch(/^button#\|Tạo phụ lục kế hoạch$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('xa-quang-son-phu-luc-2024.xlsx');

    await page.keyboard.press('Home');
    await page.locator('.lang').focus();
    await page.keyboard.press('Enter');
    expect(await langOf(page)).toBe('en');
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
    await waitText(page.getByRole('region', { name: 'Check results' }), '79.452/100 points');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'checked-1366-en.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});

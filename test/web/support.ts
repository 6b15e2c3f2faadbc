/**
 * Driving dist/parindex.html in Chromium and proving what it downloads, shared by the page's own test
 * (opened from file://) and the hosting package's test (served by nginx from the unpacked zip).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { walk } from '../../src/engine/tree';
import type { Grid } from '../../src/layout/read';
import { builtInSet } from '../../src/sets';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { buildCli, fillTemplate, parindex } from '../cli/helpers';
import { convert, tempDir } from '../support/libreoffice';
import { SEED_2023_SCORES, SEED_APPENDIX_FIELDS } from '../support/seed';

export const SET = builtInSet('dak-nong-xa-2023')!;
export const SEED_UNIT = 'UBND xã Quảng Sơn';

export interface Guarded {
  context: BrowserContext;
  page: Page;
  /** Requests the page attempted beyond its own document (all refused). */
  attempted: string[];
  errors: string[];
}

/** A fresh context where only the page's own document loads; any other request is refused and noted. */
export async function openPage(
  browser: Browser | null,
  pageUrl: string,
  viewport = { width: 1366, height: 768 },
): Promise<Guarded> {
  if (!browser) throw new Error('Chromium did not start');
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' });
  const attempted: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    attempted.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => {
    const url = r.url();
    // Downloads are handed over as blob: URLs made by the page; they never reach a network.
    if (url !== pageUrl && !url.startsWith('blob:') && !attempted.includes(url)) attempted.push(url);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(pageUrl);
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page, attempted, errors };
}

export async function saved(download: Download, dir: string, name = download.suggestedFilename()) {
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

/** The workbook as LibreOffice leaves it after recalculating every formula. */
export async function recalculated(file: string, dir: string): Promise<Grid[]> {
  const out = convert(file, path.join(dir, `recalc-${path.basename(file, '.xlsx')}`), 'xlsx', {
    recalcAlways: true,
  });
  return gridsOf(await loadWorkbook(readFileSync(out)));
}

/** Waits until the element's text holds `text` (the page works asynchronously), then asserts it. */
export async function waitText(locator: Locator, text: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  let seen = '';
  while (Date.now() < until) {
    seen = (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '') : '';
    if (seen.includes(text)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(seen).toContain(text);
}

export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeout = 30_000,
): Promise<T> {
  const until = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

export const rowsWhere = (grid: Grid, codes: RegExp) =>
  grid.values.filter((row) => typeof row[0] === 'string' && codes.test(row[0]));

/** `dir`/t.xlsx (a blank template for the seed's unit) and `dir`/xa-quang-son.xlsx (the seed's 2023 scores). */
export async function seedWorkbook(dir: string): Promise<string> {
  buildCli();
  const run = parindex(['template', '-o', 't.xlsx', '--unit', SEED_UNIT], dir);
  if (run.code !== 0) throw new Error(`parindex template failed: ${run.stderr}`);
  const file = path.join(dir, 'xa-quang-son.xlsx');
  await fillTemplate(path.join(dir, 't.xlsx'), file, SEED_2023_SCORES);
  return file;
}

/** Picks the seed's workbook and checks it: "Kiểm tra" shows 79,452 and no errors. */
export async function pickAndCheckSeed(page: Page, workbook: string, shot?: string): Promise<void> {
  await page.setInputFiles('#file', workbook);
  await waitText(page.getByRole('status'), path.basename(workbook));
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  const results = page.getByRole('region', { name: 'Kết quả kiểm tra' });
  await waitText(results, '79,452/100 điểm');
  await waitText(results, 'Không có lỗi.');
  if (shot) await page.screenshot({ path: shot, fullPage: true });
}

/**
 * "Tạo phụ lục kế hoạch" on the checked seed workbook: the download, recalculated by LibreOffice, holds the
 * seed's field figures, every criterion's unit and the total 79,452. Returns the saved appendix.
 */
export async function planAndProveSeed(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tạo phụ lục kế hoạch' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('xa-quang-son-phu-luc-2024.xlsx');
  const file = await saved(download, dir);
  await waitText(page.getByRole('status'), 'Phụ lục KH 2024');

  const [, plan] = await recalculated(file, dir);
  expect(plan.sheet).toBe('Phụ lục KH 2024');
  expect(rowsWhere(plan, /^\d+\.$/).map((r) => r[3])).toEqual(SEED_APPENDIX_FIELDS);
  const units = new Map(rowsWhere(plan, /^\d+\.\d+$/).map((r) => [r[0], r[6] ?? '']));
  const criteria = walk(SET).filter((n) => n.level === 'criterion');
  expect(units.size).toBe(criteria.length);
  for (const c of criteria) expect(units.get(c.code)).toBe(c.unit ?? '');
  expect(plan.values.find((r) => r[1] === 'Tổng')?.slice(2, 5)).toEqual([100, 79.452, 100]);
  return file;
}

/** A .docx as LibreOffice Writer reads it, as plain text (UTF-8), lines trimmed, empty lines dropped. */
export function writerText(docx: string, outDir: string): string {
  const profile = tempDir('lo-writer');
  mkdirSync(outDir, { recursive: true });
  const url = `file://${profile.split(path.sep).map(encodeURIComponent).join('/')}`;
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${url}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      outDir,
      docx,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  const out = path.join(outDir, `${path.basename(docx, path.extname(docx))}.txt`);
  if (run.status !== 0 || !existsSync(out))
    throw new Error(`soffice → txt failed: ${run.stderr}${run.stdout}`);
  return readFileSync(out, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

// The whole flow in Debian's Chromium against the preview (the real task pane over the simulated Excel):
// insert the template, type the seed's scores (one above its max, one "8,5" typed as text), check, go to a
// problem, fix, generate the plan appendix, and read the plan's figures. Any console error or any request
// leaving localhost fails the test. Screenshots per step go to artifacts/browser/.
//
// It starts `npm start` (scripts/start.mjs, preview mode) itself; PARINDEX_PREVIEW_URL=http://localhost:3000/ runs
// it against a preview that is already served instead.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkScores } from '../../src/engine/check';
import { builtInSet } from '../../src/sets';
import { SEED_2023_SCORES, SEED_APPENDIX_FIELDS } from '../support/seed';
import {
  CHROMIUM,
  ROOT,
  guardedPage,
  launchChromium,
  startPreview,
  type Guarded,
  type Served,
} from './support/preview';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'browser');
// Under CI a missing Chromium fails (launchChromium throws); elsewhere these tests are skipped.
const runnable = existsSync(CHROMIUM) || process.env.CI === 'true';
const maybe = runnable ? test : test.skip;

/** What the test types: the seed's scores, but 3 on the 2-point criterion 1.1 and "8,5" as text on 8.1. */
const TYPED: Record<string, string> = Object.fromEntries(
  Object.entries(SEED_2023_SCORES).map(([code, score]) => [code, String(score)]),
);
TYPED['1.1'] = '3';
TYPED['8.1'] = '8,5';

let browser: Browser | null = null;
let served: Served | null = null;
let url = process.env.PARINDEX_PREVIEW_URL ?? '';

beforeAll(async () => {
  if (!runnable) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  // The flow runs against what `npm start` serves on a machine without Excel.
  if (!url) {
    served = await startPreview();
    url = served.url;
  }
}, 200_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** On failure, the page as it stood: a screenshot and the pane's text. */
async function onFailure(page: Page, name: string, error: unknown): Promise<never> {
  await shot(page, `failed-${name}`).catch(() => undefined);
  const text = await pane(page)
    .innerText()
    .catch(() => '');
  throw new Error(
    `${error instanceof Error ? error.message : String(error)}\n--- pane ---\n${text.slice(0, 3000)}`,
  );
}

async function open(): Promise<Guarded> {
  if (!browser) throw new Error('Chromium did not start');
  const g = await guardedPage(browser);
  await g.page.goto(url);
  await g.page.getByRole('button', { name: 'Chèn mẫu chấm điểm' }).waitFor();
  return g;
}

function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const pane = (page: Page) => page.getByTestId('taskpane');
const grid = (page: Page) => page.getByTestId('workbook-grid');

/** Criterion code → the row (1-based) where it stands, and the column letter of "Điểm tự đánh giá". */
async function templateLayout(page: Page): Promise<{ rows: Record<string, number>; selfColumn: string }> {
  return grid(page).evaluate((el) => {
    const cells = [...el.querySelectorAll<HTMLElement>('td[data-address]')];
    const header = cells.find((c) => c.textContent?.trim() === 'Điểm tự đánh giá');
    if (!header) throw new Error('no "Điểm tự đánh giá" header in the grid');
    const selfColumn = (header.dataset.address ?? '').replace(/\d+$/, '');
    const rows: Record<string, number> = {};
    for (const c of cells) {
      const address = c.dataset.address ?? '';
      const m = /^A(\d+)$/.exec(address);
      const text = c.textContent?.trim() ?? '';
      if (m && /^\d+(\.\d+)+$/.test(text)) rows[text] = Number(m[1]);
    }
    return { rows, selfColumn };
  });
}

async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await grid(page).locator(`td[data-address="${address}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function cellText(page: Page, address: string): Promise<string> {
  return (await grid(page).locator(`td[data-address="${address}"]`).innerText()).trim();
}

function expectClean(g: Guarded): void {
  expect(g.errors).toEqual([]);
  expect(g.blocked).toEqual([]);
}

async function flow(g: Guarded): Promise<void> {
  const { page } = g;
  await shot(page, '01-open');

  await pane(page).getByRole('textbox', { name: 'Tên đơn vị' }).fill('UBND xã Quảng Sơn');
  await pane(page).getByRole('button', { name: 'Chèn mẫu chấm điểm' }).click();
  await pane(page).getByText('Hoàn thành').first().waitFor();
  await page.getByRole('tab', { name: 'Tự đánh giá 2023' }).waitFor();
  await shot(page, '02-template');

  const { rows, selfColumn } = await templateLayout(page);
  expect(Object.keys(rows)).toEqual(expect.arrayContaining(Object.keys(TYPED)));
  for (const [code, text] of Object.entries(TYPED)) await typeInto(page, `${selfColumn}${rows[code]}`, text);
  expect(await cellText(page, `${selfColumn}${rows['8.1']}`)).toBe('8,5');
  await grid(page).locator(`td[data-address="${selfColumn}${rows['1.1']}"]`).scrollIntoViewIfNeeded();
  await shot(page, '03-typed');

  await pane(page).getByRole('button', { name: 'Kiểm tra bảng điểm' }).click();
  const problems = pane(page).getByRole('region', { name: 'Các chỗ cần sửa' });
  await problems.waitFor();
  await expect(problems.getByText(/Tiêu chí 1\.1: điểm 3 vượt điểm tối đa 2/).count()).resolves.toBe(1);
  await expect(problems.getByText(/Tiêu chí 8\.1: "8,5" đang được lưu dạng chữ/).count()).resolves.toBe(1);
  await expect(pane(page).getByText('1 lỗi, 1 cảnh báo').count()).resolves.toBe(1);
  await problems.scrollIntoViewIfNeeded();
  await shot(page, '04-problems');

  const address = `${selfColumn}${rows['1.1']}`;
  await problems.getByRole('button', { name: `Đến ô ${address}, tiêu chí 1.1` }).click();
  const selected = grid(page).locator(`td[data-address="${address}"]`);
  await expect(selected.getAttribute('aria-selected')).resolves.toBe('true');
  await shot(page, '05-go-to-cell');

  // The cell is selected: type the right score there, then fix the number typed as text.
  await selected.click();
  await page.keyboard.type(String(SEED_2023_SCORES['1.1']));
  await page.keyboard.press('Enter');
  await pane(page).getByRole('button', { name: 'Sửa số nhập dạng chữ' }).click();
  await pane(page).getByRole('alertdialog').waitFor();
  await pane(page).getByRole('button', { name: 'Đổi thành số' }).click();
  await pane(page).getByText('0 lỗi, 0 cảnh báo').waitFor();
  expect(await cellText(page, `${selfColumn}${rows['8.1']}`)).toBe('8.5');
  await pane(page).getByText('0 lỗi, 0 cảnh báo').scrollIntoViewIfNeeded();
  await shot(page, '06-fixed');

  await pane(page).getByRole('button', { name: 'Tạo phụ lục kế hoạch' }).click();
  await page.getByRole('tab', { name: 'Phụ lục KH 2024' }).waitFor();
  await grid(page).and(page.locator('[data-sheet="Phụ lục KH 2024"]')).waitFor();
  await shot(page, '07-plan');

  // What was typed, after the fixes, scored by the engine itself.
  const set = builtInSet('dak-nong-xa-2023');
  if (!set) throw new Error('built-in set missing');
  const final = { ...SEED_2023_SCORES, '8.1': 8.5 };
  const report = checkScores(
    set,
    Object.entries(final).map(([code, raw]) => ({ code, raw })),
  );
  expect(report.total.score).toBeCloseTo(79.452 - 0.5, 6);

  const plan = await grid(page).evaluate((el) => {
    const rowsOut: Record<string, string[]> = {};
    for (const tr of el.querySelectorAll('tbody tr')) {
      const texts = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      const key = texts[0] || texts[1];
      if (key) rowsOut[key] = texts;
    }
    return rowsOut;
  });
  await grid(page)
    .locator('td', { hasText: /^Tổng$/ })
    .scrollIntoViewIfNeeded();
  await pane(page)
    .getByText(/Tổng điểm trong phụ lục/)
    .scrollIntoViewIfNeeded();
  await shot(page, '08-plan-total');
  const totalRow = plan['Tổng'];
  expect(totalRow).toBeDefined();
  expect(totalRow.map(Number).filter((n) => !Number.isNaN(n) && n > 0)).toContain(report.total.score);
  // Field rows "1." … "8.": the seed's appendix subtotals, field 8 less the 0.5 of "8,5" typed for 9.
  const expectedFields = SEED_APPENDIX_FIELDS.map((v, i) => (i === 7 ? v - 0.5 : v));
  expectedFields.forEach((score, i) => {
    const row = plan[`${i + 1}.`] ?? plan[String(i + 1)];
    expect(row?.map(Number)).toContain(score);
  });
  expect(report.fields.map((f) => f.score)).toEqual(expectedFields);
}

/** Runs steps on a fresh guarded page; on failure leaves a screenshot and the pane's text in the error. */
async function withPage(name: string, steps: (g: Guarded) => Promise<void>): Promise<void> {
  const g = await open();
  try {
    await steps(g);
  } catch (error: unknown) {
    await onFailure(g.page, name, error);
  } finally {
    await g.context.close();
  }
  expectClean(g);
}

maybe(
  'insert → type → check → go to a problem → fix → plan appendix with the seed figures',
  () => withPage('flow', flow),
  150_000,
);

async function accessibility(g: Guarded): Promise<void> {
  const { page } = g;
  await pane(page).getByRole('button', { name: 'Chèn mẫu chấm điểm' }).click();
  await page.getByRole('tab', { name: 'Tự đánh giá 2023' }).waitFor();
  const { rows, selfColumn } = await templateLayout(page);
  await typeInto(page, `${selfColumn}${rows['1.1']}`, '3');
  await typeInto(page, `${selfColumn}${rows['1.2']}`, '1,5');
  await pane(page).getByRole('button', { name: 'Kiểm tra bảng điểm' }).click();
  await pane(page).getByRole('region', { name: 'Các chỗ cần sửa' }).waitFor();

  const axe = await new AxeBuilder({ page }).include('[data-testid="taskpane"]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // Every tab stop of the pane must be reached by Tab from the first control.
  const controls = await pane(page).evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((c) => !(c as HTMLButtonElement).disabled && c.getAttribute('tabindex') !== '-1')
      // A radio group is one tab stop (arrows move inside it): count the checked radio only.
      .filter((c) => !(c instanceof HTMLInputElement && c.type === 'radio' && !c.checked))
      .map((c) => c.outerHTML.slice(0, 60)),
  );
  await pane(page).getByRole('combobox', { name: 'Bộ chỉ số' }).focus();
  const reached = new Set<string>();
  for (let i = 0; i < controls.length + 5; i++) {
    const inPane = await pane(page).evaluate((el) => el.contains(document.activeElement));
    if (inPane)
      reached.add(await page.evaluate(() => (document.activeElement as HTMLElement).outerHTML.slice(0, 60)));
    await page.keyboard.press('Tab');
  }
  expect(controls.filter((c) => !reached.has(c))).toEqual([]);
  expect(controls.length).toBeGreaterThan(10);
}

maybe(
  'the pane has no serious accessibility violation and Tab reaches every control',
  () => withPage('a11y', accessibility),
  90_000,
);

async function olderExcel(g: Guarded): Promise<void> {
  const { page } = g;
  await page.getByRole('combobox', { name: 'Phiên bản Excel mô phỏng' }).selectOption('office2016');
  await pane(page).getByRole('button', { name: 'Chèn mẫu chấm điểm' }).click();
  await page.getByRole('tab', { name: 'Tự đánh giá 2023' }).waitFor();
  const skipped = pane(page).getByText('Phiên bản Excel này không hỗ trợ một số tính năng nên đã bỏ qua:');
  await skipped.waitFor();
  // Issue 13: the columns are widened through the Common API; the pane names the one step left.
  await expect(
    pane(page)
      .getByText(/Việc duy nhất cần làm: khi in/)
      .count(),
  ).resolves.toBe(1);
  await skipped.scrollIntoViewIfNeeded();
  await shot(page, '09-office2016');
}

maybe(
  'on Office 2016 the template still goes in, and the pane says what it left out',
  () => withPage('office2016', olderExcel),
  60_000,
);

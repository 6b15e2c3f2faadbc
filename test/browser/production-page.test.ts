// The production task pane page as Excel would load it, in Chromium: its CSP in force, office.js answered by a
// stand-in (the CDN is never reached), English and dark theme taken from Office. Proves index.tsx waits for
// Office.onReady, follows Office's language and theme, and that nothing in the production bundle trips the CSP.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  CHROMIUM,
  ROOT,
  build,
  guardedPage,
  launchChromium,
  serve,
  tempDir,
  type Served,
} from './support/preview';

const runnable = existsSync(CHROMIUM) || process.env.CI === 'true';
const maybe = runnable ? test : test.skip;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Just enough of Office.js: onReady, the context the pane reads, and an Excel.run that has no workbook. */
const OFFICE_STANDIN = `
window.Office = {
  onReady(callback) { setTimeout(() => callback({ host: 'Excel', platform: 'OfficeOnline' }), 0); return Promise.resolve({ host: 'Excel' }); },
  context: {
    displayLanguage: 'en-US',
    officeTheme: { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff' },
    requirements: { isSetSupported: () => true },
  },
};
window.Excel = { run: () => Promise.reject(Object.assign(new Error('The workbook is not available.'), { code: 'GeneralException' })) };
`;

let browser: Browser | null = null;
let served: Served | null = null;
const out = tempDir('parindex-prod-page-');

beforeAll(async () => {
  if (!runnable) return;
  browser = await launchChromium();
  await build(out, { preview: false });
  served = await serve(out);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(out, { recursive: true, force: true });
});

maybe(
  'taskpane.html starts on Office.onReady, in English and dark, under its CSP',
  async () => {
    if (!browser || !served) throw new Error('not set up');
    const { context, page, errors, blocked } = await guardedPage(browser, { width: 360, height: 900 });
    // Registered after the guard, so it wins for office.js: the stand-in is served, nothing leaves the machine.
    let officeRequests = 0;
    await context.route(OFFICE_JS, (route) => {
      officeRequests++;
      return route.fulfill({ contentType: 'text/javascript', body: OFFICE_STANDIN });
    });
    await page.goto(`${served.url}taskpane.html`);
    await page.getByRole('heading', { name: 'PAR Index', level: 1 }).waitFor();
    expect(officeRequests).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const background = await page
      .locator('main')
      .evaluate((el) => getComputedStyle(el).backgroundColor.match(/\d+/g)?.map(Number) ?? []);
    expect(Math.max(...background.slice(0, 3))).toBeLessThan(80);
    // The quiet first check met an Excel with no workbook: a program fault, shown, not swallowed.
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/Could not finish/);
    await page.getByRole('button', { name: 'Insert scoring template' }).waitFor();
    mkdirSync(path.join(ROOT, 'artifacts', 'browser'), { recursive: true });
    await page.screenshot({
      path: path.join(ROOT, 'artifacts', 'browser', 'production-taskpane.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  },
  60_000,
);

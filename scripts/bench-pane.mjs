#!/usr/bin/env node
// Task pane figures:
//   bench bundle.taskpane.gzip <KB> KB   the production task pane's JavaScript, gzipped (target ≤ 120 KB)
//   bench preview.interactive <ms> ms    navigation to a usable pane in headless Chromium, median of 9 warm
//                                        loads, from the browser's own navigation clock (target ≤ 500 ms)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const support = await tsImport(path.join(root, 'test/browser/support/preview.ts'), import.meta.url);
const { build, serve, launchChromium, guardedPage, tempDir } = support;

const prod = tempDir('parindex-bench-prod-');
const preview = tempDir('parindex-bench-preview-');
try {
  await Promise.all([build(prod, { preview: false }), build(preview, { preview: true })]);

  // Every script the task pane page loads: its entry (and any chunk it would split off).
  const js = readdirSync(prod).filter((f) => /^taskpane\..*\.js$/.test(f));
  const gz = js.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(prod, f)), { level: 9 }).length, 0);
  console.log(`bench bundle.taskpane.gzip ${(gz / 1024).toFixed(1)} KB`);

  const served = await serve(preview);
  const browser = await launchChromium();
  if (!browser) throw new Error('Chromium is missing (set CHROMIUM_PATH)');
  try {
    const times = [];
    for (let i = 0; i < 10; i++) {
      const { context, page, errors, blocked } = await guardedPage(browser);
      await page.goto(served.url, { waitUntil: 'commit' });
      // Usable: the first action button is on screen and enabled.
      const handle = await page.waitForFunction(() => {
        const b = [...document.querySelectorAll('[data-testid="taskpane"] button')].find(
          (el) => el.textContent?.includes('Chèn mẫu chấm điểm') && !el.disabled,
        );
        return b ? performance.now() : null;
      });
      const ms = await handle.jsonValue();
      if (errors.length || blocked.length)
        throw new Error(`preview load was not clean: ${[...errors, ...blocked]}`);
      if (i > 0) times.push(ms); // the first load warms the disk cache and the browser
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`bench preview.interactive ${Math.round(times[Math.floor(times.length / 2)])} ms`);
  } finally {
    await browser.close();
    await served.close();
  }
} finally {
  rmSync(prod, { recursive: true, force: true });
  rmSync(preview, { recursive: true, force: true });
}

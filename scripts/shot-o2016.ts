// Screenshots the preview at "Office 2016 (ExcelApi 1.1)" after "Chèn mẫu chấm điểm" (issue 13): builds the
// preview (or uses PARINDEX_PREVIEW_URL), drives Chromium. Usage: npx tsx scripts/shot-o2016.ts <name> [level]
// → artifacts/o2016/<name>.png; level is a value of the preview's Excel-version switch (default office2016).
import path from 'node:path';
import { build, guardedPage, launchChromium, ROOT, serve, tempDir } from '../test/browser/support/preview';

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'shot';
  const level = process.argv[3] ?? 'office2016';
  const given = process.env.PARINDEX_PREVIEW_URL;
  const out = tempDir('o2016-preview-');
  if (!given) await build(out, { preview: true });
  const served = given ? { url: given, close: async () => undefined } : await serve(out);
  const browser = await launchChromium();
  if (!browser) throw new Error('no chromium');
  try {
    const g = await guardedPage(browser);
    await g.page.goto(served.url);
    await g.page.getByRole('combobox', { name: 'Phiên bản Excel mô phỏng' }).selectOption(level);
    await g.page.getByRole('button', { name: 'Chèn mẫu chấm điểm' }).click();
    await g.page.getByRole('tab', { name: 'Tự đánh giá 2023' }).waitFor();
    await g.page.waitForTimeout(1500);
    await g.page.screenshot({ path: path.join(ROOT, 'artifacts', 'o2016', `${name}.png`) });
    if (g.errors.length) console.log(g.errors.join('\n'));
  } finally {
    await browser.close();
    await served.close();
  }
}
void main();

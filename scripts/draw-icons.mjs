#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest declares (Office wants PNG, not SVG).
// Usage: node scripts/draw-icons.mjs [--svg assets/icon.svg] [--out assets]
// Needs a Chromium; set CHROMIUM_PATH if it is not at /usr/bin/chromium.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// 16/32/80 for ribbon buttons, 32/64 for IconUrl/HighResolutionIconUrl, 128 for the docs.
const SIZES = [16, 32, 64, 80, 128];

function pngSize(buf) {
  const signature = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      svg: { type: 'string', default: path.join(root, 'assets', 'icon.svg') },
      out: { type: 'string', default: path.join(root, 'assets') },
    },
  });
  const svg = await readFile(values.svg, 'utf8');
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    for (const size of SIZES) {
      // deviceScaleFactor 1 so that one CSS pixel is one PNG pixel.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => {
        const img = document.getElementById('icon');
        return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
      });
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      const got = pngSize(png);
      if (!got || got.width !== size || got.height !== size) {
        throw new Error(`icon-${size}.png came out ${got ? `${got.width}x${got.height}` : 'not a PNG'}`);
      }
      const file = path.join(values.out, `icon-${size}.png`);
      await writeFile(file, png);
      console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`draw-icons: ${err.message}`);
  process.exit(1);
});

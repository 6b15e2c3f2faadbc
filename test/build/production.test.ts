// The production build: pages with a Content-Security-Policy that allows scripts only from the add-in's origin
// and Microsoft's office.js CDN, bundles without eval or new Function, no simulator code in the task pane,
// and a manifest whose URLs point at ADDIN_URL.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, build, tempDir } from '../browser/support/preview';

const ADDIN_URL = 'https://cchc.example.gov.vn/parindex';
const CDN = 'https://appsforoffice.microsoft.com';
const out = tempDir('parindex-build-');

type ConfigFn = (
  env: Record<string, unknown>,
  argv: { mode?: string },
) => Promise<{ entry: Record<string, string>; devtool: unknown }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'webpack.config.js')) as ConfigFn;

beforeAll(() => build(out, { preview: false, addinUrl: ADDIN_URL }), 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
const scripts = () => readdirSync(out).filter((f) => f.endsWith('.js'));

function cspOf(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSP meta');
  return new Map(
    m[1].split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('production build', () => {
  test.each(['taskpane.html', 'commands.html', 'notice.html', 'help.html'])(
    '%s carries the CSP before any script',
    (page) => {
      const html = read(page);
      const csp = cspOf(html);
      const scriptSrc = csp.get('script-src') ?? [];
      expect(scriptSrc.filter((s) => s !== "'self'" && s !== CDN)).toEqual([]);
      expect(scriptSrc).toContain("'self'");
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(html).not.toMatch(/unsafe-eval/);
      const cspAt = html.indexOf('Content-Security-Policy');
      const firstScript = html.indexOf('<script');
      if (firstScript >= 0) expect(cspAt).toBeLessThan(firstScript);
    },
  );

  test.each(['taskpane.html', 'commands.html'])(
    '%s loads office.js from Microsoft CDN, then its bundle',
    (page) => {
      const html = read(page);
      const srcs = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      expect(srcs[0]).toBe(`${CDN}/lib/1/hosted/office.js`);
      expect(srcs.slice(1).every((s) => !/^https?:/.test(s))).toBe(true);
      expect(srcs).toHaveLength(2);
    },
  );

  test('no inline scripts anywhere', () => {
    for (const page of readdirSync(out).filter((f) => f.endsWith('.html'))) {
      expect(read(page)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  test('no eval or new Function in any bundle', () => {
    expect(scripts().length).toBeGreaterThanOrEqual(3);
    for (const file of scripts()) {
      const js = read(file);
      expect({ file, evalCall: /(^|[^\w$.])eval\(/.test(js) }).toEqual({ file, evalCall: false });
      expect({ file, newFunction: /new Function\s*\(/.test(js) }).toEqual({ file, newFunction: false });
    }
  });

  test('no Function-constructor alias either: the schema library stays out of the pages', () => {
    // zod 4 compiles parsers with `const F = Function; new F(...)`; the pages map the built-in sets without it.
    for (const file of scripts()) {
      const js = read(file);
      const sites = [...js.matchAll(/[\w$]+=Function[,;]/g)].map((m) =>
        js.slice(Math.max(0, (m.index ?? 0) - 80), (m.index ?? 0) + 40),
      );
      expect({ file, sites }).toEqual({ file, sites: [] });
    }
  });

  test('the simulator and the formula library never enter the production bundles', () => {
    for (const file of scripts()) {
      const js = read(file);
      // Strings only the simulator, fast-formula-parser, chevrotain and jstat carry.
      for (const marker of [
        'SIM-SHEET',
        'chevrotain',
        'jStat',
        'Cannot use the object across different request contexts',
      ])
        expect({ file, marker, found: js.includes(marker) }).toEqual({ file, marker, found: false });
    }
  });

  test('the manifest points at ADDIN_URL everywhere, the icons are there', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`${ADDIN_URL}/taskpane.html`);
    expect(manifest).toContain(`${ADDIN_URL}/commands.html`);
    for (const size of [16, 32, 64, 80]) {
      expect(manifest).toContain(`${ADDIN_URL}/assets/icon-${size}.png`);
      expect(
        readFileSync(path.join(out, 'assets', `icon-${size}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
  });

  test('the production config has no preview entry and no eval source maps', async () => {
    const prod = await config({}, { mode: 'production' });
    expect(Object.keys(prod.entry).sort()).toEqual(['commands', 'notice', 'taskpane']);
    expect(prod.devtool).toBe(false);
    const dev = await config({}, { mode: 'development' });
    expect(String(dev.devtool)).not.toMatch(/eval/);
    const preview = await config({ preview: true }, { mode: 'production' });
    expect(Object.keys(preview.entry)).toEqual(['preview']);
  });

  test('the Office 2016 column-width code (issue 13) loads on use, outside the first load of the pane', () => {
    const chunk = scripts().filter((f) => f.startsWith('o2016.'));
    expect(chunk).toHaveLength(1);
    expect(read(chunk[0])).toContain('parindexWidths_');
    for (const f of scripts().filter((s) => s.startsWith('taskpane.')))
      expect(read(f)).not.toContain('parindexWidths_');
  });

  test('an http ADDIN_URL is refused', async () => {
    const saved = process.env.ADDIN_URL;
    process.env.ADDIN_URL = 'http://insecure.example/';
    try {
      await expect(config({}, { mode: 'production' })).rejects.toThrow(/https/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });
});

// The validator is plain Node ESM, which jest (CommonJS via swc) cannot import: run it as users do.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.mjs');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const REAL_XML = readFileSync(MANIFEST, 'utf8');

let tmp: string;
let caseNo = 0;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function run(args: string[]) {
  const res = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', cwd: ROOT });
  const lines = res.stdout.split('\n').filter((l) => l.length > 0);
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, lines };
}

// Throws when the text to break is not there, so a manifest edit cannot turn a case into a no-op.
function replaceOnce(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at < 0) throw new Error(`test setup: "${from}" not found in manifest.xml`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

/** A copy of the manifest and its assets in a fresh folder, optionally broken. */
function makeCase(xml: string, breakAssets?: (assetsDir: string) => void): string {
  const dir = path.join(tmp, `case-${++caseNo}`);
  mkdirSync(dir);
  cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  breakAssets?.(path.join(dir, 'assets'));
  const file = path.join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  return file;
}

function expectOneProblem(file: string, pattern: RegExp) {
  const out = run([file]);
  expect(out.status).toBe(1);
  expect(out.lines).toHaveLength(1);
  expect(out.lines[0].startsWith(`${file}:`)).toBe(true);
  expect(out.lines[0]).toMatch(pattern);
  // Every message says what to do as well as what is wrong.
  expect(out.lines[0]).toMatch(/ — \S/);
}

describe('validate-manifest', () => {
  test('the real manifest passes', () => {
    const out = run(['manifest.xml']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('manifest OK: manifest.xml\n');
    expect(out.status).toBe(0);
  });

  test('an untouched copy passes too (the copies below differ only by what they break)', () => {
    const file = makeCase(REAL_XML);
    const out = run([file]);
    expect(out.stdout).toBe(`manifest OK: ${file}\n`);
    expect(out.status).toBe(0);
  });

  test('a resid that names no resource', () => {
    const file = makeCase(
      replaceOnce(REAL_XML, '<Label resid="Check.Label"/>', '<Label resid="Check.Missing"/>'),
    );
    expectOneProblem(file, /resid "Check\.Missing" on <Label> is not declared in Resources.*bt:ShortStrings/);
  });

  test('a resid that names a resource of the wrong kind', () => {
    const file = makeCase(
      replaceOnce(REAL_XML, '<Label resid="Check.Label"/>', '<Label resid="Check.Tooltip"/>'),
    );
    expectOneProblem(file, /resid "Check\.Tooltip" on <Label> names a bt:LongStrings entry/);
  });

  test('an http:// URL', () => {
    const file = makeCase(
      replaceOnce(
        REAL_XML,
        '"https://localhost:3000/commands.html"',
        '"http://localhost:3000/commands.html"',
      ),
    );
    expectOneProblem(file, /<bt:Url> DefaultValue "http:\/\/localhost:3000\/commands\.html" is not https/);
  });

  test('an http:// SupportUrl', () => {
    const file = makeCase(
      replaceOnce(REAL_XML, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
    );
    expectOneProblem(file, /<SupportUrl> DefaultValue "http:\/\/localhost:3000\/help\.html" is not https/);
  });

  test('a missing icon file', () => {
    const file = makeCase(REAL_XML, (assets) => unlinkSync(path.join(assets, 'icon-80.png')));
    expectOneProblem(
      file,
      /icon "https:\/\/localhost:3000\/assets\/icon-80\.png" has no file: .*icon-80\.png does not exist/,
    );
  });

  test('an icon of the wrong pixel size', () => {
    const file = makeCase(REAL_XML, (assets) =>
      copyFileSync(path.join(assets, 'icon-32.png'), path.join(assets, 'icon-16.png')),
    );
    expectOneProblem(file, /icon .*icon-16\.png is 32x32 px but .*manifest\.xml declares 16x16/);
  });

  test('IconUrl must be 32 px', () => {
    const file = makeCase(
      replaceOnce(
        REAL_XML,
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      ),
    );
    expectOneProblem(file, /icon .*icon-64\.png is 64x64 px but .* declares 32x32/);
  });

  test('an icon file that is not a PNG', () => {
    const file = makeCase(REAL_XML, (assets) =>
      copyFileSync(path.join(assets, 'icon.svg'), path.join(assets, 'icon-64.png')),
    );
    expectOneProblem(file, /icon .*icon-64\.png is not a PNG/);
  });

  test('an Id that is not a GUID', () => {
    const file = makeCase(REAL_XML.replace(/<Id>[^<]*<\/Id>/, '<Id>parindex-1</Id>'));
    expectOneProblem(file, /<Id> "parindex-1" is not a GUID/);
  });

  test("the Office template's Id", () => {
    const file = makeCase(
      REAL_XML.replace(/<Id>[^<]*<\/Id>/, '<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>'),
    );
    expectOneProblem(file, /<Id> is the Id of the Office add-in template/);
  });

  test('an element out of schema order', () => {
    const version = REAL_XML.match(/ *<Version>[^<]*<\/Version>\n/)![0];
    const file = makeCase(
      replaceOnce(REAL_XML.replace(version, ''), '  <DefaultLocale>', `${version}  <DefaultLocale>`),
    );
    expectOneProblem(
      file,
      /schema: Element 'ProviderName': This element is not expected\. Expected is .*Version.*put the elements in schema order/,
    );
  });

  test('XML that is not well-formed', () => {
    const file = makeCase(replaceOnce(REAL_XML, '</Hosts>', '</Hostz>'));
    expectOneProblem(file, /parser error .*Hostz.*fix the XML syntax/);
  });

  test('a string with a translation missing', () => {
    const file = makeCase(replaceOnce(REAL_XML, '<bt:Override Locale="en-US" Value="Check"/>', ''));
    expectOneProblem(file, /string "Check\.Label" has no en-US override/);
  });

  test('several problems give one line each', () => {
    let xml = replaceOnce(REAL_XML, '<Label resid="Check.Label"/>', '<Label resid="Nope"/>');
    xml = replaceOnce(xml, '"https://localhost:3000/help.html"', '"http://localhost:3000/help.html"');
    const file = makeCase(xml, (assets) => unlinkSync(path.join(assets, 'icon-16.png')));
    const out = run([file]);
    expect(out.status).toBe(1);
    expect(out.lines).toHaveLength(3);
    expect(out.stdout).toMatch(/resid "Nope"/);
    expect(out.stdout).toMatch(/is not https/);
    expect(out.stdout).toMatch(/icon-16\.png does not exist/);
  });

  test('--assets points the icon check at another folder', () => {
    const empty = path.join(tmp, 'no-assets');
    mkdirSync(empty, { recursive: true });
    const out = run(['--assets', empty, 'manifest.xml']);
    expect(out.status).toBe(1);
    expect(out.lines.length).toBeGreaterThan(0);
    for (const line of out.lines) expect(line).toMatch(/does not exist/);
  });

  test('without a path it checks manifest.xml (npm run validate)', () => {
    const out = run([]);
    expect(out.stdout).toBe('manifest OK: manifest.xml\n');
    expect(out.status).toBe(0);
  });

  test('usage errors exit 2', () => {
    expect(run(['a.xml', 'b.xml']).status).toBe(2);
    expect(run(['--nope', 'manifest.xml']).status).toBe(2);
    const missing = run([path.join(tmp, 'does-not-exist.xml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read it/);
  });

  test('validateManifest() is exported for other scripts', () => {
    const broken = replaceOnce(REAL_XML, '<Label resid="Plan.Label"/>', '<Label resid="Gone"/>');
    const code = `
      import { readFileSync } from 'node:fs';
      import { validateManifest } from ${JSON.stringify(SCRIPT)};
      const assetsDir = ${JSON.stringify(path.join(ROOT, 'assets'))};
      const good = await validateManifest(readFileSync(${JSON.stringify(MANIFEST)}, 'utf8'), { assetsDir });
      const bad = await validateManifest(${JSON.stringify(broken)}, { assetsDir, fileName: 'x.xml' });
      console.log(JSON.stringify({ good, bad }));
    `;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    const { good, bad } = JSON.parse(res.stdout);
    expect(good).toEqual({ ok: true, problems: [] });
    expect(bad.ok).toBe(false);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatch(/^x\.xml:\d+: resid "Gone" on <Label>/);
  });
});

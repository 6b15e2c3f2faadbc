/**
 * The command line as people outside the repository get it: `npm pack`, unpacked into an empty folder with no
 * node_modules anywhere it could reach, runs template, check and plan with the same results as in the repository;
 * and `npm i -g` of the tarball installs nothing else and works offline.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { SEED_2023_SCORES } from '../support/seed';
import { BIN, ROOT, fillTemplate, type Run } from '../cli/helpers';

let tmp: string;
let tgz: string;
let unpacked: string;

// Loaded before the bundle: any module the command line would look for outside the unpacked package (a
// node_modules of the machine, of /tmp, of NODE_PATH) is a failure, whatever happens to exist on this machine.
const GUARD = `
const Module = require('node:module');
const path = require('node:path');
const root = process.env.SHIP_PACKAGE_ROOT + path.sep;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (Module.isBuiltin(request)) return resolve.call(this, request, ...rest);
  const file = resolve.call(this, request, ...rest);
  if (!file.startsWith(root)) throw new Error('parindex loaded ' + request + ' from outside its package: ' + file);
  return file;
};
`;

function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function packed(args: readonly string[], cwd: string): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, SHIP_PACKAGE_ROOT: path.join(unpacked, 'package') };
  delete env.NODE_PATH;
  const run = spawnSync(
    process.execPath,
    ['--require', path.join(tmp, 'guard.cjs'), path.join(unpacked, 'package', 'bin', 'parindex.js'), ...args],
    { cwd, encoding: 'utf8', env, timeout: 60_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const repo = (args: readonly string[], cwd: string): Run => sh(process.execPath, [BIN, ...args], cwd);

async function sheets(file: string) {
  return gridsOf(await loadWorkbook(readFileSync(file))).map((g) => ({ sheet: g.sheet, values: g.values }));
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'parindex-ship-'));
  writeFileSync(path.join(tmp, 'guard.cjs'), GUARD);
  // npm pack runs `prepare`, which bundles lib/parindex.cjs.
  const pack = sh('npm', ['pack', '--pack-destination', tmp, '--json'], ROOT);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
  tgz = path.join(tmp, filename);
  unpacked = path.join(tmp, 'unpacked');
  mkdirSync(unpacked);
  const tar = sh('tar', ['-xzf', tgz, '-C', unpacked], tmp);
  if (tar.code !== 0) throw new Error(`tar failed:\n${tar.stderr}`);
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('npm pack', () => {
  it('ships the launcher, the bundle, the README and the licence, and depends on nothing', () => {
    const pkg = path.join(unpacked, 'package');
    expect(filesUnder(pkg).sort()).toEqual([
      'LICENSE',
      'README.md',
      'bin/parindex.js',
      'lib/parindex.cjs',
      'package.json',
    ]);
    const manifest = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      bin: Record<string, string>;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ parindex: 'bin/parindex.js' });
  });

  it('the bundle requires nothing but Node built-ins, even on paths the commands below do not take', () => {
    const bundle = readFileSync(path.join(unpacked, 'package', 'lib', 'parindex.cjs'), 'utf8');
    const required = new Set(
      [...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]),
    );
    expect(required.size).toBeGreaterThan(0);
    expect([...required].filter((name) => !isBuiltin(name))).toEqual([]);
    // A computed require would escape the check above.
    expect(bundle.match(/\brequire\((?!\s*["'`])[^)]{0,40}\)/g) ?? []).toEqual([]);
  });

  it('runs template, check and plan from the unpacked folder as the repository does', async () => {
    const mine = path.join(tmp, 'from-package');
    const theirs = path.join(tmp, 'from-repository');
    mkdirSync(mine);
    mkdirSync(theirs);
    const steps: string[][] = [
      ['template', '-o', 'mau.xlsx', '--year', '2023', '--unit', 'UBND xã Quảng Sơn'],
      ['check', 'diem.xlsx'],
      ['check', 'diem.xlsx', '--json'],
      ['plan', 'diem.xlsx', '-o', 'phu-luc.xlsx', '--plan-year', '2024', '--json'],
    ];
    for (const args of steps) {
      const a = packed(args, mine);
      const b = repo(args, theirs);
      expect({ args, code: a.code, stdout: a.stdout, stderr: a.stderr }).toEqual({
        args,
        code: b.code,
        stdout: b.stdout,
        stderr: b.stderr,
      });
      expect({ args, code: a.code }).toEqual({ args, code: 0 });
      // The staff's step between template and check: scores typed into the template.
      if (args[0] === 'template') {
        expect(await sheets(path.join(mine, 'mau.xlsx'))).toEqual(
          await sheets(path.join(theirs, 'mau.xlsx')),
        );
        for (const dir of [mine, theirs])
          await fillTemplate(path.join(dir, 'mau.xlsx'), path.join(dir, 'diem.xlsx'), SEED_2023_SCORES);
      }
      if (args.includes('--json') && args[0] === 'check') {
        const out = JSON.parse(a.stdout) as { ok: boolean; total: { score: number } };
        expect(out.ok).toBe(true);
        expect(out.total.score).toBe(79.452);
      }
    }
    expect(packed(['check', 'diem.xlsx'], mine).stdout).toContain('79,452/100 điểm');
    const plan = await sheets(path.join(mine, 'phu-luc.xlsx'));
    expect(plan).toEqual(await sheets(path.join(theirs, 'phu-luc.xlsx')));
    const appendix = plan.find((s) => s.sheet === 'Phụ lục KH 2024');
    expect(appendix?.values.find((row) => row[1] === 'Tổng')?.slice(2, 4)).toEqual([100, 79.452]);
  }, 120_000);

  it('installs globally from the tarball offline, with nothing else, and `parindex --help` works', () => {
    const prefix = path.join(tmp, 'prefix');
    const install = sh(
      'npm',
      ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tgz],
      tmp,
      // An empty cache: the install must not need anything but the tarball.
      { npm_config_cache: path.join(tmp, 'npm-cache') },
    );
    expect({ code: install.code, stderr: install.stderr }).toMatchObject({ code: 0 });
    const installed = path.join(prefix, 'lib', 'node_modules', 'parindex');
    expect(existsSync(path.join(installed, 'lib', 'parindex.cjs'))).toBe(true);
    expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
    const help = sh(path.join(prefix, 'bin', 'parindex'), ['--help'], tmp);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('parindex template');
    expect(help.stderr).toBe('');
  }, 120_000);
});

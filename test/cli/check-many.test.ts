/**
 * `parindex check` with several workbooks, as a district office checks its communes' files in one go: each
 * file is checked on its own, an unreadable one is reported in its place, and nothing is ever written. The
 * expected reports are the single-file ones (whose figures come from the seed and the engine), put under a
 * heading per file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkScores, hasErrors } from '../../src/engine/check';
import { formatNumberVi, formatPlain } from '../../src/engine/decimal';
import { cliEn, cliVi } from '../../src/i18n/cli';
import { builtInSet } from '../../src/sets';
import { SEED_2023_SCORES, seedEntries } from '../support/seed';
import { BIN, buildCli, fillTemplate, parindex, snapshot, type Run } from './helpers';

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

/** Runs parindex in the folder and checks that the folder is byte for byte the same afterwards. */
function run(...args: string[]): Run {
  const before = snapshot(dir);
  const r = parindex(args, dir);
  expect(snapshot(dir)).toEqual(before);
  return r;
}

const SET = builtInSet('dak-nong-xa-2023')!;
const CLEAN_B = { ...SEED_2023_SCORES, '1.7': 2 };
const WITH_ERRORS = { ...SEED_2023_SCORES, '1.3': 5 };
const engine = (scores: Record<string, number>) => checkScores(SET, seedEntries(scores), { column: 'self' });

/** What one file's report is in a batch: its heading, then what `check` prints for that file alone. */
function block(file: string, index: number, count: number, lang: 'vi' | 'en' = 'vi'): string {
  const alone = run('check', file, '--lang', lang);
  const heading = (lang === 'en' ? cliEn : cliVi).report.batchFile({ file, index, count });
  return [heading, (alone.code === 2 ? alone.stderr : alone.stdout).trimEnd()].join('\n');
}

const batchText = (blocks: string[], summary: string) => `${[...blocks, summary].join('\n\n')}\n`;

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'parindex-many-'));
  expect(parindex(['template', '-o', 't.xlsx'], dir).code).toBe(0);
  await fillTemplate(at('t.xlsx'), at('xa-a.xlsx'), SEED_2023_SCORES);
  await fillTemplate(at('t.xlsx'), at('xa-b.xlsx'), CLEAN_B);
  await fillTemplate(at('t.xlsx'), at('xa-loi.xlsx'), WITH_ERRORS);
  writeFileSync(at('ghi-chu.xlsx'), 'Đây là ghi chú, không phải bảng tính.\n');
  const good = readFileSync(at('xa-a.xlsx'));
  writeFileSync(at('cut.xlsx'), good.subarray(0, Math.floor(good.length * 0.6)));
  mkdirSync(at('huyen'));
  writeFileSync(at('huyen', 'dak-ha.xlsx'), good);
  await fillTemplate(at('t.xlsx'), at('huyen', 'quang-son.xlsx'), WITH_ERRORS);
  writeFileSync(at('huyen', 'nam-da.xlsx'), 'không phải bảng tính');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the seed files the batch is made of', () => {
  it('are what the engine says: two clean, one with errors in the scores', () => {
    expect(hasErrors(engine(SEED_2023_SCORES))).toBe(false);
    expect(hasErrors(engine(CLEAN_B))).toBe(false);
    expect(hasErrors(engine(WITH_ERRORS))).toBe(true);
    // The single-file reports the batch repeats carry the engine's totals.
    expect(run('check', 'xa-a.xlsx').stdout).toContain(
      `${formatNumberVi(engine(SEED_2023_SCORES).total.score)}/100 điểm`,
    );
    expect(run('check', 'xa-b.xlsx', '--lang', 'en').stdout).toContain(
      `${formatPlain(engine(CLEAN_B).total.score)}/100 points`,
    );
  });
});

describe('check with several files, as text', () => {
  it('two good files and one unreadable: each report under its heading, one summary line, exit 2', () => {
    const files = ['xa-a.xlsx', 'ghi-chu.xlsx', 'xa-b.xlsx'];
    const r = run('check', ...files);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      batchText(
        files.map((f, i) => block(f, i + 1, files.length)),
        'Đã kiểm tra 3 tệp: 2 không có lỗi, 0 có lỗi điểm, 1 không đọc được.',
      ),
    );
    // The unreadable file's own message names it and says what to do, in its place in the report.
    expect(r.stdout).toContain('Tệp "ghi-chu.xlsx" không phải bảng tính Excel .xlsx');
    expect(r.stdout).toContain('lưu lại');
    expect(r.stderr).toBe('');
  });

  it('one file with errors in the scores: exit 1, its errors counted as the engine finds them', () => {
    const files = ['xa-a.xlsx', 'xa-loi.xlsx'];
    const r = run('check', ...files);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      batchText(
        files.map((f, i) => block(f, i + 1, files.length)),
        'Đã kiểm tra 2 tệp: 1 không có lỗi, 1 có lỗi điểm, 0 không đọc được.',
      ),
    );
    const errors = engine(WITH_ERRORS).problems.filter((p) => p.severity === 'error').length;
    expect(r.stdout).toContain(cliVi.report.hasErrors({ count: errors }));
  });

  it('exits with the highest code of its files', () => {
    expect(run('check', 'xa-a.xlsx', 'xa-b.xlsx').code).toBe(0);
    expect(run('check', 'xa-loi.xlsx', 'xa-a.xlsx').code).toBe(1);
    expect(run('check', 'cut.xlsx', 'xa-loi.xlsx').code).toBe(2);
  });

  it('speaks English with --lang en', () => {
    const files = ['ghi-chu.xlsx', 'xa-loi.xlsx', 'xa-a.xlsx'];
    const r = run('check', ...files, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      batchText(
        files.map((f, i) => block(f, i + 1, files.length, 'en')),
        'Checked 3 files: 1 without errors, 1 with errors in the scores, 1 unreadable.',
      ),
    );
  });
});

interface JsonElement {
  file: string;
  ok: boolean;
  total?: { score: number };
  error?: { code: string; message: string };
}

describe('check with several files, as JSON', () => {
  it('prints an array with one element per file, in the order given', () => {
    const files = ['xa-a.xlsx', 'ghi-chu.xlsx', 'xa-loi.xlsx', 'cut.xlsx'];
    const r = run('check', ...files, '--json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as JsonElement[];
    expect(out.map((e) => e.file)).toEqual(files);
    // A readable file's element is exactly what --json prints for it alone.
    const alone = (file: string) => JSON.parse(run('check', file, '--json').stdout) as JsonElement;
    expect(out[0]).toEqual(alone('xa-a.xlsx'));
    expect(out[0]).toMatchObject({ ok: true, total: { score: engine(SEED_2023_SCORES).total.score } });
    expect(out[2]).toEqual(alone('xa-loi.xlsx'));
    expect(out[2].ok).toBe(false);
    // An unreadable one is the single-file error shape with its file.
    for (const i of [1, 3]) {
      expect(Object.keys(out[i])).toEqual(['file', 'ok', 'error']);
      expect(out[i]).toEqual({ file: files[i], ok: false, error: alone(files[i]).error });
    }
    expect(out[1].error?.code).toBe('notXlsx');
    expect(out[3].error?.code).toBe('truncated');
    // As with one file, each fault is also said on stderr for whoever watches it.
    expect(r.stderr.trim().split('\n')).toEqual([out[1].error?.message, out[3].error?.message]);
  });

  it('exits 0 and 1 as the files are, with messages in English under --lang en', () => {
    const clean = run('check', 'xa-a.xlsx', 'xa-b.xlsx', '--json');
    expect(clean.code).toBe(0);
    expect((JSON.parse(clean.stdout) as JsonElement[]).map((e) => e.total?.score)).toEqual([
      engine(SEED_2023_SCORES).total.score,
      engine(CLEAN_B).total.score,
    ]);
    expect(clean.stderr).toBe('');
    expect(run('check', 'xa-b.xlsx', 'xa-loi.xlsx', '--json').code).toBe(1);
    const en = run('check', 'ghi-chu.xlsx', 'xa-a.xlsx', '--json', '--lang', 'en');
    const first = (JSON.parse(en.stdout) as JsonElement[])[0];
    expect(first.error?.message).toBe(run('check', 'ghi-chu.xlsx', '--lang', 'en').stderr.trim());
  });
});

describe('options and mistakes with several files', () => {
  it('applies --sheet to every file', () => {
    const wrong = run('check', 'xa-a.xlsx', 'xa-b.xlsx', '--sheet', 'Trang 9');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe(
      batchText(
        ['xa-a.xlsx', 'xa-b.xlsx'].map((f, i) => {
          const alone = run('check', f, '--sheet', 'Trang 9');
          return [cliVi.report.batchFile({ file: f, index: i + 1, count: 2 }), alone.stderr.trimEnd()].join(
            '\n',
          );
        }),
        'Đã kiểm tra 2 tệp: 0 không có lỗi, 0 có lỗi điểm, 2 không đọc được.',
      ),
    );
    const right = run('check', 'xa-a.xlsx', 'xa-b.xlsx', '--sheet', 'Tự đánh giá 2023', '--json');
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout)).toEqual([
      expect.objectContaining({ file: 'xa-a.xlsx', sheet: 'Tự đánh giá 2023' }),
      expect.objectContaining({ file: 'xa-b.xlsx', sheet: 'Tự đánh giá 2023' }),
    ]);
  });

  it('applies --set to every file, and a --set that names no set is said once for the call', () => {
    const right = run('check', 'xa-a.xlsx', 'xa-b.xlsx', '--set', 'dak-nong-xa-2023', '--json');
    expect(right.code).toBe(0);
    expect((JSON.parse(right.stdout) as { set: string }[]).map((e) => e.set)).toEqual([
      'dak-nong-xa-2023',
      'dak-nong-xa-2023',
    ]);
    const alone = run('check', 'xa-a.xlsx', '--set', 'ha-noi-2025');
    expect(alone.code).toBe(2);
    const wrong = run('check', 'xa-a.xlsx', 'xa-b.xlsx', '--set', 'ha-noi-2025');
    expect({ code: wrong.code, stdout: wrong.stdout, stderr: wrong.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: alone.stderr,
    });
  });

  it('usage errors stay exit 2 for the whole call', () => {
    const noFile = run('check', '--json');
    expect(noFile.code).toBe(2);
    expect(JSON.parse(noFile.stdout)).toMatchObject({ ok: false, error: { code: 'missingInput' } });
    const unknown = run('check', 'xa-a.xlsx', 'xa-b.xlsx', '--fast');
    expect({ code: unknown.code, stdout: unknown.stdout }).toEqual({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('--fast');
  });

  it('takes the files of a shell glob', () => {
    const before = snapshot(dir);
    const sh = spawnSync('sh', ['-c', '"$0" "$1" check huyen/*.xlsx --json', process.execPath, BIN], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(snapshot(dir)).toEqual(before);
    expect(sh.status).toBe(2);
    const out = JSON.parse(sh.stdout) as JsonElement[];
    expect(out.map((e) => e.file).sort()).toEqual(
      ['huyen/dak-ha.xlsx', 'huyen/nam-da.xlsx', 'huyen/quang-son.xlsx'].sort(),
    );
    const byFile = Object.fromEntries(out.map((e) => [e.file, e]));
    expect(byFile['huyen/dak-ha.xlsx'].ok).toBe(true);
    expect(byFile['huyen/quang-son.xlsx'].ok).toBe(false);
    expect(byFile['huyen/nam-da.xlsx'].error?.code).toBe('notXlsx');
  });
});

describe('one file, as before', () => {
  it('prints no heading and no summary, and --json one object', () => {
    const text = run('check', 'xa-a.xlsx');
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain(cliVi.report.batchFile({ file: 'xa-a.xlsx', index: 1, count: 1 }));
    expect(text.stdout).not.toContain('Đã kiểm tra');
    expect(text.stdout.trimEnd().split('\n').pop()).toBe(cliVi.report.ok);
    const json = JSON.parse(run('check', 'xa-a.xlsx', '--json').stdout) as unknown;
    expect(Array.isArray(json)).toBe(false);
  });
});

describe('check --help', () => {
  it('documents several files in Vietnamese and in English', () => {
    const vi = run('check', '--help');
    expect(vi.stdout).toContain('parindex check <bảng điểm.xlsx> [<bảng điểm.xlsx> …] [--json]');
    expect(vi.stdout).toContain('mã cao nhất');
    const en = run('check', '--help', '--lang', 'en');
    expect(en.stdout).toContain('parindex check <scores.xlsx> [<scores.xlsx> …] [--json]');
    expect(en.stdout).toContain('the highest code of any file');
    expect(run('--help').stdout).toContain('[<bảng điểm.xlsx> …]');
  });
});

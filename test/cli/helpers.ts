/** Runs `parindex` as users do (node bin/parindex.js in a child process) and prepares its input files. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CellErrorValue, CellValue } from 'exceljs';
import type { RawCell } from '../../src/engine/types';
import { readTemplate } from '../../src/layout/read';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, workbookBytes } from '../../src/xlsx/workbook';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'parindex.js');

/** Bundles src/cli into lib/parindex.cjs, as `npm run build:cli` does; jest files may run it in parallel. */
export function buildCli(): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build-cli failed: ${run.stderr}`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function parindex(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under a folder with its content hash: "nothing written, input untouched" is an equality. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  visit(dir);
  return out;
}

function toCellValue(raw: RawCell): CellValue {
  if (raw === undefined) return null;
  if (typeof raw === 'object' && raw !== null) return { error: raw.error as CellErrorValue['error'] };
  return raw;
}

/**
 * Types values into a template's column by code, through our own adapter. For the tests of the command
 * line's own behaviour; the proofs with a real spreadsheet program use LibreOffice instead.
 */
export async function fillTemplate(
  from: string,
  to: string,
  values: Record<string, RawCell>,
  column: 'self' | 'appraised' | 'code' = 'self',
): Promise<void> {
  const wb = await loadWorkbook(readFileSync(from));
  const grids = gridsOf(wb);
  const index = grids.findIndex((g) => readTemplate(g) !== null);
  const read = readTemplate(grids[index])!;
  const ws = wb.worksheets[index];
  const col = read.columns[column];
  for (const { code, row } of read.rows) {
    if (code in values) ws.getCell(row + 1, col + 1).value = toCellValue(values[code]);
  }
  writeFileSync(to, await workbookBytes(wb));
}

/**
 * LibreOffice as the independent spreadsheet engine of the tests: it recalculates our workbooks, makes the
 * edits a user would make (through python3-uno), and prints sheets to PDF. See ../shared/docs/architecture.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Tool = 'soffice' | 'python3-uno' | 'pdftoppm';

const PYTHON = '/usr/bin/python3';
const UNO_SCRIPT = path.join(__dirname, 'uno_edit.py');

function onPath(cmd: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

const available: Record<Tool, () => boolean> = {
  soffice: () => onPath('soffice') !== null,
  'python3-uno': () =>
    existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0,
  pdftoppm: () => onPath('pdftoppm') !== null,
};

export function missingTools(tools: readonly Tool[]): Tool[] {
  return tools.filter((t) => !available[t]());
}

/**
 * A describe block that needs system tools. Under CI a missing tool fails the block, so a proof never
 * silently stops running; elsewhere the block is skipped and says why.
 */
export function describeWithTools(tools: readonly Tool[], title: string, body: () => void): void {
  const missing = missingTools(tools);
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const reason = `needs ${missing.join(', ')} (Debian: libreoffice-calc-nogui, python3-uno, poppler-utils)`;
  if (process.env.CI) {
    describe(title, () => {
      it(`has its tools: ${reason}`, () => {
        throw new Error(`Missing under CI: ${reason}`);
      });
    });
    return;
  }
  // Outside CI a developer without LibreOffice still runs the rest of the suite; the skip names the tool.
  describe.skip(`${title} — skipped: ${reason}`, body);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `parindex-${prefix}-`));
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * A throwaway LibreOffice profile. With `recalcAlways`, OOXMLRecalcMode = 0: every formula of an .xlsx is
 * recalculated on load instead of trusting the cached values the file carries.
 */
export function makeProfile(recalcAlways: boolean): string {
  const dir = tempDir('lo-profile');
  if (recalcAlways) {
    mkdirSync(path.join(dir, 'user'), { recursive: true });
    writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  }
  return dir;
}

const fileUrl = (p: string) => `file://${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;

/** `soffice --headless --convert-to`: returns the converted file's path. */
export function convert(
  input: string,
  outDir: string,
  format: 'xlsx' | 'pdf',
  options: { recalcAlways: boolean },
): string {
  const profile = makeProfile(options.recalcAlways);
  mkdirSync(outDir, { recursive: true });
  const filter = format === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf:calc_pdf_Export';
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${fileUrl(profile)}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      input,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${format}`);
  if (run.status !== 0 || !existsSync(out)) {
    throw new Error(`soffice --convert-to ${format} failed (${run.status}): ${run.stderr}${run.stdout}`);
  }
  return out;
}

/** `codeHeader`: the code column's header where it is not "STT" (the criteria sheet's "Mã"). */
export type UnoOp = (
  | { op: 'unprotect' }
  | { op: 'insert_row_values'; header: string; before: string; values: (string | number | null)[] }
  | { op: 'type_scores'; header: string; scores: Record<string, number | string> }
  | { op: 'sort_rows'; header: string; from: string; to: string; byColumn: number; descending?: boolean }
  | { op: 'insert_rows'; header: string; before: string; count: number }
  | { op: 'rename'; header: string; to: string }
  | { op: 'locate'; header: string }
  | { op: 'keep_only'; header: string }
) & { codeHeader?: string };

export interface UnoJob {
  input: string;
  output: string;
  ops: UnoOp[];
  /** LibreOffice's export filter; the default saves as .xlsx. */
  filter?: string;
  /** Saves with a password to open (an encrypted file). */
  password?: string;
}

let pipeCount = 0;

/** Opens a workbook in LibreOffice, makes the edits a user would make, saves it; returns each op's result. */
export function unoEdit(job: UnoJob): unknown[] {
  const dir = tempDir('uno');
  const jobFile = path.join(dir, 'job.json');
  const pipe = `parindex_${process.pid}_${++pipeCount}_${Date.now()}`;
  const profile = makeProfile(false);
  writeFileSync(jobFile, JSON.stringify({ soffice: onPath('soffice'), profile, pipe, ...job }));
  const run = spawnSync(PYTHON, [UNO_SCRIPT, jobFile], { encoding: 'utf8', timeout: 180_000 });
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`uno_edit.py failed (${run.status}): ${run.stderr}${run.stdout}`);
  const lines = run.stdout.trim().split('\n');
  return (JSON.parse(lines[lines.length - 1]) as { results: unknown[] }).results;
}

/** Every page of a PDF as PNG files (pdftoppm), returned in page order. */
export function pdfToPng(pdf: string, prefix: string, dpi = 70): string[] {
  const run = spawnSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`pdftoppm failed (${run.status}): ${run.stderr}`);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { InputError, OutputError } from './errors';

function errnoOf(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
    ? (err as { code: string }).code
    : String(err);
}

/** The file's bytes, or an InputError naming the file and what to do. */
export function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = errnoOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('inputNotFound', { file });
    if (code === 'EISDIR') throw new InputError('inputIsDirectory', { file });
    throw new InputError('inputUnreadable', { file, reason: code });
  }
}

/** The canonical spelling of a path whose file may not exist yet: its folder resolved, links followed. */
function canonical(file: string): string {
  const abs = path.resolve(file);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Same file however spelt: "./t.xlsx", "dir/../t.xlsx", a symbolic or hard link, another letter case. */
export function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // One of them does not exist, so they cannot be one file.
    return false;
  }
}

/**
 * Refuses an output that would overwrite the input or cannot be written, before any work is done, so a
 * refused run leaves nothing behind. An existing file (say a template staff have typed scores into) is
 * replaced only with `--force`.
 */
export function checkOutput(
  output: string,
  input: string | undefined,
  force: boolean,
  /** The kind of file written; a caller writing another kind checks the extension itself. */
  kind: 'xlsx' | 'other' = 'xlsx',
): void {
  if (input !== undefined && sameFile(input, output)) throw new OutputError('sameAsInput', { file: output });
  let isDir = false;
  try {
    isDir = statSync(output).isDirectory();
  } catch {
    isDir = false;
  }
  if (isDir) throw new OutputError('outputIsDirectory', { file: output });
  if (!force && exists(output)) throw new OutputError('outputExists', { file: output });
  if (kind === 'xlsx' && path.extname(output).toLowerCase() !== '.xlsx')
    throw new OutputError('outputNotXlsx', { file: output });
  const dir = path.dirname(path.resolve(output));
  let dirOk = false;
  try {
    dirOk = statSync(dir).isDirectory();
  } catch {
    dirOk = false;
  }
  if (!dirOk) throw new OutputError('outputDirMissing', { file: output, dir });
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new OutputError('outputDirNotWritable', { file: output, dir });
  }
}

/** Whether anything, even a dangling link, is at that path. */
function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes beside the target and renames over it: a reader never sees half a workbook, a failure leaves none.
 * Without `force`, a file that appeared at the target while the workbook was being built is not replaced.
 */
export function writeAtomic(output: string, bytes: Uint8Array, force: boolean): void {
  const dir = path.dirname(path.resolve(output));
  const temp = path.join(
    dir,
    `.${path.basename(output)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o666);
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (!force && exists(output)) throw new OutputError('outputExists', { file: output });
    renameSync(temp, output);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created, or is gone already: nothing to clean.
    }
    if (err instanceof OutputError) throw err;
    const code = errnoOf(err);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new OutputError('outputDirNotWritable', { file: output, dir });
    }
    throw new OutputError('writeFailed', { file: output, reason: code });
  }
}

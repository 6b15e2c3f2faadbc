/**
 * Looks inside an untrusted .xlsx before any parser does: files come from a hundred offices, and some are
 * damaged, some are not workbooks at all, some are hostile. Pure bytes in, a verdict out: no file system,
 * no Node-only module, so the web page can use it too.
 */
import { Inflate, inflateSync } from 'fflate';

/** Why a zip is refused; the catalogues turn each into advice (src/i18n/guard.ts). */
export type GuardFault = 'wordDocument' | 'tooLarge' | 'entities' | 'unsafePath' | 'damaged' | 'encrypted';

export interface GuardLimits {
  /** Largest inflated part (a sheet's XML), in bytes. */
  partBytes: number;
  /** Largest inflated total of all parts, in bytes. */
  totalBytes: number;
  /** Most parts a workbook may have. */
  parts: number;
}

/** A commune's workbook is well under 1 MB of XML; 100 MB of it is never a scoring sheet. */
export const DEFAULT_LIMITS: GuardLimits = {
  partBytes: 100 * 1024 * 1024,
  totalBytes: 100 * 1024 * 1024,
  parts: 10_000,
};

export class GuardError extends Error {
  constructor(
    readonly fault: GuardFault,
    readonly detail = '',
  ) {
    super(`Refused workbook (${fault})${detail ? `: ${detail}` : ''}`);
    this.name = 'GuardError';
  }
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const ENCRYPTED_FLAG = 0x1;
/** Zip64 marks a size or offset that did not fit in 32 bits: never needed by a workbook filled by hand. */
const ZIP64 = 0xffffffff;
/** Compressed input fed to the inflater at a time: each step yields at most a few MB, so a cap stops early. */
const STEP = 4096;
/** Deflate never expands input more than 1032 times: below this, a part is inflated in one go, safely. */
const MAX_RATIO = 1032;
const ONE_GO_BYTES = 16 * 1024 * 1024;

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  dataAt: number;
}

function findEnd(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 65557); i--) {
    if (view.getUint32(i, true) === END) return i;
  }
  return -1;
}

/** The central directory, every offset checked against the file's length; null when it is not a zip. */
function entriesOf(bytes: Uint8Array, limits: GuardLimits): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return null;
  const end = findEnd(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  if (count > limits.parts) throw new GuardError('tooLarge', `${count} parts`);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new GuardError('damaged', 'directory');
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (at + 46 + nameLen > end) throw new GuardError('damaged', 'directory');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    if (compressed === ZIP64 || size === ZIP64 || local === ZIP64) throw new GuardError('tooLarge', name);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      throw new GuardError('damaged', `${name}: local header`);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataAt + compressed > bytes.length) throw new GuardError('damaged', `${name}: runs past the end`);
    entries.push({
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressed,
      size,
      dataAt,
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** A part name that could land outside the package when unpacked: "..", absolute, a drive, a backslash. */
export function unsafeName(name: string): boolean {
  if (name.length === 0 || name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split('/').some((segment) => segment === '..');
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
/** Markup that defines entities: the door to "billion laughs" and to reading files outside the package. */
const FORBIDDEN = [ascii('<!DOCTYPE'), ascii('<!ENTITY')];
const OVERLAP = 16;

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (
    let i = hay.indexOf(first);
    i >= 0 && i <= hay.length - needle.length;
    i = hay.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Scans text as it streams past, carrying a little of each chunk so a marker split across two is found. */
class MarkupScanner {
  private tail = new Uint8Array(0);

  push(chunk: Uint8Array): boolean {
    const joined = new Uint8Array(this.tail.length + chunk.length);
    joined.set(this.tail);
    joined.set(chunk, this.tail.length);
    this.tail = joined.slice(Math.max(0, joined.length - OVERLAP));
    return FORBIDDEN.some((marker) => contains(joined, marker));
  }
}

/** Parts an XML parser will read: their markup is checked; pictures and the like are only counted. */
const isXml = (name: string) => /\.(xml|rels|vml)$/i.test(name);

/**
 * Inflates one part through a counter that stops at the caps, scanning XML as it goes. Nothing is kept:
 * memory stays at one step's output, whatever the part claims or holds.
 */
function inflatePart(bytes: Uint8Array, e: ZipEntry, limits: GuardLimits, spent: number): number {
  const data = bytes.subarray(e.dataAt, e.dataAt + e.compressed);
  const scanner = isXml(e.name) ? new MarkupScanner() : null;
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    // Past its declared size a part is lying about itself, the mark of a zip bomb: stop at once.
    if (size > e.size || size > limits.partBytes || spent + size > limits.totalBytes)
      throw new GuardError('tooLarge', e.name);
    if (scanner?.push(chunk)) throw new GuardError('entities', e.name);
  };
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += STEP * 16) take(data.subarray(i, i + STEP * 16));
  } else if (e.method === 8 && data.length * MAX_RATIO <= ONE_GO_BYTES) {
    // Small parts, nearly all of a workbook: one call, bounded by the ratio, several times faster than a stream.
    let raw: Uint8Array;
    try {
      raw = inflateSync(data);
    } catch (err) {
      throw new GuardError('damaged', `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    take(raw);
  } else if (e.method === 8) {
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      take(chunk);
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < data.length; i += STEP)
        inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof GuardError) throw err;
      throw new GuardError('damaged', `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!ended && data.length > 0) throw new GuardError('damaged', `${e.name}: cut short`);
  } else {
    throw new GuardError('damaged', `${e.name}: compression method ${e.method}`);
  }
  // Short of its declared size: cut or damaged.
  if (size !== e.size) throw new GuardError('damaged', `${e.name}: ${size} bytes, ${e.size} declared`);
  return size;
}

/**
 * Throws GuardError when a zip must not reach a workbook parser; returns quietly for a zip that looks like
 * an honest .xlsx, and for bytes that are not a zip at all (the caller's sniffing names those).
 */
export function guardZip(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): void {
  const entries = entriesOf(bytes, limits);
  if (!entries) return;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml') && names.has('word/document.xml')) throw new GuardError('wordDocument');
  let declared = 0;
  for (const e of entries) {
    if (unsafeName(e.name)) throw new GuardError('unsafePath', e.name);
    if (e.flags & ENCRYPTED_FLAG) throw new GuardError('encrypted', e.name);
    // Sizes the archive declares refuse an honest bomb before a byte is inflated.
    declared += e.size;
    if (e.size > limits.partBytes || declared > limits.totalBytes) throw new GuardError('tooLarge', e.name);
  }
  let spent = 0;
  for (const e of entries) spent += inflatePart(bytes, e, limits, spent);
}

/** The verdict as data: the fault, or null when the bytes may go on to the parser. */
export function guardFault(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): GuardFault | null {
  try {
    guardZip(bytes, limits);
    return null;
  } catch (err) {
    if (err instanceof GuardError) return err.fault;
    throw err;
  }
}

/**
 * Broken and hostile files, as a province receives them from a hundred offices: empty, an old .xls or an
 * encrypted workbook (both Compound File Binary), a Word document renamed, a damaged or cut zip, a zip bomb
 * (honest or lying about its size), XML with entity definitions, a part whose path climbs out.
 */
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { Deflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function cfb(streamName: string | null): Uint8Array {
  const out = new Uint8Array(4096);
  out.set(CFB);
  if (streamName) {
    const utf16 = Uint8Array.from([...streamName].flatMap((ch) => [ch.charCodeAt(0), 0]));
    out.set(utf16, 1024);
  }
  return out;
}

/** A renamed .xls: a compound file with a "Workbook" stream. */
export const legacyXls = (): Uint8Array => cfb('Workbook');
/** What Office makes of an .xlsx saved with a password: a compound file with an EncryptionInfo stream. */
export const encrypted = (): Uint8Array => cfb('EncryptionInfo');

export function wordDocument(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8('<?xml version="1.0"?><w:document/>'),
  });
}

/** The central directory's bytes flipped in the middle of a part: the archive no longer inflates. */
export function damaged(workbook: Uint8Array): Uint8Array {
  const out = workbook.slice();
  // The sheet is the largest part: its compressed bytes sit well inside the first two thirds of the file.
  const from = Math.floor(out.length * 0.3);
  for (let i = from; i < from + 200; i++) out[i] ^= 0x5a;
  return out;
}

export const truncated = (workbook: Uint8Array): Uint8Array =>
  workbook.slice(0, Math.floor(workbook.length / 2));

interface RawEntry {
  name: string;
  /** Deflated (method 8) bytes. */
  data: Uint8Array;
  /** The inflated size the archive declares. */
  size: number;
}

/** A zip whose sizes are whatever the caller says, true or not. CRCs are left 0: no reader gets that far. */
function zipRaw(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, 8, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const deflate = (bytes: Uint8Array) => {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (chunk) => parts.push(chunk));
  d.push(bytes, true);
  return concat(parts);
};

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * `mb` megabytes of blank XML text, deflated without ever being held: one megabyte deflated on its own and
 * sync-flushed (it refers to nothing before it), repeated, then an empty final block.
 */
function blankSheet(mb: number): Uint8Array {
  const head = deflateRawSync(strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>'), {
    finishFlush: zlibConstants.Z_SYNC_FLUSH,
  });
  const blank = deflateRawSync(new Uint8Array(1024 * 1024).fill(0x20), {
    level: 9,
    finishFlush: zlibConstants.Z_SYNC_FLUSH,
  });
  const tail = deflateRawSync(strToU8('</sheetData></worksheet>'));
  return concat([head, ...Array.from({ length: mb }, () => blank), tail]);
}

/** What blankSheet inflates to, in bytes. */
function blankSize(mb: number): number {
  return (
    strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData></sheetData></worksheet>').length +
    mb * 1024 * 1024
  );
}

/**
 * A workbook whose sheet inflates to `mb` megabytes. `lying`: the archive declares the sheet's true size of
 * a small sheet, so only inflating tells.
 */
export function zipBomb(workbook: Uint8Array, options: { mb: number; lying: boolean }): Uint8Array {
  const parts = unzipSync(workbook);
  const entries: RawEntry[] = Object.entries(parts).map(([name, data]) =>
    name === 'xl/worksheets/sheet1.xml'
      ? {
          name,
          data: blankSheet(options.mb),
          size: options.lying ? data.length : blankSize(options.mb),
        }
      : { name, data: deflate(data), size: data.length },
  );
  return zipRaw(entries);
}

/** The workbook with a DOCTYPE defining entities at the top of its sheet (a "billion laughs" opening). */
export function withEntities(workbook: Uint8Array): Uint8Array {
  const parts = unzipSync(workbook);
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
  const hostile = sheet.replace(
    '?>',
    '?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  );
  return zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(hostile) });
}

/** The workbook with one more part whose name climbs out of the package. */
export function withPath(workbook: Uint8Array, name: string): Uint8Array {
  return zipSync({ ...unzipSync(workbook), [name]: strToU8('x') });
}

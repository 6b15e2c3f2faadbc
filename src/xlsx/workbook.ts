import type { Buffer as ExcelBuffer, Workbook } from 'exceljs';
import { Workbook as WorkbookClass } from './exceljs';
import { guardFault, type GuardFault } from './guard';
import { ValidationNotes } from './repair';
import { repack } from './zip';

/** Why a file could not be opened as a workbook; the command line turns each into advice for the user. */
export type WorkbookFault =
  'empty' | 'notXlsx' | 'legacyXls' | 'encrypted' | 'truncated' | 'damaged' | GuardFault;

export class WorkbookFormatError extends Error {
  constructor(
    readonly fault: WorkbookFault,
    readonly detail = '',
  ) {
    super(`Not a readable .xlsx workbook (${fault})${detail ? `: ${detail}` : ''}`);
    this.name = 'WorkbookFormatError';
  }
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: legacy .xls, and also the envelope Office puts around an encrypted .xlsx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const utf16 = (s: string) => Uint8Array.from([...s].flatMap((ch) => [ch.charCodeAt(0), 0]));

/** Tells what a file is from its bytes, before any parser sees it; null when it looks like an .xlsx. */
export function sniffWorkbook(bytes: Uint8Array): WorkbookFault | null {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB)) {
    return indexOf(bytes, utf16('EncryptionInfo')) >= 0 ? 'encrypted' : 'legacyXls';
  }
  if (!startsWith(bytes, ZIP_LOCAL)) return bytes.length < 4 ? 'truncated' : 'notXlsx';
  // The zip's directory sits at its very end: a copy cut short has lost it.
  const tail = Math.max(0, bytes.length - 65557);
  let end = -1;
  for (let i = bytes.length - 22; i >= tail; i--) {
    if (startsWith(bytes, ZIP_END, i)) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'truncated';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dirSize = view.getUint32(end + 12, true);
  const dirOffset = view.getUint32(end + 16, true);
  if (dirOffset + dirSize > end) return 'truncated';
  // File names in the central directory are stored as they are: an .xlsx lists its workbook part there.
  if (indexOf(bytes.subarray(dirOffset, end), ascii('xl/workbook.xml')) < 0) return 'notXlsx';
  return null;
}

export function newWorkbook(): Workbook {
  const wb = new WorkbookClass();
  wb.creator = 'parindex';
  return wb;
}

/** Parts where exceljs reads xsd:boolean attributes only as "1"/"0", while LibreOffice writes "true"/"false". */
const BOOLEAN_PARTS = /^xl\/(workbook|styles)\.xml$|^xl\/worksheets\/[^/]+\.xml$/;

/**
 * "true"/"false" to "1"/"0" inside tags only (text never holds a "<"), so that exceljs keeps a LibreOffice
 * file's sheet protection, fit-to-page and the like when it writes the copy.
 */
export function normaliseBooleans(xml: string): string {
  if (!xml.includes('="true"') && !xml.includes('="false"')) return xml;
  return xml.replace(/<[^<>]+>/g, (tag) =>
    tag.replace(
      /(\s[\w:]+)="(true|false)"/g,
      (_, name: string, v: string) => `${name}="${v === 'true' ? '1' : '0'}"`,
    ),
  );
}

/** Opens .xlsx bytes, or throws WorkbookFormatError saying what the file is instead. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const sniffed = sniffWorkbook(bytes);
  // Untrusted bytes: a zip is looked inside (sizes, paths, entities) before exceljs ever sees it.
  const fault = sniffed === null || sniffed === 'notXlsx' ? (guardFault(bytes) ?? sniffed) : sniffed;
  if (fault) throw new WorkbookFormatError(fault);
  const wb = new WorkbookClass();
  const notes = new ValidationNotes();
  try {
    const normal = repack(bytes, {
      transform: {
        select: (name) => BOOLEAN_PARTS.test(name) || ValidationNotes.wants(name),
        text: (xml, name) => {
          notes.note(name, xml);
          return BOOLEAN_PARTS.test(name) ? normaliseBooleans(xml) : xml;
        },
      },
      compress: false,
    });
    // exceljs's typings want a Node Buffer of the older ArrayBuffer kind; the bytes are the same.
    await wb.xlsx.load(
      Buffer.from(normal.buffer, normal.byteOffset, normal.byteLength) as unknown as ExcelBuffer,
    );
  } catch (err) {
    throw new WorkbookFormatError('damaged', err instanceof Error ? err.message : String(err));
  }
  notes.repair(wb);
  return wb;
}

/**
 * The workbook as .xlsx bytes, marked to recalculate when opened: cached results are written only where the
 * engine knew them, so every program that can recalculate must.
 */
export async function workbookBytes(wb: Workbook): Promise<Buffer> {
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  // exceljs types its output as an ArrayBuffer; under Node it is a Buffer, a Uint8Array already.
  return repack(stored as unknown as Uint8Array, { compress: true });
}

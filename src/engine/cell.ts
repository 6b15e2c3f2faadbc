import type { CellReading, RawCell } from './types';

const NA_WORDS = new Set(['kad', 'không áp dụng', 'khong ap dung', 'n/a', 'na']);
const EXCEL_ERRORS =
  /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
// A score typed as text: "8,5", "8.5", " 7,997 ", "-1". No thousands separators: scores stay under 1,000.
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** What a score cell holds: a number, "not applicable", blank, or something that is not a score. */
export function readScoreCell(raw: RawCell): CellReading {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { kind: 'number', value: raw, fromText: false }
      : { kind: 'invalid', code: 'NOT_A_NUMBER', text: String(raw) };
  }
  if (typeof raw === 'boolean')
    return { kind: 'invalid', code: 'NOT_A_NUMBER', text: raw ? 'TRUE' : 'FALSE' };
  if (typeof raw === 'object') return { kind: 'invalid', code: 'CELL_ERROR', text: raw.error };

  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'blank' };
  if (NA_WORDS.has(text.toLocaleLowerCase('vi'))) return { kind: 'na' };
  if (EXCEL_ERRORS.test(text)) return { kind: 'invalid', code: 'CELL_ERROR', text };
  if (NUMBER_TEXT.test(text))
    return { kind: 'number', value: Number(text.replace(',', '.')), fromText: true };
  return { kind: 'invalid', code: 'NOT_A_NUMBER', text };
}

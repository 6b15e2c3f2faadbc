import { readScoreCell } from '../../src/engine/cell';
import type { CellReading, RawCell } from '../../src/engine/types';

const NFD = 'Không áp dụng'.normalize('NFD');

const number = (value: number, fromText: boolean): CellReading => ({ kind: 'number', value, fromText });
const blank: CellReading = { kind: 'blank' };
const na: CellReading = { kind: 'na' };
const cellError = (text: string): CellReading => ({ kind: 'invalid', code: 'CELL_ERROR', text });
const notANumber = (text: string): CellReading => ({ kind: 'invalid', code: 'NOT_A_NUMBER', text });

const CASES: Array<[label: string, raw: RawCell, expected: CellReading]> = [
  ['a number', 8, number(8, false)],
  ['a decimal number', 7.997, number(7.997, false)],
  ['zero', 0, number(0, false)],
  ['a negative number (judged later)', -1, number(-1, false)],
  ['text with a decimal comma', '8,5', number(8.5, true)],
  ['text with a decimal point', '8.5', number(8.5, true)],
  ['text with spaces around', ' 7,997 ', number(7.997, true)],
  ['text with non-breaking spaces', '\u00a08,5\u00a0', number(8.5, true)],
  ['text without a leading zero', ',5', number(0.5, true)],
  ['negative text', '-1', number(-1, true)],
  ['an empty string', '', blank],
  ['spaces only', '   ', blank],
  ['null', null, blank],
  ['undefined', undefined, blank],
  ['KAD', 'KAD', na],
  ['kad in lower case', 'kad', na],
  ['Không áp dụng', 'Không áp dụng', na],
  ['Không áp dụng in decomposed Unicode (NFD)', NFD, na],
  ['KHÔNG ÁP DỤNG in capitals', 'KHÔNG ÁP DỤNG', na],
  ['Không áp dụng without diacritics', 'Khong ap dung', na],
  ['N/A', 'N/A', na],
  ['#REF! typed as text', '#REF!', cellError('#REF!')],
  ['#VALUE!', '#VALUE!', cellError('#VALUE!')],
  ['#DIV/0!', '#DIV/0!', cellError('#DIV/0!')],
  ['#N/A', '#N/A', cellError('#N/A')],
  ['an error value object', { error: '#REF!' }, cellError('#REF!')],
  ['a boolean true', true, notANumber('TRUE')],
  ['a boolean false', false, notANumber('FALSE')],
  ['NaN', NaN, notANumber('NaN')],
  ['Infinity', Infinity, notANumber('Infinity')],
  ['words', 'abc', notANumber('abc')],
  ['a number with a unit', '8,5 điểm', notANumber('8,5 điểm')],
  ['a thousands-grouped number', '1.000,5', notANumber('1.000,5')],
];

describe('readScoreCell', () => {
  it.each(CASES)('%s', (_label, raw, expected) => {
    expect(readScoreCell(raw)).toEqual(expected);
  });

  it('the NFD form really differs from the NFC one (the test above is not vacuous)', () => {
    expect(NFD).not.toBe('Không áp dụng');
    expect(NFD.normalize('NFC')).toBe('Không áp dụng');
  });
});

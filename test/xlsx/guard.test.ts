/** Untrusted workbooks are looked inside before exceljs sees them; each fault is named, none stops the caller. */
import { builtInSet } from '../../src/sets';
import { guardFault, unsafeName, DEFAULT_LIMITS } from '../../src/xlsx/guard';
import { loadWorkbook, WorkbookFormatError, type WorkbookFault } from '../../src/xlsx/workbook';
import {
  damaged,
  encrypted,
  legacyXls,
  truncated,
  withEntities,
  withPath,
  wordDocument,
  zipBomb,
} from '../support/hostile';
import { makeCorpus, type Corpus } from '../support/rollup-corpus';

jest.setTimeout(60_000);

let corpus: Corpus;
beforeAll(async () => {
  corpus = await makeCorpus(builtInSet('dak-nong-xa-2023')!);
});

async function faultOf(bytes: Uint8Array): Promise<WorkbookFault | 'opened'> {
  try {
    await loadWorkbook(bytes);
    return 'opened';
  } catch (err) {
    if (err instanceof WorkbookFormatError) return err.fault;
    throw err;
  }
}

describe('loadWorkbook refuses what must not reach the parser', () => {
  it('opens an honest workbook', async () => {
    expect(await faultOf(corpus.template)).toBe('opened');
    expect(guardFault(corpus.template)).toBeNull();
  });

  it.each<[string, () => Uint8Array, WorkbookFault]>([
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['a renamed .xls', legacyXls, 'legacyXls'],
    ['a password-protected workbook', encrypted, 'encrypted'],
    ['a renamed Word document', wordDocument, 'wordDocument'],
    ['a workbook cut in half', () => truncated(corpus.template), 'truncated'],
    ['a damaged workbook', () => damaged(corpus.template), 'damaged'],
    ['XML with entity definitions', () => withEntities(corpus.template), 'entities'],
    ['a part named with ".."', () => withPath(corpus.template, '../../evil.txt'), 'unsafePath'],
    ['a part with an absolute path', () => withPath(corpus.template, '/etc/evil.txt'), 'unsafePath'],
    ['a sheet declared past 100 MB', () => zipBomb(corpus.template, { mb: 120, lying: false }), 'tooLarge'],
    [
      'a sheet inflating past 100 MB under a small declared size',
      () => zipBomb(corpus.template, { mb: 120, lying: true }),
      'tooLarge',
    ],
  ])('%s', async (_what, make, fault) => {
    expect(await faultOf(make())).toBe(fault);
  });

  it('a part under the caps passes; one inflating past what it declares is refused, under the caps or not', () => {
    const small = { ...DEFAULT_LIMITS, partBytes: 3 * 1024 * 1024, totalBytes: 3 * 1024 * 1024 };
    expect(guardFault(zipBomb(corpus.template, { mb: 2, lying: false }), small)).toBeNull();
    expect(guardFault(zipBomb(corpus.template, { mb: 4, lying: false }), small)).toBe('tooLarge');
    expect(guardFault(zipBomb(corpus.template, { mb: 2, lying: true }), small)).toBe('tooLarge');
  });

  it('a part that inflates to less than it declares is damaged', () => {
    const bytes = zipBomb(corpus.template, { mb: 1, lying: false });
    // The central directory's declared size of the sheet, one byte more than the truth.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const len = view.getUint16(i + 28, true);
      if (len === name.length && name.every((b, j) => bytes[i + 46 + j] === b)) {
        view.setUint32(i + 24, view.getUint32(i + 24, true) + 1, true);
        break;
      }
    }
    expect(guardFault(bytes)).toBe('damaged');
  });

  it('the whole package counts toward the total cap, not only one part', () => {
    const tight = { ...DEFAULT_LIMITS, totalBytes: 20_000 };
    expect(guardFault(corpus.template, tight)).toBe('tooLarge');
  });
});

describe('unsafeName', () => {
  it.each([
    ['xl/worksheets/sheet1.xml', false],
    ['[Content_Types].xml', false],
    ['xl/../../x', true],
    ['..', true],
    ['/abs', true],
    ['C:/Windows/x', true],
    ['xl\\x.xml', true],
    ['', true],
  ])('%s → %s', (name, unsafe) => {
    expect(unsafeName(name)).toBe(unsafe);
  });
});

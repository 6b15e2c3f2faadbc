/** The actions' texts: the same keys in Vietnamese and English, and none written inside the adapter's code. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { excelEn, excelVi } from '../../src/i18n/excel';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
}

describe('the actions’ catalogue', () => {
  it('has the same keys, and the same parameters, in both languages', () => {
    expect(shape(excelEn)).toEqual(shape(excelVi));
  });

  it('tells the user what to do for every error', () => {
    for (const [code, text] of Object.entries(excelVi.errors)) {
      const sample =
        typeof text === 'function'
          ? text({ id: 'x', list: 'x', detail: 'x', version: 'x', setVersion: 'x' })
          : text;
      expect([code, /Hãy|hãy/.test(sample)]).toEqual([code, true]);
    }
  });

  it('is where every Vietnamese text of src/excel lives', () => {
    const dir = path.join(__dirname, '../../src/excel');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(path.join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect([file, code.match(/[\u00C0-\u1EF9]/g) ?? []]).toEqual([file, []]);
    }
  });
});

/**
 * Many filled workbooks, fast: the template is rendered once, then each copy gets its scores written straight
 * into the sheet's XML (the empty entry cells swapped for cells with values) and is zipped again. For the
 * roll-up's tests and benchmark, where a thousand workbooks through exceljs would take minutes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { walk } from '../../src/engine/tree';
import type { CriteriaSet } from '../../src/engine/types';
import { templateResults } from '../../src/cli/results';
import { cellA1 } from '../../src/layout/a1';
import { readTemplate } from '../../src/layout/read';
import { templateSheet } from '../../src/layout/template';
import { renderSheet } from '../../src/xlsx/render';
import { gridsOf } from '../../src/xlsx/read';
import { loadWorkbook, newWorkbook, workbookBytes } from '../../src/xlsx/workbook';

export interface Leaf {
  code: string;
  max: number;
}

export interface FilledScores {
  /** Written on the unit line (A1); the placeholder stays when left out. */
  unit?: string;
  self: Record<string, number | string>;
  appraised?: Record<string, number | string>;
}

export interface Corpus {
  set: CriteriaSet;
  /** The criteria and sub-criteria that take a score, in sheet order. */
  leaves: Leaf[];
  template: Uint8Array;
  make(scores: FilledScores): Uint8Array;
}

const SHEET = 'xl/worksheets/sheet1.xml';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellXml(ref: string, style: string, value: number | string): string {
  return typeof value === 'number'
    ? `<c r="${ref}"${style}><v>${value}</v></c>`
    : `<c r="${ref}"${style} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

export async function makeCorpus(set: CriteriaSet): Promise<Corpus> {
  const spec = templateSheet(set, {});
  const wb = newWorkbook();
  await renderSheet(wb, spec, { results: templateResults(spec, set) });
  const template = new Uint8Array(await workbookBytes(wb));

  const read = readTemplate(gridsOf(await loadWorkbook(template))[0]);
  if (!read) throw new Error('the rendered template cannot be read back');
  const refOf = (at: { row: number; column: number } | undefined) => (at ? cellA1(at.row, at.column) : '');
  const selfRef = new Map(read.self.map((e) => [e.code, refOf(e.position)]));
  const appraisedRef = new Map(read.appraised.map((e) => [e.code, refOf(e.position)]));
  const maxOf = new Map(walk(set).map((n) => [n.code, n.max]));
  const leaves = read.self.map((e) => ({ code: e.code, max: maxOf.get(e.code) as number }));

  const parts = unzipSync(template);
  const xml = strFromU8(parts[SHEET]);
  // The sheet cut at every cell that may be written: the pieces between stay as they are.
  const wanted = new Set(['A1', ...selfRef.values(), ...appraisedRef.values()]);
  const pieces: string[] = [];
  const slots: { ref: string; style: string; original: string }[] = [];
  let at = 0;
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"( s="\d+")?( t="\w+")?(?:\/>|>.*?<\/c>)/g)) {
    if (!wanted.has(m[1])) continue;
    pieces.push(xml.slice(at, m.index));
    slots.push({ ref: m[1], style: m[2] ?? '', original: m[0] });
    at = (m.index ?? 0) + m[0].length;
  }
  pieces.push(xml.slice(at));

  const codeOfRef = new Map<string, { column: 'self' | 'appraised'; code: string }>();
  for (const [code, ref] of selfRef) codeOfRef.set(ref, { column: 'self', code });
  for (const [code, ref] of appraisedRef) codeOfRef.set(ref, { column: 'appraised', code });

  return {
    set,
    leaves,
    template,
    make(scores) {
      let out = '';
      slots.forEach((slot, i) => {
        out += pieces[i];
        if (slot.ref === 'A1') {
          out += scores.unit === undefined ? slot.original : cellXml('A1', slot.style, scores.unit);
          return;
        }
        const target = codeOfRef.get(slot.ref);
        const value = target ? scores[target.column]?.[target.code] : undefined;
        out += value === undefined ? slot.original : cellXml(slot.ref, slot.style, value);
      });
      out += pieces[pieces.length - 1];
      const files: Zippable = { ...parts, [SHEET]: strToU8(out) };
      return zipSync(files, { level: 1 });
    },
  };
}

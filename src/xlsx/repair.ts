/**
 * exceljs reads a data validation's bounds as numbers when its type is decimal, whole or date, so a bound
 * that is a formula ("$C8": the row's max) comes back NaN and would be written back as NaN. The raw parts
 * keep the formulas; after loading, the damaged bounds are put back.
 */
import type { DataValidation, Workbook, Worksheet } from 'exceljs';

interface RawValidation {
  sqref: string;
  formulae: string[];
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]);

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** Collects, while a workbook's parts go by, what is needed to repair it once exceljs has read it. */
export class ValidationNotes {
  private readonly bySheetPart = new Map<string, RawValidation[]>();
  private workbookXml = '';
  private relsXml = '';

  static wants(name: string): boolean {
    return (
      name === 'xl/workbook.xml' ||
      name === 'xl/_rels/workbook.xml.rels' ||
      /^xl\/worksheets\/[^/]+\.xml$/.test(name)
    );
  }

  note(name: string, xml: string): void {
    if (name === 'xl/workbook.xml') this.workbookXml = xml;
    else if (name === 'xl/_rels/workbook.xml.rels') this.relsXml = xml;
    else if (xml.includes('<dataValidation')) this.bySheetPart.set(name, rawValidations(xml));
  }

  /** Sheet name → its part, through the workbook's relationships. */
  private partsByName(): Map<string, string> {
    const targets = new Map<string, string>();
    for (const m of this.relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attr(m[0], 'Id');
      const target = attr(m[0], 'Target');
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    const out = new Map<string, string>();
    for (const m of this.workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
      const name = attr(m[0], 'name');
      const id = attr(m[0], 'r:id');
      const part = id ? targets.get(id) : undefined;
      if (name !== null && part) out.set(name, part);
    }
    return out;
  }

  repair(wb: Workbook): void {
    if (this.bySheetPart.size === 0) return;
    const parts = this.partsByName();
    for (const ws of wb.worksheets) {
      const raw = this.bySheetPart.get(parts.get(ws.name) ?? '');
      if (raw) repairSheet(ws, raw);
    }
  }
}

function rawValidations(xml: string): RawValidation[] {
  const out: RawValidation[] = [];
  for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
    const sqref = attr(m[0], 'sqref');
    if (!sqref) continue;
    const formulae = [...m[2].matchAll(/<formula[12]>([\s\S]*?)<\/formula[12]>/g)].map((f) =>
      unescapeXml(f[1]),
    );
    out.push({ sqref, formulae });
  }
  return out;
}

const broken = (f: unknown) =>
  (typeof f === 'number' && Number.isNaN(f)) || (f instanceof Date && Number.isNaN(f.getTime()));

function repairSheet(ws: Worksheet, raw: RawValidation[]): void {
  // exceljs keeps range validations in a model keyed by cell, one shared object per rule.
  const model = (ws as Worksheet & { dataValidations: { model: Record<string, DataValidation | undefined> } })
    .dataValidations.model;
  for (const v of raw) {
    const first = v.sqref.split(/\s+/)[0].split(':')[0];
    const rule = model[first];
    if (rule?.formulae?.some(broken)) rule.formulae = [...v.formulae];
  }
}

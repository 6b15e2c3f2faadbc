import { readPlanSheet, readTemplate, type PlanRead, type TemplateRead } from '../layout/read';
import type { RawCell } from '../engine/types';
import { vi } from '../i18n/vi';
import type { Scan, SheetContent } from './read';

export interface TemplateHit {
  content: SheetContent;
  read: TemplateRead;
}

export interface PlanHit {
  content: SheetContent;
  read: PlanRead;
  /** The year in the header "Mục tiêu năm <year>", when it is there. */
  planYear: number | null;
}

function inSheetOrder(scan: Scan, names: Iterable<string>): string[] {
  const set = new Set(names);
  return scan.sheetNames.filter((n) => set.has(n));
}

/** The scoring template among the sheets read: the named one, else the active one, else the latest year. */
export function findTemplate(scan: Scan): TemplateHit | null {
  const hits: TemplateHit[] = [];
  for (const name of inSheetOrder(scan, scan.contents.keys())) {
    const content = scan.contents.get(name) as SheetContent;
    const read = readTemplate(content.grid);
    if (read) hits.push({ content, read });
  }
  if (hits.length === 0) return null;
  const preferred = [scan.named.template, scan.activeName];
  for (const name of preferred) {
    const hit = hits.find((h) => h.content.name === name);
    if (hit) return hit;
  }
  return hits.reduce((best, h) => ((h.read.record?.year ?? 0) > (best.read.record?.year ?? 0) ? h : best));
}

/** Text as the readers compare it: NFC, single spaces, lower case. */
export const norm = (v: RawCell): string =>
  typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi') : '';

const withoutYear = (text: string) => norm(text).replace(/\s*0$/, '');

/** The workbook's own texts (from the catalogue) that carry a year, without it; and the record line's start. */
export const PLAN_TEXTS = {
  scoreHeader: withoutYear(vi.sheets.planHeaders(0, 0)[3]),
  targetHeader: withoutYear(vi.sheets.planHeaders(0, 0)[4]),
  summaryHeading: withoutYear(vi.sheets.summaryHeading(0)),
  recordPrefix: vi.sheets.recordLine('', '', 0).split(':')[0] + ':',
};

/** "Mục tiêu năm 2024" → 2024, for a header that is one of the plan's year-bearing headers. */
export function yearIn(text: RawCell, header: string): number | null {
  const t = norm(text);
  if (!t.startsWith(`${header} `)) return null;
  const year = t.slice(header.length + 1);
  return /^\d{4}$/.test(year) ? Number(year) : null;
}

function planYearOf(values: RawCell[] | undefined): number | null {
  for (const v of values ?? []) {
    const year = yearIn(v, PLAN_TEXTS.targetHeader);
    if (year !== null) return year;
  }
  return null;
}

export function findPlans(scan: Scan): PlanHit[] {
  const out: PlanHit[] = [];
  for (const name of inSheetOrder(scan, scan.contents.keys())) {
    const content = scan.contents.get(name) as SheetContent;
    const read = readPlanSheet(content.grid);
    if (read) out.push({ content, read, planYear: planYearOf(content.grid.values[read.headerRow]) });
  }
  return out;
}

/** The plan sheet an earlier run wrote for this template and plan year, if the user still has it. */
export function previousPlan(
  scan: Scan,
  template: TemplateHit,
  planYear: number,
  defaultName: string,
): PlanHit | null {
  const record = template.read.record;
  const matches = findPlans(scan).filter((p) => {
    if (p.planYear !== null && p.planYear !== planYear) return false;
    if (p.read.record && record)
      return p.read.record.setId === record.setId && p.read.record.year === record.year;
    return p.content.name === defaultName;
  });
  const preferred = [scan.named.plan, defaultName];
  for (const name of preferred) {
    const hit = matches.find((p) => p.content.name === name);
    if (hit) return hit;
  }
  return matches[0] ?? null;
}

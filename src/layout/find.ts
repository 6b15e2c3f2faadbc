import { vi } from '../i18n/vi';
import type { RawCell } from '../engine/types';
import { isSheetNameVariant, sameSheetName } from './names';
import { normText, readPlanSheet, type Grid, type PlanRead, type SheetRecord } from './read';

const withoutYear = (text: string) => normText(text).replace(/\s*0$/, '');

/** The workbook's own texts (from the catalogue) that carry a year, without it; and the record line's start. */
export const PLAN_TEXTS = {
  scoreHeader: withoutYear(vi.sheets.planHeaders(0, 0)[3]),
  targetHeader: withoutYear(vi.sheets.planHeaders(0, 0)[4]),
  summaryHeading: withoutYear(vi.sheets.summaryHeading(0)),
  recordPrefix: vi.sheets.recordLine('', '', 0).split(':')[0] + ':',
};

/** "Mục tiêu năm 2024" → 2024, for a header that is one of the plan's year-bearing headers. */
export function yearIn(text: RawCell, header: string): number | null {
  const t = normText(text);
  if (!t.startsWith(`${header} `)) return null;
  const year = t.slice(header.length + 1);
  return /^\d{4}$/.test(year) ? Number(year) : null;
}

export interface PlanFound {
  grid: Grid;
  read: PlanRead;
  /** The year in the header "Mục tiêu năm <year>", when it is there. */
  planYear: number | null;
}

/** Every plan sheet among the grids, found by its header row, in the order given. */
export function findPlanSheets(grids: readonly Grid[]): PlanFound[] {
  const out: PlanFound[] = [];
  for (const grid of grids) {
    const read = readPlanSheet(grid);
    if (!read) continue;
    const header = grid.values[read.headerRow] ?? [];
    const planYear = header.map((v) => yearIn(v, PLAN_TEXTS.targetHeader)).find((y) => y !== null) ?? null;
    out.push({ grid, read, planYear });
  }
  return out;
}

export interface PreviousPlanQuery {
  planYear: number;
  /** The template's record line: an appendix that carries one too must name the same set and year. */
  record: SheetRecord | null;
  /** Sheet names that win over the appendix's own name, in order (such as the one a defined name points at). */
  prefer?: readonly (string | undefined)[];
  /** The appendix's own name; "Phụ lục KH <planYear>" unless given. */
  ownName?: string;
  /** A sheet never taken (the template's). */
  skip?: string;
}

/**
 * The appendix an earlier run wrote for this template and plan year, found by its header like the template is.
 * It must carry the plan year in its target header, and the template's set and year where both sheets have a
 * record line (without one, only a sheet under the appendix's own name is taken). A workbook that went
 * through a plan run before may hold that appendix and its "(bản cũ)" backup: a preferred name wins, then the
 * appendix's own name, then a sheet not named as a backup, then the first in the order given.
 */
export function previousPlan(grids: readonly Grid[], query: PreviousPlanQuery): PlanFound | null {
  const { planYear, record } = query;
  const ownName = query.ownName ?? vi.sheets.planName(planYear);
  const backupName = vi.sheets.backupName(planYear);
  const matches = findPlanSheets(
    grids.filter((g) => query.skip === undefined || g.sheet !== query.skip),
  ).filter((p) => {
    if (p.planYear !== planYear) return false;
    const own = p.read.record;
    if (own && record) return own.setId === record.setId && own.year === record.year;
    return sameSheetName(p.grid.sheet, ownName);
  });
  const names = [...(query.prefer ?? []), ownName].filter((n): n is string => n !== undefined);
  const rank = (p: PlanFound): number => {
    const i = names.findIndex((n) => sameSheetName(p.grid.sheet, n));
    if (i >= 0) return i;
    return names.length + (isSheetNameVariant(p.grid.sheet, backupName) ? 1 : 0);
  };
  let best: PlanFound | null = null;
  for (const p of matches) if (best === null || rank(p) < rank(best)) best = p;
  return best;
}

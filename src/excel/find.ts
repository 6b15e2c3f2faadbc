import { previousPlan as findPrevious } from '../layout/find';
import { readTemplate, type PlanRead, type TemplateRead } from '../layout/read';
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

export { normText as norm } from '../layout/read';
export { PLAN_TEXTS, yearIn } from '../layout/find';

/** The plan sheet an earlier run wrote for this template and plan year, if the user still has it. */
export function previousPlan(
  scan: Scan,
  template: TemplateHit,
  planYear: number,
  defaultName: string,
): PlanHit | null {
  const contents = inSheetOrder(scan, scan.contents.keys()).map((n) => scan.contents.get(n) as SheetContent);
  const found = findPrevious(
    contents.map((c) => c.grid),
    {
      planYear,
      record: template.read.record,
      prefer: [scan.named.plan],
      ownName: defaultName,
      skip: template.content.name,
    },
  );
  const content = contents.find((c) => c.grid === found?.grid);
  return found && content ? { content, read: found.read, planYear: found.planYear } : null;
}

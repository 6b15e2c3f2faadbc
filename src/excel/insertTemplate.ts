import { vi } from '../i18n/vi';
import { rangeA1 } from '../layout/a1';
import { readTemplate } from '../layout/read';
import type { SheetSpec } from '../layout/spec';
import { templateSheet } from '../layout/template';
import { freeSheetName, pointRoleName, runAction } from './common';
import { message } from './errors';
import { norm } from './find';
import type { ActionEnv } from './host';
import { sheetNamed, scanWorkbook, type SheetContent } from './read';
import { clearSheetSteps, fitSteps, queueSteps, renderSheet } from './render';
import { AddinError, type InsertTemplateOptions, type InsertTemplateResult } from './types';

/**
 * Whether a sheet holds anything a person typed that rendering the template again would destroy: scores,
 * evidence and notes, rows they added, a unit name other than the one about to be written, or — on a sheet
 * that is not a template at all — any content.
 */
export function holdsUserData(content: SheetContent, spec: SheetSpec): boolean {
  if (content.block === null) return false;
  const read = readTemplate(content.grid);
  if (!read) return true;
  const { values } = content.grid;
  const structural = new Set([read.columns.code, read.columns.name, read.columns.max]);
  const codeRows = new Set(read.rows.map((r) => r.row));
  const totalText = norm(vi.sheets.total);
  for (let r = read.headerRow + 1; r < values.length; r++) {
    const line = values[r] ?? [];
    if (!codeRows.has(r) && line.some((v) => norm(v) === totalText)) continue;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (v === null || v === undefined || v === '') continue;
      if (codeRows.has(r) && structural.has(c)) continue;
      return true;
    }
  }
  const unit = content.grid.values[0]?.[0];
  const written = spec.cells[0][0];
  return (
    typeof unit === 'string' &&
    read.unitName !== '' &&
    norm(unit) !== norm(typeof written === 'string' ? written : null)
  );
}

export async function insertTemplateAction(
  env: ActionEnv,
  options: InsertTemplateOptions,
): Promise<InsertTemplateResult> {
  const set = env.findSet(options.setId);
  if (!set) throw new AddinError('UNKNOWN_SET', message('errors', 'UNKNOWN_SET', { id: options.setId }));
  const name = options.sheetName ?? vi.sheets.templateName(options.year);
  const spec = templateSheet(set, { year: options.year, unitName: options.unitName, sheetName: name });

  return runAction(env, async (context, f) => {
    const scan = await scanWorkbook(
      context,
      f,
      {
        roles: [],
        probe: ['template'],
        alsoRead: [name],
        more: (s) => (sheetNamed(s, name) !== undefined ? [name] : []),
      },
      env.memory,
    );
    const existing = sheetNamed(scan, name);
    const content = existing === undefined ? undefined : scan.contents.get(existing);
    if (content && holdsUserData(content, spec)) {
      const suggestedName = freeSheetName(scan.sheetNames, name);
      return {
        inserted: false,
        sheetName: content.name,
        conflict: { sheetName: content.name, suggestedName },
        skipped: [],
        message: message('results', 'conflict', { sheet: content.name, suggested: suggestedName }),
      };
    }

    const sheets = context.workbook.worksheets;
    const sheet = content ? sheets.getItem(content.name) : sheets.add(name);
    if (f.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    let skipped: InsertTemplateResult['skipped'] = [];
    const groups = fitSteps((maxBlockBytes) => {
      const rendered = renderSheet(sheet, spec, f, { maxBlockBytes });
      skipped = rendered.skipped;
      return [...(content ? clearSheetSteps(sheet, f, content.protected) : []), ...rendered.steps];
    });
    await queueSteps(context, groups);
    const block = { row: 0, col: 0, rows: spec.cells.length, cols: spec.cells[0].length };
    pointRoleName(context, f, 'template', scan.nameExists.template, sheet.getRange(rangeA1(block)));
    if (!f.names) skipped = [...skipped, 'names'];
    sheet.activate();
    sheet.load('id');
    await context.sync();
    env.memory.ids.template = sheet.id;
    const sheetName = content?.name ?? name;
    return {
      inserted: true,
      sheetName,
      skipped,
      message: message('results', 'inserted', { sheet: sheetName }),
    };
  });
}

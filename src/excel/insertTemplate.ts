import { vi } from '../i18n/vi';
import { insertTemplate } from '../app';
import { rangeA1 } from '../layout/a1';
import type { SheetSpec } from '../layout/spec';
import { snapshotOfScan } from './app';
import { pointRoleName, runAction } from './common';
import { message } from './errors';
import type { ActionEnv } from './host';
import { sheetNamed, scanWorkbook } from './read';
import { clearSheetSteps, fitSteps, queueSteps, renderSheet } from './render';
import { AddinError, type InsertTemplateOptions, type InsertTemplateResult } from './types';

export async function insertTemplateAction(
  env: ActionEnv,
  options: InsertTemplateOptions,
): Promise<InsertTemplateResult> {
  const set = env.findSet(options.setId);
  if (!set) throw new AddinError('UNKNOWN_SET', message('errors', 'UNKNOWN_SET', { id: options.setId }));
  const name = options.sheetName ?? vi.sheets.templateName(options.year);
  let written: SheetSpec | undefined;

  const result = await runAction(env, async (context, f): Promise<InsertTemplateResult> => {
    const scan = await scanWorkbook(
      context,
      f,
      {
        roles: ['template'],
        probe: ['template'],
        alsoRead: [name],
        more: (s) => (sheetNamed(s, name) !== undefined ? [name] : []),
      },
      env.memory,
    );
    const outcome = insertTemplate(snapshotOfScan(scan), {
      set,
      year: options.year,
      unitName: options.unitName,
      sheetName: name,
    });
    if (!outcome.inserted) {
      const { sheetName, suggestedName } = outcome.conflict;
      return {
        inserted: false,
        sheetName,
        conflict: outcome.conflict,
        skipped: [],
        message: message('results', 'conflict', { sheet: sheetName, suggested: suggestedName }),
      };
    }
    const write = outcome.changes.sheets[0];
    const spec = write.spec;
    written = spec;
    const content = write.replace ? scan.contents.get(spec.name) : undefined;
    const sheets = context.workbook.worksheets;
    const sheet = write.replace ? sheets.getItem(spec.name) : sheets.add(spec.name);
    if (f.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    let skipped: InsertTemplateResult['skipped'] = [];
    const groups = fitSteps((maxBlockBytes) => {
      const rendered = renderSheet(sheet, spec, f, { maxBlockBytes });
      skipped = rendered.skipped;
      return [
        ...(write.replace ? clearSheetSteps(sheet, f, content?.protected ?? false) : []),
        ...rendered.steps,
      ];
    });
    await queueSteps(context, groups);
    const block = { row: 0, col: 0, rows: spec.cells.length, cols: spec.cells[0].length };
    const filled = outcome.keptTemplate;
    if (filled === null) {
      pointRoleName(context, f, 'template', scan.nameExists.template, sheet.getRange(rangeA1(block)));
    }
    if (!f.names) skipped = [...skipped, 'names'];
    // Below ExcelApi 1.4 a new session looks at the active sheet first: it stays on the filled template.
    if (filled === null || f.names) sheet.activate();
    sheet.load('id');
    await context.sync();
    if (filled === null) env.memory.ids.template = sheet.id;
    const sheetName = outcome.sheetName;
    return {
      inserted: true,
      sheetName,
      skipped,
      message:
        filled === null
          ? message('results', 'inserted', { sheet: sheetName })
          : message('results', 'insertedBeside', { sheet: sheetName, checked: filled }),
    };
  });
  if (!result.inserted || !written || !result.skipped.includes('columnWidths')) return result;
  // ExcelApi 1.1 (Office 2016): widths through the Common API instead, loaded only there.
  const { widenAfterInsert } = await import(/* webpackChunkName: "o2016" */ './o2016Widths');
  return widenAfterInsert(env, result, written);
}

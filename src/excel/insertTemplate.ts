import { vi } from '../i18n/vi';
import { rangeA1 } from '../layout/a1';
import { normaliseCode } from '../engine/merge';
import { readTemplate, type TemplateRead } from '../layout/read';
import { isFormula, type SheetSpec } from '../layout/spec';
import { TEMPLATE_COLUMNS, templateSheet } from '../layout/template';
import { freeSheetName, pointRoleName, runAction } from './common';
import { message } from './errors';
import { norm } from './find';
import type { ActionEnv } from './host';
import { sheetNamed, scanWorkbook, type Scan, type SheetContent } from './read';
import { clearSheetSteps, fitSteps, queueSteps, renderSheet } from './render';
import { AddinError, type InsertTemplateOptions, type InsertTemplateResult } from './types';

/** A formula as compared: no leading "=", no spaces, one case. */
function formulaKey(formula: string): string {
  return formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

/** The same formula with its row numbers left out: the template's sums after the user inserted rows. */
function formulaShape(formula: string): string {
  return formulaKey(formula).replace(/(\$?[A-Z]{1,3}\$?)\d+/g, '$1#');
}

/**
 * The template's own formulas, by the code of their row (the total row under ''), by sheet column: what the
 * template about to be written puts in its score columns.
 */
function ownFormulas(spec: SheetSpec, read: TemplateRead): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  const specCols: [number, number][] = [
    [TEMPLATE_COLUMNS.max, read.columns.max],
    [TEMPLATE_COLUMNS.self, read.columns.self],
    [TEMPLATE_COLUMNS.appraised, read.columns.appraised],
  ];
  for (let r = spec.headerRow + 1; r < spec.cells.length; r++) {
    const line = spec.cells[r];
    const code = line[TEMPLATE_COLUMNS.code];
    const key = r === spec.dataRows.last ? '' : typeof code === 'string' ? normaliseCode(code) : null;
    if (key === null) continue;
    const byCol = new Map<number, string>();
    for (const [specCol, sheetCol] of specCols) {
      const cell = line[specCol];
      if (sheetCol >= 0 && isFormula(cell)) byCol.set(sheetCol, cell.formula);
    }
    out.set(key, byCol);
  }
  return out;
}

/**
 * Whether a sheet holds anything a person typed that rendering the template again would destroy: scores,
 * evidence and notes (typed, or a formula that is not the template's own at that cell), rows they added, a
 * unit name other than the one about to be written, or — on a sheet that is not a template at all — any
 * content.
 */
export function holdsUserData(content: SheetContent, spec: SheetSpec): boolean {
  if (content.block === null) return false;
  const read = readTemplate(content.grid);
  if (!read) return true;
  const { values } = content.grid;
  const formulas = content.grid.formulas ?? [];
  const structural = new Set([read.columns.code, read.columns.name, read.columns.max]);
  const codeOfRow = new Map(read.rows.map((r) => [r.row, r.code]));
  const own = ownFormulas(spec, read);
  // Rows inserted or deleted since: Excel moved the sums' references with them.
  const specRowOf = new Map<string, number>();
  spec.cells.forEach((line, r) => {
    const code = line[TEMPLATE_COLUMNS.code];
    if (r > spec.headerRow && typeof code === 'string') specRowOf.set(normaliseCode(code), r);
  });
  const shifted = read.rows.some((r) => specRowOf.get(r.code) !== r.row);
  const totalText = norm(vi.sheets.total);
  for (let r = read.headerRow + 1; r < Math.max(values.length, formulas.length); r++) {
    const line = values[r] ?? [];
    const fxLine = formulas[r] ?? [];
    const code = codeOfRow.get(r);
    const isTotal = code === undefined && line.some((v) => norm(v) === totalText);
    const expected = own.get(isTotal ? '' : (code ?? '\u0000'));
    for (let c = 0; c < Math.max(line.length, fxLine.length); c++) {
      const fx = fxLine[c];
      if (typeof fx === 'string' && fx !== '') {
        if (code !== undefined && structural.has(c)) continue;
        const mine = expected?.get(c);
        const isOwn =
          mine !== undefined &&
          (formulaKey(fx) === formulaKey(mine) || (shifted && formulaShape(fx) === formulaShape(mine)));
        if (!isOwn) return true;
        continue;
      }
      if (isTotal) continue;
      const v = line[c];
      if (v === null || v === undefined || v === '') continue;
      if (code !== undefined && structural.has(c)) continue;
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

/**
 * The template Check and Plan use now (the one the name points at; below ExcelApi 1.4 the one this session
 * remembers, or the active sheet), when it is another sheet than `target` and holds entries: it keeps that
 * role when a template is inserted beside it.
 */
function filledTemplateElsewhere(scan: Scan, spec: SheetSpec, target: string): string | null {
  const current = scan.named.template ?? scan.activeName;
  if (current.toLocaleLowerCase() === target.toLocaleLowerCase()) return null;
  const content = scan.contents.get(current);
  if (!content || !readTemplate(content.grid)) return null;
  return holdsUserData(content, spec) ? content.name : null;
}

export async function insertTemplateAction(
  env: ActionEnv,
  options: InsertTemplateOptions,
): Promise<InsertTemplateResult> {
  const set = env.findSet(options.setId);
  if (!set) throw new AddinError('UNKNOWN_SET', message('errors', 'UNKNOWN_SET', { id: options.setId }));
  const name = options.sheetName ?? vi.sheets.templateName(options.year);
  const spec = templateSheet(set, { year: options.year, unitName: options.unitName, sheetName: name });

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
    const filled = filledTemplateElsewhere(scan, spec, content?.name ?? name);
    if (filled === null) {
      pointRoleName(context, f, 'template', scan.nameExists.template, sheet.getRange(rangeA1(block)));
    }
    if (!f.names) skipped = [...skipped, 'names'];
    // Below ExcelApi 1.4 a new session looks at the active sheet first: it stays on the filled template.
    if (filled === null || f.names) sheet.activate();
    sheet.load('id');
    await context.sync();
    if (filled === null) env.memory.ids.template = sheet.id;
    const sheetName = content?.name ?? name;
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
  if (!result.inserted || !result.skipped.includes('columnWidths')) return result;
  // ExcelApi 1.1 (Office 2016): widths through the Common API instead, loaded only there.
  const { widenAfterInsert } = await import(/* webpackChunkName: "o2016" */ './o2016Widths');
  return widenAfterInsert(env, result, spec);
}

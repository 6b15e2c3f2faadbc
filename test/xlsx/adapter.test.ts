/** The .xlsx adapter: a sheet specification rendered with exceljs, written, read back. */
import type { Workbook, Worksheet } from 'exceljs';
import { checkScores } from '../../src/engine/check';
import { buildPlan } from '../../src/engine/plan';
import { cellA1 } from '../../src/layout/a1';
import { planSheet } from '../../src/layout/plan-sheet';
import { readPlanSheet, readTemplate } from '../../src/layout/read';
import { isFormula, type SheetSpec } from '../../src/layout/spec';
import { COLORS, FONT } from '../../src/layout/styles';
import { TEMPLATE_COLUMNS, templateSheet } from '../../src/layout/template';
import { builtInSet } from '../../src/sets';
import { gridOf, gridsOf } from '../../src/xlsx/read';
import { renderSheet } from '../../src/xlsx/render';
import { loadWorkbook, newWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { readPart } from '../../src/xlsx/zip';
import { makeSet } from '../support/factories';
import { SEED_2023_SCORES, seedEntries } from '../support/seed';

const SET = builtInSet('dak-nong-xa-2023')!;

async function roundTrip(...specs: SheetSpec[]): Promise<Workbook> {
  const wb = newWorkbook();
  for (const spec of specs) await renderSheet(wb, spec);
  return loadWorkbook(await workbookBytes(wb));
}

function seedPlan() {
  const self = checkScores(SET, seedEntries());
  return buildPlan(SET, { self }, { assessmentYear: 2023, unitName: 'UBND xã Quảng Sơn' });
}

/** What a spec cell looks like once read back: formulas with "=", everything else as it was written. */
function expectedCell(cell: SheetSpec['cells'][number][number]) {
  return isFormula(cell) ? `=${cell.formula}` : cell;
}

describe('template round trip', () => {
  const spec = templateSheet(SET, { year: 2023, unitName: 'UBND xã Quảng Sơn' });
  let ws: Worksheet;
  let wb: Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const fresh = newWorkbook();
    await renderSheet(fresh, spec);
    bytes = await workbookBytes(fresh);
    wb = await loadWorkbook(bytes);
    ws = wb.getWorksheet(spec.name)!;
  });

  it('gives back every cell: values as written, formulas with a leading "="', () => {
    const grid = gridOf(ws);
    spec.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = isFormula(cell) ? grid.formulas?.[r]?.[c] : (grid.values[r]?.[c] ?? null);
        expect({ at: cellA1(r, c), got }).toEqual({ at: cellA1(r, c), got: expectedCell(cell) });
      }),
    );
  });

  it('reads back into the same record, codes and score cells', () => {
    const read = readTemplate(gridOf(ws))!;
    expect(read.record).toEqual({ setId: SET.id, version: SET.version, year: 2023 });
    expect(read.unitName).toBe('UBND xã Quảng Sơn');
    expect(read.headerRow).toBe(spec.headerRow);
    expect(read.duplicates).toEqual([]);
    const codes = spec.cells.slice(spec.dataRows.first, spec.dataRows.last).map((r) => r[0]);
    expect(read.rows.map((r) => r.code)).toEqual(codes);
    // Field rows are sums, not entries: only the 38 criteria are read as scores.
    expect(read.self.map((e) => e.code)).toEqual(Object.keys(SEED_2023_SCORES));
    expect(read.self[0]).toEqual({
      code: '1.1',
      raw: null,
      position: { sheet: 'Tự đánh giá 2023', row: 7, column: 3 },
    });
  });

  it('keeps codes as text, so "1.10" never becomes 1.1', () => {
    const cell = ws.getCell(cellA1(spec.dataRows.first + 1, TEMPLATE_COLUMNS.code));
    expect(cell.value).toBe('1.1');
    expect(cell.numFmt).toBe('@');
  });

  it('carries fonts, fills, borders, alignment and locking from the layout styles', () => {
    const header = ws.getCell(cellA1(spec.headerRow, 1));
    expect(header.font).toMatchObject({ name: FONT.name, size: FONT.size, bold: true });
    expect(header.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${COLORS.headerFill.slice(1)}` },
    });
    expect(header.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    const field = ws.getCell(cellA1(spec.dataRows.first, 1));
    expect(field.fill).toMatchObject({ fgColor: { argb: `FF${COLORS.fieldFill.slice(1)}` } });
    const entry = ws.getCell(cellA1(spec.dataRows.first + 1, TEMPLATE_COLUMNS.self));
    expect(entry.protection).toMatchObject({ locked: false });
    // A field's self-assessed cell is a sum: it stays locked.
    expect(ws.getCell(cellA1(spec.dataRows.first, TEMPLATE_COLUMNS.self)).protection?.locked).not.toBe(false);
  });

  it('keeps merges, widths, heights and the frozen header', () => {
    expect(ws.getCell('A2').isMerged).toBe(true);
    spec.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    for (const { row, height } of spec.rowHeights)
      expect(ws.getRow(row + 1).height).toBeGreaterThanOrEqual(height);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: spec.headerRow + 1, xSplit: 0 });
  });

  it('prints on A4 landscape, one page wide, with the header row repeated', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${spec.headerRow + 1}:${spec.headerRow + 1}`,
    });
  });

  it('is protected without a password, users still allowed to format, insert rows and sort', () => {
    const protection = (ws as Worksheet & { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatCells: true, insertRows: true, sort: true });
    expect(protection.hashValue).toBeUndefined();
  });

  it('validates scores between 0 and the row max, with a Vietnamese stop alert', () => {
    const model = (ws as Worksheet & { dataValidations: { model: Record<string, unknown> } }).dataValidations
      .model;
    const first = cellA1(spec.dataRows.first + 1, TEMPLATE_COLUMNS.self);
    expect(model[first]).toMatchObject({
      type: 'decimal',
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Điểm không hợp lệ',
      formulae: ['0', `$C${spec.dataRows.first + 1}`],
    });
    expect(readPart(bytes, 'xl/worksheets/sheet1.xml')).toContain('<formula2>$C7</formula2>');
  });

  it('marks scores below max with a live conditional format', () => {
    const cf = (
      ws as Worksheet & { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].rules[0].formulae[0]).toBe(spec.conditionalFormats[0].formula);
  });

  it('asks every program to recalculate on load', () => {
    expect(readPart(bytes, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('keeps validations whose bound is a formula when a workbook is read and written again', async () => {
    const again = await loadWorkbook(await workbookBytes(wb));
    const model = (
      again.worksheets[0] as Worksheet & {
        dataValidations: { model: Record<string, { formulae: unknown[] }> };
      }
    ).dataValidations.model;
    expect(model[cellA1(spec.dataRows.first + 1, TEMPLATE_COLUMNS.self)].formulae).toEqual([
      '0',
      `$C${spec.dataRows.first + 1}`,
    ]);
  });
});

describe('a set that allows "not applicable"', () => {
  it('validates with a custom rule that also accepts KAD', async () => {
    const set = makeSet({ fields: { '1': { criteria: { '1.1': 4, '1.2': { max: 6, naAllowed: true } } } } });
    const spec = templateSheet(set);
    const ws = (await roundTrip(spec)).worksheets[0];
    const model = (
      ws as Worksheet & { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    const rule = model[cellA1(spec.dataRows.first + 1, TEMPLATE_COLUMNS.self)];
    expect(rule.type).toBe('custom');
    expect(rule.formulae[0]).toContain('"KAD"');
  });
});

describe('plan round trip', () => {
  it('reads back the appendix rows with their tasks and units, and the Tổng row', async () => {
    const plan = seedPlan();
    const spec = planSheet(plan);
    const wb = await roundTrip(spec);
    const read = readPlanSheet(gridsOf(wb)[0])!;
    expect(read.rows.map((r) => r.code)).toEqual(plan.rows.map((r) => r.code));
    expect(read.rows.find((r) => r.code === '1.2')).toMatchObject({
      tasks: plan.rows.find((r) => r.code === '1.2')!.tasks,
      unit: 'CC Văn phòng - Thống kê',
      target: 2,
    });
    const grid = gridsOf(wb)[0];
    expect(grid.values[spec.dataRows.last][1]).toBe('Tổng');
  });

  it('writes cached results only where given', async () => {
    const plan = seedPlan();
    const spec = planSheet(plan);
    const fieldScore = cellA1(spec.dataRows.first, 3);
    const wb = newWorkbook();
    await renderSheet(wb, spec, { results: new Map([[fieldScore, 15]]) });
    const ws = (await loadWorkbook(await workbookBytes(wb))).worksheets[0];
    expect(ws.getCell(fieldScore).value).toEqual({ formula: 'SUM(D7:D13)', result: 15 });
    const other = ws.getCell(cellA1(spec.dataRows.first, 4)).value as { result?: unknown };
    expect(other.result).toBeUndefined();
  });

  it('gives wrapped rows the height their text needs', async () => {
    const plan = seedPlan();
    const spec = planSheet(plan);
    const ws = (await roundTrip(spec)).worksheets[0];
    const row = (code: string) => spec.dataRows.first + plan.rows.findIndex((r) => r.code === code) + 1;
    // 2.3 has four lines of tasks; 1.3 one short line.
    expect(ws.getRow(row('2.3')).height).toBeGreaterThan(ws.getRow(row('1.3')).height * 2.5);
  });
});

describe('reading cells as a spreadsheet shows them', () => {
  it('flattens rich text, keeps error values, turns dates into ISO text and leaves merged cells empty', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { richText: [{ text: '1.' }, { text: '1', font: { bold: true } }] };
    ws.getCell('B1').value = { error: '#REF!' };
    ws.getCell('C1').value = new Date(Date.UTC(2023, 4, 8));
    ws.getCell('D1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('E1').value = { text: '7,5', hyperlink: 'https://example.org' };
    ws.getCell('A2').value = 'gộp';
    ws.mergeCells('A2:C2');
    ws.getCell('A3').value = { formula: 'SUM(A4:A5)' };
    const grid = gridsOf(await loadWorkbook(await workbookBytes(wb)))[0];
    expect(grid.values[0]).toEqual(['1.1', { error: '#REF!' }, '2023-05-08', { error: '#DIV/0!' }, '7,5']);
    expect(grid.formulas?.[0][3]).toBe('=1/0');
    expect(grid.values[1]).toEqual(['gộp', null, null, null, null]);
    expect(grid.values[2][0]).toBeNull();
    expect(grid.formulas?.[2][0]).toBe('=SUM(A4:A5)');
  });

  it('resolves shared formulas to their own text', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('B1').value = 2;
    ws.getCell('A2').value = 3;
    ws.getCell('B2').value = 4;
    ws.fillFormula('C1:C2', 'A1+B1', [3, 7]);
    const grid = gridsOf(await loadWorkbook(await workbookBytes(wb)))[0];
    expect(grid.formulas?.[1][2]).toBe('=A2+B2');
    expect(grid.values[1][2]).toBe(7);
  });
});

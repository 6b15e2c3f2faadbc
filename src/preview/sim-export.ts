/**
 * The simulated workbook as an .xlsx file, written by the .xlsx adapter: each sheet's snapshot becomes a
 * SheetSpec and src/xlsx renders it. Formulas go without cached results, so a reader must recalculate them —
 * which is what lets LibreOffice check the formulas the Office.js adapter wrote.
 */
import type { CellRange } from '../layout/a1';
import { parseCellA1 } from '../layout/a1';
import type { CellStyle, SheetSpec, SpecCell, ValidationSpec } from '../layout/spec';
import { FONT } from '../layout/styles';
import { newWorkbook, renderSheet, workbookBytes } from '../xlsx';
import type { CellSnapshot, SheetSnapshot, SimulatedExcel } from '../sim';

function rangeOf(a1: string): CellRange {
  const [first, last = first] = a1.split(':');
  const a = parseCellA1(first);
  const b = parseCellA1(last);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

const H_ALIGN: Record<string, CellStyle['hAlign']> = { Left: 'left', Center: 'center', Right: 'right' };
const V_ALIGN: Record<string, CellStyle['vAlign']> = { Top: 'top', Center: 'center', Bottom: 'bottom' };

function styleOf(cell: CellSnapshot): CellStyle {
  const f = cell.format;
  const style: CellStyle = {
    font: { name: f.fontName, size: f.fontSize, bold: f.bold, italic: f.italic, color: f.fontColor },
    wrap: f.wrapText,
    locked: f.locked,
  };
  if (f.fill) style.fill = f.fill;
  if (f.numberFormat !== 'General') style.numberFormat = f.numberFormat;
  const h = H_ALIGN[f.horizontalAlignment];
  const v = V_ALIGN[f.verticalAlignment];
  if (h) style.hAlign = h;
  if (v) style.vAlign = v;
  const edges = Object.values(f.borders as Record<string, { style: string }>);
  if (edges.length > 0 && edges.every((e) => e.style !== 'None')) style.border = true;
  return style;
}

/** Excel's column width in points back to characters of the default font (the unit SheetSpec uses). */
function widthInChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function printTitleRows(text: string | null): { first: number; last: number } | undefined {
  const m = text ? /^\$?(\d+):\$?(\d+)$/.exec(text) : null;
  return m ? { first: Number(m[1]) - 1, last: Number(m[2]) - 1 } : undefined;
}

/** A sheet of the simulated workbook as a SheetSpec: values, formulas, formats, rules, print setup. */
export function snapshotToSpec(snap: SheetSnapshot): SheetSpec {
  const rows = Math.max(0, ...snap.cells.map((c) => c.row + 1));
  const cols = Math.max(0, ...snap.cells.map((c) => c.col + 1));
  const cells: SpecCell[][] = Array.from({ length: rows }, () => new Array<SpecCell>(cols).fill(null));
  const styles: SheetSpec['styles'] = [];
  const byRow = new Map<number, CellSnapshot[]>();
  for (const cell of snap.cells) {
    if (cell.formula) cells[cell.row][cell.col] = { formula: cell.formula.replace(/^=/, '') };
    else if (cell.value !== '') cells[cell.row][cell.col] = cell.value;
    byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  }
  // Neighbouring cells of a row that look the same share one style range.
  for (const [row, line] of byRow) {
    line.sort((a, b) => a.col - b.col);
    let start = 0;
    for (let i = 1; i <= line.length; i++) {
      const same =
        i < line.length &&
        line[i].col === line[i - 1].col + 1 &&
        JSON.stringify(styleOf(line[i])) === JSON.stringify(styleOf(line[start]));
      if (same) continue;
      styles.push({
        range: { row, col: line[start].col, rows: 1, cols: line[i - 1].col - line[start].col + 1 },
        style: styleOf(line[start]),
      });
      start = i;
    }
  }
  const widths = Array.from({ length: cols }, (_, c) =>
    widthInChars(snap.columnWidths[c] ?? snap.defaultColumnWidth),
  );
  const layout = snap.pageLayout;
  const allowed = (key: string) => snap.protection.options[key] === true;
  return {
    name: snap.name,
    role: 'template',
    cells,
    columnWidths: widths,
    rowHeights: Object.entries(snap.rowHeights).map(([row, height]) => ({ row: Number(row), height })),
    merges: snap.merges.map(rangeOf),
    styles,
    validations: snap.dataValidations.flatMap((dv): ValidationSpec[] => {
      const rule = dv.rule as {
        decimal?: { formula1: number; formula2: string };
        custom?: { formula: string };
      };
      const common = {
        range: rangeOf(dv.address),
        errorTitle: dv.errorAlert.title,
        errorMessage: dv.errorAlert.message,
      };
      if (rule.decimal)
        return [
          {
            ...common,
            rule: {
              kind: 'decimalBetween' as const,
              min: Number(rule.decimal.formula1),
              maxFormula: String(rule.decimal.formula2).replace(/^=/, ''),
            },
          },
        ];
      if (rule.custom)
        return [
          { ...common, rule: { kind: 'custom' as const, formula: rule.custom.formula.replace(/^=/, '') } },
        ];
      return [];
    }),
    conditionalFormats: snap.conditionalFormats.flatMap((cf) => {
      const formula = typeof cf.rule.formula === 'string' ? cf.rule.formula.replace(/^=/, '') : null;
      if (cf.type !== 'Custom' || formula === null || !cf.format.fill) return [];
      return cf.address.split(',').map((a) => ({
        range: rangeOf(a),
        formula,
        fill: cf.format.fill as string,
        ...(cf.format.fontColor && { fontColor: cf.format.fontColor }),
      }));
    }),
    freeze:
      snap.freezePanes.rows > 0 || snap.freezePanes.columns > 0
        ? { rows: snap.freezePanes.rows, cols: snap.freezePanes.columns }
        : null,
    print: {
      orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
      paper: 'A4',
      fitToWidth: layout.zoom.horizontalFitToPages ?? 1,
      fitToHeight: layout.zoom.verticalFitToPages ?? 0,
      titleRows: printTitleRows(layout.printTitleRows),
      // Office.js keeps margins in points; the specification in inches.
      margins: {
        left: layout.leftMargin / 72,
        right: layout.rightMargin / 72,
        top: layout.topMargin / 72,
        bottom: layout.bottomMargin / 72,
        header: layout.headerMargin / 72,
        footer: layout.footerMargin / 72,
      },
    },
    protect: snap.protection.protected,
    protection: {
      formatCells: allowed('allowFormatCells'),
      formatColumns: allowed('allowFormatColumns'),
      formatRows: allowed('allowFormatRows'),
      insertRows: allowed('allowInsertRows'),
      insertColumns: allowed('allowInsertColumns'),
      sort: allowed('allowSort'),
      autoFilter: allowed('allowAutoFilter'),
    },
    defaultFont: { ...FONT },
    headerRow: 0,
    dataRows: { first: 0, last: Math.max(0, rows - 1) },
  };
}

/** The whole simulated workbook as .xlsx bytes, sheets in workbook order. */
export async function exportSimulatedWorkbook(sim: SimulatedExcel): Promise<Buffer> {
  const workbook = newWorkbook();
  for (const name of sim.sheetNames())
    await renderSheet(workbook, snapshotToSpec(sim.getSheetSnapshot(name)));
  return workbookBytes(workbook);
}

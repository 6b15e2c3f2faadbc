import type { Alignment, Borders, DataValidation, Style, Workbook, Worksheet } from 'exceljs';
import { cellA1, rangeA1 } from '../layout/a1';
import { fitRowHeights } from './fit';
import { isFormula, type CellStyle, type SheetSpec, type ValidationSpec } from '../layout/spec';

/** Numbers the engine computed for formula cells, by A1 address on the rendered sheet. */
export type KnownResults = ReadonlyMap<string, number>;

export interface RenderOptions {
  /**
   * Cached results written with the formulas. Only numbers the engine knows belong here: a reader that does
   * not recalculate shows them, and a wrong one would be shown as truth. Cells not listed carry no result.
   */
  results?: KnownResults;
}

/** A4 in the OOXML paper-size table. */
const PAPER_A4 = 9;

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Later styles win property by property, fonts field by field: the spec's "applied in order". */
function mergeStyle(base: CellStyle | undefined, over: CellStyle): CellStyle {
  if (!base) return { ...over, font: over.font ? { ...over.font } : undefined };
  return { ...base, ...over, font: over.font ? { ...base.font, ...over.font } : base.font };
}

function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (style.font) {
    const f = style.font;
    out.font = {
      ...(f.name !== undefined && { name: f.name }),
      ...(f.size !== undefined && { size: f.size }),
      ...(f.bold !== undefined && { bold: f.bold }),
      ...(f.italic !== undefined && { italic: f.italic }),
      ...(f.color !== undefined && { color: { argb: argb(f.color) } }),
    };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  const alignment: Partial<Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign === 'center' ? 'middle' : style.vAlign;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border) out.border = THIN;
  if (style.locked !== undefined) out.protection = { locked: style.locked };
  return out;
}

/**
 * Each cell's style once the spec's styles are laid over each other. Cells are keyed by which styles cover
 * them, so a 5,000-row sheet resolves a handful of distinct looks rather than 35,000 merged objects.
 */
function resolveStyles(spec: SheetSpec): (row: number, col: number) => CellStyle | undefined {
  const applied = new Map<number, Map<number, string>>();
  spec.styles.forEach(({ range }, i) => {
    for (let r = range.row; r < range.row + range.rows; r++) {
      let row = applied.get(r);
      if (!row) applied.set(r, (row = new Map()));
      for (let c = range.col; c < range.col + range.cols; c++) {
        const key = row.get(c);
        row.set(c, key === undefined ? String(i) : `${key},${i}`);
      }
    }
  });
  const looks = new Map<string, CellStyle>();
  return (r, c) => {
    const key = applied.get(r)?.get(c);
    if (key === undefined) return undefined;
    let look = looks.get(key);
    if (!look) {
      look = key
        .split(',')
        .reduce<CellStyle | undefined>((acc, i) => mergeStyle(acc, spec.styles[Number(i)].style), undefined);
      looks.set(key, look as CellStyle);
    }
    return look;
  };
}

function validationOf(v: ValidationSpec): DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.errorMessage,
  };
  return v.rule.kind === 'decimalBetween'
    ? {
        ...common,
        type: 'decimal' as const,
        operator: 'between' as const,
        formulae: [v.rule.min, v.rule.maxFormula],
      }
    : { ...common, type: 'custom' as const, formulae: [v.rule.formula] };
}

const rowsA1 = (first: number, last: number) => `${first + 1}:${last + 1}`;

/** Renders one sheet specification as a new worksheet of `workbook`. */
export async function renderSheet(
  workbook: Workbook,
  spec: SheetSpec,
  options: RenderOptions = {},
): Promise<Worksheet> {
  const ws = workbook.addWorksheet(spec.name, {
    views: spec.freeze
      ? [
          {
            state: 'frozen',
            xSplit: spec.freeze.cols,
            ySplit: spec.freeze.rows,
            topLeftCell: cellA1(spec.freeze.rows, spec.freeze.cols),
            activeCell: cellA1(spec.freeze.rows, spec.freeze.cols),
          },
        ]
      : [],
  });

  spec.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });

  const styleAt = resolveStyles(spec);
  // One exceljs style object per distinct look, shared by every cell that has it.
  const looks = new Map<CellStyle, Partial<Style>>();
  const lookOf = (style: CellStyle): Partial<Style> => {
    let look = looks.get(style);
    if (!look) looks.set(style, (look = toExcelStyle(style)));
    return look;
  };
  const width = Math.max(
    spec.columnWidths.length,
    ...spec.cells.map((r) => r.length),
    ...spec.styles.map((s) => s.range.col + s.range.cols),
  );
  const height = Math.max(spec.cells.length, ...spec.styles.map((s) => s.range.row + s.range.rows));

  for (let r = 0; r < height; r++) {
    const values = spec.cells[r] ?? [];
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const value = values[c] ?? null;
      const style = styleAt(r, c);
      if (value === null && !style) continue;
      const cell = row.getCell(c + 1);
      if (isFormula(value)) {
        const known = options.results?.get(cellA1(r, c));
        cell.value =
          known === undefined ? { formula: value.formula } : { formula: value.formula, result: known };
      } else if (value !== null) {
        cell.value = value;
      }
      if (style) cell.style = lookOf(style);
    }
  }

  for (const m of spec.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  for (const { row, height: h } of spec.rowHeights) ws.getRow(row + 1).height = h;
  for (const [row, h] of fitRowHeights(spec, styleAt)) ws.getRow(row + 1).height = h;

  // exceljs has range validations (one sqref per rule) but leaves them out of its typings.
  const validations = (ws as Worksheet & { dataValidations: { add(ref: string, v: DataValidation): void } })
    .dataValidations;
  for (const v of spec.validations) validations.add(rangeA1(v.range), validationOf(v));

  spec.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: rangeA1(cf.range),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            // Differential formats take the fill colour as bgColor.
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor && { font: { color: { argb: argb(cf.fontColor) } } }),
          },
        },
      ],
    });
  });

  // Bars from 0 (not from the column's least value), so a small cut looks small.
  for (const [i, bar] of (spec.dataBars ?? []).entries()) {
    ws.addConditionalFormatting({
      ref: rangeA1(bar.range),
      rules: [
        {
          type: 'dataBar',
          priority: spec.conditionalFormats.length + i + 1,
          gradient: false,
          cfvo: [
            { type: 'num', value: bar.min ?? 0 },
            bar.max === undefined ? { type: 'max' } : { type: 'num', value: bar.max },
          ],
          color: { argb: argb(bar.color) },
        } as unknown as Parameters<Worksheet['addConditionalFormatting']>[0]['rules'][number],
      ],
    });
  }

  const p = spec.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: true,
    margins: { ...p.margins },
    ...(p.titleRows && { printTitlesRow: rowsA1(p.titleRows.first, p.titleRows.last) }),
  };

  if (spec.protect) {
    // No password: protection guards the formulas from slips, not from the office's own staff.
    const allow = spec.protection;
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: allow.formatCells,
      formatColumns: allow.formatColumns,
      formatRows: allow.formatRows,
      insertRows: allow.insertRows,
      insertColumns: allow.insertColumns,
      sort: allow.sort,
      autoFilter: allow.autoFilter,
    });
  }
  return ws;
}

import { columnLetters, rangeA1, type CellRange } from '../layout/a1';
import {
  isFormula,
  type CellStyle,
  type ProtectionAllowances,
  type SheetSpec,
  type SpecCell,
} from '../layout/spec';
import { PROTECTION_ALLOWANCES, SCORE_FORMAT, TEXT_FORMAT } from '../layout/styles';
import type { Features } from './features';
import type { Enhancement } from './types';

/**
 * Renders a SheetSpec through Office.js: the counterpart of the .xlsx adapter. Work is returned as steps
 * (queued only when applied) that carry their payload size, so an action can keep every sync under Excel on
 * the web's 5 MB request limit: values and formulas go as one 2D block, formats as the spec's ranges.
 */
export interface WriteStep {
  /** Estimated request payload of the step, in bytes. */
  bytes: number;
  apply: () => void;
}

export interface Rendered {
  steps: WriteStep[];
  skipped: Enhancement[];
}

/** Excel on the web fails a request over 5 MB; the rest is kept for the envelope and the small operations. */
export const SYNC_BUDGET_BYTES = 4_000_000;
/** A small operation (a property set or a method call) with its address, as it travels. */
const OP_BYTES = 120;

/** Lenient enough that Office accepts it again when re-protecting; users may still format and insert rows. */
/** The specification's allowances as Office.js names them. */
export function protectionOptions(allow: ProtectionAllowances): Excel.WorksheetProtectionOptions {
  return {
    allowFormatCells: allow.formatCells,
    allowFormatColumns: allow.formatColumns,
    allowFormatRows: allow.formatRows,
    allowInsertRows: allow.insertRows,
    allowInsertColumns: allow.insertColumns,
    allowSort: allow.sort,
    allowAutoFilter: allow.autoFilter,
  };
}

/** What a sheet the add-in protected again after a change allows: the template's allowances. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = protectionOptions(PROTECTION_ALLOWANCES);

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function payloadOf(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

// Excel reads a written string as typing: "- Lĩnh vực 1", "1.1" or "TRUE" would turn into a formula or a value.
const READS_AS_NON_TEXT =
  /^\s*([=+\-@#]|[+-]?[\d.,]+%?\s*$|(true|false)\s*$|\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?\s*$|\d{1,2}:\d{2})/i;

/** The cell as Range.formulas takes it; text that Excel would reinterpret keeps its apostrophe prefix. */
export function officeInput(cell: SpecCell, textFormatted: boolean): string | number | boolean {
  if (cell === null) return '';
  if (isFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === 'string' && !textFormatted && READS_AS_NON_TEXT.test(cell)) return `'${cell}`;
  return cell;
}

function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function fill<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}

/** A 2D write as one block, or as row blocks of at most `maxBytes` when one block would be too large. */
export function blockSteps(
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  matrix: (string | number | boolean)[][],
  property: 'formulas' | 'numberFormat',
  maxBytes: number,
): WriteStep[] {
  if (matrix.length === 0) return [];
  const rowBytes = matrix.map((line) => payloadOf(line) + 1);
  const steps: WriteStep[] = [];
  let start = 0;
  while (start < matrix.length) {
    let end = start;
    let bytes = 0;
    while (end < matrix.length && (end === start || bytes + rowBytes[end] <= maxBytes))
      bytes += rowBytes[end++];
    const part = matrix.slice(start, end);
    const at: CellRange = { row: row + start, col, rows: part.length, cols: part[0].length };
    steps.push({
      bytes: bytes + OP_BYTES,
      apply: () => {
        const range = sheet.getRange(rangeA1(at));
        if (property === 'formulas') range.formulas = part;
        else range.numberFormat = part;
      },
    });
    start = end;
  }
  return steps;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

function applyStyle(format: Excel.RangeFormat, style: CellStyle, f: Features): void {
  const font = style.font;
  if (font?.name !== undefined) format.font.name = font.name;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.color !== undefined) format.font.color = font.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  // Without column widths (ExcelApi 1.2) wrapped text would stack a few letters a line in narrow default
  // columns; left unwrapped it spills over the empty cells beside it and stays readable.
  if (style.wrap !== undefined && f.columnWidths) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.locked !== undefined && f.protection) format.protection.locked = style.locked;
}

function applyBorders(format: Excel.RangeFormat, range: CellRange): void {
  const edges: (
    'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical'
  )[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (range.rows > 1) edges.push('InsideHorizontal');
  if (range.cols > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

/** Excel's column width unit (characters of the default font) in the points Office.js expects. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Text-formatted cells: "@" set before the values, so codes like "1.10" stay text. */
function textFormatted(spec: SheetSpec): (row: number, col: number) => boolean {
  const ranges = spec.styles.filter((s) => s.style.numberFormat === TEXT_FORMAT).map((s) => s.range);
  return (row, col) => ranges.some((r) => contains(r, row, col));
}

export function runs(rows: readonly number[]): { first: number; last: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: { first: number; last: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last.last + 1) last.last = r;
    else out.push({ first: r, last: r });
  }
  return out;
}

export interface RenderOptions {
  /** Row blocks are split past this size; Infinity keeps one block. */
  maxBlockBytes?: number;
}

export function renderSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  f: Features,
  options: RenderOptions = {},
): Rendered {
  const maxBlockBytes = options.maxBlockBytes ?? Number.POSITIVE_INFINITY;
  const steps: WriteStep[] = [];
  const skipped = new Set<Enhancement>();
  const at = (r: CellRange) => sheet.getRange(rangeA1(r));
  const op = (apply: () => void, count = 1) => steps.push({ bytes: OP_BYTES * count, apply });

  // Number formats first: Excel parses a written "1.1" by the format the cell has at that moment.
  const written: CellRange[] = [];
  for (const { range, style } of spec.styles) {
    const format = style.numberFormat;
    if (format === undefined) continue;
    // A fresh or cleared sheet is General already; writing it would only add payload.
    if (format === SCORE_FORMAT && !written.some((w) => overlaps(w, range))) continue;
    written.push(range);
    steps.push(
      ...blockSteps(
        sheet,
        range.row,
        range.col,
        fill(range.rows, range.cols, format),
        'numberFormat',
        maxBlockBytes,
      ),
    );
  }

  const width = Math.max(0, ...spec.cells.map((line) => line.length));
  const isText = textFormatted(spec);
  const matrix = spec.cells.map((line, r) =>
    Array.from({ length: width }, (_, c) => officeInput(line[c] ?? null, isText(r, c))),
  );
  steps.push(...blockSteps(sheet, 0, 0, matrix, 'formulas', maxBlockBytes));

  for (const { range, style } of spec.styles) {
    if (style.locked !== undefined && !f.protection) skipped.add('protection');
    const { numberFormat: _n, border: _b, ...visual } = style;
    if (Object.values(visual).some((v) => v !== undefined))
      op(() => applyStyle(at(range).format, style, f), 6);
    if (style.border) op(() => applyBorders(at(range).format, range), 12);
  }

  if (spec.columnWidths.length > 0 || spec.rowHeights.length > 0) {
    if (!f.columnWidths) skipped.add('columnWidths');
    else {
      spec.columnWidths.forEach((chars, c) => {
        const letters = columnLetters(c);
        op(() => {
          sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(chars);
        });
      });
      for (const { row, height } of spec.rowHeights) {
        op(() => {
          sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
        });
      }
    }
  }

  if (spec.merges.length > 0) {
    if (!f.merge) skipped.add('merge');
    else for (const m of spec.merges) op(() => at(m).merge(false));
  }

  if (spec.validations.length > 0) {
    // The add-in's own check covers what validation would have stopped.
    if (!f.dataValidation) skipped.add('dataValidation');
    else {
      for (const v of spec.validations) {
        op(() => {
          const dv = at(v.range).dataValidation;
          dv.clear();
          dv.rule =
            v.rule.kind === 'custom'
              ? { custom: { formula: `=${v.rule.formula}` } }
              : {
                  decimal: {
                    formula1: v.rule.min,
                    formula2: `=${v.rule.maxFormula}`,
                    operator: 'Between',
                  },
                };
          dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.errorMessage };
        }, 4);
      }
    }
  }

  for (const cf of spec.conditionalFormats) {
    if (f.conditionalFormats) {
      op(() => {
        const added = at(cf.range).conditionalFormats.add('Custom');
        added.custom.rule.formula = `=${cf.formula}`;
        added.custom.format.fill.color = cf.fill;
        if (cf.fontColor) added.custom.format.font.color = cf.fontColor;
      }, 4);
    } else {
      skipped.add('conditionalFormats');
      for (const run of runs(cf.fallbackRows ?? [])) {
        const r: CellRange = {
          row: run.first,
          col: cf.range.col,
          rows: run.last - run.first + 1,
          cols: cf.range.cols,
        };
        op(() => {
          const format = at(r).format;
          format.fill.color = cf.fill;
          if (cf.fontColor) format.font.color = cf.fontColor;
        }, 2);
      }
    }
  }

  if (spec.freeze) {
    const freeze = spec.freeze;
    if (!f.freezePanes) skipped.add('freezePanes');
    else if (freeze.cols === 0) op(() => sheet.freezePanes.freezeRows(freeze.rows));
    else op(() => sheet.freezePanes.freezeAt(at({ row: 0, col: 0, rows: freeze.rows, cols: freeze.cols })));
  }

  const print = spec.print;
  if (!f.pageLayout) skipped.add('pageLayout');
  else {
    op(() => {
      const layout = sheet.pageLayout;
      layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
      if (print.titleRows)
        layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
      // The specification's margins are inches; Office.js takes points.
      const m = print.margins;
      layout.leftMargin = m.left * 72;
      layout.rightMargin = m.right * 72;
      layout.topMargin = m.top * 72;
      layout.bottomMargin = m.bottom * 72;
      layout.headerMargin = m.header * 72;
      layout.footerMargin = m.footer * 72;
    }, 10);
  }

  if (spec.protect) {
    if (!f.protection) skipped.add('protection');
    else op(() => sheet.protection.protect(protectionOptions(spec.protection)));
  }

  return { steps, skipped: [...skipped] };
}

/** Empties a sheet the add-in is about to render again: contents, formats, merges, rules and frozen panes. */
export function clearSheetSteps(sheet: Excel.Worksheet, f: Features, isProtected: boolean): WriteStep[] {
  return [
    {
      bytes: OP_BYTES * 6,
      apply: () => {
        if (isProtected) sheet.protection.unprotect();
        const used = sheet.getUsedRange();
        if (f.conditionalFormats) used.conditionalFormats.clearAll();
        if (f.dataValidation) used.dataValidation.clear();
        if (f.merge) used.unmerge();
        used.clear('All');
        if (f.freezePanes) sheet.freezePanes.unfreeze();
      },
    },
  ];
}

function totalBytes(steps: readonly WriteStep[]): number {
  return steps.reduce((s, step) => s + step.bytes, 0);
}

/** Groups steps so that no group carries more than the budget; one group whenever everything fits. */
export function groupSteps(steps: readonly WriteStep[], budget = SYNC_BUDGET_BYTES): WriteStep[][] {
  if (totalBytes(steps) <= budget) return [[...steps]];
  const groups: WriteStep[][] = [[]];
  let bytes = 0;
  for (const step of steps) {
    if (bytes + step.bytes > budget && groups[groups.length - 1].length > 0) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1].push(step);
    bytes += step.bytes;
  }
  return groups;
}

/** The steps of a write, as one group when they fit one sync, else re-cut into row blocks and grouped. */
export function fitSteps(build: (maxBlockBytes: number) => WriteStep[]): WriteStep[][] {
  const whole = build(Number.POSITIVE_INFINITY);
  if (totalBytes(whole) <= SYNC_BUDGET_BYTES) return [whole];
  return groupSteps(build(SYNC_BUDGET_BYTES / 2));
}

/**
 * Queues every step; syncs between groups only when the payload would pass the budget (a 20,000-criteria
 * plan). The last group stays queued: the caller's own sync carries it.
 */
export async function queueSteps(
  context: Excel.RequestContext,
  groups: WriteStep[][],
  from = 0,
): Promise<number> {
  for (const step of groups[from] ?? []) step.apply();
  if (from >= groups.length - 1) return 0;
  await context.sync();
  return 1 + (await queueSteps(context, groups, from + 1));
}

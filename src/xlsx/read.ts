import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { ValueType } from './exceljs';
import type { RawCell } from '../engine/types';
import type { Grid } from '../layout/read';

/** A date as the engine should see it: ISO text, so a score Excel turned into a date reads as "not a score". */
function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function isErrorValue(v: object): v is { error: string } {
  return 'error' in v && typeof (v as { error: unknown }).error === 'string';
}

function richTextOf(v: object): string | null {
  if (!('richText' in v) || !Array.isArray(v.richText)) return null;
  return (v.richText as { text?: unknown }[])
    .map((run) => (typeof run.text === 'string' ? run.text : ''))
    .join('');
}

/** One cell value as a spreadsheet shows it: formula results instead of formulas, runs of rich text joined. */
export function rawOf(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateText(value);
  if (isErrorValue(value)) return { error: value.error };
  const rich = richTextOf(value);
  if (rich !== null) return rich;
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    return result === undefined ? null : rawOf(result as CellValue);
  }
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    return typeof text === 'string' ? text : rawOf(text as CellValue);
  }
  return null;
}

function formulaOf(cell: Cell): string | null {
  if (cell.type !== ValueType.Formula) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/** A worksheet's contents in the shape the layout readers take, with formulas beside their results. */
export function gridOf(ws: Worksheet): Grid {
  const values: RawCell[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells hidden under a merge repeat the first cell's value in exceljs; a spreadsheet shows them empty.
      if (cell.type === ValueType.Merge) return;
      const c = colNumber - 1;
      (values[r] ??= [])[c] = rawOf(cell.value);
      const f = formulaOf(cell);
      if (f !== null) (formulas[r] ??= [])[c] = f;
    });
  });
  // Dense rows: the readers index rows and columns directly.
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    values[r] = Array.from({ length: width }, (_, c) => row[c] ?? null);
    const frow = formulas[r];
    formulas[r] = Array.from({ length: width }, (_, c) => frow?.[c] ?? null);
  }
  return { sheet: ws.name, values, formulas };
}

/** Every worksheet of a workbook as grids, in tab order. */
export function gridsOf(workbook: Workbook): Grid[] {
  return workbook.worksheets.map(gridOf);
}

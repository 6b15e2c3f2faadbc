/**
 * The seed's appendix as a workbook someone typed by hand or pasted from Word: merged title cells, the table
 * with its page breaks (blank rows, the header repeated, cut rows carried on without a code), numbers with
 * decimal commas typed as text, some codes typed as numbers. Built from the document's own text.
 */
import type { Workbook } from 'exceljs';
import { newWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { SEED_APPENDIX_TEXT } from './seed-appendix-text';

export interface SeedTable {
  bytes: Buffer;
  sheet: string;
  /** 1-based row of each code's row, as written. */
  rowOf: Record<string, number>;
  /** The table's cells by code, as the document prints them (before any joining). */
  printed: Record<string, string[]>;
  headerRow: number;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
const isRule = (cells: string[]) => cells.every((c) => /^-*$/.test(c)) && cells.some((c) => c !== '');

export async function seedTableWorkbook(options: { sheet?: string } = {}): Promise<SeedTable> {
  const sheet = options.sheet ?? 'Phụ lục';
  const wb: Workbook = newWorkbook();
  const ws = wb.addWorksheet(sheet);
  [8, 45, 10, 12, 11, 55, 26].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const rowOf: Record<string, number> = {};
  const printed: Record<string, string[]> = {};
  let row = 0;
  let header: string[] | null = null;
  let headerRow = 0;
  let table = 0;
  let firstLineOfTable = true;
  for (const line of SEED_APPENDIX_TEXT.split('\n')) {
    if (!line.startsWith('|')) {
      if (header !== null && line.trim() === '') {
        // A page break between two parts of the table: a blank row, as Word's paste leaves.
        row++;
        firstLineOfTable = true;
        table++;
        continue;
      }
      if (header === null) {
        row++;
        if (line.trim() !== '') {
          ws.getCell(row, 1).value = line.trim();
          ws.mergeCells(row, 1, row, 7);
        }
      }
      continue;
    }
    const cells = cellsOf(line);
    if (isRule(cells)) continue;
    if (header === null) {
      header = cells;
      row++;
      headerRow = row;
      cells.forEach((c, i) => (ws.getCell(row, i + 1).value = c));
      firstLineOfTable = false;
      continue;
    }
    if (firstLineOfTable) {
      firstLineOfTable = false;
      if (cells.every((c) => c === '')) {
        // The header repeated on top of a new page (every other page), or left blank by the paste.
        row++;
        if (table % 2 === 0) header.forEach((c, i) => (ws.getCell(row, i + 1).value = c));
        continue;
      }
    }
    row++;
    const code = cells[0].replace(/\.$/, '');
    if (/^\d+(\.\d+)*$/.test(code)) {
      rowOf[code] = row;
      printed[code] = cells;
    }
    cells.forEach((c, i) => {
      if (c === '') return;
      const cell = ws.getCell(row, i + 1);
      if (i === 0 && /^4\.\d$/.test(c)) cell.value = Number(c);
      else if (i >= 2 && i <= 4 && /^\d+$/.test(c)) cell.value = Number(c);
      else cell.value = c;
    });
  }
  return { bytes: await workbookBytes(wb), sheet, rowOf, printed, headerRow };
}

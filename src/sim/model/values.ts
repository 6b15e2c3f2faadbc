// How Excel turns what is written or typed into a stored cell value, and a value back into API output.
import FormulaParser from 'fast-formula-parser';

export const ERROR_LITERALS: readonly string[] = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

export class CellError {
  constructor(readonly code: string) {}
}

export type CellValue = number | string | boolean | CellError;

export type Content =
  { kind: 'empty' } | { kind: 'value'; value: CellValue } | { kind: 'formula'; formula: string };

export interface ParsedInput {
  content: Content;
  /** Number format Excel applies as a side effect of the input ("50%" formats the cell as a percentage). */
  impliedFormat?: string;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Excel's reading of a string typed into (or written as a value to) a cell with the given number format. */
export function parseInput(input: string, numberFormat: string): ParsedInput {
  if (input === '') return { content: { kind: 'empty' } };
  if (numberFormat === TEXT_FORMAT) return { content: { kind: 'value', value: input } };
  if (input.startsWith("'")) return { content: { kind: 'value', value: input.slice(1) } };
  if (input.startsWith('=') && input.length > 1) return { content: { kind: 'formula', formula: input } };
  const trimmed = input.trim();
  if (PLAIN_NUMBER.test(trimmed)) return { content: { kind: 'value', value: Number(trimmed) } };
  const general = numberFormat === GENERAL_FORMAT;
  if (GROUPED_NUMBER.test(trimmed)) {
    const value = Number(trimmed.replace(/,/g, ''));
    return { content: { kind: 'value', value }, impliedFormat: general ? '#,##0' : undefined };
  }
  const pct = PERCENT.exec(trimmed);
  if (pct) {
    const value = roundSignificant(Number(pct[1]) / 100);
    const fmt = pct[1].includes('.') ? '0.00%' : '0%';
    return { content: { kind: 'value', value }, impliedFormat: general ? fmt : undefined };
  }
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { content: { kind: 'value', value: upper === 'TRUE' } };
  if (ERROR_LITERALS.includes(upper)) return { content: { kind: 'value', value: new CellError(upper) } };
  return { content: { kind: 'value', value: input } };
}

/** Excel keeps 15 significant digits; without this 0.1+0.2 would read back as 0.30000000000000004. */
export function roundSignificant(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  return Number(n.toPrecision(15));
}

export type ApiScalar = string | number | boolean;

export function toApiValue(value: CellValue | null): ApiScalar {
  if (value === null) return '';
  if (value instanceof CellError) return value.code;
  return value;
}

export type ValueTypeName = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function valueTypeOf(value: CellValue | null): ValueTypeName {
  if (value === null || value === '') return 'Empty';
  if (value instanceof CellError) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** The cell's display text, as Range.text returns it. */
export function formatText(value: CellValue | null, numberFormat: string): string {
  if (value === null) return '';
  if (value instanceof CellError) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat === TEXT_FORMAT) return String(value);
  try {
    return FormulaParser.SSF.format(numberFormat, value);
  } catch {
    return String(value);
  }
}

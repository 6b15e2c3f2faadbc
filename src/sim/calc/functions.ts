// Worksheet functions fast-formula-parser lacks but scoring templates commonly use.
import FormulaParser, { FfpFunctionArg } from 'fast-formula-parser';

interface Item {
  value: unknown;
  fromReference: boolean;
}

function flatten(args: FfpFunctionArg[]): Item[] {
  const out: Item[] = [];
  for (const arg of args) {
    if (arg.omitted) continue;
    const fromReference = Boolean(arg.isRangeRef || arg.isCellRef || arg.isArray);
    if (Array.isArray(arg.value)) {
      for (const row of arg.value) {
        if (Array.isArray(row)) for (const value of row) out.push({ value, fromReference });
        else out.push({ value: row, fromReference });
      }
    } else out.push({ value: arg.value, fromReference });
  }
  return out;
}

function numbersOf(args: FfpFunctionArg[]): number[] {
  const out: number[] = [];
  for (const { value, fromReference } of flatten(args)) {
    if (value instanceof FormulaParser.FormulaError) throw value;
    if (typeof value === 'number') out.push(value);
    else if (!fromReference && typeof value === 'boolean') out.push(value ? 1 : 0);
    else if (!fromReference && typeof value === 'string') {
      const n = Number(value);
      if (value.trim() === '' || Number.isNaN(n)) throw new FormulaParser.FormulaError('#VALUE!');
      out.push(n);
    }
  }
  return out;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

export const EXTRA_FUNCTIONS: Record<string, (...args: FfpFunctionArg[]) => unknown> = {
  MAX: (...args) => {
    const nums = numbersOf(args);
    return nums.length === 0 ? 0 : Math.max(...nums);
  },
  MIN: (...args) => {
    const nums = numbersOf(args);
    return nums.length === 0 ? 0 : Math.min(...nums);
  },
  COUNTA: (...args) =>
    flatten(args).filter((item) => !(item.fromReference && (item.value === null || item.value === undefined)))
      .length,
  COUNTBLANK: (...args) => flatten(args).filter((item) => isBlank(item.value)).length,
};

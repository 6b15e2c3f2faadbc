// fast-formula-parser ships no types; this declares only the surface the simulator uses.
declare module 'fast-formula-parser' {
  export interface FfpCellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface FfpRangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface FfpFunctionArg {
    value: unknown;
    isArray?: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }
  export interface FfpConfig {
    onCell?: (ref: FfpCellRef) => unknown;
    onRange?: (ref: FfpRangeRef) => unknown[][];
    onVariable?: (name: string, sheet: string) => FfpCellRef | FfpRangeRef | null;
    functions?: Record<string, (...args: FfpFunctionArg[]) => unknown>;
  }
  export class FfpFormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
  }
  export class FfpDepParser {
    constructor(config?: { onVariable?: (name: string, sheet: string) => FfpCellRef | FfpRangeRef | null });
    parse(formula: string, position: FfpCellRef): Array<FfpCellRef | FfpRangeRef>;
  }
  export interface FfpSsf {
    format(fmt: string, value: number | string | boolean): string;
  }
  export default class FormulaParser {
    constructor(config?: FfpConfig);
    parse(formula: string, position: FfpCellRef, allowReturnArray?: boolean): unknown;
    supportedFunctions(): string[];
    static readonly FormulaError: typeof FfpFormulaError;
    static readonly DepParser: typeof FfpDepParser;
    static readonly SSF: FfpSsf;
    static readonly MAX_ROW: number;
    static readonly MAX_COLUMN: number;
  }
}

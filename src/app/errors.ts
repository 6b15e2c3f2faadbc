/**
 * Why a use case cannot go on, as data: each front end says it in its own words (src/i18n/cli.ts for
 * parindex, src/i18n/excel.ts for the add-in).
 */
export type AppErrorCode =
  | 'NO_TEMPLATE'
  | 'NO_SUCH_SHEET'
  | 'DUPLICATE_CODES'
  | 'NO_RECORD'
  | 'UNKNOWN_SET'
  | 'SET_MISMATCH'
  | 'VERSION_MISMATCH';

export interface AppErrorParams {
  sheet?: string;
  sheets?: string[];
  /** The set id the template records (or asks for). */
  id?: string;
  /** The set given by the caller. */
  setId?: string;
  /** The version the template records. */
  version?: string;
  /** The version of the set at hand. */
  setVersion?: string;
  /** DUPLICATE_CODES: each code with its 0-based rows, and the code column. */
  duplicates?: { code: string; rows: number[] }[];
  codeColumn?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly params: AppErrorParams = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

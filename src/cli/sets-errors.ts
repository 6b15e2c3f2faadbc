import { setsCliEn, setsCliVi } from '../i18n/sets-sheet';
import type { Lang } from './args';
import { CliError, InputError } from './errors';

type SetsErrorKey = keyof typeof setsCliVi.errors;
type SetsErrorParams<K extends SetsErrorKey> = Parameters<(typeof setsCliVi.errors)[K]>[0];

/** A fault of the input or call for the criteria-sheet and import commands; exits with code 2 like any other. */
export class SetsInputError extends CliError {
  constructor(key: SetsErrorKey, params: SetsErrorParams<typeof key>) {
    const vi = setsCliVi.errors[key] as (p: typeof params) => string;
    const en = setsCliEn.errors[key] as (p: typeof params) => string;
    // The key is this catalogue's, not the main one's; run() only prints it.
    super(key as unknown as ConstructorParameters<typeof InputError>[0], { vi: vi(params), en: en(params) });
    this.name = 'SetsInputError';
  }
}

export const setsText = (lang: Lang) => (lang === 'en' ? setsCliEn : setsCliVi);

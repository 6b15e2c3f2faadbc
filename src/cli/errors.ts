import { cliEn, cliVi } from '../i18n/cli';
import type { Message } from '../engine/types';

type ErrorKey = keyof typeof cliVi.errors;
type ErrorParams<K extends ErrorKey> = Parameters<(typeof cliVi.errors)[K]>[0];

/** A catalogue key with the parameters its message takes. */
export type ErrorArgs = { [K in ErrorKey]: [K, ErrorParams<K>] }[ErrorKey];

function both(...[key, params]: ErrorArgs): Message {
  // The tuple type pairs each key with its own parameters; TypeScript cannot follow that into the lookup.
  const viFn = cliVi.errors[key] as (p: typeof params) => string;
  const enFn = cliEn.errors[key] as (p: typeof params) => string;
  return { vi: viFn(params), en: enFn(params) };
}

/** A fault of the input or of the call, reported in the user's language; the command exits with code 2. */
export abstract class CliError extends Error {
  readonly exitCode = 2;
  readonly text: Message;

  protected constructor(
    readonly key: ErrorKey,
    text: Message,
  ) {
    super(text.en);
    this.text = text;
  }
}

/** The command line was called wrongly: unknown command or option, missing argument, bad value. */
export class UsageError extends CliError {
  constructor(...args: ErrorArgs) {
    super(args[0], both(...args));
    this.name = 'UsageError';
  }
}

/** The input cannot be used: missing, not an .xlsx, encrypted, cut short, no template, unknown set… */
export class InputError extends CliError {
  constructor(...args: ErrorArgs) {
    super(args[0], both(...args));
    this.name = 'InputError';
  }
}

/** The output cannot be written where asked. */
export class OutputError extends CliError {
  constructor(...args: ErrorArgs) {
    super(args[0], both(...args));
    this.name = 'OutputError';
  }
}

/** The program itself is broken (a built-in set missing from the bundle): a bug to report, not a user's fault. */
export class BrokenBuildError extends Error {
  constructor(what: string) {
    super(`parindex is built wrongly: ${what}`);
    this.name = 'BrokenBuildError';
  }
}

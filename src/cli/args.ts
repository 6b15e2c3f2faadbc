import { parseArgs } from 'node:util';
import { UsageError } from './errors';
import { SetsInputError } from './sets-errors';

export type Lang = 'vi' | 'en';
export type Command = 'template' | 'check' | 'plan' | 'fix' | 'sets' | 'import' | 'document' | 'report';

export type Invocation =
  | { command: 'help'; lang: Lang; topic: Command | null }
  | {
      command: 'template';
      lang: Lang;
      output: string;
      force: boolean;
      set?: string;
      year?: number;
      unit?: string;
    }
  | { command: 'check'; lang: Lang; inputs: string[]; json: boolean; sheet?: string; set?: string }
  | {
      command: 'plan';
      lang: Lang;
      input: string;
      output: string;
      force: boolean;
      planYear?: number;
      onlyBelowMax: boolean;
      json: boolean;
      sheet?: string;
      set?: string;
    }
  | {
      command: 'fix';
      lang: Lang;
      input: string;
      output: string;
      force: boolean;
      sheet?: string;
      set?: string;
    }
  | {
      command: 'sets';
      lang: Lang;
      json: boolean;
      /** `--sheet <source> -o <file.xlsx>`: write that set as a criteria sheet. */
      sheet?: string;
      output?: string;
      force: boolean;
      /** `--json <file.xlsx>`: print the set of that workbook's criteria sheet. */
      input?: string;
    }
  | {
      command: 'import';
      lang: Lang;
      input: string;
      sheet?: string;
      set?: string;
      json: boolean;
      output?: string;
      force: boolean;
      as: 'self' | 'appraised';
    }
  | {
      command: 'document';
      lang: Lang;
      input: string;
      output: string;
      force: boolean;
      planYear?: number;
      json: boolean;
      sheet?: string;
      set?: string;
    }
  | {
      command: 'report';
      lang: Lang;
      inputs: string[];
      output: string;
      force: boolean;
      json: boolean;
      /** Every `--set` given: workbooks of each are ranked in their own block. */
      sets: string[];
    };

const COMMANDS: readonly Command[] = [
  'template',
  'check',
  'plan',
  'fix',
  'sets',
  'import',
  'document',
  'report',
];

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

const COMMON: Record<string, OptionSpec> = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};
const OPTIONS: Record<Command, Record<string, OptionSpec>> = {
  template: {
    ...COMMON,
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    set: { type: 'string' },
    year: { type: 'string' },
    unit: { type: 'string' },
  },
  check: { ...COMMON, json: { type: 'boolean' }, sheet: { type: 'string' }, set: { type: 'string' } },
  plan: {
    ...COMMON,
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'plan-year': { type: 'string' },
    'only-below-max': { type: 'boolean' },
    json: { type: 'boolean' },
    sheet: { type: 'string' },
    set: { type: 'string' },
  },
  fix: {
    ...COMMON,
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    sheet: { type: 'string' },
    set: { type: 'string' },
  },
  sets: {
    ...COMMON,
    json: { type: 'boolean' },
    sheet: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  import: {
    ...COMMON,
    json: { type: 'boolean' },
    sheet: { type: 'string' },
    set: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    as: { type: 'string' },
  },
  document: {
    ...COMMON,
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'plan-year': { type: 'string' },
    json: { type: 'boolean' },
    sheet: { type: 'string' },
    set: { type: 'string' },
  },
  report: {
    ...COMMON,
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    set: { type: 'string', multiple: true },
  },
};

/**
 * The language is read before anything else, so that even a usage error speaks the user's language.
 * An unsupported value is itself a usage error, reported in Vietnamese.
 */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value =
      a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    if (value === 'vi' || value === 'en') return value;
    throw new UsageError('badLang', { value });
  }
  return 'vi';
}

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

/** Leading `--lang x` may stand before the command; everything else follows it. */
function splitCommand(argv: readonly string[]): { word: string | undefined; rest: string[] } {
  let i = 0;
  while (i < argv.length && (argv[i] === '--lang' || argv[i].startsWith('--lang='))) {
    i += argv[i] === '--lang' ? 2 : 1;
  }
  const kept = argv.slice(0, i);
  return { word: argv[i], rest: [...kept, ...argv.slice(i + 1)] };
}

interface NodeParseError {
  code: string;
  message: string;
}

function isParseError(err: unknown): err is NodeParseError {
  if (!(err instanceof TypeError) || !('code' in err)) return false;
  const code: unknown = err.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** node:util's messages are English prose; the option they name is the first quoted token. */
function optionNamed(message: string): string {
  const m = /'(-{1,2}[^' ]+)/.exec(message);
  return m ? m[1] : message;
}

function usageErrorOf(err: NodeParseError, command: Command): UsageError {
  const option = optionNamed(err.message);
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError('unknownOption', { option, command });
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return new UsageError('extraArgument', { arg: option, command });
  }
  if (/does not take an argument/.test(err.message))
    return new UsageError('extraArgument', { arg: option, command });
  return new UsageError('missingValue', { option, command });
}

function yearOf(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = /^\d{4}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(year >= 2000 && year <= 2100)) throw new UsageError('badYear', { option, value });
  return year;
}

/** Turns argv (without node and the script) into one invocation, or throws UsageError. */
export function parseInvocation(argv: readonly string[]): Invocation {
  const lang = langOf(argv);
  const { word, rest } = splitCommand(argv);
  if (word === undefined) throw new UsageError('noCommand', {});
  if (word === '--help' || word === '-h') return { command: 'help', lang, topic: null };
  if (word === 'help') {
    const topic = rest.find((a) => isCommand(a));
    return { command: 'help', lang, topic: topic && isCommand(topic) ? topic : null };
  }
  if (!isCommand(word)) throw new UsageError('unknownCommand', { command: word });
  const command = word;
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', lang, topic: command };

  let parsed: {
    values: Record<string, string | boolean | (string | boolean)[] | undefined>;
    positionals: string[];
  };
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (err) {
    if (isParseError(err)) throw usageErrorOf(err, command);
    throw err;
  }
  const { values, positionals } = parsed;
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const flag = (name: string) => values[name] === true;
  const list = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  };
  const onlyPositional = (count: number) => {
    if (positionals.length > count)
      throw new UsageError('extraArgument', { arg: positionals[count], command });
  };

  switch (command) {
    case 'sets': {
      // `sets --json <file.xlsx>` reads a workbook's criteria sheet; plain `sets` lists the built-in sets.
      onlyPositional(flag('json') ? 1 : 0);
      const sheet = str('sheet');
      if (sheet !== undefined && !str('output')) throw new UsageError('missingOutput', { command });
      return {
        command,
        lang,
        json: flag('json'),
        sheet,
        output: str('output'),
        force: flag('force'),
        input: positionals[0],
      };
    }
    case 'import': {
      onlyPositional(1);
      const input = positionals[0];
      if (!input) throw new UsageError('missingInput', { command });
      const as = str('as') ?? 'self';
      if (as !== 'self' && as !== 'appraised') throw new SetsInputError('badAs', { value: as });
      return {
        command,
        lang,
        input,
        sheet: str('sheet'),
        set: str('set'),
        json: flag('json'),
        output: str('output'),
        force: flag('force'),
        as,
      };
    }
    case 'template': {
      onlyPositional(0);
      const output = str('output');
      if (!output) throw new UsageError('missingOutput', { command });
      return {
        command,
        lang,
        output,
        force: flag('force'),
        set: str('set'),
        year: yearOf('--year', str('year')),
        unit: str('unit'),
      };
    }
    case 'check': {
      // Any number of workbooks, as a shell glob gives them; each is checked on its own.
      if (!positionals[0]) throw new UsageError('missingInput', { command });
      return { command, lang, inputs: positionals, json: flag('json'), sheet: str('sheet'), set: str('set') };
    }
    case 'plan': {
      onlyPositional(1);
      const input = positionals[0];
      if (!input) throw new UsageError('missingInput', { command });
      const output = str('output');
      if (!output) throw new UsageError('missingOutput', { command });
      return {
        command,
        lang,
        input,
        output,
        force: flag('force'),
        planYear: yearOf('--plan-year', str('plan-year')),
        onlyBelowMax: flag('only-below-max'),
        json: flag('json'),
        sheet: str('sheet'),
        set: str('set'),
      };
    }
    case 'fix': {
      onlyPositional(1);
      const input = positionals[0];
      if (!input) throw new UsageError('missingInput', { command });
      const output = str('output');
      if (!output) throw new UsageError('missingOutput', { command });
      return { command, lang, input, output, force: flag('force'), sheet: str('sheet'), set: str('set') };
    }
    case 'document': {
      onlyPositional(1);
      const input = positionals[0];
      if (!input) throw new UsageError('missingInput', { command });
      const output = str('output');
      if (!output) throw new UsageError('missingOutput', { command });
      return {
        command,
        lang,
        input,
        output,
        force: flag('force'),
        planYear: yearOf('--plan-year', str('plan-year')),
        json: flag('json'),
        sheet: str('sheet'),
        set: str('set'),
      };
    }
    case 'report': {
      if (!positionals[0]) throw new UsageError('missingInput', { command });
      const output = str('output');
      if (!output) throw new UsageError('missingOutput', { command });
      return {
        command,
        lang,
        inputs: positionals,
        output,
        force: flag('force'),
        json: flag('json'),
        sets: list('set'),
      };
    }
  }
}

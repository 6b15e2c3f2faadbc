import { parseInvocation, langOf, type Lang } from './args';
import type { Io } from './commands';
import { cliEn, cliVi } from '../i18n/cli';
import { setsUsageEn, setsUsageVi } from '../i18n/sets-sheet';
import { DOCUMENT_USAGE_EN, DOCUMENT_USAGE_VI } from '../i18n/document';
import { CliError, UsageError } from './errors';

export type { Io } from './commands';

function safeLang(argv: readonly string[]): Lang {
  try {
    return langOf(argv);
  } catch (err) {
    // An unsupported --lang is reported by parseInvocation itself; its own message is in Vietnamese.
    if (err instanceof UsageError) return 'vi';
    throw err;
  }
}

/**
 * Runs one `parindex` call and returns its exit code: 0 done, 1 the scores have errors, 2 bad input or
 * usage. Faults of the input are reported on stderr in the user's language (and as JSON with --json);
 * anything else is a bug and propagates.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = safeLang(argv);
  const wantsJson = argv.includes('--json');
  try {
    const inv = parseInvocation(argv);
    if (inv.command === 'help') {
      const usage = {
        ...(lang === 'en' ? cliEn : cliVi).usage,
        ...(lang === 'en' ? setsUsageEn : setsUsageVi),
      };
      if (inv.topic === 'document') io.out(lang === 'en' ? DOCUMENT_USAGE_EN : DOCUMENT_USAGE_VI);
      else io.out(inv.topic ? usage[inv.topic] : usage.main);
      return 0;
    }
    // Loaded on demand: help and usage errors answer without starting zod and exceljs.
    const { checkCommand, planCommand, setsCommand, templateCommand } = await import('./commands');
    const { fixCommand } = await import('./fix');
    switch (inv.command) {
      case 'template':
        return await templateCommand(inv, io);
      case 'check':
        return await checkCommand(inv, io);
      case 'plan':
        return await planCommand(inv, io);
      case 'fix':
        return await fixCommand(inv, io);
      case 'sets':
        if (inv.sheet !== undefined || inv.input !== undefined)
          return await (await import('./sets-sheet')).setsSheetCommand(inv, io);
        return setsCommand(inv, io);
      case 'import':
        return await (await import('./import')).importCommand(inv, io);
      case 'document':
        return await (await import('./document')).documentCommand(inv, io);
      case 'report':
        return await (await import('./rollup')).reportCommand(inv, io);
    }
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    io.err(err.text[lang]);
    if (wantsJson)
      io.out(JSON.stringify({ ok: false, error: { code: err.key, message: err.text[lang] } }, null, 2));
    return err.exitCode;
  }
}

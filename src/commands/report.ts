import type { AddinActions, LocatedProblem } from '../excel/types';
import type { PaneStrings } from '../i18n/pane';
import { userMessageOf } from '../taskpane/errors';
import { quoteSheet } from '../layout/a1';

/** What a ribbon command can do to tell the user the result, without the pane's runtime. */
export interface CommandUi {
  /** Opens the task pane; false where this Office cannot from a command (no shared runtime). */
  showPane(): Promise<boolean>;
  /** A small window with one message; resolves when the user closes it. */
  notify(text: string): Promise<void>;
}

function firstToFix(problems: readonly LocatedProblem[]): LocatedProblem | undefined {
  return problems.find((p) => p.severity === 'error' && p.address) ?? problems.find((p) => p.address);
}

/**
 * Ribbon commands report by what the user sees in the workbook first: the cell to fix is selected, the new
 * plan sheet is shown. A small notice window is used only where nothing can be selected: a failure, or a
 * clean check whose result would otherwise be invisible.
 */
export function commandHandlers(actions: AddinActions, ui: CommandUi, t: PaneStrings, lang: 'vi' | 'en') {
  const fail = (error: unknown) => ui.notify(userMessageOf(error)[lang]);

  const showProblems = async (problems: readonly LocatedProblem[], errors: number, warnings: number) => {
    const first = firstToFix(problems);
    if (first?.address) await actions.selectCell(first.address);
    if (!(await ui.showPane())) await ui.notify(t.commands.checkProblems({ errors, warnings }));
  };

  return {
    async checkScores(): Promise<void> {
      try {
        const result = await actions.checkScores();
        if (result.problems.length > 0) await showProblems(result.problems, result.errors, result.warnings);
        else await ui.notify(result.message[lang]);
      } catch (error: unknown) {
        await fail(error);
      }
    },

    async generatePlan(): Promise<void> {
      try {
        const result = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
        if (result.written) {
          await actions.selectCell(`${quoteSheet(result.sheetName)}!A1`);
          // Enhancements this Excel lacks change how the sheet looks: say which, once.
          if (result.skipped.length > 0) {
            const list = result.skipped.map((e) => t.outcome.enhancements[e]).join('; ');
            await ui.notify(`${result.message[lang]} ${t.outcome.skippedTitle} ${list}.`);
          }
        } else {
          const errors = result.problems.filter((p) => p.severity === 'error').length;
          await showProblems(result.problems, errors, result.problems.length - errors);
        }
      } catch (error: unknown) {
        await fail(error);
      }
    },
  };
}

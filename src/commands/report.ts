import type { AddinActions, LocatedProblem } from '../excel/types';
import type { PaneStrings } from '../i18n/pane';
import { userMessageOf } from '../taskpane/errors';
import { quoteSheet } from '../layout/a1';

/** What a ribbon command can do to tell the user the result, without the pane's runtime. */
export interface CommandUi {
  /** Opens the task pane; false where this Office cannot from a command (no shared runtime). */
  showPane(): Promise<boolean>;
  /** A small window with one message; resolves true when the user closes it, false when none could open. */
  notify(text: string): Promise<boolean>;
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
  /**
   * A result or an error is never dropped: where no window can open (a pop-up blocker, an old Office), the
   * pane is opened instead if this Office can; failing that, the text goes to the console for IT staff.
   */
  const tell = async (text: string, paneTried = false) => {
    if (await ui.notify(text)) return;
    if (!paneTried && (await ui.showPane())) return;
    console.warn(text);
  };

  const fail = (error: unknown) => tell(userMessageOf(error)[lang]);

  const showProblems = async (problems: readonly LocatedProblem[], errors: number, warnings: number) => {
    const first = firstToFix(problems);
    if (first?.address) await actions.selectCell(first.address);
    if (!(await ui.showPane())) await tell(t.commands.checkProblems({ errors, warnings }), true);
  };

  return {
    async checkScores(): Promise<void> {
      try {
        const result = await actions.checkScores();
        if (result.problems.length > 0) await showProblems(result.problems, result.errors, result.warnings);
        else await tell(result.message[lang]);
      } catch (error: unknown) {
        await fail(error);
      }
    },

    async generatePlan(): Promise<void> {
      try {
        const result = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
        if (result.written) {
          await actions.selectCell(`${quoteSheet(result.sheetName)}!A1`);
          // The new sheet speaks for itself unless something else needs the user: kept edits, rows added
          // back, a backup sheet, or enhancements this Excel lacks. The message names the first three.
          const notes: string[] = [];
          if (result.missing.length > 0) notes.push(t.plan.missingHint);
          if (result.backupSheet) notes.push(t.plan.backupHint({ sheetName: result.backupSheet }));
          if (result.skipped.length > 0) {
            const list = result.skipped.map((e) => t.outcome.enhancements[e]).join('; ');
            notes.push(`${t.outcome.skippedTitle} ${list}.`);
          }
          if (notes.length > 0 || result.kept.length > 0)
            await tell([result.message[lang], ...notes].join(' '));
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

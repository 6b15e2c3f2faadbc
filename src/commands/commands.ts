import { createActions, officeHost } from '../excel/host';
import { paneStrings } from '../i18n/pane';
import { langFromDisplayLanguage } from '../taskpane/office-context';
import { commandHandlers, type CommandUi } from './report';

const officeUi: CommandUi = {
  async showPane() {
    // showAsTaskpane needs the shared runtime; with a separate function-file runtime it is not there.
    if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return false;
    if (typeof Office.addin?.showAsTaskpane !== 'function') return false;
    try {
      await Office.addin.showAsTaskpane();
      return true;
    } catch {
      return false;
    }
  },
  notify(text) {
    const lang = langFromDisplayLanguage(Office.context.displayLanguage);
    const url = new URL('notice.html', window.location.href);
    url.searchParams.set('lang', lang);
    url.searchParams.set('m', text);
    return new Promise<boolean>((resolve) => {
      try {
        Office.context.ui.displayDialogAsync(
          url.href,
          { height: 30, width: 35, displayInIframe: true },
          (opened) => {
            // No window could open (a pop-up blocker, an old Office, one already open): the caller falls back.
            if (opened.status !== Office.AsyncResultStatus.Succeeded) {
              resolve(false);
              return;
            }
            // Completing the command ends its runtime and would close the window: wait until the user closes it.
            opened.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(true));
          },
        );
      } catch {
        // Office without the dialog API (DialogApi 1.1) has no Office.context.ui.
        resolve(false);
      }
    });
  },
};

void Office.onReady(() => {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  const handlers = commandHandlers(createActions(officeHost()), officeUi, paneStrings(lang), lang);
  // Names must match <FunctionName> in manifest.xml.
  Office.actions.associate('checkScores', (event: Office.AddinCommands.Event) => {
    void handlers.checkScores().finally(() => event.completed());
  });
  Office.actions.associate('generatePlan', (event: Office.AddinCommands.Event) => {
    void handlers.generatePlan().finally(() => event.completed());
  });
});

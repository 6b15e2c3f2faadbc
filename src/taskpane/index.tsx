import { createRoot } from 'react-dom/client';
import { createActions, officeHost } from '../excel/host';
import { builtInSets } from '../sets';
import { PaneRoot } from './PaneRoot';
import { isDarkOfficeTheme, langFromDisplayLanguage } from './office-context';

// Office.js calls must wait for onReady; nothing else happens here.
void Office.onReady(() => {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  const dark = isDarkOfficeTheme(Office.context.officeTheme);
  document.documentElement.lang = lang;
  const sets = builtInSets().map((s) => ({ id: s.id, name: s.name, assessmentYear: s.assessmentYear }));
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  createRoot(root).render(
    <PaneRoot actions={createActions(officeHost())} sets={sets} lang={lang} dark={dark} />,
  );
});

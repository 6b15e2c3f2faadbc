import { createRoot } from 'react-dom/client';
import { builtInSets } from '../sets';
import { PreviewApp } from './PreviewApp';
import { API_LEVEL_MINOR, type ApiLevel } from '../sim/apiLevels';

// The preview needs no Office.js: the pane gets its actions from the simulated Excel directly, so there is
// nothing to wait for (and no office.js telemetry to block). ?api=office2016&lang=en&theme=dark pick the start.
const params = new URLSearchParams(window.location.search);
const api = params.get('api');
const level: ApiLevel = api && api in API_LEVEL_MINOR ? (api as ApiLevel) : 'microsoft365';
const lang = params.get('lang') === 'en' ? 'en' : 'vi';
const dark = params.get('theme') === 'dark';
const sets = builtInSets().map((s) => ({ id: s.id, name: s.name, assessmentYear: s.assessmentYear }));

const root = document.getElementById('root');
if (!root) throw new Error('preview.html has no #root element');
createRoot(root).render(
  <PreviewApp sets={sets} initialLevel={level} initialLang={lang} initialDark={dark} />,
);

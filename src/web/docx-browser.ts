/**
 * Stands in for ../document/render in the web page's bundle. The Word renderer (docx and the page's layout
 * of the plan document) rides along as inert text (type "text/x-parindex-docx", see scripts/build-web.mjs)
 * and runs only when a document is asked for, so the page's start-up never compiles it. Running it is an
 * inline script like the page's own, which the page's Content-Security-Policy allows; nothing is fetched.
 */
import type { PlanDocumentModel } from '../app/document';

export const DOCX_ELEMENT_ID = 'lib-docx';
const GLOBAL = 'ParindexDocx';

interface Renderer {
  renderPlanDocument(model: PlanDocumentModel): Promise<Uint8Array>;
}

let lib: Renderer | null = null;

function renderer(): Renderer {
  if (lib) return lib;
  const host = window as unknown as Record<string, Renderer | undefined>;
  if (!host[GLOBAL]) {
    const source = document.getElementById(DOCX_ELEMENT_ID)?.textContent;
    if (!source) throw new Error('This copy of parindex.html is incomplete: the Word library is missing.');
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    script.remove();
  }
  const found = host[GLOBAL];
  if (!found) throw new Error('The Word library did not start.');
  lib = found;
  return lib;
}

export async function renderPlanDocument(model: PlanDocumentModel): Promise<Uint8Array> {
  return renderer().renderPlanDocument(model);
}

/** What the task pane loads when the user asks for the document: the Word renderer and the download. */
import type { PlanDocumentModel } from '../app/document-compose';
import { renderPlanDocumentBlob } from './render';

export { documentPaneEn, documentPaneVi } from '../i18n/document-pane';

/** A Blob through an `<a download>` link: works in Excel on Windows (WebView2) and on the web. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export { renderPlanDocumentBlob };
export type { PlanDocumentModel };

import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentBulletListRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { PlanDocumentModel } from '../../app/document';
import type { AddinActions, PlanDocumentResult } from '../../excel/types';
import { documentButtonEn, documentButtonVi } from '../../i18n/document-button';
import type { documentPaneVi } from '../../i18n/document-pane';
import { usePane } from '../pane-context';
import { useAction } from '../useAction';
import { ActionButton } from './ActionButton';
import { ErrorBar } from './ErrorBar';
import { OutcomeBar } from './OutcomeBar';

const useStyles = makeStyles({
  stack: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  body: { whiteSpace: 'normal' },
});

/** Excel on Mac (WKWebView) downloads nothing from an add-in: the pane says so instead of failing silently. */
export function isExcelOnMac(): boolean {
  return typeof Office !== 'undefined' && Office.context?.platform === Office.PlatformType?.Mac;
}

/** The web page's address, when the deployment names one in taskpane.html (`<meta name="parindex-web-page">`). */
function configuredWebPage(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="parindex-web-page"]');
  return meta?.content || undefined;
}

/** The renderer, the download and the longer messages: loaded when the user asks (docx is big). */
const onUse = () => import(/* webpackChunkName: "document" */ '../../document/pane');

export interface DocumentButtonProps {
  actions: Pick<AddinActions, 'planDocument'>;
  planYear: number | null;
  /** For tests and other hosts; by default Office.context.platform, a Blob link, and taskpane.html's meta. */
  onMac?: () => boolean;
  download?: (blob: Blob, fileName: string) => void;
  render?: (model: PlanDocumentModel) => Promise<Blob>;
  webPage?: string;
}

/** "Tạo văn bản kế hoạch (Word)": reads the workbook, builds the document, downloads it. */
export function DocumentButton({ actions, planYear, onMac, download, render, webPage }: DocumentButtonProps) {
  const { lang, say } = usePane();
  const label = lang === 'en' ? documentButtonEn : documentButtonVi;
  const styles = useStyles();
  const [mac, setMac] = useState<typeof documentPaneVi | null>(null);
  const make = useAction(
    useCallback(
      async (year: number | null): Promise<PlanDocumentResult> => {
        const result = await actions.planDocument({ planYear: year ?? undefined, date: new Date() });
        if (result.model) {
          const lazy = render && download ? null : await onUse();
          const blob = await (render ?? lazy!.renderPlanDocumentBlob)(result.model);
          (download ?? lazy!.downloadBlob)(blob, result.fileName);
        }
        return result;
      },
      [actions, download, render],
    ),
  );
  const showMac = async () => {
    const s = await onUse();
    setMac(lang === 'en' ? s.documentPaneEn : s.documentPaneVi);
  };
  const address = webPage ?? configuredWebPage();
  const result = make.result;
  return (
    <div className={styles.stack}>
      <ActionButton
        icon={<DocumentBulletListRegular />}
        busy={make.busy}
        busyLabel={label.busy}
        onClick={() => void ((onMac ?? isExcelOnMac)() ? showMac() : make.run(planYear))}
      >
        {label.button}
      </ActionButton>
      {mac && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{mac.macTitle}</MessageBarTitle>
            {mac.mac}
            {address && (
              <Button appearance="transparent" onClick={() => Office.context.ui.openBrowserWindow(address)}>
                {mac.macOpen}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={make.error} onDismiss={make.dismissError} />
      {result?.model && <OutcomeBar outcome={result} />}
      {result && !result.model && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.body}>{say(result.message)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { EraserRegular, HighlightRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import type { AddinActions } from '../../excel/types';
import { usePane } from '../pane-context';
import { useAction } from '../useAction';
import { ActionButton } from './ActionButton';
import { ErrorBar } from './ErrorBar';
import { OutcomeBar } from './OutcomeBar';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** Marks the criteria below their max in the sheet, and clears the marks. */
export function HighlightPanel({
  actions,
}: {
  actions: Pick<AddinActions, 'highlightBelowMax' | 'clearHighlight'>;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const highlight = useAction(useCallback(() => actions.highlightBelowMax(), [actions]));
  const clear = useAction(useCallback(() => actions.clearHighlight(), [actions]));
  // Only the latest of the two outcomes is news.
  const latest = highlight.busy || clear.busy ? null : (clear.result ?? highlight.result);
  return (
    <div className={styles.stack}>
      <div className={styles.buttons}>
        <ActionButton
          icon={<HighlightRegular />}
          busy={highlight.busy}
          busyLabel={t.highlight.busy}
          onClick={() => {
            clear.reset();
            void highlight.run();
          }}
        >
          {t.highlight.button}
        </ActionButton>
        <ActionButton
          icon={<EraserRegular />}
          busy={clear.busy}
          busyLabel={t.highlight.clearBusy}
          onClick={() => {
            highlight.reset();
            void clear.run();
          }}
        >
          {t.highlight.clear}
        </ActionButton>
      </div>
      <ErrorBar error={highlight.error} onDismiss={highlight.dismissError} />
      <ErrorBar error={clear.error} onDismiss={clear.dismissError} />
      {latest && <OutcomeBar outcome={latest} />}
    </div>
  );
}

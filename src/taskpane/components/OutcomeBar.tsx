import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionOutcome } from '../../excel/types';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  body: { whiteSpace: 'normal' },
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A finished action: its message, any extra lines, and the enhancements this Excel could not do. */
export function OutcomeBar({ outcome, lines = [] }: { outcome: ActionOutcome; lines?: string[] }) {
  const { t, say } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t.outcome.doneTitle}</MessageBarTitle>
          {say(outcome.message)}
          {lines.map((line) => (
            <span key={line} className={styles.line}>
              {line}
            </span>
          ))}
        </MessageBarBody>
      </MessageBar>
      {outcome.skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t.outcome.skippedTitle}</MessageBarTitle>
            {outcome.skippedSummary ? (
              say(outcome.skippedSummary)
            ) : (
              <ul className={styles.list}>
                {outcome.skipped.map((e) => (
                  <li key={e}>{t.outcome.enhancements[e]}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

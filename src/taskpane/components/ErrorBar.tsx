import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Message } from '../../engine/types';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  body: { whiteSpace: 'normal' },
});

/** A failed action: what went wrong and what to do, until the user dismisses it or tries again. */
export function ErrorBar({ error, onDismiss }: { error: Message | null; onDismiss: () => void }) {
  const { t, say } = usePane();
  const styles = useStyles();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {say(error)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t.errors.dismiss}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}

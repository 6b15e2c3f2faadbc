import { makeStyles, tokens } from '@fluentui/react-components';
import { TaskListSquareLtrRegular } from '@fluentui/react-icons';
import type { AddinActions, CheckResult, FixResult } from '../../excel/types';
import type { Message } from '../../engine/types';
import { usePane } from '../pane-context';
import { ActionButton } from './ActionButton';
import { ErrorBar } from './ErrorBar';
import { OutcomeBar } from './OutcomeBar';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface CheckPanelProps {
  actions: Pick<AddinActions, 'selectCell' | 'fixTextNumbers'>;
  busy: boolean;
  result: CheckResult | null;
  error: Message | null;
  onCheck: () => void;
  onDismissError: () => void;
  onFixed: (result: FixResult) => void;
}

/** Check the score sheet: the button, and what the check found. The check's state lives in App (the summary uses it too). */
export function CheckPanel({
  actions,
  busy,
  result,
  error,
  onCheck,
  onDismissError,
  onFixed,
}: CheckPanelProps) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <ActionButton
        appearance="primary"
        icon={<TaskListSquareLtrRegular />}
        busy={busy}
        busyLabel={t.check.busy}
        onClick={onCheck}
      >
        {t.check.button}
      </ActionButton>
      <ErrorBar error={error} onDismiss={onDismissError} />
      {result && result.skipped.length > 0 && <OutcomeBar outcome={result} />}
      {result && (
        <ProblemList
          problems={result.problems}
          fields={result.fields}
          errors={result.errors}
          warnings={result.warnings}
          actions={actions}
          onFixed={onFixed}
        />
      )}
    </div>
  );
}

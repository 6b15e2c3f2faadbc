import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TableAddRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { AddinActions, InsertTemplateOptions } from '../../excel/types';
import { usePane } from '../pane-context';
import { useAction } from '../useAction';
import { ActionButton } from './ActionButton';
import { ErrorBar } from './ErrorBar';
import { OutcomeBar } from './OutcomeBar';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'stretch' },
  body: { whiteSpace: 'normal', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface InsertTemplateProps {
  actions: Pick<AddinActions, 'insertTemplate'>;
  /** Null while the settings are not usable (a half-typed year): the button waits. */
  options: InsertTemplateOptions | null;
}

/** Inserts the scoring template; where the sheet already holds scores, offers a new sheet name instead. */
export function InsertTemplate({ actions, options }: InsertTemplateProps) {
  const { t } = usePane();
  const styles = useStyles();
  const insert = useAction(useCallback((o: InsertTemplateOptions) => actions.insertTemplate(o), [actions]));
  const [newName, setNewName] = useState<string | null>(null);
  const result = insert.result;
  const conflict = result && !result.inserted ? result.conflict : undefined;

  const start = async (sheetName?: string) => {
    if (!options) return;
    const r = await insert.run(sheetName ? { ...options, sheetName } : options);
    setNewName(r?.conflict ? r.conflict.suggestedName : null);
  };

  return (
    <div className={styles.stack}>
      <ActionButton
        appearance="primary"
        icon={<TableAddRegular />}
        busy={insert.busy}
        busyLabel={t.insert.busy}
        disabled={!options}
        onClick={() => void start()}
      >
        {t.insert.button}
      </ActionButton>
      <ErrorBar error={insert.error} onDismiss={insert.dismissError} />
      {conflict && newName !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t.insert.conflictTitle}</MessageBarTitle>
            {t.insert.conflictBody({ sheetName: conflict.sheetName })}
            <Field
              label={t.insert.newNameLabel}
              validationState={newName.trim() ? 'none' : 'error'}
              validationMessage={newName.trim() ? undefined : t.insert.newNameEmpty}
            >
              <Input value={newName} onChange={(_, data) => setNewName(data.value)} />
            </Field>
            <div className={styles.buttons}>
              <Button
                appearance="primary"
                disabled={!newName.trim() || insert.busy}
                onClick={() => void start(newName.trim())}
              >
                {t.insert.confirm}
              </Button>
              <Button onClick={insert.reset}>{t.insert.cancel}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.inserted && <OutcomeBar outcome={result} />}
    </div>
  );
}

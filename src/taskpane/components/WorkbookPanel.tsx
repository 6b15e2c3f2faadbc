import { Field, Input, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { NativeSelect } from './NativeSelect';
import type { CheckResult } from '../../excel/types';
import { usePane } from '../pane-context';
import { parseYear, type SetChoice, type WorkbookSettings } from '../types';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  recorded: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});

export interface WorkbookPanelProps {
  sets: SetChoice[];
  settings: WorkbookSettings;
  onChange: (settings: WorkbookSettings) => void;
  /** The set, year and unit a check read back from the workbook. */
  recorded: Pick<CheckResult, 'setName' | 'year' | 'unitName' | 'sheetName'> | null;
}

/** The criteria set, assessment year and unit name the template is made for. */
export function WorkbookPanel({ sets, settings, onChange, recorded }: WorkbookPanelProps) {
  const { t } = usePane();
  const styles = useStyles();
  const yearOk = parseYear(settings.yearText) !== null;
  return (
    <div className={styles.row}>
      {recorded && <span className={styles.recorded}>{t.workbook.recorded(recorded)}</span>}
      <Field label={t.workbook.setLabel}>
        {(field) => (
          <NativeSelect
            field={field}
            title={sets.find((s) => s.id === settings.setId)?.name}
            value={settings.setId}
            onChange={(setId) => onChange({ ...settings, setId })}
          >
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field
        label={t.workbook.yearLabel}
        hint={yearOk ? t.workbook.yearHint : undefined}
        validationState={yearOk ? 'none' : 'error'}
        validationMessage={yearOk ? undefined : t.workbook.yearInvalid}
      >
        <Input
          inputMode="numeric"
          value={settings.yearText}
          onChange={(_, data) => onChange({ ...settings, yearText: data.value })}
        />
      </Field>
      <Field label={t.workbook.unitLabel}>
        <Input
          value={settings.unitName}
          placeholder={t.workbook.unitPlaceholder}
          onChange={(_, data) => onChange({ ...settings, unitName: data.value })}
        />
      </Field>
    </div>
  );
}

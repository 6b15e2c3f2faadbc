import { Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { NativeSelect } from './NativeSelect';
import { DocumentBulletListRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { ScoreSource } from '../../engine/plan';
import type { AddinActions, FieldSummary, GeneratePlanOptions, PlanResult } from '../../excel/types';
import { usePane, type PaneContextValue } from '../pane-context';
import { parseYear } from '../types';
import { useAction } from '../useAction';
import { ActionButton } from './ActionButton';
import { ErrorBar } from './ErrorBar';
import { OutcomeBar } from './OutcomeBar';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  stack: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  body: { whiteSpace: 'normal' },
});

const SOURCES: ScoreSource[] = ['auto', 'self', 'appraised'];

export interface PlanPanelProps {
  actions: Pick<AddinActions, 'generatePlan' | 'selectCell' | 'fixTextNumbers'>;
  defaultPlanYear: number;
  /** The set's fields from the last check, to group refused scores by field. */
  fields: Pick<FieldSummary, 'code' | 'name'>[];
  onFixed?: () => void;
}

function resultLines(result: PlanResult, { t, score, percent }: PaneContextValue): string[] {
  const lines = [
    t.plan.total({
      score: score(result.total.score),
      max: score(result.total.applicableMax),
      percent: percent(result.total.percent),
    }),
  ];
  // The message already names kept edits, rows added back and the backup sheet: these lines say what to do.
  if (result.missing.length > 0) lines.push(t.plan.missingHint);
  if (result.backupSheet) lines.push(t.plan.backupHint({ sheetName: result.backupSheet }));
  return lines;
}

/** Generate the plan appendix: plan year, which criteria, which scores. */
export function PlanPanel({ actions, defaultPlanYear, fields, onFixed }: PlanPanelProps) {
  const pane = usePane();
  const { t } = pane;
  const styles = useStyles();
  const [yearText, setYearText] = useState(String(defaultPlanYear));
  const [onlyBelowMax, setOnlyBelowMax] = useState(false);
  const [scoreSource, setScoreSource] = useState<ScoreSource>('auto');
  const plan = useAction(useCallback((o: GeneratePlanOptions) => actions.generatePlan(o), [actions]));
  const planYear = parseYear(yearText);
  const result = plan.result;

  return (
    <div className={styles.stack}>
      <Field
        label={t.plan.yearLabel}
        hint={planYear !== null ? t.plan.yearHint : undefined}
        validationState={planYear !== null ? 'none' : 'error'}
        validationMessage={planYear !== null ? undefined : t.workbook.yearInvalid}
      >
        <Input inputMode="numeric" value={yearText} onChange={(_, d) => setYearText(d.value)} />
      </Field>
      <Field label={t.plan.scopeLabel}>
        {(field) => (
          <NativeSelect
            field={field}
            value={onlyBelowMax ? 'below' : 'all'}
            onChange={(v) => setOnlyBelowMax(v === 'below')}
          >
            <option value="all">{t.plan.scopeAll}</option>
            <option value="below">{t.plan.scopeBelowMax}</option>
          </NativeSelect>
        )}
      </Field>
      <Field label={t.plan.sourceLabel}>
        {(field) => (
          <NativeSelect
            field={field}
            title={t.plan.source[scoreSource]}
            value={scoreSource}
            onChange={(v) => setScoreSource(v as ScoreSource)}
          >
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t.plan.source[s]}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <ActionButton
        appearance="primary"
        icon={<DocumentBulletListRegular />}
        busy={plan.busy}
        busyLabel={t.plan.busy}
        disabled={planYear === null}
        onClick={() => void plan.run({ planYear: planYear ?? undefined, onlyBelowMax, scoreSource })}
      >
        {t.plan.button}
      </ActionButton>
      <ErrorBar error={plan.error} onDismiss={plan.dismissError} />
      {result?.written && <OutcomeBar outcome={result} lines={resultLines(result, pane)} />}
      {result && !result.written && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={styles.body}>{t.plan.blocked}</MessageBarBody>
          </MessageBar>
          <ProblemList
            problems={result.problems}
            fields={fields}
            errors={result.problems.filter((p) => p.severity === 'error').length}
            warnings={result.problems.filter((p) => p.severity === 'warning').length}
            actions={actions}
            onFixed={() => {
              plan.reset();
              onFixed?.();
            }}
          />
        </>
      )}
    </div>
  );
}

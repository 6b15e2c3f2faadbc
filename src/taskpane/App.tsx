import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AddinActions, InsertTemplateOptions } from '../excel/types';
import { CheckPanel } from './components/CheckPanel';
import { DocumentButton } from './components/DocumentButton';
import { HighlightPanel } from './components/HighlightPanel';
import { InsertTemplate } from './components/InsertTemplate';
import { PlanPanel } from './components/PlanPanel';
import { Section } from './components/Section';
import { SummaryCard } from './components/SummaryCard';
import { WorkbookPanel } from './components/WorkbookPanel';
import { usePane } from './pane-context';
import { parseYear, type SetChoice, type WorkbookSettings } from './types';
import { useAction } from './useAction';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: {
    ...typographyStyles.caption1,
    display: 'block',
    color: tokens.colorNeutralForeground2,
    marginBottom: tokens.spacingVerticalS,
  },
});

export interface AppProps {
  actions: AddinActions;
  sets: SetChoice[];
}

/** The task pane: composes the parts and holds what they share (the settings and the last check). */
export function App({ actions, sets }: AppProps) {
  const { t } = usePane();
  const styles = useStyles();
  const [settings, setSettings] = useState<WorkbookSettings>(() => ({
    setId: sets[0]?.id ?? '',
    yearText: String(sets[0]?.assessmentYear ?? ''),
    unitName: '',
  }));
  const check = useAction(useCallback(() => actions.checkScores(), [actions]));
  const [asked, setAsked] = useState(false);
  const runCheck = check.run;

  // A first, quiet check shows what the open workbook already holds.
  useEffect(() => {
    void runCheck();
  }, [runCheck]);

  // The set, year and unit recorded in the workbook win over the defaults.
  const recorded = check.result;
  useEffect(() => {
    if (!recorded) return;
    setSettings((s) => ({
      setId: recorded.setId || s.setId,
      yearText: String(recorded.year),
      unitName: recorded.unitName || s.unitName,
    }));
  }, [recorded]);

  const choices = useMemo(() => {
    if (!recorded || sets.some((s) => s.id === recorded.setId)) return sets;
    return [...sets, { id: recorded.setId, name: recorded.setName, assessmentYear: recorded.year }];
  }, [sets, recorded]);

  const year = parseYear(settings.yearText);
  const insertOptions: InsertTemplateOptions | null =
    year !== null && settings.setId
      ? { setId: settings.setId, year, unitName: settings.unitName.trim() }
      : null;
  const defaultPlanYear = (recorded?.year ?? year ?? new Date().getFullYear() - 1) + 1;
  // No template yet is the normal state of a new workbook: say so only when the user asked for a check.
  const checkError = asked || check.errorCode !== 'NO_TEMPLATE' ? check.error : null;

  const userCheck = () => {
    setAsked(true);
    void runCheck();
  };

  return (
    <main className={styles.main}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      <span className={styles.subtitle}>{t.appSubtitle}</span>
      <Section heading={t.workbook.heading}>
        <WorkbookPanel sets={choices} settings={settings} onChange={setSettings} recorded={recorded} />
        <InsertTemplate actions={actions} options={insertOptions} />
      </Section>
      <Section heading={t.check.heading}>
        <CheckPanel
          actions={actions}
          busy={check.busy}
          result={check.result}
          error={checkError}
          onCheck={userCheck}
          onDismissError={check.dismissError}
          onFixed={() => void runCheck()}
        />
      </Section>
      {check.result && (
        <Section heading={t.summary.heading}>
          <SummaryCard summary={check.result} />
        </Section>
      )}
      <Section heading={t.highlight.heading}>
        <HighlightPanel actions={actions} />
      </Section>
      <Section heading={t.plan.heading}>
        <PlanPanel
          key={defaultPlanYear}
          actions={actions}
          defaultPlanYear={defaultPlanYear}
          fields={check.result?.fields ?? []}
          onFixed={() => void runCheck()}
        />
        <DocumentButton actions={actions} planYear={defaultPlanYear} />
      </Section>
    </main>
  );
}

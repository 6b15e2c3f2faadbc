import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import {
  ArrowRightRegular,
  ErrorCircleRegular,
  NumberSymbolRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import { useCallback, useId, useState } from 'react';
import type { AddinActions, FieldSummary, FixResult, LocatedProblem } from '../../excel/types';
import { usePane } from '../pane-context';
import { cellOf } from '../types';
import { useAction } from '../useAction';
import { ActionButton } from './ActionButton';
import { BusyRing } from './BusyRing';
import { Tag } from './Tag';
import { ErrorBar } from './ErrorBar';
import { OutcomeBar } from './OutcomeBar';

const useStyles = makeStyles({
  listLabel: typographyStyles.body1Strong,
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  groupHeading: {
    margin: 0,
    display: 'flex',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  groupCount: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, flexShrink: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  warningItem: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  itemTop: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  message: { ...typographyStyles.body1, whiteSpace: 'normal', overflowWrap: 'anywhere' },
  confirmBody: {
    whiteSpace: 'normal',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface ProblemListProps {
  problems: LocatedProblem[];
  fields: Pick<FieldSummary, 'code' | 'name'>[];
  errors: number;
  warnings: number;
  actions: Pick<AddinActions, 'selectCell' | 'fixTextNumbers'>;
  /** After numbers typed as text were fixed: the caller checks again. */
  onFixed?: (result: FixResult) => void;
}

interface Group {
  key: string;
  heading: string;
  problems: LocatedProblem[];
}

/** Problems by field in the set's order; codes outside every field come last. */
export function groupByField(
  problems: readonly LocatedProblem[],
  fields: readonly Pick<FieldSummary, 'code' | 'name'>[],
  headings: { field: (f: { code: string; name: string }) => string; other: string },
): Group[] {
  const groups = new Map<string, Group>();
  for (const f of fields) groups.set(f.code, { key: f.code, heading: headings.field(f), problems: [] });
  const other: Group = { key: '', heading: headings.other, problems: [] };
  for (const p of problems) {
    const field = p.criterion.split('.')[0] ?? '';
    let group = groups.get(field);
    // Without the set's fields at hand (a plan refused before any check), group by the code's first part.
    if (!group && fields.length === 0 && /^\d+$/.test(field)) {
      group = { key: field, heading: headings.field({ code: field, name: '' }), problems: [] };
      groups.set(field, group);
    }
    (group ?? other).problems.push(p);
  }
  return [...groups.values(), other].filter((g) => g.problems.length > 0);
}

/** What needs fixing, by field: severity, message, and a button that selects the cell in Excel. */
export function ProblemList({ problems, fields, errors, warnings, actions, onFixed }: ProblemListProps) {
  const { t, say } = usePane();
  const styles = useStyles();
  const listId = useId();
  const select = useAction(useCallback((address: string) => actions.selectCell(address), [actions]));
  const fix = useAction(useCallback(() => actions.fixTextNumbers(), [actions]));
  const [confirming, setConfirming] = useState(false);
  const [selecting, setSelecting] = useState<string | null>(null);
  const textNumbers = problems.filter((p) => p.code === 'TEXT_NUMBER').length;
  const groups = groupByField(problems, fields, { field: t.check.fieldGroup, other: t.check.otherGroup });

  const confirmFix = async () => {
    setConfirming(false);
    const result = await fix.run();
    if (result) onFixed?.(result);
  };

  return (
    <div className={styles.root}>
      <div className={styles.counts} aria-live="polite">
        <Tag color={errors > 0 ? 'danger' : 'success'} icon={<ErrorCircleRegular />}>
          {t.check.counts({ errors, warnings })}
        </Tag>
      </div>
      {problems.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t.check.noProblems}</MessageBarBody>
        </MessageBar>
      )}
      {textNumbers > 0 && !confirming && (
        <ActionButton
          icon={<NumberSymbolRegular />}
          busy={fix.busy}
          busyLabel={t.check.fixBusy}
          onClick={() => setConfirming(true)}
        >
          {t.check.fixButton}
        </ActionButton>
      )}
      {confirming && (
        <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={t.check.fixButton}>
          <MessageBarBody className={styles.confirmBody}>
            {t.check.fixQuestion({ count: textNumbers })}
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => void confirmFix()}>
                {t.check.fixConfirm}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t.check.fixCancel}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={fix.error} onDismiss={fix.dismissError} />
      {fix.result && <OutcomeBar outcome={fix.result} />}
      <ErrorBar error={select.error} onDismiss={select.dismissError} />
      {groups.length > 0 && (
        <div role="region" aria-labelledby={listId} className={styles.root}>
          <span id={listId} className={styles.listLabel}>
            {t.check.listLabel}
          </span>
          {groups.map((g) => (
            <div key={g.key} className={styles.group}>
              <h3 className={styles.groupHeading}>
                <span>{g.heading}</span>
                <span className={styles.groupCount}>{t.check.groupCount({ count: g.problems.length })}</span>
              </h3>
              <ul className={styles.list}>
                {g.problems.map((p, i) => (
                  <li
                    key={`${p.code}-${p.criterion}-${p.column}-${i}`}
                    className={mergeClasses(styles.item, p.severity === 'warning' && styles.warningItem)}
                  >
                    <div className={styles.itemTop}>
                      <Tag
                        filled
                        color={p.severity === 'error' ? 'danger' : 'warning'}
                        icon={p.severity === 'error' ? <ErrorCircleRegular /> : <WarningRegular />}
                      >
                        {t.check.severity[p.severity]}
                      </Tag>
                      {p.address && (
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={
                            select.busy && selecting === p.address ? (
                              <BusyRing size="tiny" label={t.check.selectBusy} />
                            ) : (
                              <ArrowRightRegular />
                            )
                          }
                          iconPosition="after"
                          aria-label={t.check.goToCellLabel({
                            cell: cellOf(p.address),
                            criterion: p.criterion,
                          })}
                          disabledFocusable={select.busy && selecting === p.address}
                          onClick={() => {
                            const address = p.address as string;
                            setSelecting(address);
                            void select.run(address);
                          }}
                        >
                          {t.check.goToCell({ cell: cellOf(p.address) })}
                        </Button>
                      )}
                    </div>
                    <span className={styles.message}>{say(p.message)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { CheckResult } from '../../excel/types';
import { usePane } from '../pane-context';
import { Tag } from './Tag';

const useStyles = makeStyles({
  caption: typographyStyles.caption1,
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  headline: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  total: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  percent: { fontSize: tokens.fontSizeBase400, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  itemText: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  name: {
    ...typographyStyles.body1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  figure: { ...typographyStyles.body1, flexShrink: 0, fontVariantNumeric: 'tabular-nums' },
  track: {
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    // A stroke colour: visible as a track on the card in both light and dark themes.
    backgroundColor: tokens.colorNeutralStroke2,
    overflow: 'hidden',
  },
  fill: {
    height: '100%',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
  },
  fillFull: { backgroundColor: tokens.colorPaletteGreenBackground3 },
});

export type SummaryData = Pick<CheckResult, 'total' | 'classification' | 'fields'> &
  Partial<Pick<CheckResult, 'scaleConfirmed'>>;

/** The share of a field's max that its score reaches, 0–100, for the bar's width. */
export function barPercent(score: number | null, max: number): number {
  if (score === null || max <= 0) return 0;
  return Math.max(0, Math.min(100, (score / max) * 100));
}

/** Total, %, classification and a bar per field: score against max. */
export function SummaryCard({ summary }: { summary: SummaryData }) {
  const { t, score, percent } = usePane();
  const styles = useStyles();
  const { total, classification, fields } = summary;
  return (
    <div className={styles.card} data-testid="summary-card">
      <div className={styles.headline}>
        <span className={styles.total}>
          {t.summary.total({ score: score(total.score), max: score(total.applicableMax) })}
        </span>
        <span className={styles.percent}>{t.summary.percent({ percent: percent(total.percent) })}</span>
        <Tag color={classification ? 'brand' : 'informative'}>
          {t.summary.classification}: {classification ? classification.name : t.summary.noClassification}
          {classification && summary.scaleConfirmed === false && (
            <span title={t.summary.unconfirmedHint}> ({t.summary.unconfirmed})</span>
          )}
        </Tag>
      </div>
      <span className={styles.caption}>{t.summary.fieldsLabel}</span>
      <ul className={styles.list}>
        {fields.map((f) => {
          const shown = f.score === null ? t.summary.notScored : score(f.score);
          const width = barPercent(f.score, f.max);
          return (
            <li
              key={f.code}
              className={styles.item}
              aria-label={t.summary.fieldLabel({
                code: f.code,
                name: f.name,
                score: shown,
                max: score(f.max),
              })}
            >
              <div className={styles.itemText} aria-hidden>
                <span className={styles.name} title={f.name}>
                  {f.code}. {f.name}
                </span>
                <span className={styles.figure}>
                  {f.score === null ? shown : t.summary.fieldScore({ score: shown, max: score(f.max) })}
                </span>
              </div>
              <div className={styles.track} aria-hidden>
                <div
                  className={mergeClasses(styles.fill, width >= 100 && styles.fillFull)}
                  data-testid={`bar-${f.code}`}
                  // The one value that cannot be a class: the width is the data.
                  style={{ width: `${width}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

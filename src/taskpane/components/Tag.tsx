import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

// A label with a colour, in place of Fluent's Badge: the pane needs only this much of it, and Badge
// costs several KB of the bundle Office downloads on every open.
const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    paddingInline: tokens.spacingHorizontalS,
    minHeight: '20px',
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  dangerFilled: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground2,
  },
  warningFilled: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  brand: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
  },
  icon: { display: 'inline-flex', fontSize: '12px' },
});

export type TagColor = 'danger' | 'warning' | 'success' | 'brand' | 'informative';

export function Tag({
  color,
  filled = false,
  icon,
  children,
}: {
  color: TagColor;
  filled?: boolean;
  icon?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  const tone =
    filled && color === 'danger'
      ? styles.dangerFilled
      : filled && color === 'warning'
        ? styles.warningFilled
        : styles[color];
  return (
    <span className={mergeClasses(styles.root, tone)}>
      {icon && (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </span>
  );
}

import { makeStyles, tokens, typographyStyles, type FieldControlProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

// The browser's own select, drawn like Fluent's: Fluent's Select wraps the same element and costs several KB
// of the bundle Office downloads every time the pane opens. Placed inside a Field as its render function, it
// gets the Field's label, hint and validation wiring.
const useStyles = makeStyles({
  select: {
    ...typographyStyles.body1,
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    height: '32px',
    paddingInline: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    textOverflow: 'ellipsis',
    cursor: 'pointer',
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
});

export interface NativeSelectProps {
  field: FieldControlProps;
  value: string;
  onChange: (value: string) => void;
  title?: string;
  children: ReactNode;
}

export function NativeSelect({ field, value, onChange, title, children }: NativeSelectProps) {
  const styles = useStyles();
  return (
    <select
      {...field}
      className={styles.select}
      value={value}
      title={title}
      onChange={(e) => onChange(e.target.value)}
    >
      {children}
    </select>
  );
}

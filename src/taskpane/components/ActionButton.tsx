import { Button, makeStyles, type ButtonProps, tokens } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { BusyRing } from './BusyRing';

const useStyles = makeStyles({
  status: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  button: { maxWidth: '100%', columnGap: tokens.spacingHorizontalS },
});

export interface ActionButtonProps {
  busy: boolean;
  busyLabel: string;
  icon: ReactElement;
  onClick: () => void;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  disabled?: boolean;
  'aria-label'?: string;
}

/** A button that shows a busy ring and says what it is doing while its action runs. */
export function ActionButton(props: ActionButtonProps) {
  const styles = useStyles();
  return (
    <>
      <Button
        className={styles.button}
        appearance={props.appearance ?? 'secondary'}
        icon={props.busy ? <BusyRing label={props.busyLabel} /> : props.icon}
        // Stays focusable while busy, so keyboard users do not lose their place.
        disabledFocusable={props.busy}
        disabled={props.disabled}
        aria-busy={props.busy}
        aria-label={props['aria-label']}
        onClick={props.onClick}
      >
        {props.busy ? props.busyLabel : props.children}
      </Button>
      <span className={styles.status} role="status" aria-live="polite">
        {props.busy ? props.busyLabel : ''}
      </span>
    </>
  );
}

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

// A spinning ring drawn in CSS. Fluent's Spinner does the same with several KB more of the bundle that
// Office downloads every time the pane opens.
const useStyles = makeStyles({
  ring: {
    display: 'inline-block',
    boxSizing: 'border-box',
    borderRadius: '50%',
    borderTop: `2px solid ${tokens.colorBrandStroke1}`,
    borderRight: `2px solid ${tokens.colorBrandStroke2}`,
    borderBottom: `2px solid ${tokens.colorBrandStroke2}`,
    borderLeft: `2px solid ${tokens.colorBrandStroke2}`,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.7s' },
  },
  small: { width: '16px', height: '16px' },
  tiny: { width: '12px', height: '12px' },
});

export function BusyRing({ size = 'small', label }: { size?: 'small' | 'tiny'; label: string }) {
  const styles = useStyles();
  return <span role="progressbar" aria-label={label} className={mergeClasses(styles.ring, styles[size])} />;
}

import { FluentProvider, webDarkTheme, webLightTheme, makeStyles } from '@fluentui/react-components';
import type { AddinActions } from '../excel/types';
import type { PaneLang } from '../i18n/pane';
import { App } from './App';
import { PaneProvider } from './pane-context';
import type { SetChoice } from './types';

const useStyles = makeStyles({
  provider: { minHeight: '100%' },
});

export interface PaneRootProps {
  actions: AddinActions;
  sets: SetChoice[];
  lang: PaneLang;
  dark: boolean;
}

/** One FluentProvider at the root, the language, and the pane: the same in Excel and in the preview. */
export function PaneRoot({ actions, sets, lang, dark }: PaneRootProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider} lang={lang}>
      <PaneProvider lang={lang}>
        <App actions={actions} sets={sets} />
      </PaneProvider>
    </FluentProvider>
  );
}

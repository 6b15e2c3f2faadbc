import {
  Caption1,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { PaneLang } from '../i18n/pane';
import { previewStrings } from '../i18n/preview';
import { PaneRoot } from '../taskpane/PaneRoot';
import { PaneProvider, usePane } from '../taskpane/pane-context';
import type { SetChoice } from '../taskpane/types';
import { deferredActions, loadSession } from './deferred';
import type { SimulatedExcel } from '../sim';
import type { ApiLevel } from '../sim/apiLevels';
import { WorkbookGrid } from './WorkbookGrid';

const LEVELS: ApiLevel[] = ['office2016', 'office2019', 'office2021', 'microsoft365'];

const useStyles = makeStyles({
  app: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: '#217346',
    color: '#FFFFFF',
  },
  titles: { display: 'flex', flexDirection: 'column', marginRight: 'auto' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { color: '#FFFFFF' },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  loading: { marginTop: tokens.spacingVerticalXXL },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  pane: {
    width: '360px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface PreviewAppProps {
  sets: SetChoice[];
  initialLevel: ApiLevel;
  initialLang: PaneLang;
  initialDark: boolean;
}

function Chrome({
  level,
  onLevel,
  lang,
  onLang,
  dark,
  onDark,
}: {
  level: ApiLevel;
  onLevel: (l: ApiLevel) => void;
  lang: PaneLang;
  onLang: (l: PaneLang) => void;
  dark: boolean;
  onDark: (d: boolean) => void;
}) {
  const { t } = usePane();
  const tp = previewStrings(t.lang);
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{tp.title}</h1>
        <Caption1 className={styles.note}>{tp.note}</Caption1>
      </div>
      <div className={styles.controls}>
        <Field label={tp.apiLevelLabel} size="small">
          <Select size="small" value={level} onChange={(_, d) => onLevel(d.value as ApiLevel)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {tp.apiLevels[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tp.languageLabel} size="small">
          <Select size="small" value={lang} onChange={(_, d) => onLang(d.value === 'en' ? 'en' : 'vi')}>
            <option value="vi">{tp.languages.vi}</option>
            <option value="en">{tp.languages.en}</option>
          </Select>
        </Field>
        <Switch label={tp.darkLabel} checked={dark} onChange={(_, d) => onDark(d.checked)} />
      </div>
    </header>
  );
}

/**
 * The preview page: the real task pane over the simulated Excel, beside a grid of its workbook. Changing the
 * Excel version starts a new workbook, as opening the file in another Excel would start the add-in afresh.
 */
export function PreviewApp({ sets, initialLevel, initialLang, initialDark }: PreviewAppProps) {
  const styles = useStyles();
  const [level, setLevel] = useState<ApiLevel>(initialLevel);
  const [lang, setLang] = useState<PaneLang>(initialLang);
  const [dark, setDark] = useState(initialDark);
  // The pane is usable at once; the simulator (a large formula library) arrives a moment later.
  const session = useMemo(() => loadSession(level), [level]);
  const actions = useMemo(() => deferredActions(session), [session]);
  const [sim, setSim] = useState<SimulatedExcel | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setSim(null);
    session.then(
      (s) => live && setSim(s.sim),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [session]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <PaneProvider lang={lang}>
        <div className={styles.app}>
          <Chrome
            level={level}
            onLevel={setLevel}
            lang={lang}
            onLang={setLang}
            dark={dark}
            onDark={setDark}
          />
          <div className={styles.body}>
            <main className={styles.grid}>
              {sim && <WorkbookGrid key={level} workbook={sim} />}
              {!sim && !loadError && (
                <Spinner className={styles.loading} label={previewStrings(lang).loading} />
              )}
              {loadError && (
                <MessageBar intent="error">
                  <MessageBarBody>{previewStrings(lang).loadFailed({ detail: loadError })}</MessageBarBody>
                </MessageBar>
              )}
            </main>
            <aside className={styles.pane} data-testid="taskpane" aria-label={previewStrings(lang).paneLabel}>
              <PaneRoot key={level} actions={actions} sets={sets} lang={lang} dark={dark} />
            </aside>
          </div>
        </div>
      </PaneProvider>
    </FluentProvider>
  );
}

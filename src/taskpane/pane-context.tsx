import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Message } from '../engine/types';
import { paneStrings, type PaneLang, type PaneStrings } from '../i18n/pane';

export interface PaneContextValue {
  lang: PaneLang;
  t: PaneStrings;
  /** Scores as people read them: "79,452" in Vietnamese, "79.452" in English; at most 3 decimals. */
  score: (value: number) => string;
  /** Percent with at most 2 decimals. */
  percent: (value: number) => string;
  /** The user's language half of a two-language message. */
  say: (message: Message) => string;
}

export function makePaneContext(lang: PaneLang): PaneContextValue {
  const t = paneStrings(lang);
  const scoreFormat = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 3, useGrouping: false });
  const percentFormat = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2, useGrouping: false });
  return {
    lang,
    t,
    score: (value) => scoreFormat.format(value),
    percent: (value) => percentFormat.format(value),
    say: (message) => message[lang],
  };
}

const PaneContext = createContext<PaneContextValue>(makePaneContext('vi'));

export function PaneProvider({ lang, children }: { lang: PaneLang; children: ReactNode }) {
  const value = useMemo(() => makePaneContext(lang), [lang]);
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  return useContext(PaneContext);
}

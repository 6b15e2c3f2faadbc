import type { PaneLang } from '../i18n/pane';

/** English when Office runs in English; Vietnamese otherwise (the users' language, and the documents'). */
export function langFromDisplayLanguage(displayLanguage: string | undefined): PaneLang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Office's theme when it says; otherwise judged by the body background's lightness. */
export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

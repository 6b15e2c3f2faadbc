import { en } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';
export { vi, en };
export type { Catalogue } from './vi';

export function catalogue(lang: Lang) {
  return lang === 'en' ? en : vi;
}

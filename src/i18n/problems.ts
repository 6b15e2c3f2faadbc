import { formatNumberVi, formatPlain } from '../engine/decimal';
import type { SummaryLine } from '../engine/plan';
import type { Problem } from '../engine/types';
import { en } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';

const numberIn = (lang: Lang) => (lang === 'vi' ? formatNumberVi : formatPlain);

/**
 * A score problem as a sentence. The engine hands over numbers; here they get a decimal comma in Vietnamese
 * ("8,5") and a point in English. Too many decimals is shown in full, since rounding would hide the fault.
 */
export function problemText(p: Problem, lang: Lang): string {
  const n = numberIn(lang);
  const full = (x: number) => (lang === 'vi' ? String(x).replace('.', ',') : String(x));
  const q = p.params;
  const params = {
    code: p.criterion,
    value: q.value === undefined ? '' : p.code === 'TOO_MANY_DECIMALS' ? full(q.value) : n(q.value),
    max: q.max === undefined ? '' : n(q.max),
    sum: q.sum === undefined ? '' : n(q.sum),
    text: q.text ?? '',
  };
  const fn = (lang === 'vi' ? vi : en).problems[p.code] as (x: typeof params) => string;
  return fn(params);
}

/** Both languages at once, for a result that carries its message in each. */
export function problemMessage(p: Problem): { vi: string; en: string } {
  return { vi: problemText(p, 'vi'), en: problemText(p, 'en') };
}

/** A line of the plan's section I.2. */
export function planSummaryText(line: SummaryLine, lang: Lang): string {
  const c = (lang === 'vi' ? vi : en).plan;
  const n = numberIn(lang);
  switch (line.kind) {
    case 'field':
      return line.score === null
        ? c.fieldLineNa({ index: line.index, name: line.name })
        : c.fieldLine({ index: line.index, name: line.name, score: n(line.score), max: n(line.max) });
    case 'total':
      return (
        c.totalLine({ year: line.year, score: n(line.score), max: n(line.max), percent: n(line.percent) }) +
        (line.band === null ? '' : c.classificationSuffix({ name: line.band }))
      );
    case 'basis':
      return c.basis[line.basis];
    case 'scaleUnconfirmed':
      return c.scaleUnconfirmed;
  }
}

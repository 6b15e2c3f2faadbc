import { vi, type Catalogue } from './vi';

export const en: Catalogue = {
  problems: {
    ABOVE_MAX: (p) =>
      `Criterion ${p.code}: score ${p.value} is above the max of ${p.max}. Enter a score from 0 to ${p.max}.`,
    NEGATIVE: (p) => `Criterion ${p.code}: score ${p.value} is negative. Enter a score of 0 or more.`,
    NOT_A_NUMBER: (p) =>
      `Criterion ${p.code}: "${p.text}" is not a score. Enter a number (for example 8.5), or leave it blank if not scored yet.`,
    TEXT_NUMBER: (p) =>
      `Criterion ${p.code}: "${p.text}" is stored as text, so Excel leaves it out of the totals. Turn the cell into the number ${p.value}.`,
    CELL_ERROR: (p) =>
      `Criterion ${p.code}: the cell shows the error ${p.text}. Remove the broken formula and type the score again.`,
    MISSING: (p) => `Criterion ${p.code}: no score yet. Enter the self-assessed score.`,
    NA_NOT_ALLOWED: (p) =>
      `Criterion ${p.code}: this criterion cannot be marked "not applicable". Enter a score from 0 to its max.`,
    TOO_MANY_DECIMALS: (p) =>
      `Criterion ${p.code}: score ${p.value} has more than 3 decimals. Round it to 3 decimals (for example 7.997).`,
    PARENT_MISMATCH: (p) =>
      `Item ${p.code}: the entered score ${p.value} differs from the sum of the criteria below it (${p.sum}). Check this item's score or its criteria.`,
    UNKNOWN_CODE: (p) =>
      `Code "${p.code}" is not in the criteria set, so it is not counted. Check the STT column.`,
    DUPLICATE_ENTRY: (p) => `Criterion ${p.code} appears more than once. Keep one row per criterion.`,
  },
  columns: {
    self: 'Self-assessed score',
    appraised: 'Appraised score',
  },
  // The workbook stays in Vietnamese: it is an official document whatever the interface language.
  sheets: vi.sheets,
  plan: {
    fieldLine: (p) => `Field ${p.index}: ${p.name}: ${p.score}/${p.max} points`,
    fieldLineNa: (p) => `Field ${p.index}: ${p.name}: no score yet`,
    totalLine: (p) => `PAR Index ${p.year} of the commune: ${p.score}/${p.max} points (${p.percent}%)`,
    classificationSuffix: (p) => `, rated ${p.name}`,
    scaleUnconfirmed:
      "Note: this criteria set's classification bands are not confirmed; check them against the province's decision.",
    basis: {
      self: 'Scores used for the plan: self-assessed.',
      appraised: 'Scores used for the plan: appraised.',
      mixed: 'Scores used for the plan: appraised where entered, self-assessed elsewhere.',
    },
  },
};

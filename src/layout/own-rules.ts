// The conditional formats the add-in and parindex write (src/excel/highlight.ts, src/xlsx/apply.ts, the
// template's spec), told apart from a user's own by their formula, so that only these are ever replaced.

const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;

/** The below-max rule over the data block: a criterion row (one dot in its code) whose score is below max. */
const BELOW_MAX_RULE = new RegExp(
  String.raw`^=?AND\(ISNUMBER\(FIND\("\.",(${CELL})\)\),ISERROR\(FIND\("\.",\1,FIND\("\.",\1\)\+1\)\),` +
    String.raw`ISNUMBER\((${CELL})\),\2<${CELL}\)$`,
  'i',
);

/** The template's own mark on the score column. */
const SCORE_COLUMN_RULE = new RegExp(String.raw`^=?AND\(ISNUMBER\((${CELL})\),\1<${CELL}\)$`, 'i');

const squeeze = (formula: string): string => formula.replace(/\s+/g, '');

export function isBelowMaxRule(formula: string): boolean {
  return BELOW_MAX_RULE.test(squeeze(formula));
}

/** Whether a rule read from a sheet is one the add-in wrote: a user's own rules are never touched. */
export function isOwnRule(rule: { type: string; formula: string | null }): boolean {
  if (rule.type !== 'Custom' || rule.formula === null) return false;
  return isBelowMaxRule(rule.formula) || SCORE_COLUMN_RULE.test(squeeze(rule.formula));
}

/** Excel's longest sheet name, in UTF-16 units as Excel counts them. */
export const SHEET_NAME_MAX = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[\\/?*:[\]]/g;

/** Names Excel keeps for itself: a sheet cannot take them. */
const RESERVED = ['History'];

/** A sheet name as Excel compares it: one Unicode form, case left aside. */
export const sheetNameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('vi');

export const sameSheetName = (a: string, b: string): boolean => sheetNameKey(a) === sheetNameKey(b);

/** The first `max` UTF-16 units of a text, never half of a surrogate pair. */
function clip(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A name Excel accepts for the one wanted: forbidden characters ("\ / ? * : [ ]") as "-", no apostrophe at
 * either end, at most 31 characters, never blank.
 */
export function validSheetName(wanted: string, fallback = 'Sheet'): string {
  const name = clip(wanted.replace(FORBIDDEN, '-').replace(/^[\s']+/, ''), SHEET_NAME_MAX).replace(
    /[\s']+$/,
    '',
  );
  return name === '' ? fallback : name;
}

/** " (2)", " (3)", …: what tells the variants of a name apart, within Excel's length. */
function variant(base: string, n: number): string {
  const suffix = ` (${n})`;
  return clip(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
}

/**
 * "Tự đánh giá 2023 (2)": the wanted name made valid for Excel, else its first variant no sheet holds yet.
 * Excel compares sheet names without regard to case.
 */
export function freeSheetName(taken: Iterable<string>, wanted: string): string {
  const used = new Set([...taken, ...RESERVED].map(sheetNameKey));
  const base = validSheetName(wanted);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = variant(base, n);
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/** Whether a sheet name is the one given or one of the variants `freeSheetName` makes of it. */
export function isSheetNameVariant(name: string, wanted: string): boolean {
  const base = validSheetName(wanted);
  if (sameSheetName(name, base)) return true;
  const m = / \((\d+)\)$/.exec(name);
  return m !== null && Number(m[1]) >= 2 && sameSheetName(name, variant(base, Number(m[1])));
}

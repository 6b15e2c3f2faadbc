// One table of which member needs which ExcelApi version, so the levels stay auditable in one place.
import { simError } from './errors';

export type ApiLevel = 'office2016' | 'office2019' | 'office2021' | 'microsoft365';

/** Highest ExcelApi minor version each Excel supports (1.x). */
export const API_LEVEL_MINOR: Record<ApiLevel, number> = {
  office2016: 1,
  office2019: 7,
  office2021: 14,
  microsoft365: 20,
};

/** Members newer than ExcelApi 1.1, keyed "Type.member", valued by the minor version that added them. */
export const API_REQUIREMENTS: Readonly<Record<string, number>> = {
  'WorksheetCollection.getItemOrNullObject': 4,
  'WorksheetCollection.getCount': 4,
  'NamedItemCollection.add': 4,
  'NamedItemCollection.getItemOrNullObject': 4,
  'NamedItemCollection.getCount': 4,
  'NamedItem.delete': 4,
  'NamedItem.comment': 4,
  'NamedItem.getRangeOrNullObject': 4,
  'NamedItem.formula': 7,
  'Worksheet.names': 4,
  'Worksheet.protection': 2,
  'Worksheet.getUsedRangeOrNullObject': 4,
  'Worksheet.getRangeByIndexes': 7,
  'Worksheet.freezePanes': 7,
  'Worksheet.tabColor': 7,
  'Worksheet.pageLayout': 9,
  'Worksheet.copy': 10,
  'Application.suspendApiCalculationUntilNextSync': 6,
  'Range.getResizedRange': 2,
  'Range.merge': 2,
  'Range.unmerge': 2,
  'Range.getIntersectionOrNullObject': 4,
  'Range.conditionalFormats': 6,
  'Range.dataValidation': 8,
  'RangeFormat.columnWidth': 2,
  'RangeFormat.rowHeight': 2,
  'RangeFormat.autofitColumns': 2,
  'RangeFormat.autofitRows': 2,
  'RangeFormat.protection': 2,
  'ConditionalFormatCollection.getCount': 6,
};

export function parseMinor(version: string | undefined): number | null {
  if (version === undefined || version === '') return 0;
  const m = /^1(?:\.(\d+))?$/.exec(version.trim());
  if (!m) return null;
  return m[1] === undefined ? 0 : Number(m[1]);
}

/**
 * Common API sets every simulated Excel has: Microsoft's "Office Common API requirement sets" lists Excel on
 * Windows (2013 on), on the web, Mac and iPad for each (version 1.1 only).
 */
export const COMMON_SETS: readonly string[] = [
  'tablebindings',
  'tablecoercion',
  'matrixbindings',
  'selection',
];

export function isSetSupported(level: ApiLevel, name: string, minVersion?: string): boolean {
  if (COMMON_SETS.includes(name.toLowerCase())) {
    const minor = parseMinor(minVersion);
    return minor !== null && minor <= 1;
  }
  if (name.toLowerCase() !== 'excelapi') return false;
  const minor = parseMinor(minVersion);
  return minor !== null && minor <= API_LEVEL_MINOR[level];
}

/** Throws ApiNotFound the way Office.js does when a member is touched on an Excel too old for it. */
export function requireApi(level: ApiLevel, member: string): void {
  const needed = API_REQUIREMENTS[member];
  if (needed === undefined || needed <= API_LEVEL_MINOR[level]) return;
  throw simError(
    'ApiNotFound',
    member,
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member} needs ExcelApi 1.${needed}; this Excel supports ExcelApi 1.${API_LEVEL_MINOR[level]}.)`,
  );
}

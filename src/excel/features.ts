import type { ExcelHost } from './host';

/**
 * What the Excel at hand can do beyond ExcelApi 1.1 (Office 2016 bought outright). Every action asks here and
 * falls back where a feature is missing, so the manifest can ask for 1.1 only.
 */
export interface Features {
  /** Sheet protection and cell locking (1.2). */
  protection: boolean;
  /** Range.merge / unmerge (1.2). */
  merge: boolean;
  /** Column widths and row heights (1.2). */
  columnWidths: boolean;
  /** getUsedRange(valuesOnly) (1.2): formatted but empty cells do not inflate a read. */
  usedRangeValuesOnly: boolean;
  /** *OrNullObject lookups and defined names (1.4). */
  nullObjects: boolean;
  names: boolean;
  /** Conditional formats and suspendApiCalculationUntilNextSync (1.6). */
  conditionalFormats: boolean;
  suspendCalculation: boolean;
  /** Freeze panes (1.7). */
  freezePanes: boolean;
  /** Data validation (1.8). */
  dataValidation: boolean;
  /** Page layout (1.9). */
  pageLayout: boolean;
  /** Worksheet.copy (1.10). */
  copySheet: boolean;
}

export function detectFeatures(host: Pick<ExcelHost, 'isSetSupported'>): Features {
  const has = (minor: number) => host.isSetSupported('ExcelApi', `1.${minor}`);
  const v2 = has(2);
  const v4 = has(4);
  const v6 = has(6);
  return {
    protection: v2,
    merge: v2,
    columnWidths: v2,
    usedRangeValuesOnly: v2,
    nullObjects: v4,
    names: v4,
    conditionalFormats: v6,
    suspendCalculation: v6,
    freezePanes: has(7),
    dataValidation: has(8),
    pageLayout: has(9),
    copySheet: has(10),
  };
}

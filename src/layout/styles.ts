import type { CellStyle, ProtectionAllowances, SheetSpec } from './spec';

/** The look of the produced sheets, in one place. Nghị định 30/2020/NĐ-CP: Times New Roman, 13–14 pt. */
export const FONT = { name: 'Times New Roman', size: 13 } as const;

export const COLORS = {
  fieldFill: '#E2EFDA',
  headerFill: '#D9E1F2',
  totalFill: '#FFF2CC',
  belowMaxFill: '#FCE4D6',
  belowMaxFont: '#9C3400',
  entryFill: '#FFFFFF',
  recordFont: '#7F7F7F',
} as const;

/** Scores show as typed, up to 3 decimals; "General" lets the user's locale pick the decimal comma. */
export const SCORE_FORMAT = 'General';
export const TEXT_FORMAT = '@';

export const STYLE = {
  title: { font: { bold: true, size: 14 }, hAlign: 'center', vAlign: 'center', wrap: true },
  subtitle: { font: { italic: true }, hAlign: 'center', vAlign: 'center', wrap: true },
  unit: { font: { bold: true }, hAlign: 'left' },
  record: { font: { italic: true, size: 10, color: COLORS.recordFont }, hAlign: 'left' },
  header: {
    font: { bold: true },
    fill: COLORS.headerFill,
    hAlign: 'center',
    vAlign: 'center',
    wrap: true,
    border: true,
  },
  body: { border: true, vAlign: 'center', wrap: true },
  code: { numberFormat: TEXT_FORMAT, hAlign: 'center' },
  score: { numberFormat: SCORE_FORMAT, hAlign: 'center' },
  field: { font: { bold: true }, fill: COLORS.fieldFill },
  total: { font: { bold: true }, fill: COLORS.totalFill },
  entry: { locked: false },
  summary: { wrap: false, vAlign: 'top' },
} satisfies Record<string, CellStyle>;

export const BELOW_MAX = { fill: COLORS.belowMaxFill, fontColor: COLORS.belowMaxFont } as const;

/** Both sheets print as official documents: A4 landscape, one page wide, the header row on every page. */
/** 2 cm on the left (the binding side, Nghị định 30/2020), about 1,5 cm elsewhere; in inches. */
export const OFFICIAL_MARGINS = {
  left: 0.79,
  right: 0.59,
  top: 0.59,
  bottom: 0.59,
  header: 0.3,
  footer: 0.3,
};

/** Protection guards the formulas from slips, not from the office's own staff: formats, rows, columns stay open. */
export const PROTECTION_ALLOWANCES: ProtectionAllowances = {
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  insertColumns: true,
  sort: true,
  autoFilter: true,
};

export function officialPage(
  headerRow: number,
): Pick<SheetSpec, 'freeze' | 'print' | 'defaultFont' | 'protection'> {
  return {
    protection: { ...PROTECTION_ALLOWANCES },
    freeze: { rows: headerRow + 1, cols: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: headerRow, last: headerRow },
      margins: OFFICIAL_MARGINS,
    },
    defaultFont: { ...FONT },
  };
}

// Cell formatting as flat patches: a cell's look is defaults <- column <- row <- cell, later writes win.

export type Edge = 'top' | 'bottom' | 'left' | 'right';

export interface BorderFormat {
  style: string;
  color: string;
  weight: string;
}

export interface CellFormat {
  numberFormat?: string;
  fill?: string | null;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  locked?: boolean;
  formulaHidden?: boolean;
  borders?: Partial<Record<Edge, BorderFormat>>;
}

export interface ResolvedFormat {
  numberFormat: string;
  /** null: no fill (Excel reports "#FFFFFF" for that). */
  fill: string | null;
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  fontColor: string;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  locked: boolean;
  formulaHidden: boolean;
  borders: Record<Edge, BorderFormat>;
}

export const NO_BORDER: BorderFormat = { style: 'None', color: '#000000', weight: 'Thin' };

export function defaultFormat(): ResolvedFormat {
  return {
    numberFormat: 'General',
    fill: null,
    fontName: 'Calibri',
    fontSize: 11,
    bold: false,
    italic: false,
    underline: 'None',
    fontColor: '#000000',
    wrapText: false,
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    locked: true,
    formulaHidden: false,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
  };
}

export function mergeFormat(base: CellFormat | undefined, patch: CellFormat): CellFormat {
  const out: CellFormat = { ...base, ...patch };
  if (base?.borders || patch.borders) out.borders = { ...base?.borders, ...patch.borders };
  return out;
}

export function resolveFormat(...layers: Array<CellFormat | undefined>): ResolvedFormat {
  const out = defaultFormat();
  for (const layer of layers) {
    if (!layer) continue;
    const { borders, ...rest } = layer;
    Object.assign(out, rest);
    if (borders) out.borders = { ...out.borders, ...borders };
  }
  return out;
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  purple: '#800080',
  navy: '#000080',
};

/** Excel accepts "#RRGGBB", "#RGB" or an HTML color name and reports "#RRGGBB"; null if unreadable. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(s)) {
    return `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`.toUpperCase();
  }
  return null;
}

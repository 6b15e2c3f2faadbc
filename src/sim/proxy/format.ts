// RangeFormat and its parts. Reads report a value only when every cell agrees (else null), like Excel.
import { rectArea } from '../a1';
import { invalidArgument } from '../errors';
import { autofitColumns, autofitRows } from '../model/autofit';
import { applyFormat, assertEditable, assertUnprotected, forEachCell } from '../model/edits';
import { CellFormat, ResolvedFormat, resolveFormat } from '../model/format';
import { PropTable, SimNode, installProps } from './base';
import { SimRangeBorderCollection } from './borders';
import { SimRangePart, color, isBool, oneOf, positiveNumber } from './rangePart';
import type { RangeTarget } from './range';

const SAMPLE_LIMIT = 200_000;

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The common value of pick() over the range's cells, or null when they differ. */
export function uniform(
  t: RangeTarget,
  pick: (f: ResolvedFormat, row: number, col: number) => unknown,
): unknown {
  const { sheet, rect } = t;
  let first: { v: unknown } | undefined;
  let differs = false;
  const visit = (f: ResolvedFormat, r: number, c: number): void => {
    const v = pick(f, r, c);
    if (!first) first = { v };
    else if (!same(first.v, v)) differs = true;
  };
  if (rectArea(rect) <= SAMPLE_LIMIT) {
    forEachCell(rect, (r, c) => visit(sheet.formatAt(r, c), r, c));
  } else {
    // Huge ranges: stored cells plus the column/row layers stand in for the blank cells.
    sheet.forEachStored(rect, (_cell, r, c) => visit(sheet.formatAt(r, c), r, c));
    for (let c = rect.col; c < rect.col + rect.cols && !differs; c++) {
      visit(resolveFormat(sheet.columnFormats.get(c)), rect.row, c);
    }
    for (const [r, f] of sheet.rowFormats) {
      if (r >= rect.row && r < rect.row + rect.rows) visit(resolveFormat(f), r, rect.col);
    }
  }
  return differs || !first ? null : first.v;
}

function formatSetter(key: keyof CellFormat, check: (v: unknown) => unknown, location: string) {
  return (t: RangeTarget, value: unknown): void => {
    const checked = check(value);
    assertEditable(t.sheet, t.rect, 'format', location);
    applyFormat(t.sheet, t.rect, { [key]: checked } as CellFormat);
  };
}

const H_ALIGN = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

function setSpan(map: Map<number, number>, first: number, count: number, value: number): void {
  for (let i = first; i < first + count; i++) map.set(i, value);
}

function uniformOver(first: number, count: number, size: (i: number) => number): number | null {
  const v = size(first);
  for (let i = first + 1; i < first + count; i++) if (size(i) !== v) return null;
  return v;
}

const RANGE_FORMAT_PROPS: PropTable<RangeTarget> = {
  wrapText: {
    get: (t) => uniform(t, (f) => f.wrapText),
    set: formatSetter('wrapText', isBool('RangeFormat.wrapText'), 'RangeFormat.wrapText'),
  },
  horizontalAlignment: {
    get: (t) => uniform(t, (f) => f.horizontalAlignment),
    set: formatSetter(
      'horizontalAlignment',
      oneOf('RangeFormat.horizontalAlignment', H_ALIGN),
      'RangeFormat.horizontalAlignment',
    ),
  },
  verticalAlignment: {
    get: (t) => uniform(t, (f) => f.verticalAlignment),
    set: formatSetter(
      'verticalAlignment',
      oneOf('RangeFormat.verticalAlignment', V_ALIGN),
      'RangeFormat.verticalAlignment',
    ),
  },
  columnWidth: {
    api: 'RangeFormat.columnWidth',
    get: (t) => uniformOver(t.rect.col, t.rect.cols, (c) => t.sheet.columnWidth(c)),
    set: (t, v) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw invalidArgument('RangeFormat.columnWidth');
      assertEditable(t.sheet, t.rect, 'columnWidth', 'RangeFormat.columnWidth');
      setSpan(t.sheet.columnWidths, t.rect.col, t.rect.cols, v);
    },
  },
  rowHeight: {
    api: 'RangeFormat.rowHeight',
    get: (t) => uniformOver(t.rect.row, t.rect.rows, (r) => t.sheet.rowHeight(r)),
    set: (t, v) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 409)
        throw invalidArgument('RangeFormat.rowHeight');
      assertEditable(t.sheet, t.rect, 'rowHeight', 'RangeFormat.rowHeight');
      setSpan(t.sheet.rowHeights, t.rect.row, t.rect.rows, v);
    },
  },
};

export class SimRangeFormat extends SimRangePart {
  private fillProxy: SimRangeFill | undefined;
  private fontProxy: SimRangeFont | undefined;
  private bordersProxy: SimRangeBorderCollection | undefined;
  private protectionProxy: SimFormatProtection | undefined;

  get simTypeName(): string {
    return 'RangeFormat';
  }

  simProps(): PropTable<RangeTarget> {
    return RANGE_FORMAT_PROPS;
  }

  override simChild(name: string): SimNode | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    if (name === 'borders') return this.borders;
    if (name === 'protection') return this.protection;
    return undefined;
  }

  get fill(): SimRangeFill {
    this.fillProxy ??= new SimRangeFill(this.simContext, `${this.simPath}.fill`, this.range);
    return this.fillProxy;
  }

  get font(): SimRangeFont {
    this.fontProxy ??= new SimRangeFont(this.simContext, `${this.simPath}.font`, this.range);
    return this.fontProxy;
  }

  get borders(): SimRangeBorderCollection {
    this.bordersProxy ??= new SimRangeBorderCollection(
      this.simContext,
      `${this.simPath}.borders`,
      this.range,
    );
    return this.bordersProxy;
  }

  get protection(): SimFormatProtection {
    this.simContext.requireApi('RangeFormat.protection');
    this.protectionProxy ??= new SimFormatProtection(
      this.simContext,
      `${this.simPath}.protection`,
      this.range,
    );
    return this.protectionProxy;
  }

  autofitColumns(): void {
    this.simContext.requireApi('RangeFormat.autofitColumns');
    this.queueMethod('autofitColumns', [], (t) => {
      assertEditable(t.sheet, t.rect, 'columnWidth', 'RangeFormat.autofitColumns');
      autofitColumns(t.sheet, t.rect);
    });
  }

  autofitRows(): void {
    this.simContext.requireApi('RangeFormat.autofitRows');
    this.queueMethod('autofitRows', [], (t) => {
      assertEditable(t.sheet, t.rect, 'rowHeight', 'RangeFormat.autofitRows');
      autofitRows(t.sheet, t.rect);
    });
  }
}
installProps(SimRangeFormat.prototype, RANGE_FORMAT_PROPS);

const FILL_PROPS: PropTable<RangeTarget> = {
  color: {
    get: (t) => uniform(t, (f) => f.fill ?? '#FFFFFF'),
    set: formatSetter('fill', color('RangeFill.color'), 'RangeFill.color'),
  },
};

export class SimRangeFill extends SimRangePart {
  get simTypeName(): string {
    return 'RangeFill';
  }

  simProps(): PropTable<RangeTarget> {
    return FILL_PROPS;
  }

  clear(): void {
    this.queueMethod('clear', [], (t) => {
      assertEditable(t.sheet, t.rect, 'format', 'RangeFill.clear');
      applyFormat(t.sheet, t.rect, { fill: null });
    });
  }
}
installProps(SimRangeFill.prototype, FILL_PROPS);

const FONT_PROPS: PropTable<RangeTarget> = {
  name: {
    get: (t) => uniform(t, (f) => f.fontName),
    set: formatSetter(
      'fontName',
      (v) => {
        if (typeof v !== 'string' || v === '') throw invalidArgument('RangeFont.name');
        return v;
      },
      'RangeFont.name',
    ),
  },
  size: {
    get: (t) => uniform(t, (f) => f.fontSize),
    set: formatSetter('fontSize', positiveNumber('RangeFont.size'), 'RangeFont.size'),
  },
  bold: {
    get: (t) => uniform(t, (f) => f.bold),
    set: formatSetter('bold', isBool('RangeFont.bold'), 'RangeFont.bold'),
  },
  italic: {
    get: (t) => uniform(t, (f) => f.italic),
    set: formatSetter('italic', isBool('RangeFont.italic'), 'RangeFont.italic'),
  },
  underline: {
    get: (t) => uniform(t, (f) => f.underline),
    set: formatSetter(
      'underline',
      oneOf('RangeFont.underline', ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant']),
      'RangeFont.underline',
    ),
  },
  color: {
    get: (t) => uniform(t, (f) => f.fontColor),
    set: formatSetter('fontColor', color('RangeFont.color'), 'RangeFont.color'),
  },
};

export class SimRangeFont extends SimRangePart {
  get simTypeName(): string {
    return 'RangeFont';
  }

  simProps(): PropTable<RangeTarget> {
    return FONT_PROPS;
  }
}
installProps(SimRangeFont.prototype, FONT_PROPS);

const PROTECTION_PROPS: PropTable<RangeTarget> = {
  locked: {
    get: (t) => uniform(t, (f) => f.locked),
    set: (t, v) => {
      if (typeof v !== 'boolean') throw invalidArgument('FormatProtection.locked');
      assertUnprotected(t.sheet, 'FormatProtection.locked');
      applyFormat(t.sheet, t.rect, { locked: v });
    },
  },
  formulaHidden: {
    get: (t) => uniform(t, (f) => f.formulaHidden),
    set: (t, v) => {
      if (typeof v !== 'boolean') throw invalidArgument('FormatProtection.formulaHidden');
      assertUnprotected(t.sheet, 'FormatProtection.formulaHidden');
      applyFormat(t.sheet, t.rect, { formulaHidden: v });
    },
  },
};

export class SimFormatProtection extends SimRangePart {
  get simTypeName(): string {
    return 'FormatProtection';
  }

  simProps(): PropTable<RangeTarget> {
    return PROTECTION_PROPS;
  }
}
installProps(SimFormatProtection.prototype, PROTECTION_PROPS);

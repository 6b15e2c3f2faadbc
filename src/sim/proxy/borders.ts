// RangeBorderCollection and RangeBorder: Excel keeps borders per cell edge, so an index maps to cell edges.
import { Rect } from '../a1';
import { invalidArgument } from '../errors';
import { assertEditable, forEachCell } from '../model/edits';
import { BorderFormat, Edge, NO_BORDER } from '../model/format';
import { SheetModel } from '../model/sheet';
import { Exec, PropTable, SimObject, installProps } from './base';
import type { SimContext } from './context';
import { SimRangePart, color, oneOf } from './rangePart';
import type { RangeTarget, SimRange } from './range';

const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

export class SimRangeBorderCollection extends SimRangePart {
  get simTypeName(): string {
    return 'RangeBorderCollection';
  }

  simProps(): PropTable<RangeTarget> {
    return {};
  }

  getItem(index: string): SimRangeBorder {
    if (!BORDER_INDEXES.includes(index))
      throw invalidArgument('RangeBorderCollection.getItem', `no border ${index}`);
    return new SimRangeBorder(this.simContext, `${this.simPath}[${index}]`, this.range, index);
  }
}

interface BorderTarget extends RangeTarget {
  index: string;
}

/** Which stored cell edges a border index paints, per cell of the range. */
function edgesFor(index: string, rect: Rect, r: number, c: number): Edge[] {
  const top = r === rect.row;
  const bottom = r === rect.row + rect.rows - 1;
  const left = c === rect.col;
  const right = c === rect.col + rect.cols - 1;
  switch (index) {
    case 'EdgeTop':
      return top ? ['top'] : [];
    case 'EdgeBottom':
      return bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return left ? ['left'] : [];
    case 'EdgeRight':
      return right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(top ? [] : (['top'] as Edge[])), ...(bottom ? [] : (['bottom'] as Edge[]))];
    case 'InsideVertical':
      return [...(left ? [] : (['left'] as Edge[])), ...(right ? [] : (['right'] as Edge[]))];
    default:
      return [];
  }
}

function paintBorder(sheet: SheetModel, t: BorderTarget, patch: Partial<BorderFormat>): void {
  assertEditable(sheet, t.rect, 'format', 'RangeBorder');
  forEachCell(t.rect, (r, c) => {
    const edges = edgesFor(t.index, t.rect, r, c);
    if (edges.length === 0) return;
    const borders: Partial<Record<Edge, BorderFormat>> = {};
    for (const edge of edges) {
      const current = sheet.borderAt(r, c, edge);
      // As in Excel, giving a missing border a colour or weight draws it as a continuous line.
      const style = patch.style ?? (current.style === 'None' ? 'Continuous' : current.style);
      borders[edge] = { ...current, ...patch, style };
    }
    sheet.patchCellFormat(r, c, { borders });
  });
}

function readBorder(t: BorderTarget, key: keyof BorderFormat): unknown {
  let first: unknown;
  let seen = false;
  let differs = false;
  forEachCell(t.rect, (r, c) => {
    for (const edge of edgesFor(t.index, t.rect, r, c)) {
      const v = t.sheet.borderAt(r, c, edge)[key];
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) differs = true;
    }
  });
  if (!seen) return NO_BORDER[key];
  return differs ? null : first;
}

const BORDER_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

const BORDER_PROPS: PropTable<BorderTarget> = {
  sideIndex: { get: (t) => t.index },
  style: {
    get: (t) => readBorder(t, 'style'),
    set: (t, v) => paintBorder(t.sheet, t, { style: oneOf('RangeBorder.style', BORDER_STYLES)(v) }),
  },
  color: {
    get: (t) => readBorder(t, 'color'),
    set: (t, v) => paintBorder(t.sheet, t, { color: color('RangeBorder.color')(v) }),
  },
  weight: {
    get: (t) => readBorder(t, 'weight'),
    set: (t, v) => paintBorder(t.sheet, t, { weight: oneOf('RangeBorder.weight', BORDER_WEIGHTS)(v) }),
  },
};

export class SimRangeBorder extends SimObject<BorderTarget> {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly range: SimRange,
    private readonly index: string,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'RangeBorder';
  }

  simProps(): PropTable<BorderTarget> {
    return BORDER_PROPS;
  }

  simResolve(x: Exec): BorderTarget | null {
    const t = this.range.simResolve(x);
    return t ? { ...t, index: this.index } : null;
  }
}
installProps(SimRangeBorder.prototype, BORDER_PROPS);

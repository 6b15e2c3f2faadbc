// Worksheet protection, freeze panes and page layout proxies.
import { MAX_ROWS, absoluteLocal, parseAddress } from '../a1';
import { invalidArgument, simError } from '../errors';
import { PageLayoutState, SheetModel } from '../model/sheet';
import { Exec, PropTable, SimObject, installProps } from './base';
import type { SimContext } from './context';
import type { SimRange } from './range';
import type { SimWorksheet } from './worksheets';

abstract class SimSheetPart extends SimObject<SheetModel> {
  constructor(
    ctx: SimContext,
    path: string,
    protected readonly sheet: SimWorksheet,
  ) {
    super(ctx, path);
  }

  simResolve(x: Exec): SheetModel | null {
    return this.sheet.simResolve(x);
  }
}

const PROTECTION_OPTION_KEYS = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
  'selectionMode',
];

function fullOptions(given: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { selectionMode: 'Normal' };
  for (const key of PROTECTION_OPTION_KEYS) if (key !== 'selectionMode') out[key] = false;
  return { ...out, ...given };
}

const PROTECTION_PROPS: PropTable<SheetModel> = {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => fullOptions(s.protection.options) },
};

export class SimWorksheetProtection extends SimSheetPart {
  get simTypeName(): string {
    return 'WorksheetProtection';
  }

  simProps(): PropTable<SheetModel> {
    return PROTECTION_PROPS;
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    const given = options ?? {};
    for (const key of Object.keys(given)) {
      if (!PROTECTION_OPTION_KEYS.includes(key))
        throw invalidArgument('WorksheetProtection.protect', `unknown option ${key}`);
    }
    this.queueMethod('protect', [given, password === undefined ? undefined : '***'], (s) => {
      if (s.protection.protected) {
        throw simError(
          'InvalidOperation',
          'WorksheetProtection.protect',
          'The worksheet is already protected.',
        );
      }
      s.protection = { protected: true, password, options: { ...given } };
    });
  }

  unprotect(password?: string): void {
    this.queueMethod('unprotect', [password === undefined ? undefined : '***'], (s) => {
      if (!s.protection.protected) return;
      if ((s.protection.password ?? '') !== (password ?? '')) {
        throw invalidArgument('WorksheetProtection.unprotect', 'The password is incorrect.');
      }
      s.protection = { protected: false, options: {} };
    });
  }
}
installProps(SimWorksheetProtection.prototype, PROTECTION_PROPS);

function count(n: unknown, location: string): number {
  const v = n ?? 1;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalidArgument(location);
  return v;
}

export class SimWorksheetFreezePanes extends SimSheetPart {
  get simTypeName(): string {
    return 'WorksheetFreezePanes';
  }

  simProps(): PropTable<SheetModel> {
    return {};
  }

  freezeRows(rowCount?: number): void {
    const n = count(rowCount, 'WorksheetFreezePanes.freezeRows');
    this.queueMethod('freezeRows', [n], (s) => {
      s.freeze = { rows: n, columns: 0 };
    });
  }

  freezeColumns(columnCount?: number): void {
    const n = count(columnCount, 'WorksheetFreezePanes.freezeColumns');
    this.queueMethod('freezeColumns', [n], (s) => {
      s.freeze = { rows: 0, columns: n };
    });
  }

  freezeAt(frozenRange: SimRange | string): void {
    if (typeof frozenRange !== 'string')
      this.simContext.checkSameContext(frozenRange, 'WorksheetFreezePanes.freezeAt');
    this.queueMethod(
      'freezeAt',
      [typeof frozenRange === 'string' ? frozenRange : frozenRange.simPath],
      (s, x) => {
        const rect =
          typeof frozenRange === 'string' ? parseAddress(frozenRange).rect : frozenRange.simTarget(x).rect;
        s.freeze = { rows: rect.row + rect.rows, columns: rect.col + rect.cols };
      },
    );
  }

  unfreeze(): void {
    this.queueMethod('unfreeze', [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_TYPES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
];

type LayoutKey = keyof PageLayoutState;

function layoutProp<K extends LayoutKey>(
  key: K,
  check: (v: unknown) => PageLayoutState[K],
): PropTable<SheetModel>[string] {
  return {
    get: (s) => s.pageLayout[key],
    set: (s, v) => {
      s.pageLayout[key] = check(v);
    },
  };
}

const bool =
  (key: string) =>
  (v: unknown): boolean => {
    if (typeof v !== 'boolean') throw invalidArgument(`PageLayout.${key}`);
    return v;
  };

const margin =
  (key: string) =>
  (v: unknown): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalidArgument(`PageLayout.${key}`);
    return v;
  };

function checkZoom(v: unknown): PageLayoutState['zoom'] {
  if (typeof v !== 'object' || v === null) throw invalidArgument('PageLayout.zoom');
  const z = v as Record<string, unknown>;
  const out: PageLayoutState['zoom'] = {};
  for (const key of ['scale', 'horizontalFitToPages', 'verticalFitToPages'] as const) {
    const n = z[key];
    if (n === undefined || n === null) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      throw invalidArgument('PageLayout.zoom', `${key}`);
    if (key === 'scale' && (n < 10 || n > 400)) throw invalidArgument('PageLayout.zoom', 'scale is 10..400');
    out[key] = n;
  }
  return out;
}

const LAYOUT_PROPS: PropTable<SheetModel> = {
  orientation: layoutProp('orientation', (v): string => {
    if (typeof v !== 'string' || !ORIENTATIONS.includes(v)) throw invalidArgument('PageLayout.orientation');
    return v;
  }),
  paperSize: layoutProp('paperSize', (v): string => {
    if (typeof v !== 'string' || !PAPER_TYPES.includes(v)) throw invalidArgument('PageLayout.paperSize');
    return v;
  }),
  zoom: layoutProp('zoom', checkZoom),
  centerHorizontally: layoutProp('centerHorizontally', bool('centerHorizontally')),
  centerVertically: layoutProp('centerVertically', bool('centerVertically')),
  printGridlines: layoutProp('printGridlines', bool('printGridlines')),
  printHeadings: layoutProp('printHeadings', bool('printHeadings')),
  leftMargin: layoutProp('leftMargin', margin('leftMargin')),
  rightMargin: layoutProp('rightMargin', margin('rightMargin')),
  topMargin: layoutProp('topMargin', margin('topMargin')),
  bottomMargin: layoutProp('bottomMargin', margin('bottomMargin')),
  headerMargin: layoutProp('headerMargin', margin('headerMargin')),
  footerMargin: layoutProp('footerMargin', margin('footerMargin')),
};

export class SimPageLayout extends SimSheetPart {
  get simTypeName(): string {
    return 'PageLayout';
  }

  simProps(): PropTable<SheetModel> {
    return LAYOUT_PROPS;
  }

  private queueAddress(
    name: string,
    key: 'printTitleRows' | 'printTitleColumns' | 'printArea',
    ref: SimRange | string,
  ) {
    if (typeof ref !== 'string') this.simContext.checkSameContext(ref, `PageLayout.${name}`);
    this.queueMethod(name, [typeof ref === 'string' ? ref : ref.simPath], (s, x) => {
      const rect = typeof ref === 'string' ? parseAddress(ref).rect : ref.simTarget(x).rect;
      // Print titles are always whole rows / whole columns, whatever range was passed.
      if (key === 'printTitleRows') s.pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rows}`;
      else if (key === 'printTitleColumns') {
        s.pageLayout.printTitleColumns = absoluteLocal({
          row: 0,
          rows: MAX_ROWS,
          col: rect.col,
          cols: rect.cols,
        });
      } else s.pageLayout.printArea = absoluteLocal(rect);
    });
  }

  setPrintTitleRows(titleRows: SimRange | string): void {
    this.queueAddress('setPrintTitleRows', 'printTitleRows', titleRows);
  }

  setPrintTitleColumns(titleColumns: SimRange | string): void {
    this.queueAddress('setPrintTitleColumns', 'printTitleColumns', titleColumns);
  }

  setPrintArea(printArea: SimRange | string): void {
    this.queueAddress('setPrintArea', 'printArea', printArea);
  }
}
installProps(SimPageLayout.prototype, LAYOUT_PROPS);

// Defined names, at workbook or worksheet scope.
import { absoluteAddress } from '../a1';
import { invalidArgument, simError } from '../errors';
import { SheetModel } from '../model/sheet';
import { NameEntry, WorkbookModel, validateDefinedName } from '../model/workbook';
import { ClientResultImpl, Exec, PropTable, SimObject, installProps } from './base';
import { SimCollection } from './collection';
import type { SimContext } from './context';
import { SimRange } from './range';
import type { SimWorksheet } from './worksheets';

interface NamesTarget {
  wb: WorkbookModel;
  scope: SheetModel | null;
}

function nameType(entry: NameEntry, wb: WorkbookModel): string {
  if (wb.resolveReference(entry.formula, entry.scope)) return 'Range';
  const body = entry.formula.replace(/^=/, '');
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (body.startsWith('#')) return 'Error';
  return 'String';
}

export class SimNamedItemCollection extends SimCollection<SimNamedItem, NamesTarget> {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly sheet: SimWorksheet | null,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'NamedItemCollection';
  }

  simResolve(x: Exec): NamesTarget | null {
    if (!this.sheet) return { wb: x.wb, scope: null };
    const scope = this.sheet.simResolve(x);
    return scope ? { wb: x.wb, scope } : null;
  }

  protected simItems(t: NamesTarget): SimNamedItem[] {
    return t.wb.names
      .filter((n) => n.scope === t.scope)
      .map((entry) => new SimNamedItem(this.simContext, `${this.simPath}[${entry.name}]`, () => entry));
  }

  private find(t: NamesTarget, name: string): NameEntry | undefined {
    const lower = name.toLowerCase();
    return t.wb.names.find((n) => n.scope === t.scope && n.name.toLowerCase() === lower);
  }

  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    this.simContext.requireApi('NamedItemCollection.add');
    if (typeof reference !== 'string') this.simContext.checkSameContext(reference, 'NamedItemCollection.add');
    let created: NameEntry | undefined;
    this.queueMethod(
      'add',
      [name, typeof reference === 'string' ? reference : reference.simPath, comment],
      (t, x) => {
        validateDefinedName(name, 'NamedItemCollection.add');
        if (this.find(t, name)) throw simError('ItemAlreadyExists', 'NamedItemCollection.add');
        let formula: string;
        if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
        else {
          const r = reference.simTarget(x);
          formula = `=${absoluteAddress(r.sheet.name, r.rect)}`;
        }
        created = { name, scope: t.scope, formula, comment: comment ?? '', visible: true };
        t.wb.names.push(created);
        t.wb.calc.invalidate();
        t.wb.markDirty();
      },
    );
    return new SimNamedItem(this.simContext, `${this.simPath}.add(${name})`, () => {
      if (!created) throw simError('ItemNotFound', 'NamedItemCollection.add');
      return created;
    });
  }

  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.simContext, `${this.simPath}[${name}]`, (x) => {
      const t = this.simTarget(x);
      const entry = this.find(t, name);
      if (!entry)
        throw simError('ItemNotFound', 'NamedItemCollection.getItem', `The name '${name}' doesn't exist.`);
      return entry;
    });
  }

  getItemOrNullObject(name: string): SimNamedItem {
    this.simContext.requireApi('NamedItemCollection.getItemOrNullObject');
    const item = new SimNamedItem(this.simContext, `${this.simPath}.getItemOrNullObject(${name})`, (x) => {
      const t = this.simResolve(x);
      return t ? (this.find(t, name) ?? null) : null;
    });
    item.probe();
    return item;
  }

  getCount(): ClientResultImpl<number> {
    this.simContext.requireApi('NamedItemCollection.getCount');
    return this.queueCount('getCount', (t) => t.wb.names.filter((n) => n.scope === t.scope).length);
  }
}

interface NameTarget {
  wb: WorkbookModel;
  entry: NameEntry;
}

const NAMED_ITEM_PROPS: PropTable<NameTarget> = {
  name: { get: (t) => t.entry.name },
  type: { get: (t) => nameType(t.entry, t.wb) },
  value: { get: (t) => t.entry.formula.replace(/^=/, '') },
  formula: {
    api: 'NamedItem.formula',
    get: (t) => t.entry.formula,
    set: (t, v) => {
      if (typeof v !== 'string' || v === '') throw invalidArgument('NamedItem.formula');
      t.entry.formula = v.startsWith('=') ? v : `=${v}`;
      t.wb.calc.invalidate();
      t.wb.markDirty();
    },
  },
  comment: {
    api: 'NamedItem.comment',
    get: (t) => t.entry.comment,
    set: (t, v) => {
      if (typeof v !== 'string') throw invalidArgument('NamedItem.comment');
      t.entry.comment = v;
    },
  },
  visible: {
    get: (t) => t.entry.visible,
    set: (t, v) => {
      if (typeof v !== 'boolean') throw invalidArgument('NamedItem.visible');
      t.entry.visible = v;
    },
  },
  scope: { get: (t) => (t.entry.scope ? 'Worksheet' : 'Workbook') },
};

export class SimNamedItem extends SimObject<NameTarget> {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly locate: (x: Exec) => NameEntry | null,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'NamedItem';
  }

  simProps(): PropTable<NameTarget> {
    return NAMED_ITEM_PROPS;
  }

  simResolve(x: Exec): NameTarget | null {
    const entry = this.locate(x);
    if (entry && !x.wb.names.includes(entry))
      throw simError('ItemNotFound', 'NamedItem', 'The name was deleted.');
    return entry ? { wb: x.wb, entry } : null;
  }

  probe(): void {
    this.queueProbe();
  }

  private rangeOf(orNull: boolean): SimRange {
    return new SimRange(this.simContext, `${this.simPath}.getRange()`, (x) => {
      const t = orNull ? this.simResolve(x) : this.simTarget(x);
      const found = t ? t.wb.resolveReference(t.entry.formula, t.entry.scope) : null;
      if (!found && !orNull)
        throw invalidArgument('NamedItem.getRange', 'the name does not refer to a range');
      return found;
    });
  }

  getRange(): SimRange {
    return this.rangeOf(false);
  }

  getRangeOrNullObject(): SimRange {
    this.simContext.requireApi('NamedItem.getRangeOrNullObject');
    const range = this.rangeOf(true);
    range.probe();
    return range;
  }

  delete(): void {
    this.simContext.requireApi('NamedItem.delete');
    this.queueMethod('delete', [], (t) => {
      t.wb.names = t.wb.names.filter((n) => n !== t.entry);
      t.wb.calc.invalidate();
      t.wb.markDirty();
    });
  }
}
installProps(SimNamedItem.prototype, NAMED_ITEM_PROPS);

// Range.conditionalFormats and the objects below a conditional format. Excel refuses changes on a protected sheet.
import { invalidArgument, simError } from '../errors';
import { assertUnprotected } from '../model/edits';
import { normalizeColor } from '../model/format';
import {
  CELL_VALUE_OPERATORS,
  addConditionalFormat,
  clearConditionalFormats,
  conditionalFormatsIn,
} from '../model/rules';
import { ConditionalFormatEntry, SheetModel } from '../model/sheet';
import { ClientResultImpl, Exec, PropTable, SimNode, SimObject, installProps } from './base';
import { SimCollection } from './collection';
import type { SimContext } from './context';
import type { RangeTarget, SimRange } from './range';

export class SimConditionalFormatCollection extends SimCollection<SimConditionalFormat, RangeTarget> {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly range: SimRange,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'ConditionalFormatCollection';
  }

  simResolve(x: Exec): RangeTarget | null {
    return this.range.simResolve(x);
  }

  override simProps(): PropTable<RangeTarget> {
    return CF_COLLECTION_PROPS;
  }

  protected simItems(t: RangeTarget): SimConditionalFormat[] {
    return conditionalFormatsIn(t.sheet, t.rect).map(
      (entry) =>
        new SimConditionalFormat(this.simContext, `${this.simPath}[${entry.id}]`, this.range, () => entry),
    );
  }

  add(type: string): SimConditionalFormat {
    let created: ConditionalFormatEntry | undefined;
    this.queueMethod('add', [type], (t, x) => {
      assertUnprotected(t.sheet, 'ConditionalFormatCollection.add');
      created = addConditionalFormat(
        t.sheet,
        t.rect,
        type,
        x.wb.nextConditionalFormatId(),
        'ConditionalFormatCollection.add',
      );
    });
    return new SimConditionalFormat(this.simContext, `${this.simPath}.add(${type})`, this.range, () => {
      if (!created) throw simError('ItemNotFound', 'ConditionalFormatCollection.add');
      return created;
    });
  }

  clearAll(): void {
    this.queueMethod('clearAll', [], (t) => {
      assertUnprotected(t.sheet, 'ConditionalFormatCollection.clearAll');
      clearConditionalFormats(t.sheet, t.rect);
    });
  }

  getCount(): ClientResultImpl<number> {
    this.simContext.requireApi('ConditionalFormatCollection.getCount');
    return this.queueCount('getCount', (t) => conditionalFormatsIn(t.sheet, t.rect).length);
  }
}

const CF_COLLECTION_PROPS: PropTable<RangeTarget> = {
  count: { get: (t) => conditionalFormatsIn(t.sheet, t.rect).length },
};
installProps(SimConditionalFormatCollection.prototype, CF_COLLECTION_PROPS);

interface CfTarget {
  sheet: SheetModel;
  entry: ConditionalFormatEntry;
}

const CF_PROPS: PropTable<CfTarget> = {
  // Office.js gives ids as strings; they stay with the rule while it lives.
  id: { get: (t) => String(t.entry.id) },
  type: { get: (t) => t.entry.type },
  priority: { get: (t) => t.sheet.conditionalFormats.indexOf(t.entry) },
  stopIfTrue: {
    get: (t) => t.entry.stopIfTrue,
    set: (t, v) => {
      if (typeof v !== 'boolean') throw invalidArgument('ConditionalFormat.stopIfTrue');
      assertUnprotected(t.sheet, 'ConditionalFormat.stopIfTrue');
      t.entry.stopIfTrue = v;
    },
  },
};

export class SimConditionalFormat extends SimObject<CfTarget> {
  private customProxy: SimCfPart | undefined;
  private cellValueProxy: SimCfPart | undefined;

  constructor(
    ctx: SimContext,
    path: string,
    private readonly range: SimRange,
    private readonly entryOf: () => ConditionalFormatEntry,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'ConditionalFormat';
  }

  simProps(): PropTable<CfTarget> {
    return CF_PROPS;
  }

  simResolve(x: Exec): CfTarget | null {
    const t = this.range.simResolve(x);
    if (!t) return null;
    const entry = this.entryOf();
    if (!t.sheet.conditionalFormats.includes(entry)) {
      throw simError('ItemNotFound', 'ConditionalFormat', 'The conditional format was deleted.');
    }
    return { sheet: t.sheet, entry };
  }

  override simChild(name: string): SimNode | undefined {
    if (name === 'custom' || name === 'customOrNullObject') return this.custom;
    if (name === 'cellValue' || name === 'cellValueOrNullObject') return this.cellValue;
    return undefined;
  }

  get custom(): SimCfPart {
    this.customProxy ??= new SimCfPart(this.simContext, `${this.simPath}.custom`, this, 'Custom');
    return this.customProxy;
  }

  /** A null object when the rule is of another type, as `custom` is here too (Office.js throws there). */
  get customOrNullObject(): SimCfPart {
    return this.custom;
  }

  get cellValueOrNullObject(): SimCfPart {
    return this.cellValue;
  }

  get cellValue(): SimCfPart {
    this.cellValueProxy ??= new SimCfPart(this.simContext, `${this.simPath}.cellValue`, this, 'CellValue');
    return this.cellValueProxy;
  }

  delete(): void {
    this.queueMethod('delete', [], (t) => {
      assertUnprotected(t.sheet, 'ConditionalFormat.delete');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((e) => e !== t.entry);
    });
  }

  getRange(): SimRange {
    return this.range.derive(
      'conditionalFormat.getRange()',
      (_t, x) => this.simTarget(x).entry.rects[0] ?? null,
    );
  }
}
installProps(SimConditionalFormat.prototype, CF_PROPS);

function checkCellValueRule(v: unknown): ConditionalFormatEntry['rule'] {
  if (typeof v !== 'object' || v === null) throw invalidArgument('CellValueConditionalFormat.rule');
  const rule = v as Record<string, unknown>;
  const op = rule.operator;
  if (typeof op !== 'string' || !CELL_VALUE_OPERATORS.includes(op)) {
    throw invalidArgument(
      'CellValueConditionalFormat.rule',
      `operator must be one of ${CELL_VALUE_OPERATORS.join(', ')}`,
    );
  }
  const text = (f: unknown): string | undefined =>
    typeof f === 'number' ? String(f) : typeof f === 'string' && f !== '' ? f : undefined;
  const formula1 = text(rule.formula1);
  const formula2 = text(rule.formula2);
  if (formula1 === undefined)
    throw invalidArgument('CellValueConditionalFormat.rule', 'formula1 is required');
  if ((op === 'Between' || op === 'NotBetween') && formula2 === undefined) {
    throw invalidArgument('CellValueConditionalFormat.rule', `formula2 is required for ${op}`);
  }
  return { formula1, formula2, operator: op };
}

const CF_PART_PROPS: PropTable<CfTarget> = {
  rule: {
    get: (t) => ({ ...t.entry.rule }),
    set: (t, v, x) => {
      assertUnprotected(t.sheet, 'ConditionalFormat.rule');
      if (t.entry.type === 'CellValue') {
        t.entry.rule = checkCellValueRule(v);
        return;
      }
      const formula = (v as { formula?: unknown } | null)?.formula;
      if (typeof formula !== 'string' || !x.wb.calc.isValidFormula(formula)) {
        throw invalidArgument('ConditionalFormatRule.formula');
      }
      t.entry.rule = { formula };
    },
  },
};

/** custom / cellValue: null objects when the format is of the other type. */
export class SimCfPart extends SimObject<CfTarget> {
  private ruleProxy: SimCfRule | undefined;
  private formatProxy: SimCfFormat | undefined;

  constructor(
    ctx: SimContext,
    path: string,
    private readonly parent: SimConditionalFormat,
    private readonly kind: 'Custom' | 'CellValue',
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return this.kind === 'Custom' ? 'CustomConditionalFormat' : 'CellValueConditionalFormat';
  }

  simProps(): PropTable<CfTarget> {
    return this.kind === 'Custom' ? {} : CF_PART_PROPS;
  }

  simResolve(x: Exec): CfTarget | null {
    const t = this.parent.simResolve(x);
    return t && t.entry.type === this.kind ? t : null;
  }

  override simChild(name: string): SimNode | undefined {
    if (name === 'format') return this.format;
    if (name === 'rule' && this.kind === 'Custom') return this.customRule;
    return undefined;
  }

  /** CellValue rules are plain objects; Custom rules are a ConditionalFormatRule object. */
  get rule(): unknown {
    if (this.kind === 'Custom') return this.customRule;
    return this.simRead('rule');
  }

  set rule(value: unknown) {
    if (this.kind === 'Custom')
      throw invalidArgument('CustomConditionalFormat.rule', 'set rule.formula instead');
    this.simForget('rule');
    this.simContext.enqueue({
      label: 'CellValueConditionalFormat.rule',
      payload: { o: this.simPath, p: 'rule', v: value },
      counted: true,
      run: (x) => CF_PART_PROPS.rule.set?.(this.simTarget(x), value, x),
    });
  }

  private get customRule(): SimCfRule {
    this.ruleProxy ??= new SimCfRule(this.simContext, `${this.simPath}.rule`, this);
    return this.ruleProxy;
  }

  get format(): SimCfFormat {
    this.formatProxy ??= new SimCfFormat(this.simContext, `${this.simPath}.format`, this);
    return this.formatProxy;
  }
}

/** Objects below a conditional format that all address the same entry. */
abstract class SimCfObject extends SimObject<CfTarget> {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly owner: { simResolve(x: Exec): CfTarget | null },
  ) {
    super(ctx, path);
  }

  simResolve(x: Exec): CfTarget | null {
    return this.owner.simResolve(x);
  }
}

const CF_RULE_PROPS: PropTable<CfTarget> = {
  formula: {
    get: (t) => t.entry.rule.formula ?? '',
    set: (t, v, x) => CF_PART_PROPS.rule.set?.(t, { formula: v }, x),
  },
};

export class SimCfRule extends SimCfObject {
  get simTypeName(): string {
    return 'ConditionalFormatRule';
  }

  simProps(): PropTable<CfTarget> {
    return CF_RULE_PROPS;
  }
}
installProps(SimCfRule.prototype, CF_RULE_PROPS);

function cfFormatSetter(key: 'fill' | 'fontColor' | 'bold' | 'italic', location: string) {
  return (t: CfTarget, v: unknown): void => {
    assertUnprotected(t.sheet, location);
    if (key === 'bold' || key === 'italic') {
      if (typeof v !== 'boolean') throw invalidArgument(location);
      t.entry.format[key] = v;
      return;
    }
    const c = normalizeColor(v);
    if (!c) throw invalidArgument(location, `not a color: ${String(v)}`);
    t.entry.format[key] = c;
  };
}

export class SimCfFormat extends SimCfObject {
  private fillProxy: SimCfFill | undefined;
  private fontProxy: SimCfFont | undefined;

  get simTypeName(): string {
    return 'ConditionalRangeFormat';
  }

  simProps(): PropTable<CfTarget> {
    return {};
  }

  override simChild(name: string): SimNode | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }

  get fill(): SimCfFill {
    this.fillProxy ??= new SimCfFill(this.simContext, `${this.simPath}.fill`, this);
    return this.fillProxy;
  }

  get font(): SimCfFont {
    this.fontProxy ??= new SimCfFont(this.simContext, `${this.simPath}.font`, this);
    return this.fontProxy;
  }
}

const CF_FILL_PROPS: PropTable<CfTarget> = {
  color: {
    get: (t) => t.entry.format.fill ?? null,
    set: cfFormatSetter('fill', 'ConditionalRangeFill.color'),
  },
};

export class SimCfFill extends SimCfObject {
  get simTypeName(): string {
    return 'ConditionalRangeFill';
  }

  simProps(): PropTable<CfTarget> {
    return CF_FILL_PROPS;
  }

  clear(): void {
    this.queueMethod('clear', [], (t) => {
      assertUnprotected(t.sheet, 'ConditionalRangeFill.clear');
      delete t.entry.format.fill;
    });
  }
}
installProps(SimCfFill.prototype, CF_FILL_PROPS);

const CF_FONT_PROPS: PropTable<CfTarget> = {
  color: {
    get: (t) => t.entry.format.fontColor ?? null,
    set: cfFormatSetter('fontColor', 'ConditionalRangeFont.color'),
  },
  bold: { get: (t) => t.entry.format.bold ?? null, set: cfFormatSetter('bold', 'ConditionalRangeFont.bold') },
  italic: {
    get: (t) => t.entry.format.italic ?? null,
    set: cfFormatSetter('italic', 'ConditionalRangeFont.italic'),
  },
};

export class SimCfFont extends SimCfObject {
  get simTypeName(): string {
    return 'ConditionalRangeFont';
  }

  simProps(): PropTable<CfTarget> {
    return CF_FONT_PROPS;
  }
}
installProps(SimCfFont.prototype, CF_FONT_PROPS);

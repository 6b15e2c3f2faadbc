// Range.dataValidation. Excel refuses any validation change on a protected sheet.
import { assertUnprotected } from '../model/edits';
import { clearValidation, readValidation, setValidationOption, setValidationRule } from '../model/rules';
import { Exec, PropTable, SimObject, installProps } from './base';
import type { SimContext } from './context';
import type { RangeTarget, SimRange } from './range';

const VALIDATION_PROPS: PropTable<RangeTarget> = {
  type: { get: (t) => readValidation(t.sheet, t.rect).type },
  rule: {
    get: (t) => readValidation(t.sheet, t.rect).rule,
    set: (t, v) => {
      assertUnprotected(t.sheet, 'DataValidation.rule');
      setValidationRule(t.sheet, t.rect, v, 'DataValidation.rule');
    },
  },
  errorAlert: {
    get: (t) => readValidation(t.sheet, t.rect).errorAlert,
    set: (t, v) => {
      assertUnprotected(t.sheet, 'DataValidation.errorAlert');
      setValidationOption(t.sheet, t.rect, 'errorAlert', v, 'DataValidation.errorAlert');
    },
  },
  prompt: {
    get: (t) => readValidation(t.sheet, t.rect).prompt,
    set: (t, v) => {
      assertUnprotected(t.sheet, 'DataValidation.prompt');
      setValidationOption(t.sheet, t.rect, 'prompt', v, 'DataValidation.prompt');
    },
  },
  ignoreBlanks: {
    get: (t) => readValidation(t.sheet, t.rect).ignoreBlanks,
    set: (t, v) => {
      assertUnprotected(t.sheet, 'DataValidation.ignoreBlanks');
      setValidationOption(t.sheet, t.rect, 'ignoreBlanks', v, 'DataValidation.ignoreBlanks');
    },
  },
};

export class SimDataValidation extends SimObject<RangeTarget> {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly range: SimRange,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'DataValidation';
  }

  simProps(): PropTable<RangeTarget> {
    return VALIDATION_PROPS;
  }

  simResolve(x: Exec): RangeTarget | null {
    return this.range.simResolve(x);
  }

  clear(): void {
    this.queueMethod('clear', [], (t) => {
      assertUnprotected(t.sheet, 'DataValidation.clear');
      clearValidation(t.sheet, t.rect);
    });
  }
}
installProps(SimDataValidation.prototype, VALIDATION_PROPS);

// Data validation and conditional formatting rules attached to rectangles of a sheet.
import { Rect, intersect, subtract } from '../a1';
import { invalidArgument } from '../errors';
import { ConditionalFormatEntry, SheetModel, ValidationEntry } from './sheet';

const VALIDATION_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];

export const CELL_VALUE_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];

const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  list: 'List',
  custom: 'Custom',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasFormula(v: unknown): boolean {
  return (typeof v === 'string' && v.length > 0) || typeof v === 'number' || isRecord(v);
}

/** Checks a DataValidationRule the way Excel rejects incomplete ones; returns the rule type name. */
export function checkValidationRule(rule: unknown, location: string): string {
  if (!isRecord(rule)) throw invalidArgument(location, 'rule must be an object');
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (keys.length !== 1 || !RULE_TYPES[keys[0]]) {
    throw invalidArgument(location, 'a rule names exactly one of ' + Object.keys(RULE_TYPES).join(', '));
  }
  const key = keys[0];
  const spec = rule[key];
  if (!isRecord(spec)) throw invalidArgument(location, `${key} must be an object`);
  if (key === 'list') {
    if (!hasFormula(spec.source)) throw invalidArgument(location, 'list.source is required');
  } else if (key === 'custom') {
    if (!hasFormula(spec.formula)) throw invalidArgument(location, 'custom.formula is required');
  } else {
    const op = spec.operator;
    if (typeof op !== 'string' || !VALIDATION_OPERATORS.includes(op)) {
      throw invalidArgument(location, `${key}.operator must be one of ${VALIDATION_OPERATORS.join(', ')}`);
    }
    if (!hasFormula(spec.formula1)) throw invalidArgument(location, `${key}.formula1 is required`);
    if ((op === 'Between' || op === 'NotBetween') && !hasFormula(spec.formula2)) {
      throw invalidArgument(location, `${key}.formula2 is required for ${op}`);
    }
  }
  return RULE_TYPES[key];
}

export function validationType(rule: Record<string, unknown> | null): string {
  if (!rule) return 'None';
  const key = Object.keys(rule).find((k) => RULE_TYPES[k] && rule[k] !== undefined && rule[k] !== null);
  return key ? RULE_TYPES[key] : 'None';
}

function sameRects(a: Rect[], b: Rect[]): boolean {
  return a.length === b.length && a.every((r, i) => JSON.stringify(r) === JSON.stringify(b[i]));
}

function covers(rects: Rect[], rect: Rect): boolean {
  let remaining = [rect];
  for (const r of rects) remaining = remaining.flatMap((x) => subtract(x, r));
  return remaining.length === 0;
}

function removeArea(sheet: SheetModel, rect: Rect): void {
  for (const dv of sheet.validations) dv.rects = dv.rects.flatMap((r) => subtract(r, rect));
  sheet.validations = sheet.validations.filter((dv) => dv.rects.length > 0);
}

function newValidation(rect: Rect): ValidationEntry {
  return {
    rects: [rect],
    rule: null,
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: { showPrompt: false, title: '', message: '' },
    ignoreBlanks: true,
  };
}

/** The validation entry for exactly this range, created (and carved out of others) if needed. */
function validationFor(sheet: SheetModel, rect: Rect): ValidationEntry {
  const existing = sheet.validations.find((dv) => sameRects(dv.rects, [rect]));
  if (existing) return existing;
  const entry = newValidation(rect);
  const overlapping = sheet.validations.find((dv) => covers(dv.rects, rect));
  if (overlapping) {
    entry.errorAlert = { ...overlapping.errorAlert };
    entry.prompt = { ...overlapping.prompt };
    entry.ignoreBlanks = overlapping.ignoreBlanks;
    entry.rule = overlapping.rule;
  }
  removeArea(sheet, rect);
  sheet.validations.push(entry);
  return entry;
}

export function setValidationRule(sheet: SheetModel, rect: Rect, rule: unknown, location: string): void {
  checkValidationRule(rule, location);
  validationFor(sheet, rect).rule = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
}

export function setValidationOption(
  sheet: SheetModel,
  rect: Rect,
  key: 'errorAlert' | 'prompt' | 'ignoreBlanks',
  value: unknown,
  location: string,
): void {
  const entry = validationFor(sheet, rect);
  if (key === 'ignoreBlanks') {
    if (typeof value !== 'boolean') throw invalidArgument(location, 'ignoreBlanks is a boolean');
    entry.ignoreBlanks = value;
    return;
  }
  if (!isRecord(value)) throw invalidArgument(location, `${key} must be an object`);
  if (key === 'errorAlert')
    entry.errorAlert = { ...entry.errorAlert, ...(value as Partial<ValidationEntry['errorAlert']>) };
  else entry.prompt = { ...entry.prompt, ...(value as Partial<ValidationEntry['prompt']>) };
}

export function clearValidation(sheet: SheetModel, rect: Rect): void {
  removeArea(sheet, rect);
}

export interface ValidationView {
  type: string;
  rule: Record<string, unknown>;
  errorAlert: ValidationEntry['errorAlert'];
  prompt: ValidationEntry['prompt'];
  ignoreBlanks: boolean;
}

/** What Range.dataValidation reports: one rule if a single entry covers the range, else "Inconsistent". */
export function readValidation(sheet: SheetModel, rect: Rect): ValidationView {
  const touching = sheet.validations.filter((dv) => dv.rects.some((r) => intersect(r, rect)));
  const base = newValidation(rect);
  if (touching.length === 0) return { ...base, type: 'None', rule: {} };
  const only = touching[0];
  if (touching.length > 1 || !covers(only.rects, rect)) return { ...base, type: 'Inconsistent', rule: {} };
  return {
    type: validationType(only.rule),
    rule: only.rule ?? {},
    errorAlert: { ...only.errorAlert },
    prompt: { ...only.prompt },
    ignoreBlanks: only.ignoreBlanks,
  };
}

export function addConditionalFormat(
  sheet: SheetModel,
  rect: Rect,
  type: unknown,
  id: number,
  location: string,
): ConditionalFormatEntry {
  if (type !== 'Custom' && type !== 'CellValue') {
    throw invalidArgument(
      location,
      `the simulator supports Custom and CellValue conditional formats, not ${String(type)}`,
    );
  }
  const entry: ConditionalFormatEntry = { id, rects: [rect], type, rule: {}, format: {}, stopIfTrue: false };
  // New rules go to the top of the list (priority 0), as Excel adds them.
  sheet.conditionalFormats.unshift(entry);
  return entry;
}

export function clearConditionalFormats(sheet: SheetModel, rect: Rect): void {
  for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtract(r, rect));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.rects.length > 0);
}

export function conditionalFormatsIn(sheet: SheetModel, rect: Rect): ConditionalFormatEntry[] {
  return sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => intersect(r, rect)));
}

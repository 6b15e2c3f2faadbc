import { checkScores } from '../../src/engine/check';
import { buildPlan } from '../../src/engine/plan';
import type { RawCell } from '../../src/engine/types';
import {
  freeSheetName,
  isFormula,
  isSheetNameVariant,
  planSheet,
  PLAN_TEXTS,
  previousPlan,
  validSheetName,
  type Grid,
  type SheetSpec,
} from '../../src/layout';
import { builtInSet } from '../../src/sets';
import { SEED_2023_SCORES } from '../support/seed';

const set = builtInSet('dak-nong-xa-2023')!;

describe('sheet names', () => {
  test('a free name is the wanted one, else its first free variant, compared without regard to case', () => {
    expect(freeSheetName([], 'Tự đánh giá 2023')).toBe('Tự đánh giá 2023');
    expect(freeSheetName(['tự ĐÁNH giá 2023'], 'Tự đánh giá 2023')).toBe('Tự đánh giá 2023 (2)');
    expect(freeSheetName(['Tự đánh giá 2023', 'Tự đánh giá 2023 (2)'], 'Tự đánh giá 2023')).toBe(
      'Tự đánh giá 2023 (3)',
    );
    // One Unicode form: "ụ" typed as u + dot below is the same name.
    expect(freeSheetName(['Phụ lục KH 2024'.normalize('NFD')], 'Phụ lục KH 2024')).toBe(
      'Phụ lục KH 2024 (2)',
    );
  });

  test("within Excel's 31 characters, without its forbidden characters, never a reserved name", () => {
    const long = 'Phụ lục kế hoạch cải thiện chỉ số năm 2024';
    // Cut at 31, without the space the cut leaves at the end.
    expect(freeSheetName([], long)).toBe(long.slice(0, 31).trimEnd());
    const taken = freeSheetName([long.slice(0, 31).trimEnd()], long);
    expect(taken).toBe(`${long.slice(0, 27).trimEnd()} (2)`);
    expect(taken.length).toBeLessThanOrEqual(31);
    expect(freeSheetName([], "'KH 2024/2025: [nháp]?*\\'")).toBe('KH 2024-2025- -nháp----');
    expect(freeSheetName([], '   ')).toBe('Sheet');
    expect(freeSheetName([], 'history')).toBe('history (2)');
    expect(validSheetName('a'.repeat(30) + '😀')).toBe('a'.repeat(30));
  });

  test('variants of a name are told from other names', () => {
    expect(isSheetNameVariant('Phụ lục KH 2024 (bản cũ)', 'Phụ lục KH 2024 (bản cũ)')).toBe(true);
    expect(isSheetNameVariant('phụ lục kh 2024 (bản cũ) (3)', 'Phụ lục KH 2024 (bản cũ)')).toBe(true);
    expect(isSheetNameVariant('Phụ lục KH 2024', 'Phụ lục KH 2024 (bản cũ)')).toBe(false);
    expect(isSheetNameVariant('Phụ lục KH 2024 (bản cũ) (1)', 'Phụ lục KH 2024 (bản cũ)')).toBe(false);
  });
});

describe('the previous appendix', () => {
  const self = checkScores(
    set,
    Object.entries(SEED_2023_SCORES).map(([code, raw]) => ({ code, raw })),
  );
  const record = { setId: set.id, version: set.version, year: 2023 };

  function gridOf(spec: SheetSpec, sheet = spec.name): Grid {
    return { sheet, values: spec.cells.map((r) => r.map((c): RawCell => (isFormula(c) ? null : c))) };
  }
  function appendix(sheet: string, planYear = 2024, assessmentYear = 2023): Grid {
    return gridOf(planSheet(buildPlan(set, { self }, { assessmentYear, planYear })), sheet);
  }
  const withoutRecord = (grid: Grid): Grid => ({
    ...grid,
    values: grid.values.map((r) =>
      r.map((v) => (typeof v === 'string' && v.startsWith(PLAN_TEXTS.recordPrefix) ? null : v)),
    ),
  });
  const found = (grids: Grid[], query: Partial<Parameters<typeof previousPlan>[1]> = {}) =>
    previousPlan(grids, { planYear: 2024, record, ...query })?.grid.sheet ?? null;

  test("the appendix's own name wins over its backup, wherever either stands", () => {
    const own = appendix('Phụ lục KH 2024');
    const backup = appendix('Phụ lục KH 2024 (bản cũ)');
    expect(found([backup, own])).toBe('Phụ lục KH 2024');
    expect(found([own, backup])).toBe('Phụ lục KH 2024');
    expect(found([backup])).toBe('Phụ lục KH 2024 (bản cũ)');
  });

  test('a renamed appendix is found by its header, before a backup; a preferred name leads', () => {
    const renamed = appendix('KH CCHC');
    const backup = appendix('Phụ lục KH 2024 (bản cũ) (2)');
    expect(found([backup, renamed])).toBe('KH CCHC');
    expect(found([renamed, backup], { prefer: [undefined, 'Phụ lục KH 2024 (bản cũ) (2)'] })).toBe(
      'Phụ lục KH 2024 (bản cũ) (2)',
    );
    const lowerCase = appendix('phụ lục kh 2024');
    expect(found([renamed, lowerCase])).toBe('phụ lục kh 2024');
  });

  test('another plan year, set or assessment year is never taken; the skipped sheet neither', () => {
    expect(found([appendix('Phụ lục KH 2024', 2025)])).toBeNull();
    expect(found([appendix('Phụ lục KH 2025', 2025)], { planYear: 2025 })).toBe('Phụ lục KH 2025');
    expect(found([appendix('Phụ lục KH 2024', 2024, 2022)])).toBeNull();
    expect(found([appendix('Phụ lục KH 2024')], { record: { ...record, setId: 'other' } })).toBeNull();
    expect(found([appendix('Phụ lục KH 2024')], { skip: 'Phụ lục KH 2024' })).toBeNull();
  });

  test('without a record line on both sheets, only the appendix under its own name is taken', () => {
    expect(found([withoutRecord(appendix('KH CCHC'))])).toBeNull();
    expect(found([appendix('KH CCHC')], { record: null })).toBeNull();
    expect(found([withoutRecord(appendix('Phụ lục KH 2024'))])).toBe('Phụ lục KH 2024');
    expect(found([appendix('Nháp')], { record: null, ownName: 'Nháp' })).toBe('Nháp');
  });
});

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type {
  AddinActions,
  CheckResult,
  FieldSummary,
  FixResult,
  HighlightResult,
  InsertTemplateResult,
  LocatedProblem,
  PlanResult,
} from '../../src/excel/types';
import type { PaneLang } from '../../src/i18n/pane';
import { PaneProvider } from '../../src/taskpane/pane-context';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one to decide its layout.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
}

const SHEET = "'Tự đánh giá 2023'";

export const FIELDS: FieldSummary[] = [
  { code: '1', name: 'Công tác chỉ đạo, điều hành CCHC', max: 16, score: 15 },
  { code: '2', name: 'Xây dựng và tổ chức thực hiện VBQPPL', max: 9, score: 8.5 },
  { code: '3', name: 'Cải cách thủ tục hành chính', max: 14, score: null },
];

export function makeProblem(
  p: Partial<LocatedProblem> & Pick<LocatedProblem, 'code' | 'criterion'>,
): LocatedProblem {
  const cell = p.address ?? `${SHEET}!D${10 + Number(p.criterion.replace(/\D/g, '').slice(0, 2) || 0)}`;
  return {
    severity: 'error',
    column: 'self',
    message: { vi: `Lỗi ở tiêu chí ${p.criterion}`, en: `Problem at criterion ${p.criterion}` },
    ...p,
    params: p.params ?? {},
    address: cell,
  };
}

export function makeCheckResult(overrides: Partial<CheckResult> = {}): CheckResult {
  const problems = overrides.problems ?? [];
  return {
    skipped: [],
    message: { vi: 'Đã kiểm tra.', en: 'Checked.' },
    sheetName: 'Tự đánh giá 2023',
    setId: 'dak-nong-xa-2023',
    setName: 'Bộ chỉ số CCHC cấp xã tỉnh Đắk Nông',
    year: 2023,
    unitName: 'UBND xã Thử',
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    fields: FIELDS,
    total: { max: 100, applicableMax: 100, score: 79.452, percent: 79.45 },
    totalIfFixed: null,
    missing: 0,
    classification: { name: 'Trung bình', min: 70, max: 80 },
    scaleConfirmed: true,
    belowMax: [],
    ...overrides,
  };
}

const outcome = { skipped: [], message: { vi: 'Xong.', en: 'Done.' } };

/** Actions that answer at once with plausible results; each is a jest mock to assert calls on. */
export function makeActions(overrides: Partial<AddinActions> = {}): jest.Mocked<AddinActions> {
  const base: AddinActions = {
    insertTemplate: async (o): Promise<InsertTemplateResult> => ({
      ...outcome,
      inserted: true,
      sheetName: o.sheetName ?? `Tự đánh giá ${o.year}`,
    }),
    checkScores: async () => makeCheckResult(),
    highlightBelowMax: async (): Promise<HighlightResult> => ({ ...outcome, count: 3 }),
    clearHighlight: async (): Promise<HighlightResult> => ({ ...outcome, count: 0 }),
    generatePlan: async (): Promise<PlanResult> => ({
      ...outcome,
      written: true,
      sheetName: 'Phụ lục KH 2024',
      problems: [],
      kept: [],
      missing: [],
      total: { max: 100, applicableMax: 100, score: 79.452, percent: 79.45 },
    }),
    selectCell: async () => undefined,
    fixTextNumbers: async (): Promise<FixResult> => ({ ...outcome, fixed: 1 }),
    planDocument: async () => ({
      ...outcome,
      model: null,
      problems: [],
      appendixFrom: null,
      planYear: 2024,
      fileName: '',
    }),
  };
  const merged = { ...base, ...overrides };
  return {
    insertTemplate: jest.fn(merged.insertTemplate),
    checkScores: jest.fn(merged.checkScores),
    highlightBelowMax: jest.fn(merged.highlightBelowMax),
    clearHighlight: jest.fn(merged.clearHighlight),
    generatePlan: jest.fn(merged.generatePlan),
    selectCell: jest.fn(merged.selectCell),
    fixTextNumbers: jest.fn(merged.fixTextNumbers),
    planDocument: jest.fn(merged.planDocument),
  };
}

export function Wrap({ children, lang = 'vi' }: { children: ReactNode; lang?: PaneLang }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneProvider lang={lang}>{children}</PaneProvider>
    </FluentProvider>
  );
}

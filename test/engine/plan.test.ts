import { checkScores } from '../../src/engine/check';
import { buildPlan } from '../../src/engine/plan';
import { loadSet } from '../../src/engine/set';
import type { CriteriaSet } from '../../src/engine/types';
import { builtInJson, makeScores, makeSet } from '../support/factories';
import { SEED_2023_SCORES, appraisedFieldEntries, seedEntries } from '../support/seed';
import { planSummaryText } from '../../src/i18n/problems';

const builtIn = loadSet(builtInJson()).set as CriteriaSet;
const self = checkScores(builtIn, seedEntries());
const appraised = checkScores(builtIn, appraisedFieldEntries(), { column: 'appraised' });

/** Criteria the appendix shows below max (score < max), read off the seed table; 2.4 holds 0,5 of 2,5. */
const SEED_BELOW_MAX = [
  '1.7',
  '2.1',
  '2.4',
  '3.1',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '3.8',
  '6.1',
  '6.3',
  '7.1',
  '7.3',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
];

describe('buildPlan on the built-in set and the seed self-assessment', () => {
  const plan = buildPlan(builtIn, { self }, { assessmentYear: 2023, unitName: 'UBND xã Quảng Sơn' });

  it('has a row for every field and criterion: 8 + 38 = 46', () => {
    expect(plan.rows).toHaveLength(46);
    expect(plan.rows.filter((r) => r.level === 'field')).toHaveLength(8);
    expect(plan.complete).toBe(true);
  });

  it('numbers rows as the appendix does: "1." for a field, "1.1" for a criterion', () => {
    expect(plan.rows.slice(0, 3).map((r) => r.stt)).toEqual(['1.', '1.1', '1.2']);
    expect(plan.rows.find((r) => r.code === '8')?.stt).toBe('8.');
    expect(plan.rows[plan.rows.length - 1].stt).toBe('8.4');
  });

  it('targets the max on every row, as the appendix\'s "Mục tiêu năm 2024" does', () => {
    for (const row of plan.rows) expect(row.target).toBe(row.max);
    expect(plan.total.target).toBe(100);
  });

  it('plans for the year after the assessment', () => {
    expect(plan.assessmentYear).toBe(2023);
    expect(plan.planYear).toBe(2024);
    expect(plan.unitName).toBe('UBND xã Quảng Sơn');
    expect(buildPlan(builtIn, { self }, { assessmentYear: 2023, planYear: 2025 }).planYear).toBe(2025);
  });

  it('carries the scores, their source and the exact gaps', () => {
    const row = (code: string) => plan.rows.find((r) => r.code === code);
    expect(row('3')).toMatchObject({
      score: 11.497,
      gap: 8.003,
      scoreSource: 'self',
      scoreOrigin: 'children',
    });
    expect(row('3.4')).toMatchObject({ score: 7.997, gap: 0.003, belowMax: true, scoreOrigin: 'entered' });
    expect(row('1.1')).toMatchObject({ score: 2, gap: 0, belowMax: false });
    expect(plan.total).toMatchObject({ score: 79.452, max: 100, gap: 20.548, percent: 79.45 });
    expect(plan.basis).toBe('self');
  });

  it('takes the default tasks and unit from the set', () => {
    expect(plan.rows.find((r) => r.code === '1.1')).toMatchObject({
      tasks:
        'Thực hiện đầy đủ các nội dung kế hoạch đã đề ra đảm bảo thực hiện đạt 100% các mục tiêu kế hoạch đề ra',
      unit: 'Toàn thể CBCC xã',
    });
  });

  it('flags exactly the criteria the appendix shows below max', () => {
    expect(plan.rows.filter((r) => r.level === 'criterion' && r.belowMax).map((r) => r.code)).toEqual(
      SEED_BELOW_MAX,
    );
  });

  it('writes the section I.2 lines from the appendix scores, with decimal commas', () => {
    const vi = plan.summary.map((m) => planSummaryText(m, 'vi'));
    expect(vi[1]).toBe('Lĩnh vực 2: Cải cách thể chế: đạt 8,5/11 điểm');
    expect(vi[2]).toBe('Lĩnh vực 3: Cải cách thủ tục hành chính: đạt 11,497/19,5 điểm');
    expect(vi[8]).toBe('Chỉ số CCHC năm 2023 của UBND xã đạt 79,452/100 điểm (79,45%), xếp loại trung bình');
    expect(planSummaryText(plan.summary[2], 'en')).toBe(
      'Field 3: Cải cách thủ tục hành chính: 11.497/19.5 points',
    );
  });
});

describe('onlyBelowMax', () => {
  const plan = buildPlan(builtIn, { self }, { assessmentYear: 2023, onlyBelowMax: true });

  it('keeps the criteria below max and the fields holding them, and is not complete', () => {
    expect(plan.complete).toBe(false);
    expect(plan.rows.filter((r) => r.level === 'criterion').map((r) => r.code)).toEqual(SEED_BELOW_MAX);
    // Fields 4 (8/8) and 5 (8,5/8,5) are full in the appendix, so they drop out.
    expect(plan.rows.filter((r) => r.level === 'field').map((r) => r.code)).toEqual([
      '1',
      '2',
      '3',
      '6',
      '7',
      '8',
    ]);
    expect(plan.rows).toHaveLength(6 + 17);
  });

  it('keeps each criterion under its own field', () => {
    expect(plan.rows.slice(0, 4).map((r) => r.stt)).toEqual(['1.', '1.7', '2.', '2.1']);
  });

  it('still totals the whole set', () => {
    expect(plan.total.score).toBe(79.452);
  });
});

describe('score source and basis', () => {
  it('auto: the appraised field rows win, criteria keep the self-assessment', () => {
    const plan = buildPlan(builtIn, { self, appraised }, { assessmentYear: 2023 });
    expect(plan.rows.find((r) => r.code === '1')).toMatchObject({ score: 16, scoreSource: 'appraised' });
    expect(plan.rows.find((r) => r.code === '1.7')).toMatchObject({ score: 1, scoreSource: 'self' });
    expect(plan.total.score).toBe(71.36);
    expect(plan.classification?.name).toBe('Trung bình');
    // The criterion rows, which the tasks answer to, are self-assessed: the plan must not claim "appraised".
    expect(plan.basis).toBe('mixed');
  });

  it('self: the appraised report is ignored', () => {
    const plan = buildPlan(builtIn, { self, appraised }, { assessmentYear: 2023, scoreSource: 'self' });
    expect(plan.rows.every((r) => r.scoreSource === 'self')).toBe(true);
    expect(plan.total.score).toBe(79.452);
    expect(plan.basis).toBe('self');
  });

  it('appraised: only appraised scores; criteria not appraised have none', () => {
    const plan = buildPlan(builtIn, { self, appraised }, { assessmentYear: 2023, scoreSource: 'appraised' });
    expect(plan.rows.find((r) => r.code === '2')).toMatchObject({ score: 8, scoreSource: 'appraised' });
    expect(plan.rows.find((r) => r.code === '2.1')).toMatchObject({
      score: null,
      scoreSource: 'none',
      scoreOrigin: 'none',
      gap: null,
      belowMax: false,
    });
    expect(plan.total.score).toBe(71.36);
    expect(plan.basis).toBe('appraised');
  });

  it('mixed: appraised fields 1–4, self-assessed fields 5–8', () => {
    const firstFour = checkScores(builtIn, appraisedFieldEntries().slice(0, 4), { column: 'appraised' });
    const plan = buildPlan(builtIn, { self, appraised: firstFour }, { assessmentYear: 2023 });
    // 16 + 8 + 14 + 7 (section I.2) + 8,5 + 6,5 + 12,455 + 9 (appendix)
    expect(plan.total.score).toBe(81.455);
    expect(plan.basis).toBe('mixed');
    expect(planSummaryText(plan.summary[9], 'vi')).toContain('điểm thẩm định nơi đã có');
  });
});

describe('an unconfirmed classification scale says so', () => {
  it('adds a note after the summary when the set marks its bands unconfirmed, none when confirmed', () => {
    const plan = buildPlan(builtIn, { self }, { assessmentYear: 2023 });
    expect(builtIn.scale.confirmed).toBe(false);
    expect(planSummaryText(plan.summary[plan.summary.length - 1], 'vi')).toMatch(
      /ngưỡng xếp loại .* chưa được xác nhận/,
    );
    const confirmed = { ...builtIn, scale: { ...builtIn.scale, confirmed: true } };
    const plain = buildPlan(confirmed, { self }, { assessmentYear: 2023 });
    expect(plain.summary).toHaveLength(plan.summary.length - 1);
    expect(plain.summary.some((m) => planSummaryText(m, 'vi').includes('chưa được xác nhận'))).toBe(false);
  });
});

describe("the summary lines match the seed's section I.2 wording", () => {
  const plan = buildPlan(builtIn, { self, appraised }, { assessmentYear: 2023 });
  const vi = plan.summary.map((m) => planSummaryText(m, 'vi'));

  it.each([
    [0, 'Lĩnh vực 1: Công tác chỉ đạo, điều hành CCHC: đạt 16/16 điểm'],
    [1, 'Lĩnh vực 2: Cải cách thể chế: đạt 8/11 điểm'],
    [4, 'Lĩnh vực 5: Cải cách chế độ công vụ: đạt 5,5/8,5 điểm'],
    [5, 'Lĩnh vực 6: Cải cách tài chính công: đạt 2,5/8 điểm'],
  ])('line %p: %s', (i, line) => {
    expect(vi[i]).toBe(line);
  });

  it.each([
    [2, ': đạt 14/19,5 điểm'],
    [3, ': đạt 7/8 điểm'],
    [6, ': đạt 11,36/16 điểm'],
    [7, ': đạt 7/13 điểm'],
  ])('line %p ends "%s"', (i, end) => {
    expect(vi[i].endsWith(end)).toBe(true);
  });

  it('the total line reads "Chỉ số CCHC năm 2023 của UBND xã đạt 71,36 … xếp loại trung bình"', () => {
    expect(vi[8].startsWith('Chỉ số CCHC năm 2023 của UBND xã đạt 71,36')).toBe(true);
    expect(vi[8].endsWith(', xếp loại trung bình')).toBe(true);
    expect(planSummaryText(plan.summary[8], 'en')).toBe(
      'PAR Index 2023 of the commune: 71.36/100 points (71.36%), rated Trung bình',
    );
  });

  it('a field without any score says so', () => {
    const partial = checkScores(builtIn, seedEntries({ '1.1': SEED_2023_SCORES['1.1'] }));
    const lines = buildPlan(builtIn, { self: partial }, { assessmentYear: 2023 }).summary;
    expect(planSummaryText(lines[1], 'vi')).toBe('Lĩnh vực 2: Cải cách thể chế: chưa có điểm');
  });
});

describe('not applicable rows', () => {
  const set = makeSet({
    fields: {
      '1': {
        criteria: {
          '1.1': { sub: { '1.1.1': { max: 2, naAllowed: true }, '1.1.2': 2 } },
          '1.2': { max: 6, naAllowed: true },
        },
      },
    },
  });

  it('have no target; targets above them leave them out', () => {
    const report = checkScores(set, makeScores({ '1.1.1': 'KAD', '1.1.2': 2, '1.2': 'KAD' }));
    const plan = buildPlan(set, { self: report }, { assessmentYear: 2023 });
    const row = (code: string) => plan.rows.find((r) => r.code === code);
    expect(row('1.2')).toMatchObject({ na: true, target: null, gap: null, belowMax: false });
    expect(row('1.1.1')).toMatchObject({ na: true, target: null });
    expect(row('1.1')).toMatchObject({ score: 2, target: 2, gap: 0, belowMax: false });
    expect(row('1')).toMatchObject({ max: 10, score: 2, target: 2, gap: 0, belowMax: false });
    expect(plan.total).toMatchObject({
      max: 10,
      applicableMax: 2,
      score: 2,
      target: 2,
      gap: 0,
      percent: 100,
    });
  });

  it('a partly N/A criterion below its applicable max is in a "below max only" plan with the applicable gap', () => {
    const report = checkScores(set, makeScores({ '1.1.1': 'KAD', '1.1.2': 1, '1.2': 6 }));
    const plan = buildPlan(set, { self: report }, { assessmentYear: 2023, onlyBelowMax: true });
    expect(plan.rows.map((r) => [r.code, r.gap])).toEqual([
      ['1', 1],
      ['1.1', 1],
      ['1.1.2', 1],
    ]);
  });
});

/**
 * The seed document (Kế hoạch cải thiện Chỉ số CCHC 2024, xã Quảng Sơn): its appendix and its section I.2
 * are the reference figures.
 */
import { checkScores } from '../../src/engine/check';
import { loadSet } from '../../src/engine/set';
import type { CriteriaSet } from '../../src/engine/types';
import { at, builtInJson } from '../support/factories';
import { problemText } from '../../src/i18n/problems';
import {
  SEED_2023_SCORES,
  SEED_APPENDIX_FIELDS,
  SEED_APPRAISED_FIELDS,
  appraisedFieldEntries,
  seedEntries,
} from '../support/seed';

function builtIn(): CriteriaSet {
  const { set } = loadSet(builtInJson());
  if (!set) throw new Error('the built-in set does not load');
  return set;
}

describe('the seed appendix, column "Điểm đạt được năm 2023" (self-assessment)', () => {
  const report = checkScores(builtIn(), seedEntries(), { column: 'self' });

  it.each(SEED_APPENDIX_FIELDS.map((score, i) => [String(i + 1), score]))(
    'field %s totals exactly %p, as the appendix prints it',
    (code, score) => {
      const field = report.fields.find((f) => f.code === code);
      expect(field?.score).toBe(score);
      expect(field?.origin).toBe('children');
    },
  );

  it('totals exactly 79.452 (never 79.45199999) over 100 points', () => {
    expect(report.total.score).toBe(79.452);
    expect(report.total.max).toBe(100);
    expect(report.total.applicableMax).toBe(100);
    expect(report.total.percent).toBe(79.45);
  });

  it('raises no problem', () => {
    expect(report.problems).toEqual([]);
  });
});

describe('the appendix as printed: criterion 2.4 absent', () => {
  const set = builtIn();
  const printed = Object.fromEntries(Object.entries(SEED_2023_SCORES).filter(([code]) => code !== '2.4'));

  it('reports exactly one MISSING, for 2.4, and totals 0,5 less', () => {
    const report = checkScores(set, seedEntries(printed));
    expect(report.problems.map((p) => [p.code, p.criterion])).toEqual([['MISSING', '2.4']]);
    expect(report.fields[1].score).toBe(8);
    expect(report.total.score).toBe(78.952);
  });

  it('with the printed field rows entered too, catches exactly the field-2 row (8,5) that its criteria (8) contradict', () => {
    const fieldRows = SEED_APPENDIX_FIELDS.map((raw, i) => ({
      code: String(i + 1),
      raw,
      position: at(`D${i + 1}`),
    }));
    const report = checkScores(set, [...fieldRows, ...seedEntries(printed)]);
    expect(report.problems).toHaveLength(1);
    const [problem] = report.problems;
    expect(problem).toMatchObject({
      code: 'PARENT_MISMATCH',
      criterion: '2',
      position: at('D2'),
      severity: 'error',
    });
    expect(problemText(problem, 'vi')).toContain('8,5');
    expect(problemText(problem, 'vi')).toContain('(8)');
    expect(report.total.score).toBe(79.452);
  });
});

describe('section I.2 (appraised, published): per-field results', () => {
  const report = checkScores(builtIn(), appraisedFieldEntries(), { column: 'appraised' });

  it('keeps each field as entered', () => {
    expect(report.fields.map((f) => f.score)).toEqual(SEED_APPRAISED_FIELDS);
    expect(report.fields.every((f) => f.origin === 'entered')).toBe(true);
  });

  it('totals 71,36 and classifies "Trung bình"', () => {
    expect(report.total.score).toBe(71.36);
    expect(report.total.percent).toBe(71.36);
    expect(report.classification?.name).toBe('Trung bình');
  });

  it('raises no MISSING for criteria below the appraised fields', () => {
    expect(report.problems.filter((p) => p.code === 'MISSING')).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('also in the self column, criteria under an entered field row are not MISSING', () => {
    const self = checkScores(builtIn(), appraisedFieldEntries(), { column: 'self' });
    expect(self.problems.filter((p) => p.code === 'MISSING')).toEqual([]);
    expect(self.total.score).toBe(71.36);
  });
});

import {
  decimalsOf,
  formatNumberVi,
  formatPlain,
  percentOf,
  sameScore,
  subtractScores,
  sumScores,
} from '../../src/engine/decimal';
import { SEED_2023_SCORES, SEED_APPENDIX_FIELDS, SEED_APPRAISED_FIELDS } from '../support/seed';

describe('sumScores', () => {
  it('adds the seed appendix fields to exactly 79.452', () => {
    expect(sumScores(SEED_APPENDIX_FIELDS)).toBe(79.452);
  });

  it('is exact where plain addition drifts', () => {
    const thousandths = Array(1000).fill(0.001);
    expect(thousandths.reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(sumScores(thousandths)).toBe(1);
  });

  it('adds the seed criteria (with 2.4 = 0,5) to 79.452 and section I.2 to 71.36', () => {
    expect(sumScores(Object.values(SEED_2023_SCORES))).toBe(79.452);
    expect(sumScores(SEED_APPRAISED_FIELDS)).toBe(71.36);
  });

  it.each([
    ['a thousand 0.001', Array(1000).fill(0.001), 1],
    ['ten thousand 0.1', Array(10000).fill(0.1), 1000],
    ['0.1 + 0.2', [0.1, 0.2], 0.3],
    ['3-decimal values that cancel', [7.997, 12.455, -7.997, -12.455, 0.003], 0.003],
    ['many 3-decimal values', Array.from({ length: 999 }, (_, i) => (i + 1) / 1000), 499.5],
    ['nothing', [], 0],
  ])('%s', (_label, values, expected) => {
    expect(sumScores(values as number[])).toBe(expected);
  });
});

describe('subtractScores and sameScore', () => {
  it.each([
    [8, 7.997, 0.003],
    [100, 79.452, 20.548],
    [19.5, 11.497, 8.003],
    [0.3, 0.1, 0.2],
  ])('%p - %p = %p exactly', (a, b, diff) => {
    expect(subtractScores(a, b)).toBe(diff);
  });

  it('compares to the thousandth', () => {
    expect(sameScore(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameScore(8.5, 8.501)).toBe(false);
  });
});

describe('formatNumberVi / formatPlain', () => {
  it.each([
    [79.452, '79,452', '79.452'],
    [8.5, '8,5', '8.5'],
    [16, '16', '16'],
    [0, '0', '0'],
    [100, '100', '100'],
    [10, '10', '10'],
    [0.05, '0,05', '0.05'],
    [19.5, '19,5', '19.5'],
    [-0.5, '-0,5', '-0.5'],
    [0.1 + 0.2, '0,3', '0.3'],
  ])('%p → %p (vi), %p (plain)', (value, vi, plain) => {
    expect(formatNumberVi(value)).toBe(vi);
    expect(formatPlain(value)).toBe(plain);
  });
});

describe('percentOf', () => {
  it.each([
    [71.36, 100, 71.36],
    [79.452, 100, 79.45],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [9, 14, 64.29],
    [6, 6, 100],
    [5, 0, 0],
    [0, 10, 0],
  ])('%p of %p is %p%', (score, max, pct) => {
    expect(percentOf(score, max)).toBe(pct);
  });
});

describe('decimalsOf', () => {
  it.each([
    [8, 0],
    [8.5, 1],
    [7.997, 3],
    [79.452, 3],
    [3.9995, 4],
    [0.1 + 0.2, 17],
    [1e-7, 7],
    [1.5e-7, 8],
    [NaN, 0],
  ])('%p has %p decimals', (value, n) => {
    expect(decimalsOf(value)).toBe(n);
  });
});

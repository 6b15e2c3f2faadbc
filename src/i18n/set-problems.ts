import { formatNumberVi, formatPlain } from '../engine/decimal';
import type { SetProblem } from '../engine/set';

/**
 * Problems in a criteria-set document, in Vietnamese and English. Apart from the main catalogue because
 * only loading a set file (the command line) needs them, not the task pane.
 */
export const setProblemsVi = {
  DUPLICATE_CODE: (p: { code: string }) => `Mã "${p.code}" bị trùng. Mỗi mục phải có một mã riêng.`,
  CODE_NOT_UNDER_PARENT: (p: { code: string; parent: string }) =>
    `Mã "${p.code}" không bắt đầu bằng mã của mục cha "${p.parent}." Hãy sửa mã cho đúng cấp.`,
  PARENT_MAX_MISMATCH: (p: { code: string; max: string; sum: string }) =>
    `Mục ${p.code}: điểm tối đa ${p.max} khác tổng điểm tối đa các mục con (${p.sum}). Có thể thiếu hoặc thừa một tiêu chí.`,
  TOTAL_MISMATCH: (p: { total: string; sum: string }) =>
    `Tổng điểm khai báo ${p.total} khác tổng điểm tối đa các lĩnh vực (${p.sum}).`,
  BAD_MAX: (p: { code: string }) => `Mục ${p.code}: điểm tối đa phải là một số không âm.`,
  BANDS_OVERLAP: (p: { a: string; b: string }) => `Các mức xếp loại "${p.a}" và "${p.b}" chồng lên nhau.`,
  BANDS_GAP: (p: { a: string; b: string }) => `Giữa mức xếp loại "${p.a}" và "${p.b}" còn một khoảng trống.`,
  BANDS_RANGE: (p: { from: string; to: string }) => `Các mức xếp loại phải phủ kín từ ${p.from} đến ${p.to}.`,
  SCHEMA: (p: { detail: string }) => `Sai cấu trúc: ${p.detail}`,
};

export const setProblemsEn: typeof setProblemsVi = {
  DUPLICATE_CODE: (p) => `Code "${p.code}" is used twice. Every item needs its own code.`,
  CODE_NOT_UNDER_PARENT: (p) =>
    `Code "${p.code}" does not start with its parent's code "${p.parent}." Fix the code.`,
  PARENT_MAX_MISMATCH: (p) =>
    `Item ${p.code}: max ${p.max} differs from the sum of its children's max (${p.sum}). A criterion may be missing or extra.`,
  TOTAL_MISMATCH: (p) => `The declared total ${p.total} differs from the sum of the fields' max (${p.sum}).`,
  BAD_MAX: (p) => `Item ${p.code}: the max must be a number of 0 or more.`,
  BANDS_OVERLAP: (p) => `Classification bands "${p.a}" and "${p.b}" overlap.`,
  BANDS_GAP: (p) => `There is a gap between classification bands "${p.a}" and "${p.b}".`,
  BANDS_RANGE: (p) => `The classification bands must cover ${p.from} to ${p.to}.`,
  SCHEMA: (p) => `Wrong structure: ${p.detail}`,
};

/** A set problem as a sentence: numbers with a decimal comma in Vietnamese, a point in English. */
export function setProblemText(p: SetProblem, lang: 'vi' | 'en'): string {
  const n = (x: number | undefined) =>
    x === undefined ? '' : lang === 'vi' ? formatNumberVi(x) : formatPlain(x);
  const q = p.params;
  const detail = `${p.path || (lang === 'vi' ? '(gốc)' : '(root)')}: ${q.detail ?? ''}`;
  const params = {
    code: q.code ?? '',
    parent: q.parent ?? '',
    max: n(q.max),
    sum: n(q.sum),
    total: n(q.total),
    from: n(q.from),
    to: n(q.to),
    a: q.a ?? '',
    b: q.b ?? '',
    detail,
  };
  const fn = (lang === 'vi' ? setProblemsVi : setProblemsEn)[p.code] as (x: typeof params) => string;
  return fn(params);
}

import { checkScores } from '../../src/engine/check';
import { mergePlan, normaliseCode, type PreviousPlanRow } from '../../src/engine/merge';
import { buildPlan } from '../../src/engine/plan';
import { makeScores, makeSet } from '../support/factories';

const set = makeSet({
  fields: {
    '1': {
      criteria: {
        '1.1': { max: 4, tasks: 'Nhiệm vụ 1.1', unit: 'CC Văn phòng - Thống kê' },
        '1.2': { max: 6, naAllowed: true, tasks: 'Nhiệm vụ 1.2', unit: 'Bộ phận một cửa' },
      },
    },
    '2': { criteria: { '2.1': { max: 5, tasks: 'Nhiệm vụ 2.1', unit: 'CC Tài chính - Kế toán' }, '2.2': 5 } },
  },
});
const plan = buildPlan(
  set,
  { self: checkScores(set, makeScores({ '1.1': 3, '1.2': 6, '2.1': 4, '2.2': 5 })) },
  { assessmentYear: 2023 },
);

const prev = (
  code: string | null,
  target: PreviousPlanRow['target'],
  tasks = '',
  unit = '',
): PreviousPlanRow => ({
  code,
  target,
  tasks,
  unit,
});

describe('normaliseCode', () => {
  it.each([
    ['1.', '1'],
    ['1', '1'],
    [' 1.1 ', '1.1'],
    ['1.1.', '1.1'],
    ['', ''],
  ])('%p → %p', (stt, code) => {
    expect(normaliseCode(stt)).toBe(code);
  });
});

describe('mergePlan', () => {
  const previous: PreviousPlanRow[] = [
    prev('1.', 50, 'Việc của lĩnh vực', 'Ai đó'),
    prev('1.1', '3,5', 'Nhiệm vụ đã sửa', 'CC Tư pháp - Hộ tịch'),
    prev(' 1.2 ', 'KAD', 'Không thực hiện', 'Bộ phận một cửa'),
    prev('2.1', '', 'Nhiệm vụ 2.1', ''),
    { ...prev(null, 1, 'Dòng người dùng thêm', 'Tổ công nghệ số'), location: 'A30' },
    prev('9.9', 2, 'Tiêu chí đã bỏ', ''),
    prev('1.1', 1, 'Dòng trùng', ''),
    prev('   ', 1, 'Mã trống', ''),
  ];
  const result = mergePlan(plan, previous);
  const row = (code: string) => result.plan.rows.find((r) => r.code === code);

  it('keeps what staff wrote for a criterion, matched by code', () => {
    expect(row('1.1')).toMatchObject({ target: 3.5, tasks: 'Nhiệm vụ đã sửa', unit: 'CC Tư pháp - Hộ tịch' });
  });

  it('reads a "not applicable" target as no target', () => {
    expect(row('1.2')).toMatchObject({ target: null, tasks: 'Không thực hiện', unit: 'Bộ phận một cửa' });
  });

  it('keeps the default target under a blank target cell, and an emptied unit stays empty', () => {
    expect(row('2.1')).toMatchObject({ target: 5, tasks: 'Nhiệm vụ 2.1', unit: '' });
  });

  it('keeps what staff wrote on a field row ("1." matches field 1), never its summed target', () => {
    const fresh = plan.rows.find((r) => r.code === '1');
    expect(row('1')).toEqual({ ...fresh, tasks: 'Việc của lĩnh vực', unit: 'Ai đó' });
    expect(row('1')?.target).toBe(fresh?.target);
    expect(result.kept).toContain('1');
    expect(result.missing).not.toContain('1');
  });

  it('a target written in words keeps the default and goes to the backup sheet whole', () => {
    const words = mergePlan(plan, [prev('1.1', 'giữ nguyên', 'Nhiệm vụ', 'Đơn vị')]);
    const fresh = plan.rows.find((r) => r.code === '1.1');
    expect(words.plan.rows.find((r) => r.code === '1.1')).toMatchObject({
      target: fresh?.target,
      tasks: 'Nhiệm vụ',
    });
    expect(words.leftovers).toEqual([prev('1.1', 'giữ nguyên', 'Nhiệm vụ', 'Đơn vị')]);
  });

  it('lists the codes it took something from', () => {
    expect(result.kept).toEqual(['1', '1.1', '1.2', '2.1']);
  });

  it('leaves rows without a code, with an unknown code, or repeated, as leftovers', () => {
    expect(result.leftovers.map((r) => r.tasks).sort()).toEqual(
      ['Dòng người dùng thêm', 'Tiêu chí đã bỏ', 'Dòng trùng', 'Mã trống'].sort(),
    );
    expect(result.leftovers.find((r) => r.code === null)?.location).toBe('A30');
  });

  it("reports the new plan's codes the previous rows no longer had", () => {
    expect(result.missing).toEqual(['2', '2.2']);
    expect(row('2.2')).toEqual(plan.rows.find((r) => r.code === '2.2'));
  });

  it('refreshes scores and leaves the input plan untouched', () => {
    expect(row('1.1')?.score).toBe(3);
    expect(plan.rows.find((r) => r.code === '1.1')).toMatchObject({ target: 4, tasks: 'Nhiệm vụ 1.1' });
    expect(result.plan.rows.map((r) => r.code)).toEqual(plan.rows.map((r) => r.code));
  });

  it('a previous sheet identical to the defaults keeps nothing and misses nothing', () => {
    const same = plan.rows.map((r) => prev(r.stt, r.target, r.tasks, r.unit));
    const again = mergePlan(plan, same);
    expect(again.kept).toEqual([]);
    expect(again.missing).toEqual([]);
    expect(again.leftovers).toEqual([]);
    expect(again.plan.rows).toEqual(plan.rows);
  });
});

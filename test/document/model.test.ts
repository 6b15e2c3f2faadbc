/** The plan document's model: pure data from the set, the checked scores and the appendix rows staff left. */
import { buildPlanDocument, documentText, unitsOf, type Span } from '../../src/app/document';
import { checkScores } from '../../src/engine/check';
import type { CriteriaSet } from '../../src/engine/types';
import { builtInSet } from '../../src/sets';
import { appraisedFieldEntries, seedEntries } from '../support/seed';

const SET = builtInSet('dak-nong-xa-2023') as CriteriaSet;
const UNIT = 'UBND xã Quảng Sơn';
const FIELD_RESULTS = ['15/16', '8,5/11', '11,497/19,5', '8/8', '8,5/8,5', '6,5/8', '12,455/16', '9/13'];

function seedModel(extra: Partial<Parameters<typeof buildPlanDocument>[0]> = {}) {
  const self = checkScores(SET, seedEntries(), { column: 'self' });
  return buildPlanDocument(
    { set: SET, self, unitName: UNIT, assessmentYear: 2023, ...extra },
    { date: new Date(2024, 1, 15) },
  );
}

const spans = (model: ReturnType<typeof seedModel>): Span[] =>
  model.body.flatMap((b) => (b.kind === 'fieldChart' ? [] : b.spans));

describe('the plan document model of the seed', () => {
  const model = seedModel();
  const text = documentText(model);

  it('counts the structure from the set and gives each field as x/y', () => {
    expect(model.structure).toMatchObject({ fields: 8, criteria: 38, subCriteria: 0, total: 100 });
    expect(model.structure.perField.map((f) => f.criteria)).toEqual([7, 4, 8, 5, 3, 3, 4, 4]);
    expect(text).toContain('08 lĩnh vực, 38 tiêu chí');
    expect(model.fields.map((f) => f.text)).toEqual(FIELD_RESULTS);
    expect(model.total.score).toBe(79.452);
    expect(text).toContain('đạt 79,452/100 điểm');
    expect(model.basis).toBe('self');
    expect(text).toContain('điểm tự đánh giá');
  });

  it('carries the header, title, date blanks and the plan year', () => {
    expect(model.header.unitLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ QUẢNG SƠN']);
    expect(model.header.number).toBe('Số: ……/KH-UBND');
    expect(model.header.placeDate).toBe('Quảng Sơn, ngày …… tháng …… năm 2024');
    expect(model.title).toEqual([
      'KẾ HOẠCH',
      'Cải thiện, nâng cao Chỉ số Cải cách hành chính (PAR INDEX)',
      'UBND xã Quảng Sơn năm 2024',
    ]);
    expect(model.signature.lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('highlights drafted sentences and never a figure', () => {
    const all = spans(model);
    const drafted = all.filter((s) => s.drafted);
    expect(drafted.length).toBeGreaterThan(5);
    for (const s of drafted) expect([s.text, /\d+,\d+|\d+\/\d+|\d+%/.test(s.text)]).toEqual([s.text, false]);
    const figures = all.filter((s) => /^\d+(,\d+)?%?$/.test(s.text));
    expect(figures.map((s) => s.text)).toEqual(expect.arrayContaining(['79,452', '11,497', '12,455']));
    expect(figures.every((s) => !s.drafted)).toBe(true);
    // The assessment names the weakest field from the figures: field 3 at 58,96 %.
    expect(text).toContain('Lĩnh vực có tỷ lệ điểm thấp nhất: Lĩnh vực 3');
  });

  it('prints the appendix rows as the plan sheet holds them, decimal comma, field rows in capitals', () => {
    const rows = model.appendix.rows;
    expect(rows).toHaveLength(8 + 38 + 1);
    expect(rows.filter((r) => r.level === 'field').map((r) => r.score)).toEqual([
      '15',
      '8,5',
      '11,497',
      '8',
      '8,5',
      '6,5',
      '12,455',
      '9',
    ]);
    expect(rows[0].name).toBe('CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC');
    expect(rows[rows.length - 1]).toMatchObject({
      level: 'total',
      max: '100',
      score: '79,452',
      target: '100',
    });
    expect(model.appendix.columns[3]).toBe('Điểm đạt được năm 2023');
    expect(model.appendix.columns[4]).toBe('Mục tiêu năm 2024');
  });

  it('gives each unit of the appendix its subsection and lists the criteria without one', () => {
    const units = model.units.map((u) => u.unit);
    expect(units).toEqual(
      expect.arrayContaining(['CC Văn phòng - Thống kê', 'CC Tư pháp - Hộ tịch', 'Bộ phận một cửa']),
    );
    expect(new Set(units).size).toBe(units.length);
    expect(model.unassigned).toEqual(['1.3', '6.3']);
    const office = model.units.find((u) => u.unit === 'CC Văn phòng - Thống kê');
    expect(office?.duties.map((d) => d.code)).toContain('1.2');
  });
});

describe('what staff left in the appendix sheet wins', () => {
  it('takes their tasks, units and targets, and sums the targets into the fields and the total', () => {
    const model = seedModel({
      previousRows: [
        {
          code: '3.5',
          target: 0.5,
          tasks: 'Công khai số điện thoại đường dây nóng',
          unit: 'Bộ phận một cửa; Công an xã',
        },
      ],
    });
    const row = model.appendix.rows.find((r) => r.stt === '3.5');
    expect(row).toMatchObject({ target: '0,5', unit: 'Bộ phận một cửa; Công an xã' });
    expect(model.appendix.rows.find((r) => r.stt === '3.')?.target).toBe('19');
    expect(model.appendix.rows.at(-1)?.target).toBe('99,5');
    expect(model.total.target).toBe(99.5);
    expect(model.units.find((u) => u.unit === 'Công an xã')?.duties.map((d) => d.code)).toEqual(['3.5']);
    expect(model.units.find((u) => u.unit === 'Bộ phận một cửa')?.duties.map((d) => d.code)).toContain('3.5');
  });
});

describe('which score it is', () => {
  it('says the score is mixed when appraised field scores stand over self-assessed criteria', () => {
    const self = checkScores(SET, seedEntries(), { column: 'self' });
    const appraised = checkScores(SET, appraisedFieldEntries(), { column: 'appraised' });
    const model = buildPlanDocument({ set: SET, self, appraised, unitName: UNIT, assessmentYear: 2023 });
    expect(model.basis).not.toBe('self');
    expect(model.total.score).toBe(71.36);
    expect(documentText(model)).toContain('điểm thẩm định');
  });
});

describe('unitsOf', () => {
  it('splits a cell naming several units, each once', () => {
    expect(unitsOf('CC Văn phòng - Thống kê; Lãnh đạo UBND xã\nCC Văn phòng  - Thống kê ')).toEqual([
      'CC Văn phòng - Thống kê',
      'Lãnh đạo UBND xã',
    ]);
    expect(unitsOf('  ')).toEqual([]);
  });
});

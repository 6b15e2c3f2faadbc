/** Office errors become AddinErrors that say what to do, in Vietnamese and English; nothing is swallowed. */
import { toAddinError } from '../../src/excel/errors';
import { createActions, type ExcelHost } from '../../src/excel/host';
import { AddinError } from '../../src/excel/types';
import { excelEn, excelVi } from '../../src/i18n/excel';
import { SimulatedExcel } from '../../src/sim';
import {
  bench,
  contents,
  errorOf,
  frozen,
  PLAN,
  rowOfCode,
  SET_ID,
  TEMPLATE,
  typeSeedScores,
  UNIT,
} from './support';

const PLAN_OPTIONS = { onlyBelowMax: false, scoreSource: 'auto' } as const;

async function addinError(promise: Promise<unknown>): Promise<AddinError> {
  const e = await errorOf(promise);
  expect(e).toBeInstanceOf(AddinError);
  return e as AddinError;
}

describe('Office errors, mapped by code', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'CELL_EDIT_MODE'],
    ['AccessDenied', 'SHEET_PROTECTED'],
    ['ItemNotFound', 'NOT_FOUND'],
    ['RequestPayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE'],
    ['ResponsePayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE'],
    ['ApiNotFound', 'API_NOT_SUPPORTED'],
  ])('%s becomes %s, with the original kept as the cause', (officeCode, code) => {
    const original = Object.assign(new Error('from Office'), { code: officeCode });
    const mapped = toAddinError(original);
    expect(mapped).toMatchObject({ code, cause: original });
    expect(mapped.userMessage.vi).toBe(excelVi.errors[code as keyof typeof excelVi.errors]);
    expect(mapped.userMessage.en).toBe(excelEn.errors[code as keyof typeof excelEn.errors]);
  });

  it('keeps the message of anything else', () => {
    const mapped = toAddinError(
      Object.assign(new Error('The argument is invalid.'), { code: 'InvalidArgument' }),
    );
    expect(mapped.code).toBe('UNEXPECTED');
    expect(mapped.userMessage.en).toContain('InvalidArgument: The argument is invalid.');
    expect(mapped.userMessage.vi).toContain('InvalidArgument: The argument is invalid.');
    expect(toAddinError('boom').userMessage.en).toContain('boom');
  });

  it('passes its own errors through unchanged', () => {
    const own = new AddinError('NO_TEMPLATE', { vi: 'a', en: 'b' });
    expect(toAddinError(own)).toBe(own);
  });

  it('never swallows a failure of the host', async () => {
    const failing: ExcelHost = {
      run: () => Promise.reject(Object.assign(new Error('gone'), { code: 'ApiNotFound' })),
      isSetSupported: () => true,
    };
    const actions = createActions(failing);
    for (const run of [
      () => actions.checkScores(),
      () => actions.highlightBelowMax(),
      () => actions.clearHighlight(),
      () => actions.fixTextNumbers(),
      () => actions.generatePlan(PLAN_OPTIONS),
      () => actions.selectCell('A1'),
      () => actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT }),
    ]) {
      expect((await addinError(run())).code).toBe('API_NOT_SUPPORTED');
    }
  });
});

describe('on the simulated Excel', () => {
  it('asks to leave cell edit mode, and writes nothing', async () => {
    const { sim, actions } = bench('microsoft365');
    sim.faults.cellEditMode = true;
    const e = await addinError(actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT }));
    expect(e.code).toBe('CELL_EDIT_MODE');
    expect(e.userMessage.vi).toContain('Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa, rồi thử lại');
    expect(e.userMessage.en).toContain('Press Enter or Esc');
    expect((e.cause as { code: string }).code).toBe('InvalidOperationInCellEditMode');
    expect(sim.sheetNames()).toEqual(['Sheet1']);
    sim.faults.cellEditMode = false;
    expect((await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT })).inserted).toBe(true);
  });

  it('says the plan sheet is protected when staff protected it with a password, and leaves it alone', async () => {
    const { sim, actions } = bench('microsoft365');
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    typeSeedScores(sim);
    await actions.generatePlan(PLAN_OPTIONS);
    sim.typeValue(PLAN, `F${rowOfCode(sim, PLAN, '1.1')}`, 'Nhiệm vụ riêng');
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(PLAN).protection.protect({}, 'mật khẩu');
      await context.sync();
    });
    const before = frozen(sim, PLAN);
    const e = await addinError(actions.generatePlan(PLAN_OPTIONS));
    expect(e.code).toBe('SHEET_PROTECTED');
    expect(e.userMessage.vi).toContain('Bỏ bảo vệ trang tính');
    expect(frozen(sim, PLAN) === before).toBe(true);
    expect(sim.sheetNames()).toEqual(['Sheet1', TEMPLATE, PLAN]);
  });

  it('says the template is protected when a password stops the highlight', async () => {
    const { sim, actions } = bench('office2019');
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    typeSeedScores(sim);
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(TEMPLATE);
      ws.protection.unprotect();
      ws.protection.protect({}, 'pw');
      await context.sync();
    });
    const typed = contents(sim, TEMPLATE);
    expect((await addinError(actions.highlightBelowMax())).code).toBe('SHEET_PROTECTED');
    expect(contents(sim, TEMPLATE)).toEqual(typed);
  });

  it('says a sheet is missing when a problem points at a sheet since deleted', async () => {
    const { actions } = bench('office2016');
    const e = await addinError(actions.selectCell("'Tự đánh giá 2022'!D12"));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.userMessage.en).toContain('"Check the score sheet"');
    expect(e.userMessage.vi).toContain('"Kiểm tra bảng điểm"');
    expect(e.userMessage.vi).toContain('"Kiểm tra"');
    expect(e.userMessage.vi).not.toContain('Kiểm tra điểm');
  });

  it('says the data is too large when Excel refuses the request', async () => {
    const sim = new SimulatedExcel({ payloadLimitBytes: 10_000 });
    const e = await addinError(
      createActions(sim).insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT }),
    );
    expect(e.code).toBe('PAYLOAD_TOO_LARGE');
    // A commune clerk is not sent to the command line: the IT officer is.
    expect(e.userMessage.vi).toContain('nhờ cán bộ CNTT dùng công cụ dòng lệnh parindex');
    expect(e.userMessage.en).toContain('ask the IT officer');
  });

  it('says the Excel is too old when a call goes beyond its API level', async () => {
    const sim = new SimulatedExcel({ apiLevel: 'office2016' });
    // A host that claims more than it has: Office.js fails the call with ApiNotFound.
    const boasting: ExcelHost = { run: (batch) => sim.run(batch), isSetSupported: () => true };
    const e = await addinError(
      createActions(boasting).insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT }),
    );
    expect(e.code).toBe('API_NOT_SUPPORTED');
  });

  it('says there is no template, an unknown set or duplicated codes', async () => {
    const { sim, actions } = bench('microsoft365');
    expect((await addinError(actions.checkScores())).code).toBe('NO_TEMPLATE');
    expect((await addinError(actions.generatePlan(PLAN_OPTIONS))).code).toBe('NO_TEMPLATE');
    const unknown = await addinError(
      actions.insertTemplate({ setId: 'quang-tri-2017', year: 2023, unitName: UNIT }),
    );
    expect(unknown.code).toBe('UNKNOWN_SET');
    expect(unknown.userMessage.vi).toContain('quang-tri-2017');

    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(TEMPLATE);
      ws.protection.unprotect();
      ws.getRange(`A${rowOfCode(sim, TEMPLATE, '1.3')}`).values = [['1.2']];
      await context.sync();
    });
    const duplicate = await addinError(actions.checkScores());
    expect(duplicate.code).toBe('DUPLICATE_CODES');
    expect(duplicate.userMessage.en).toContain('1.2 (A9, A10)');
  });
});

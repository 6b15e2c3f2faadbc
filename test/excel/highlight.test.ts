/** The highlight leaves the user's own formatting alone, copes with a renamed header, and counts what it marks. */
import type { ApiLevel, SimulatedExcel } from '../../src/sim';
import { isOwnRule } from '../../src/layout/own-rules';
import {
  bench,
  cellAt,
  codeRows,
  metered,
  rowOfCode,
  SET_ID,
  TEMPLATE,
  typeSeedScores,
  UNIT,
} from './support';

const OURS = '#FCE4D6';

async function unprotect(sim: SimulatedExcel, level: ApiLevel, sheet = TEMPLATE): Promise<void> {
  if (level === 'office2016') return;
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.unprotect();
    await context.sync();
  });
}

async function scored(level: ApiLevel, fix = true) {
  const b = bench(level);
  await b.actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
  typeSeedScores(b.sim);
  if (fix) await b.actions.fixTextNumbers();
  return b;
}

/** Rows (1-based) whose cell in column B shows the add-in's fill, by rule or by static fill. */
function markedRows(sim: SimulatedExcel): number[] {
  const out: number[] = [];
  for (const [code, row] of codeRows(sim, TEMPLATE)) {
    if (!code.includes('.')) continue;
    const cell = cellAt(sim.getSheetSnapshot(TEMPLATE), `B${row}`);
    if ((cell?.conditionalFormat?.fill ?? cell?.format.fill) === OURS) out.push(row);
  }
  return out;
}

describe.each(['office2016', 'microsoft365'] as const)('at %s', (level) => {
  it('highlights when the user renamed the "Lĩnh vực, tiêu chí" header', async () => {
    const { sim, actions } = await scored(level);
    await unprotect(sim, level);
    sim.typeValue(TEMPLATE, 'B6', 'Nội dung');
    const result = await actions.highlightBelowMax();
    expect(result.count).toBeGreaterThan(0);
    expect(markedRows(sim).length).toBe(result.count);
    await actions.clearHighlight();
    expect(markedRows(sim)).toEqual([]);
  });

  it('keeps the fill the user gave a criterion row through highlight and clear', async () => {
    const { sim, actions } = await scored(level);
    await unprotect(sim, level);
    const r11 = rowOfCode(sim, TEMPLATE, '1.1'); // at its max: never marked
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(TEMPLATE);
      ws.getRange(`F${r11}:G${r11}`).format.fill.color = '#FFFF00';
      ws.getRange(`F${r11}:G${r11}`).format.font.color = '#0000FF';
      await context.sync();
    });
    await actions.highlightBelowMax();
    await actions.clearHighlight();
    const snap = sim.getSheetSnapshot(TEMPLATE);
    expect(cellAt(snap, `G${r11}`)?.format.fill).toBe('#FFFF00');
    expect(cellAt(snap, `F${r11}`)?.format.fill).toBe('#FFFF00');
    expect(cellAt(snap, `G${r11}`)?.format.fontColor).toBe('#0000FF');
    expect(markedRows(sim)).toEqual([]);
  });

  it('says which sheet Check uses after a template goes beside a filled one', async () => {
    const { sim, actions } = await scored(level);
    const beside = 'Tự đánh giá 2023 (2)';
    const result = await actions.insertTemplate({
      setId: SET_ID,
      year: 2023,
      unitName: UNIT,
      sheetName: beside,
    });
    expect(result).toMatchObject({ inserted: true, sheetName: beside });
    expect(result.message.vi).toContain(`Trang "${TEMPLATE}" đã có điểm`);
    expect(result.message.en).toContain(`Check and the plan still use sheet "${TEMPLATE}"`);
    const check = await actions.checkScores();
    expect(check.sheetName).toBe(TEMPLATE);
    expect(check.total.score).toBe(79.452);
    expect(sim.sheetNames()).toContain(beside);
  });

  it('moves to the new template when the previous one holds no entries', async () => {
    const { actions } = bench(level);
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    const result = await actions.insertTemplate({ setId: SET_ID, year: 2024, unitName: UNIT });
    expect(result.message.vi).toBe('Đã chèn mẫu chấm điểm vào trang "Tự đánh giá 2024".');
    expect((await actions.checkScores()).year).toBe(2024);
  });
});

describe('with conditional formats (ExcelApi 1.6+)', () => {
  it('keeps the user own conditional format in the data block through highlight and clear', async () => {
    const { sim, actions } = await scored('microsoft365');
    await unprotect(sim, 'microsoft365');
    const r11 = rowOfCode(sim, TEMPLATE, '1.1');
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(TEMPLATE);
      const own = ws.getRange(`G${r11}:G${r11 + 3}`).conditionalFormats.add('Custom');
      own.custom.rule.formula = `=LEN(G${r11})>0`;
      own.custom.format.fill.color = '#C6EFCE';
      const cv = ws.getRange(`F${r11}:F${r11 + 3}`).conditionalFormats.add('CellValue');
      cv.cellValue.rule = { formula1: '0', operator: 'GreaterThan' };
      cv.cellValue.format.font.color = '#006100';
      await context.sync();
    });
    const userRules = () =>
      sim
        .getSheetSnapshot(TEMPLATE)
        .conditionalFormats.filter((cf) => JSON.stringify(cf).match(/C6EFCE|006100/i));
    expect(userRules()).toHaveLength(2);
    await actions.highlightBelowMax();
    expect(userRules()).toHaveLength(2);
    await actions.highlightBelowMax();
    await actions.clearHighlight();
    expect(userRules()).toHaveLength(2);
    expect(markedRows(sim)).toEqual([]);
  });

  it('keeps a user own rule on the STT and the score column, replacing only its own, in 2 syncs', async () => {
    const { sim, actions } = await scored('microsoft365');
    await unprotect(sim, 'microsoft365');
    const r11 = rowOfCode(sim, TEMPLATE, '1.1');
    const last = Math.max(...[...codeRows(sim, TEMPLATE).values()]);
    const RED = '#FF0000';
    const PINK = '#FFC7CE';
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(TEMPLATE);
      // Inside the block the highlight touches (STT to the score columns), over every criterion row.
      const score = ws.getRange(`D${r11}:D${last}`).conditionalFormats.add('Custom');
      score.custom.rule.formula = `=D${r11}<1`;
      score.custom.format.fill.color = RED;
      const stt = ws.getRange(`A${r11}:A${last}`).conditionalFormats.add('Custom');
      stt.custom.rule.formula = `=ISBLANK(D${r11})`;
      stt.custom.format.fill.color = PINK;
      await context.sync();
    });
    const rules = () => sim.getSheetSnapshot(TEMPLATE).conditionalFormats;
    const users = () =>
      rules()
        .filter((cf) => cf.format.fill === RED || cf.format.fill === PINK)
        .map((cf) => `${cf.address} ${String(cf.rule.formula)} ${cf.format.fill}`)
        .sort();
    const before = users();
    expect(before).toEqual([
      `A${r11}:A${last} =ISBLANK(D${r11}) ${PINK}`,
      `D${r11}:D${last} =D${r11}<1 ${RED}`,
    ]);
    const own = () => rules().filter((cf) => isOwnRule({ type: cf.type, formula: String(cf.rule.formula) }));
    for (let run = 0; run < 2; run++) {
      const { syncs, result } = await metered(sim, () => actions.highlightBelowMax());
      expect(syncs).toBeLessThanOrEqual(2);
      expect(result.count).toBeGreaterThan(0);
      expect(users()).toEqual(before);
      // The template's rule on the score column and the below-max rule over the block: once each.
      expect(own()).toHaveLength(2);
      expect(own().every((cf) => cf.format.fill === OURS)).toBe(true);
      expect(markedRows(sim)).toHaveLength(result.count);
    }
    const { syncs } = await metered(sim, () => actions.clearHighlight());
    expect(syncs).toBeLessThanOrEqual(2);
    expect(users()).toEqual(before);
    expect(own()).toHaveLength(1);
    expect(markedRows(sim)).toEqual([]);
  });

  it('tells its own rules from a user rule by formula', () => {
    const below =
      '=AND(ISNUMBER(FIND(".",$A8)),ISERROR(FIND(".",$A8,FIND(".",$A8)+1)),ISNUMBER($D8),$D8<$C8)';
    expect(isOwnRule({ type: 'Custom', formula: below })).toBe(true);
    expect(isOwnRule({ type: 'Custom', formula: '=AND(ISNUMBER(D8),D8<$C8)' })).toBe(true);
    expect(isOwnRule({ type: 'Custom', formula: '=AND(ISNUMBER(D8),E8<$C8)' })).toBe(false);
    expect(isOwnRule({ type: 'Custom', formula: '=D8<1' })).toBe(false);
    expect(isOwnRule({ type: 'CellValue', formula: null })).toBe(false);
  });

  it('counts what the live rule marks when a score is typed as text, and says so', async () => {
    const { sim, actions } = await scored('microsoft365', false);
    const check = await actions.checkScores();
    const r21 = rowOfCode(sim, TEMPLATE, '2.1');
    expect(check.belowMax.map((b) => b.criterion)).toContain('2.1');
    const result = await actions.highlightBelowMax();
    const marked = markedRows(sim);
    expect(marked).not.toContain(r21);
    expect(result.count).toBe(marked.length);
    expect(result.count).toBe(check.belowMax.length - 1);
    expect(result.message.vi).toContain('1 tiêu chí có điểm nhập dạng chữ');
    expect(result.message.en).toContain('typed as text');
  });
});

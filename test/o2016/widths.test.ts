// Issue 13: at ExcelApi 1.1 (Office 2016 bought outright) the template's columns are widened through the
// Office Common API (a scratch table binding, TableBinding.setFormatsAsync) and its text wraps; the workbook
// then checks and plans exactly as at ExcelApi 1.20; where the Common API is missing or fails, the template
// stays as before and the pane names the one step that fixes it.
import { createActions, type ExcelHost } from '../../src/excel/host';
import { widthInPoints } from '../../src/excel/render';
import type { InsertTemplateResult } from '../../src/excel/types';
import { templateSheet } from '../../src/layout/template';
import { SimulatedExcel, type ApiLevel } from '../../src/sim';
import { tablesOf } from '../../src/sim/model/tables';
import { builtInSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/engine/types';
import { cellAt, contents, PLAN, SET_ID, TEMPLATE, typeSeedScores, UNIT } from '../excel/support';

const SET = builtInSet(SET_ID) as CriteriaSet;
const spec = templateSheet(SET, { year: 2023, unitName: UNIT });

function hostOf(sim: SimulatedExcel, document: ExcelHost['document']): ExcelHost {
  return {
    run: (batch) => sim.run(batch),
    isSetSupported: (name, version) => sim.isSetSupported(name, version),
    document,
  };
}

async function inserted(level: ApiLevel, host?: (sim: SimulatedExcel) => ExcelHost) {
  const sim = new SimulatedExcel({ apiLevel: level });
  const actions = createActions(host ? host(sim) : sim);
  const result = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
  return { sim, actions, result };
}

const B_WIDE = widthInPoints(50);

describe('Office 2016 (ExcelApi 1.1): widths through the Common API', () => {
  it('widens column B to at least 50 characters and turns wrapping on where the template wraps', async () => {
    const { sim, result } = await inserted('office2016');
    const snap = sim.getSheetSnapshot(TEMPLATE);
    expect(snap.columnWidths[1]).toBeGreaterThanOrEqual(B_WIDE);
    // Every column of the template has the width the spec asks for, give or take autofit's padding.
    spec.columnWidths.forEach((chars, c) => {
      expect(snap.columnWidths[c]).toBeGreaterThanOrEqual(widthInPoints(chars) * 0.9);
    });
    expect(cellAt(snap, 'B8')?.format.wrapText).toBe(true);
    expect(cellAt(snap, 'D6')?.format.wrapText).toBe(true);
    // Title rows are not merged at 1.1: wrapped inside column A they would stack a word a line.
    expect(cellAt(snap, 'A2')?.format.wrapText).toBe(false);
    expect(cellAt(snap, 'A3')?.format.wrapText).toBe(false);
    expect(result.skipped).not.toContain('columnWidths');
  });

  it('leaves no trace of the scratch table: same cells and used range as at ExcelApi 1.20, no table', async () => {
    const old = await inserted('office2016');
    const now = await inserted('microsoft365');
    expect(tablesOf(old.sim.wb)).toHaveLength(0);
    expect(contents(old.sim, TEMPLATE)).toEqual(contents(now.sim, TEMPLATE));
    expect(old.sim.getSheetSnapshot(TEMPLATE).usedRange).toBe(now.sim.getSheetSnapshot(TEMPLATE).usedRange);
  });

  it('says what was left out and the one step left: the print setup', async () => {
    const { result } = await inserted('office2016');
    const summary = result.skippedSummary;
    expect(summary?.vi).toContain('gộp ô dòng tiêu đề');
    expect(summary?.vi).toContain('Việc duy nhất cần làm: khi in');
    expect(summary?.vi).not.toContain('nới rộng cột');
    expect(summary?.en).toContain('Fit All Columns on One Page');
    expect(summary?.vi.match(/Việc duy nhất cần làm/g)).toHaveLength(1);
  });

  it('checks and plans the widened template exactly as at ExcelApi 1.20', async () => {
    const run = async (level: ApiLevel) => {
      const { sim, actions } = await inserted(level);
      typeSeedScores(sim);
      const check = await actions.checkScores();
      const plan = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
      return { check, plan, sheet: contents(sim, PLAN) };
    };
    const old = await run('office2016');
    const now = await run('microsoft365');
    const problems = (r: typeof old) =>
      r.check.problems.map((p) => ({
        code: p.code,
        severity: p.severity,
        address: p.address,
        vi: p.message.vi,
      }));
    expect(problems(old)).toEqual(problems(now));
    expect(old.check.problems.length).toBeGreaterThan(0);
    expect(old.check.total).toEqual(now.check.total);
    expect(old.check.belowMax).toEqual(now.check.belowMax);
    expect(old.plan.written).toBe(true);
    expect(old.plan.total).toEqual(now.plan.total);
    expect(old.sheet).toEqual(now.sheet);
  });

  it('widens the plan appendix too, and regenerating it widens it again', async () => {
    const { sim, actions } = await inserted('office2016');
    typeSeedScores(sim);
    const first = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
    const again = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
    for (const plan of [first, again]) {
      expect(plan.written).toBe(true);
      expect(plan.skipped).not.toContain('columnWidths');
      expect(plan.skippedSummary?.vi).toContain('Việc duy nhất cần làm: khi in');
    }
    const snap = sim.getSheetSnapshot(PLAN);
    // Column F holds the tasks, 60 characters wide in the plan's spec.
    expect(snap.columnWidths[5]).toBeGreaterThanOrEqual(B_WIDE);
    expect(tablesOf(sim.wb)).toHaveLength(0);
  });

  it('inserting again over an untouched template at 1.1 widens again (no table left in the way)', async () => {
    const { sim, actions } = await inserted('office2016');
    const again = await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    expect(again.inserted).toBe(true);
    expect(again.skipped).not.toContain('columnWidths');
    expect(tablesOf(sim.wb)).toHaveLength(0);
    expect(sim.getSheetSnapshot(TEMPLATE).columnWidths[1]).toBeGreaterThanOrEqual(B_WIDE);
  });

  it('does nothing of the kind where ExcelApi 1.2 sets widths itself', async () => {
    const calls: string[] = [];
    const { result } = await inserted('office2019', (sim) =>
      hostOf(sim, {
        bindings: {
          addFromNamedItemAsync: () => calls.push('add'),
          releaseByIdAsync: () => calls.push('release'),
        },
      }),
    );
    expect(calls).toEqual([]);
    expect(result.skippedSummary).toBeUndefined();
  });
});

describe('Office 2016 without a usable Common API', () => {
  function expectFallback(sim: SimulatedExcel, result: InsertTemplateResult): void {
    expect(result.inserted).toBe(true);
    expect(result.skipped).toContain('columnWidths');
    expect(result.skippedSummary?.vi).toContain('Việc duy nhất cần làm: bấm chữ B');
    expect(result.skippedSummary?.vi).toContain('nới rộng cột');
    const snap = sim.getSheetSnapshot(TEMPLATE);
    // Narrow columns keep unwrapped text, which spills over and stays readable.
    expect(cellAt(snap, 'B8')?.format.wrapText).toBe(false);
    expect(tablesOf(sim.wb)).toHaveLength(0);
  }

  it('without Office.context.document: the template as before, and the one step to widen column B', async () => {
    const { sim, result } = await inserted('office2016', (s) => hostOf(s, undefined));
    expectFallback(sim, result);
    expect(sim.getSheetSnapshot(TEMPLATE).columnWidths[1]).toBeUndefined();
  });

  it('when setFormatsAsync fails: the scratch table and its cells are gone, nothing half done', async () => {
    const { sim, result } = await inserted('office2016', (s) => {
      const real = s.document;
      return hostOf(s, {
        bindings: {
          addFromNamedItemAsync: (name, type, options, cb) =>
            real.bindings.addFromNamedItemAsync(name, type, options, (r) =>
              cb?.({
                ...r,
                value: {
                  id: r.value.id,
                  setFormatsAsync: (_f, _o, done) =>
                    setTimeout(() =>
                      done?.({
                        status: 'failed',
                        value: undefined,
                        error: { code: 5001, name: 'Internal Error', message: 'simulated failure' },
                      }),
                    ),
                },
              }),
            ),
          releaseByIdAsync: (id, o, cb) => real.bindings.releaseByIdAsync(id, o, cb),
        },
      });
    });
    expectFallback(sim, result);
    const now = await inserted('microsoft365');
    expect(contents(sim, TEMPLATE)).toEqual(contents(now.sim, TEMPLATE));
  });
});

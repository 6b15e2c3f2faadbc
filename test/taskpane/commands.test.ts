// The ribbon commands' reporting, without Office: fake actions and a fake notice/pane UI.
import { commandHandlers, type CommandUi } from '../../src/commands/report';
import { AddinError, type PlanResult } from '../../src/excel/types';
import { paneEn, paneVi } from '../../src/i18n/pane';
import { makeActions, makeCheckResult, makeProblem } from './fakes';

/** paneAvailable: Office can open the pane from a command; windowOpens: the notice window can open. */
function fakeUi(paneAvailable: boolean, windowOpens = true) {
  const notices: string[] = [];
  const ui: CommandUi & { panes: number; paneTries: number } = {
    panes: 0,
    paneTries: 0,
    async showPane() {
      ui.paneTries++;
      if (paneAvailable) ui.panes++;
      return paneAvailable;
    },
    async notify(text) {
      if (windowOpens) notices.push(text);
      return windowOpens;
    },
  };
  return { ui, notices };
}

function writtenPlan(overrides: Partial<PlanResult> = {}): PlanResult {
  return {
    skipped: [],
    message: { vi: 'Đã tạo phụ lục.', en: 'Wrote the appendix.' },
    written: true,
    sheetName: 'Phụ lục KH 2024',
    problems: [],
    kept: [],
    missing: [],
    total: { max: 100, applicableMax: 100, score: 79.452, percent: 79.45 },
    ...overrides,
  };
}

const withProblems = makeCheckResult({
  problems: [
    makeProblem({ code: 'MISSING', criterion: '1.1', severity: 'warning', address: "'Tự đánh giá 2023'!D8" }),
    makeProblem({ code: 'ABOVE_MAX', criterion: '2.1', address: "'Tự đánh giá 2023'!D16" }),
  ],
});

describe('ribbon commands', () => {
  test('check with problems selects the first error cell and opens the pane where Office can', async () => {
    const actions = makeActions({ checkScores: async () => withProblems });
    const { ui, notices } = fakeUi(true);
    await commandHandlers(actions, ui, paneVi, 'vi').checkScores();
    expect(actions.selectCell).toHaveBeenCalledWith("'Tự đánh giá 2023'!D16");
    expect(ui.panes).toBe(1);
    expect(notices).toEqual([]);
  });

  test('without a shared runtime the count goes to a notice instead', async () => {
    const actions = makeActions({ checkScores: async () => withProblems });
    const { ui, notices } = fakeUi(false);
    await commandHandlers(actions, ui, paneVi, 'vi').checkScores();
    expect(notices).toEqual([paneVi.commands.checkProblems({ errors: 1, warnings: 1 })]);
  });

  test('a clean check says so', async () => {
    const actions = makeActions({ checkScores: async () => makeCheckResult() });
    const { ui, notices } = fakeUi(true);
    await commandHandlers(actions, ui, paneVi, 'en').checkScores();
    expect(notices).toEqual(['Checked.']);
    expect(actions.selectCell).not.toHaveBeenCalled();
  });

  test('a written plan is shown by selecting its sheet; skipped enhancements are told', async () => {
    const actions = makeActions({ generatePlan: async () => writtenPlan({ skipped: ['pageLayout'] }) });
    const { ui, notices } = fakeUi(false);
    await commandHandlers(actions, ui, paneVi, 'vi').generatePlan();
    expect(actions.generatePlan).toHaveBeenCalledWith({ onlyBelowMax: false, scoreSource: 'auto' });
    expect(actions.selectCell).toHaveBeenCalledWith("'Phụ lục KH 2024'!A1");
    expect(notices[0]).toMatch(/^Đã tạo phụ lục\. .*thiết lập trang in/);
  });

  test('a plain written plan needs no window: the selected sheet says it all', async () => {
    const actions = makeActions({ generatePlan: async () => writtenPlan() });
    const { ui, notices } = fakeUi(true);
    await commandHandlers(actions, ui, paneVi, 'vi').generatePlan();
    expect(notices).toEqual([]);
    expect(ui.paneTries).toBe(0);
  });

  test('a backup sheet is told, with what to do with it', async () => {
    const backupSheet = 'Phụ lục KH 2024 (bản cũ)';
    const actions = makeActions({ generatePlan: async () => writtenPlan({ backupSheet }) });
    const { ui, notices } = fakeUi(false);
    await commandHandlers(actions, ui, paneVi, 'vi').generatePlan();
    expect(notices).toEqual([`Đã tạo phụ lục. ${paneVi.plan.backupHint({ sheetName: backupSheet })}`]);
  });

  test('criteria added back are told, in English too', async () => {
    const actions = makeActions({ generatePlan: async () => writtenPlan({ missing: ['3.2'] }) });
    const { ui, notices } = fakeUi(false);
    await commandHandlers(actions, ui, paneEn, 'en').generatePlan();
    expect(notices).toEqual([`Wrote the appendix. ${paneEn.plan.missingHint}`]);
  });

  test('kept edits are told: the message says how many', async () => {
    const actions = makeActions({
      generatePlan: async () =>
        writtenPlan({
          kept: ['1.1'],
          message: { vi: 'Đã tạo phụ lục, giữ nguyên nội dung đã sửa của 1 tiêu chí.', en: '' },
        }),
    });
    const { ui, notices } = fakeUi(false);
    await commandHandlers(actions, ui, paneVi, 'vi').generatePlan();
    expect(notices).toEqual(['Đã tạo phụ lục, giữ nguyên nội dung đã sửa của 1 tiêu chí.']);
  });

  test('a refused plan selects the first cell to fix and opens the pane', async () => {
    const actions = makeActions({
      generatePlan: async () =>
        writtenPlan({ written: false, sheetName: '', problems: withProblems.problems }),
    });
    const { ui, notices } = fakeUi(true);
    await commandHandlers(actions, ui, paneVi, 'vi').generatePlan();
    expect(actions.selectCell).toHaveBeenCalledWith("'Tự đánh giá 2023'!D16");
    expect(ui.panes).toBe(1);
    expect(notices).toEqual([]);
  });

  test('when no window can open, the pane is opened instead', async () => {
    const actions = makeActions({ generatePlan: async () => writtenPlan({ missing: ['3.2'] }) });
    const { ui } = fakeUi(true, false);
    await commandHandlers(actions, ui, paneVi, 'vi').generatePlan();
    expect(ui.panes).toBe(1);
  });

  test('a failure with neither window nor pane still leaves a trace', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const actions = makeActions({
        checkScores: async () => {
          throw new AddinError('CELL_EDIT_MODE', { vi: 'Hãy nhấn Enter rồi thử lại.', en: '' });
        },
      });
      const { ui } = fakeUi(false, false);
      await commandHandlers(actions, ui, paneVi, 'vi').checkScores();
      expect(ui.paneTries).toBe(1);
      expect(warn).toHaveBeenCalledWith('Hãy nhấn Enter rồi thử lại.');
    } finally {
      warn.mockRestore();
    }
  });

  test('problems with neither window nor pane: the first cell to fix is still selected', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const actions = makeActions({ checkScores: async () => withProblems });
      const { ui } = fakeUi(false, false);
      await commandHandlers(actions, ui, paneVi, 'vi').checkScores();
      expect(actions.selectCell).toHaveBeenCalledWith("'Tự đánh giá 2023'!D16");
      // The pane was tried once, not again after the window failed.
      expect(ui.paneTries).toBe(1);
      expect(warn).toHaveBeenCalledWith(paneVi.commands.checkProblems({ errors: 1, warnings: 1 }));
    } finally {
      warn.mockRestore();
    }
  });

  test('failures are never swallowed: the user message goes to a notice', async () => {
    const actions = makeActions({
      generatePlan: async () => {
        throw new AddinError('CELL_EDIT_MODE', {
          vi: 'Hãy nhấn Enter rồi thử lại.',
          en: 'Press Enter, then retry.',
        });
      },
    });
    const { ui, notices } = fakeUi(true);
    await commandHandlers(actions, ui, paneVi, 'en').generatePlan();
    expect(notices).toEqual(['Press Enter, then retry.']);
  });
});

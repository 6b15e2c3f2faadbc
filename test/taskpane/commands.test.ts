// The ribbon commands' reporting, without Office: fake actions and a fake notice/pane UI.
import { commandHandlers, type CommandUi } from '../../src/commands/report';
import { AddinError } from '../../src/excel/types';
import { paneVi } from '../../src/i18n/pane';
import { makeActions, makeCheckResult, makeProblem } from './fakes';

function fakeUi(paneAvailable: boolean) {
  const notices: string[] = [];
  const ui: CommandUi & { panes: number } = {
    panes: 0,
    async showPane() {
      if (paneAvailable) ui.panes++;
      return paneAvailable;
    },
    async notify(text) {
      notices.push(text);
    },
  };
  return { ui, notices };
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
    const actions = makeActions({
      generatePlan: async () => ({
        skipped: ['pageLayout'],
        message: { vi: 'Đã tạo phụ lục.', en: '' },
        written: true,
        sheetName: 'Phụ lục KH 2024',
        problems: [],
        kept: [],
        missing: [],
        total: { max: 100, applicableMax: 100, score: 79.452, percent: 79.45 },
      }),
    });
    const { ui, notices } = fakeUi(false);
    await commandHandlers(actions, ui, paneVi, 'vi').generatePlan();
    expect(actions.generatePlan).toHaveBeenCalledWith({ onlyBelowMax: false, scoreSource: 'auto' });
    expect(actions.selectCell).toHaveBeenCalledWith("'Phụ lục KH 2024'!A1");
    expect(notices[0]).toMatch(/^Đã tạo phụ lục\. .*thiết lập trang in/);
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

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AddinError, type PlanResult } from '../../src/excel/types';
import { App } from '../../src/taskpane/App';
import { Wrap, makeActions, makeCheckResult, makeProblem } from './fakes';

const SETS = [{ id: 'dak-nong-xa-2023', name: 'Bộ chỉ số CCHC cấp xã', assessmentYear: 2023 }];
const noTemplate = () =>
  new AddinError('NO_TEMPLATE', { vi: 'Chưa có bảng điểm. Hãy chèn mẫu.', en: 'No score sheet yet.' });

function renderApp(overrides: Parameters<typeof makeActions>[0] = {}) {
  const actions = makeActions(overrides);
  const user = userEvent.setup();
  render(
    <Wrap>
      <App actions={actions} sets={SETS} />
    </Wrap>,
  );
  return { actions, user };
}

/** A promise the test settles when it wants, to see the pane while an action runs. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('App', () => {
  test('a new workbook without a template is not an error until the user asks for a check', async () => {
    const { actions, user } = renderApp({ checkScores: async () => Promise.reject(noTemplate()) });
    await screen.findByRole('button', { name: 'Kiểm tra bảng điểm' });
    expect(actions.checkScores).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra bảng điểm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa có bảng điểm. Hãy chèn mẫu.');
  });

  test('the set, year and unit recorded in the workbook fill the fields; the plan year follows', async () => {
    renderApp({ checkScores: async () => makeCheckResult({ year: 2022, unitName: 'UBND xã Đắk Ha' }) });
    expect(await screen.findByDisplayValue('2022')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tên đơn vị' })).toHaveValue('UBND xã Đắk Ha');
    expect(screen.getByRole('textbox', { name: /Năm kế hoạch/ })).toHaveValue('2023');
    expect(screen.getByText(/Sổ làm việc này đã có bảng điểm "Tự đánh giá 2023"/)).toBeInTheDocument();
  });

  test('insert shows a busy ring while working, then its result', async () => {
    const gate = deferred<void>();
    const { actions, user } = renderApp({
      checkScores: async () => Promise.reject(noTemplate()),
      insertTemplate: async (o) => {
        await gate.promise;
        return {
          skipped: [],
          message: { vi: 'Đã chèn mẫu.', en: 'Inserted.' },
          inserted: true,
          sheetName: `Tự đánh giá ${o.year}`,
        };
      },
    });
    await user.type(screen.getByRole('textbox', { name: 'Tên đơn vị' }), 'UBND xã A');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu chấm điểm' }));
    const busy = screen.getByRole('button', { name: 'Đang chèn mẫu chấm điểm…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(within(busy).getByRole('progressbar', { name: 'Đang chèn mẫu chấm điểm…' })).toBeInTheDocument();
    gate.resolve();
    expect(await screen.findByText('Đã chèn mẫu.')).toBeInTheDocument();
    expect(actions.insertTemplate).toHaveBeenCalledWith({
      setId: 'dak-nong-xa-2023',
      year: 2023,
      unitName: 'UBND xã A',
    });
  });

  test('a sheet that already holds scores: the pane offers the suggested name and inserts there', async () => {
    const { actions, user } = renderApp({
      checkScores: async () => Promise.reject(noTemplate()),
      insertTemplate: async (o) =>
        o.sheetName
          ? {
              skipped: [],
              message: { vi: `Đã chèn vào "${o.sheetName}".`, en: '' },
              inserted: true,
              sheetName: o.sheetName,
            }
          : {
              skipped: [],
              message: { vi: 'Trang đã có điểm.', en: '' },
              inserted: false,
              sheetName: 'Tự đánh giá 2023',
              conflict: { sheetName: 'Tự đánh giá 2023', suggestedName: 'Tự đánh giá 2023 (2)' },
            },
    });
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu chấm điểm' }));
    expect(await screen.findByText('Trang này đã có điểm')).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Tên trang mới' });
    expect(name).toHaveValue('Tự đánh giá 2023 (2)');
    await user.click(screen.getByRole('button', { name: 'Chèn vào trang mới' }));
    expect(actions.insertTemplate).toHaveBeenLastCalledWith(
      expect.objectContaining({ sheetName: 'Tự đánh giá 2023 (2)' }),
    );
    expect(await screen.findByText('Đã chèn vào "Tự đánh giá 2023 (2)".')).toBeInTheDocument();
  });

  test('results that skipped enhancements say so', async () => {
    const { user } = renderApp({
      highlightBelowMax: async () => ({
        skipped: ['conditionalFormats'],
        message: { vi: 'Đã tô màu 5 tiêu chí.', en: '' },
        count: 5,
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Tô màu tiêu chí chưa đạt' }));
    expect(await screen.findByText('Đã tô màu 5 tiêu chí.')).toBeInTheDocument();
    expect(screen.getByText(/Phiên bản Excel này không hỗ trợ một số tính năng/)).toBeInTheDocument();
    expect(screen.getByText(/đã tô màu cố định/)).toBeInTheDocument();
  });

  test('failures say what to do, and can be dismissed', async () => {
    const { user } = renderApp({
      clearHighlight: async () => {
        throw new AddinError('SHEET_PROTECTED', {
          vi: 'Trang đang bị khóa. Hãy bỏ khóa trang rồi thử lại.',
          en: '',
        });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Xóa tô màu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Hãy bỏ khóa trang rồi thử lại.');
    await user.click(screen.getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('a program fault is shown with its text, not swallowed', async () => {
    const { user } = renderApp({
      highlightBelowMax: async () => {
        throw new TypeError('x is undefined');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Tô màu tiêu chí chưa đạt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('TypeError: x is undefined');
  });

  test('plan options reach the action; a refused plan lists the problems', async () => {
    const refused: PlanResult = {
      skipped: [],
      message: { vi: 'Chưa tạo.', en: '' },
      written: false,
      sheetName: '',
      problems: [makeProblem({ code: 'ABOVE_MAX', criterion: '1.1', address: "'Tự đánh giá 2023'!D8" })],
      kept: [],
      missing: [],
      total: { max: 100, applicableMax: 100, score: 0, percent: 0 },
    };
    const { actions, user } = renderApp({ generatePlan: async () => refused });
    await screen.findByDisplayValue('2024');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Tiêu chí đưa vào phụ lục' }),
      screen.getByRole('option', { name: 'Chỉ tiêu chí chưa đạt điểm tối đa' }),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Điểm dùng để lập kế hoạch' }),
      screen.getByRole('option', { name: 'Điểm tự đánh giá' }),
    );
    await user.click(screen.getByRole('button', { name: 'Tạo phụ lục kế hoạch' }));
    expect(actions.generatePlan).toHaveBeenCalledWith({
      planYear: 2024,
      onlyBelowMax: true,
      scoreSource: 'self',
    });
    expect(await screen.findByText(/Bảng điểm còn lỗi nên chưa tạo phụ lục/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Đến ô D8, tiêu chí 1.1' })[0]);
    expect(actions.selectCell).toHaveBeenCalledWith("'Tự đánh giá 2023'!D8");
  });

  test('a written plan reports its total against the applicable max and says what to do next', async () => {
    const { user } = renderApp({
      generatePlan: async () => ({
        skipped: [],
        message: { vi: 'Đã lập phụ lục kế hoạch trên trang "Phụ lục KH 2024".', en: '' },
        written: true,
        sheetName: 'Phụ lục KH 2024',
        problems: [],
        kept: ['1.1', '2.3'],
        missing: ['3.2'],
        backupSheet: 'Phụ lục KH 2024 (bản cũ)',
        // 2 points are "không áp dụng": the score is out of 98, as in the check message and the CLI.
        total: { max: 100, applicableMax: 98, score: 79.452, percent: 81.07 },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Tạo phụ lục kế hoạch' }));
    expect(
      await screen.findByText('Đã lập phụ lục kế hoạch trên trang "Phụ lục KH 2024".'),
    ).toBeInTheDocument();
    expect(screen.getByText('Tổng điểm trong phụ lục: 79,452/98 (81,07%).')).toBeInTheDocument();
    expect(screen.getByText(/Các tiêu chí được thêm lại/)).toBeInTheDocument();
    expect(screen.getByText(/đối chiếu trang "Phụ lục KH 2024 \(bản cũ\)"/)).toBeInTheDocument();
  });

  test('after fixing numbers typed as text the pane checks again', async () => {
    let checks = 0;
    const { actions, user } = renderApp({
      checkScores: async () => {
        checks++;
        return checks === 1
          ? makeCheckResult({
              problems: [makeProblem({ code: 'TEXT_NUMBER', criterion: '8.1', severity: 'warning' })],
            })
          : makeCheckResult();
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Sửa số nhập dạng chữ' }));
    await user.click(screen.getByRole('button', { name: 'Đổi thành số' }));
    expect(await screen.findByText(/Không có lỗi/)).toBeInTheDocument();
    expect(actions.fixTextNumbers).toHaveBeenCalledTimes(1);
    expect(actions.checkScores).toHaveBeenCalledTimes(2);
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProblemList, groupByField } from '../../src/taskpane/components/ProblemList';
import { FIELDS, Wrap, makeActions, makeProblem } from './fakes';

const problems = [
  makeProblem({ code: 'ABOVE_MAX', criterion: '1.2', address: "'Tự đánh giá 2023'!D9" }),
  makeProblem({ code: 'TEXT_NUMBER', criterion: '2.1', address: "'Tự đánh giá 2023'!D19", fixValue: 8.5 }),
  makeProblem({ code: 'MISSING', criterion: '2.3', severity: 'warning', address: "'Tự đánh giá 2023'!D21" }),
  makeProblem({ code: 'UNKNOWN_CODE', criterion: '9.9', address: "'Tự đánh giá 2023'!D80" }),
];

function renderList(overrides: Parameters<typeof makeActions>[0] = {}, onFixed = jest.fn()) {
  const actions = makeActions(overrides);
  const user = userEvent.setup();
  render(
    <Wrap>
      <ProblemList
        problems={problems}
        fields={FIELDS}
        errors={3}
        warnings={1}
        actions={actions}
        onFixed={onFixed}
      />
    </Wrap>,
  );
  return { actions, user, onFixed };
}

describe('ProblemList', () => {
  test('groups problems by field in the set order, unknown fields last, with a count per group', () => {
    renderList();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Lĩnh vực 1. Công tác chỉ đạo, điều hành CCHC1 mục',
      'Lĩnh vực 2. Xây dựng và tổ chức thực hiện VBQPPL2 mục',
      'Mục khác1 mục',
    ]);
    const field2 = screen.getAllByRole('list')[1];
    expect(within(field2).getAllByRole('listitem')).toHaveLength(2);
  });

  test('shows the error and warning counts and each severity', () => {
    renderList();
    expect(screen.getByText('3 lỗi, 1 cảnh báo')).toBeInTheDocument();
    expect(screen.getAllByText('Lỗi')).toHaveLength(3);
    expect(screen.getAllByText('Cảnh báo')).toHaveLength(1);
    expect(screen.getByText('Lỗi ở tiêu chí 2.1')).toBeInTheDocument();
  });

  test('the select button calls selectCell with the whole address', async () => {
    const { actions, user } = renderList();
    await user.click(screen.getByRole('button', { name: 'Đến ô D19, tiêu chí 2.1' }));
    expect(actions.selectCell).toHaveBeenCalledWith("'Tự đánh giá 2023'!D19");
  });

  test('a failed select shows what to do', async () => {
    const { AddinError } = await import('../../src/excel/types');
    const { user } = renderList({
      selectCell: async () => {
        throw new AddinError('CELL_EDIT_MODE', {
          vi: 'Hãy nhấn Enter rồi thử lại.',
          en: 'Press Enter, then try again.',
        });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Đến ô D9, tiêu chí 1.2' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Hãy nhấn Enter rồi thử lại.');
  });

  test('fixing numbers typed as text asks first; cancel does nothing, confirm fixes and reports', async () => {
    const { actions, user, onFixed } = renderList();
    await user.click(screen.getByRole('button', { name: 'Sửa số nhập dạng chữ' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Chuyển 1 ô');
    expect(actions.fixTextNumbers).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(actions.fixTextNumbers).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Sửa số nhập dạng chữ' }));
    await user.click(screen.getByRole('button', { name: 'Đổi thành số' }));
    expect(actions.fixTextNumbers).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Xong.')).toBeInTheDocument();
    expect(onFixed).toHaveBeenCalledWith(expect.objectContaining({ fixed: 1 }));
  });

  test('no fix button without numbers typed as text; a clean sheet says so', () => {
    render(
      <Wrap>
        <ProblemList problems={[]} fields={FIELDS} errors={0} warnings={0} actions={makeActions()} />
      </Wrap>,
    );
    expect(screen.queryByRole('button', { name: 'Sửa số nhập dạng chữ' })).not.toBeInTheDocument();
    expect(screen.getByText(/Không có lỗi/)).toBeInTheDocument();
  });

  test('English when the pane is in English', () => {
    render(
      <Wrap lang="en">
        <ProblemList problems={problems} fields={FIELDS} errors={3} warnings={1} actions={makeActions()} />
      </Wrap>,
    );
    expect(screen.getByText('3 errors, 1 warning')).toBeInTheDocument();
    expect(screen.getByText('Problem at criterion 1.2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to D9, criterion 1.2' })).toBeInTheDocument();
  });

  test.each([
    ['known fields', FIELDS, ['1', '2', '']],
    ['no fields known yet', [], ['1', '2', '9']],
  ])('groupByField with %s', (_, fields, keys) => {
    const groups = groupByField(problems, fields, { field: (f) => f.code, other: 'other' });
    expect(groups.map((g) => g.key)).toEqual(keys);
  });
});

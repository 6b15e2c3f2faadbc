/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { SummaryCard, barPercent } from '../../src/taskpane/components/SummaryCard';
import { FIELDS, Wrap, makeCheckResult } from './fakes';

describe('SummaryCard', () => {
  test('total, percent with a decimal comma, classification', () => {
    render(
      <Wrap>
        <SummaryCard summary={makeCheckResult()} />
      </Wrap>,
    );
    expect(screen.getByText('79,452/100 điểm')).toBeInTheDocument();
    expect(screen.getByText('79,45%')).toBeInTheDocument();
    expect(screen.getByText(/Xếp loại: Trung bình/)).toBeInTheDocument();
  });

  test('the total is out of the applicable max, the same base as the percent', () => {
    render(
      <Wrap>
        <SummaryCard
          summary={makeCheckResult({ total: { max: 100, applicableMax: 97, score: 80, percent: 82.47 } })}
        />
      </Wrap>,
    );
    expect(screen.getByText('80/97 điểm')).toBeInTheDocument();
    expect(screen.getByText('82,47%')).toBeInTheDocument();
    expect(screen.queryByText('80/100 điểm')).not.toBeInTheDocument();
  });

  test('a classification from unconfirmed bands says so; confirmed bands say nothing more', () => {
    const { unmount } = render(
      <Wrap>
        <SummaryCard summary={makeCheckResult({ scaleConfirmed: false })} />
      </Wrap>,
    );
    expect(screen.getByText(/Xếp loại: Trung bình/)).toHaveTextContent('(ngưỡng chưa xác nhận)');
    unmount();
    render(
      <Wrap>
        <SummaryCard summary={makeCheckResult({ scaleConfirmed: true })} />
      </Wrap>,
    );
    expect(screen.getByText(/Xếp loại: Trung bình/)).not.toHaveTextContent('chưa xác nhận');
  });

  test('one bar per field, as wide as score against max; an unscored field says so', () => {
    render(
      <Wrap>
        <SummaryCard summary={makeCheckResult()} />
      </Wrap>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(FIELDS.length);
    expect(screen.getByTestId('bar-1')).toHaveStyle({ width: '93.75%' });
    expect(screen.getByTestId('bar-2')).toHaveStyle({ width: `${(8.5 / 9) * 100}%` });
    expect(screen.getByTestId('bar-3')).toHaveStyle({ width: '0%' });
    expect(screen.getByText('15/16')).toBeInTheDocument();
    expect(screen.getByText('chưa chấm')).toBeInTheDocument();
    expect(
      screen.getByRole('listitem', {
        name: 'Lĩnh vực 2. Xây dựng và tổ chức thực hiện VBQPPL: 8,5 trên 9 điểm',
      }),
    ).toBeInTheDocument();
  });

  test('without a classification, and in English', () => {
    render(
      <Wrap lang="en">
        <SummaryCard summary={makeCheckResult({ classification: null })} />
      </Wrap>,
    );
    expect(screen.getByText('79.452/100 points')).toBeInTheDocument();
    expect(screen.getByText(/Rating: Not rated/)).toBeInTheDocument();
  });

  test.each([
    [null, 10, 0],
    [5, 10, 50],
    [12, 10, 100],
    [-1, 10, 0],
    [3, 0, 0],
  ])('barPercent(%p, %p) = %p', (score, max, expected) => {
    expect(barPercent(score, max)).toBe(expected);
  });
});

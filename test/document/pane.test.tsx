/**
 * @jest-environment jsdom
 *
 * The task pane's "Tạo văn bản kế hoạch (Word)" button: it downloads what the action built, and on Excel for
 * Mac it says why it cannot instead of failing silently.
 */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanDocumentModel } from '../../src/app/document';
import { DocumentButton } from '../../src/taskpane/components/DocumentButton';
import { Wrap, makeActions } from '../taskpane/fakes';

const UNIT = 'UBND xã Quảng Sơn';

describe('the button', () => {
  it('downloads the rendered document under its file name', async () => {
    const model = { unitName: UNIT } as PlanDocumentModel;
    const actions = makeActions({
      planDocument: async () => ({
        skipped: [],
        message: { vi: 'Đã tạo Ke-hoach.docx.', en: 'Created.' },
        model,
        problems: [],
        appendixFrom: null,
        planYear: 2024,
        fileName: 'Ke-hoach.docx',
      }),
    });
    const blob = new Blob(['docx']);
    const renderDoc = jest.fn(async () => blob);
    const download = jest.fn();
    render(
      <Wrap>
        <DocumentButton
          actions={actions}
          planYear={2024}
          onMac={() => false}
          render={renderDoc}
          download={download}
        />
      </Wrap>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: /Tạo văn bản kế hoạch \(Word\)/ }));
    expect(await screen.findByText(/Đã tạo Ke-hoach.docx/)).toBeInTheDocument();
    expect(actions.planDocument).toHaveBeenCalledWith({ planYear: 2024, date: expect.any(Date) });
    expect(renderDoc).toHaveBeenCalledWith(model);
    expect(download).toHaveBeenCalledWith(blob, 'Ke-hoach.docx');
  });

  it('on Excel for Mac says plainly that it cannot save, names the command and offers the web page', async () => {
    const actions = makeActions();
    const open = jest.fn();
    (globalThis as unknown as { Office: unknown }).Office = { context: { ui: { openBrowserWindow: open } } };
    const download = jest.fn();
    render(
      <Wrap>
        <DocumentButton
          actions={actions}
          planYear={2024}
          onMac={() => true}
          download={download}
          webPage="https://cchc.example.gov.vn/parindex/web.html"
        />
      </Wrap>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Tạo văn bản kế hoạch \(Word\)/ }));
    expect(await screen.findByText(/Excel trên máy Mac không cho phần bổ trợ lưu tệp/)).toHaveTextContent(
      'parindex document',
    );
    expect(actions.planDocument).not.toHaveBeenCalled();
    expect(download).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Mở trang web tạo văn bản' }));
    expect(open).toHaveBeenCalledWith('https://cchc.example.gov.vn/parindex/web.html');
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });
});

/** What the workbook actions tell the user, in Vietnamese; `excelEn` mirrors the keys. */
export const excelVi = {
  errors: {
    CELL_EDIT_MODE:
      'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa, rồi thử lại.',
    SHEET_PROTECTED:
      'Trang tính đang được bảo vệ nên phần bổ trợ không ghi được. Hãy bỏ bảo vệ trang tính (Xem lại > Bỏ bảo vệ trang tính), rồi thử lại.',
    NOT_FOUND:
      'Không tìm thấy trang tính hoặc ô cần dùng: có thể nó vừa bị xóa hoặc đổi tên. Hãy bấm "Kiểm tra bảng điểm" trong khung tác vụ (hoặc "Kiểm tra" trên thanh công cụ) để tìm lại, rồi thử lại.',
    PAYLOAD_TOO_LARGE:
      'Dữ liệu quá lớn để Excel nhận trong một lần. Hãy dùng Excel trên máy tính, hoặc nhờ cán bộ CNTT dùng công cụ dòng lệnh parindex cho bảng lớn như thế này.',
    API_NOT_SUPPORTED:
      'Phiên bản Excel này thiếu một chức năng mà thao tác cần. Hãy cập nhật Office, hoặc nhờ cán bộ CNTT dùng công cụ dòng lệnh parindex.',
    NO_TEMPLATE:
      'Không tìm thấy bảng tự đánh giá trong sổ làm việc này. Hãy bấm "Chèn mẫu chấm điểm" trước, hoặc mở sổ có bảng tự đánh giá.',
    UNKNOWN_SET: (p: { id: string }) =>
      `Bảng tự đánh giá dùng bộ chỉ số "${p.id}", bộ này không có trong phần bổ trợ. Hãy cập nhật phần bổ trợ, hoặc chèn lại mẫu với một bộ chỉ số có sẵn.`,
    SET_VERSION: (p: { id: string; version: string; setVersion: string }) =>
      `Bảng tự đánh giá được tạo theo bộ chỉ số "${p.id}" phiên bản ${p.version}, còn phần bổ trợ có phiên bản ${p.setVersion}: tiêu chí hoặc điểm tối đa có thể đã khác nên không kiểm tra theo bộ mới. Hãy chèn mẫu mới (phiên bản ${p.setVersion}) vào trang khác rồi chép điểm sang.`,
    DUPLICATE_CODES: (p: { list: string }) =>
      `Có mã tiêu chí xuất hiện trên nhiều dòng: ${p.list}. Hãy giữ một dòng cho mỗi mã, rồi thử lại.`,
    UNEXPECTED: (p: { detail: string }) =>
      `Excel báo lỗi: ${p.detail}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ và gửi nội dung này cho người hỗ trợ.`,
  },
  /** Why an enhancement was left out: the Excel at hand lacks it. */
  skipped: {
    conditionalFormats:
      'Excel này chưa có định dạng có điều kiện: ô dưới điểm tối đa được tô màu cố định, không tự đổi khi sửa điểm; hãy bấm lại để cập nhật.',
    dataValidation:
      'Excel này chưa có kiểm tra dữ liệu nhập: ô điểm không tự chặn số sai; hãy bấm "Kiểm tra bảng điểm" trong khung tác vụ (hoặc "Kiểm tra" trên thanh công cụ) để phần bổ trợ kiểm tra.',
    freezePanes: 'Excel này chưa có cố định dòng tiêu đề: dòng tiêu đề sẽ cuộn theo bảng.',
    pageLayout:
      'Excel này chưa có thiết lập trang in: hãy tự chọn A4, khổ ngang, vừa một trang chiều rộng khi in.',
    protection:
      'Excel này chưa có bảo vệ trang tính: các ô cấu trúc không bị khóa, hãy tránh sửa cột mã và điểm tối đa.',
    merge: 'Excel này chưa có gộp ô: các dòng tiêu đề không được gộp ô.',
    names:
      'Excel này chưa có tên vùng: phần bổ trợ sẽ dò tìm bảng theo dòng tiêu đề mỗi lần chạy (chậm hơn một chút).',
    columnWidths: 'Excel này chưa cho đặt độ rộng cột và chiều cao dòng: hãy tự kéo giãn cột cho dễ đọc.',
  },
  results: {
    inserted: (p: { sheet: string }) => `Đã chèn mẫu chấm điểm vào trang "${p.sheet}".`,
    insertedBeside: (p: { sheet: string; checked: string }) =>
      `Đã chèn mẫu chấm điểm vào trang "${p.sheet}". Trang "${p.checked}" đã có điểm nên Kiểm tra và Lập phụ lục vẫn dùng trang "${p.checked}".`,
    conflict: (p: { sheet: string; suggested: string }) =>
      `Trang "${p.sheet}" đã có dữ liệu nên không ghi đè. Có thể chèn mẫu vào trang mới "${p.suggested}".`,
    checked: (p: { errors: number; warnings: number; score: string; max: string }) =>
      p.errors === 0 && p.warnings === 0
        ? `Không có lỗi. Tổng điểm tự đánh giá: ${p.score}/${p.max}.`
        : `Có ${p.errors} lỗi và ${p.warnings} cảnh báo. Tổng điểm tự đánh giá hiện tại: ${p.score}/${p.max}.`,
    highlighted: (p: { count: number; text: number }) =>
      (p.count === 0 && p.text === 0
        ? 'Không có tiêu chí nào dưới điểm tối đa.'
        : `Đã tô màu ${p.count} tiêu chí dưới điểm tối đa.`) +
      (p.text === 0
        ? ''
        : ` ${p.text} tiêu chí có điểm nhập dạng chữ (như "2,5") chưa được tô màu; hãy bấm "Sửa số nhập dạng chữ" rồi tô màu lại.`),
    cleared: 'Đã bỏ tô màu các tiêu chí dưới điểm tối đa.',
    planWritten: (p: { sheet: string; kept: number }) =>
      p.kept === 0
        ? `Đã lập phụ lục kế hoạch trên trang "${p.sheet}".`
        : `Đã lập phụ lục kế hoạch trên trang "${p.sheet}", giữ nguyên nội dung đã sửa của ${p.kept} tiêu chí.`,
    planBackup: (p: { sheet: string }) =>
      ` Các dòng không ghép được vào phụ lục mới được giữ trên trang "${p.sheet}".`,
    planMissing: (p: { list: string }) => ` Các tiêu chí đã bị xóa khỏi phụ lục cũ được thêm lại: ${p.list}.`,
    planBlocked: (p: { errors: number }) =>
      `Chưa lập phụ lục: bảng điểm còn ${p.errors} lỗi. Hãy sửa các lỗi trong danh sách, rồi thử lại.`,
    fixed: (p: { count: number }) =>
      p.count === 0
        ? 'Không có ô điểm nào nhập dạng chữ.'
        : `Đã đổi ${p.count} ô điểm nhập dạng chữ thành số.`,
  },
};

export type ExcelCatalogue = typeof excelVi;

export const excelEn: ExcelCatalogue = {
  errors: {
    CELL_EDIT_MODE: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
    SHEET_PROTECTED:
      'The sheet is protected, so the add-in cannot write to it. Unprotect the sheet (Review > Unprotect Sheet), then try again.',
    NOT_FOUND:
      'A sheet or cell the add-in needs was not found: it may just have been deleted or renamed. Click "Check the score sheet" in the task pane (or "Check" on the ribbon) to find it again, then try again.',
    PAYLOAD_TOO_LARGE:
      'The data is too large for Excel to take in one go. Use Excel on the desktop, or ask the IT officer to use the parindex command line for a table this large.',
    API_NOT_SUPPORTED:
      'This version of Excel lacks a feature the action needs. Update Office, or ask the IT officer to use the parindex command line.',
    NO_TEMPLATE:
      'No self-assessment sheet was found in this workbook. Click "Insert scoring template" first, or open the workbook that holds it.',
    UNKNOWN_SET: (p) =>
      `The self-assessment sheet uses the criteria set "${p.id}", which this add-in does not have. Update the add-in, or insert the template again with a set it has.`,
    SET_VERSION: (p) =>
      `The scoring sheet was made with the criteria set "${p.id}" version ${p.version}; the add-in has version ${p.setVersion}. Criteria or max points may differ, so it is not checked against the new one. Insert a new template (version ${p.setVersion}) on another sheet and copy the scores over.`,
    DUPLICATE_CODES: (p) =>
      `Some criterion codes stand on more than one row: ${p.list}. Keep one row per code, then try again.`,
    UNEXPECTED: (p) =>
      `Excel reported an error: ${p.detail}. Try again; if it persists, save the workbook and send this text to support.`,
  },
  skipped: {
    conditionalFormats:
      'This Excel has no conditional formatting: cells below the max get a fixed fill that does not follow later edits; click again to refresh it.',
    dataValidation:
      'This Excel has no data validation: score cells do not block wrong entries; click "Check the score sheet" in the task pane (or "Check" on the ribbon) to let the add-in check them.',
    freezePanes: 'This Excel cannot freeze panes: the header row scrolls with the table.',
    pageLayout: 'This Excel has no page setup: choose A4, landscape, fit to one page wide when printing.',
    protection:
      'This Excel cannot protect sheets: structure cells are not locked, so take care not to edit the code and max columns.',
    merge: 'This Excel cannot merge cells: the title rows are not merged.',
    names:
      'This Excel has no defined names: the add-in looks for the tables by their header rows each time (a little slower).',
    columnWidths:
      'This Excel cannot set column widths or row heights: widen the columns by hand to read them.',
  },
  results: {
    inserted: (p) => `Inserted the scoring template on sheet "${p.sheet}".`,
    insertedBeside: (p) =>
      `Inserted the scoring template on sheet "${p.sheet}". Sheet "${p.checked}" already holds scores, so Check and the plan still use sheet "${p.checked}".`,
    conflict: (p) =>
      `Sheet "${p.sheet}" already holds data, so nothing was overwritten. The template can go on a new sheet "${p.suggested}".`,
    checked: (p) =>
      p.errors === 0 && p.warnings === 0
        ? `No problems. Self-assessed total: ${p.score}/${p.max}.`
        : `${p.errors} errors and ${p.warnings} warnings. Self-assessed total so far: ${p.score}/${p.max}.`,
    highlighted: (p) =>
      (p.count === 0 && p.text === 0
        ? 'No criterion is below its max.'
        : `Highlighted ${p.count} criteria below their max.`) +
      (p.text === 0
        ? ''
        : ` ${p.text} criteria whose score was typed as text (such as "2,5") are not coloured; click "Fix numbers typed as text", then highlight again.`),
    cleared: 'Removed the highlight of criteria below their max.',
    planWritten: (p) =>
      p.kept === 0
        ? `Wrote the plan appendix on sheet "${p.sheet}".`
        : `Wrote the plan appendix on sheet "${p.sheet}", keeping the edits made to ${p.kept} criteria.`,
    planBackup: (p) => ` Rows that could not be merged into the new appendix are kept on sheet "${p.sheet}".`,
    planMissing: (p) => ` Criteria deleted from the previous appendix were added back: ${p.list}.`,
    planBlocked: (p) =>
      `No appendix written: the scores still have ${p.errors} errors. Fix the errors in the list, then try again.`,
    fixed: (p) =>
      p.count === 0
        ? 'No score cell holds a number typed as text.'
        : `Turned ${p.count} scores typed as text into numbers.`,
  },
};

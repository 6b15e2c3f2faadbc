/**
 * Every text the task pane, the ribbon commands and the preview show, in Vietnamese and English.
 * Components take their words from here only; `paneEn` must keep the same keys (the type says so).
 */
export const paneVi = {
  lang: 'vi' as 'vi' | 'en',
  locale: 'vi-VN',
  appTitle: 'Chỉ số CCHC',
  appSubtitle: 'Chèn mẫu chấm điểm, kiểm tra bảng điểm và tạo phụ lục kế hoạch cải thiện.',

  workbook: {
    heading: 'Bảng điểm',
    setLabel: 'Bộ chỉ số',
    yearLabel: 'Năm đánh giá',
    yearHint: 'Năm được đánh giá, ví dụ 2023.',
    yearInvalid: 'Năm phải là số có 4 chữ số, ví dụ 2023.',
    unitLabel: 'Tên đơn vị',
    unitPlaceholder: 'UBND xã …',
    recorded: (p: { setName: string; year: number; unitName: string; sheetName: string }) =>
      `Sổ làm việc này đã có bảng điểm "${p.sheetName}": ${p.setName}, năm ${p.year}${p.unitName ? `, ${p.unitName}` : ''}.`,
  },

  insert: {
    button: 'Chèn mẫu chấm điểm',
    busy: 'Đang chèn mẫu chấm điểm…',
    conflictTitle: 'Trang này đã có điểm',
    conflictBody: (p: { sheetName: string }) =>
      `Trang "${p.sheetName}" đã có điểm nên không bị ghi đè. Để chèn mẫu, hãy đặt tên cho một trang mới.`,
    newNameLabel: 'Tên trang mới',
    newNameEmpty: 'Hãy nhập tên trang mới.',
    confirm: 'Chèn vào trang mới',
    cancel: 'Hủy',
  },

  check: {
    heading: 'Kiểm tra',
    button: 'Kiểm tra bảng điểm',
    busy: 'Đang kiểm tra bảng điểm…',
    counts: (p: { errors: number; warnings: number }) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
    noProblems: 'Không có lỗi. Bảng điểm đã sẵn sàng để tạo phụ lục kế hoạch.',
    listLabel: 'Các chỗ cần sửa',
    fieldGroup: (p: { code: string; name: string }) => `Lĩnh vực ${p.code}${p.name ? `. ${p.name}` : ''}`,
    otherGroup: 'Mục khác',
    groupCount: (p: { count: number }) => `${p.count} mục`,
    severity: { error: 'Lỗi', warning: 'Cảnh báo' },
    goToCell: (p: { cell: string }) => `Đến ô ${p.cell}`,
    goToCellLabel: (p: { cell: string; criterion: string }) => `Đến ô ${p.cell}, tiêu chí ${p.criterion}`,
    selectBusy: 'Đang chọn ô…',
    fixButton: 'Sửa số nhập dạng chữ',
    fixBusy: 'Đang sửa số nhập dạng chữ…',
    fixQuestion: (p: { count: number }) =>
      `Chuyển ${p.count} ô đang lưu điểm dạng chữ (ví dụ "8,5") thành số? Các ô khác không thay đổi.`,
    fixConfirm: 'Đổi thành số',
    fixCancel: 'Hủy',
  },

  highlight: {
    heading: 'Tô màu',
    button: 'Tô màu tiêu chí chưa đạt',
    clear: 'Xóa tô màu',
    busy: 'Đang tô màu…',
    clearBusy: 'Đang xóa tô màu…',
  },

  plan: {
    heading: 'Phụ lục kế hoạch',
    yearLabel: 'Năm kế hoạch',
    yearHint: 'Mặc định là năm sau năm đánh giá.',
    scopeLabel: 'Tiêu chí đưa vào phụ lục',
    scopeAll: 'Tất cả tiêu chí',
    scopeBelowMax: 'Chỉ tiêu chí chưa đạt điểm tối đa',
    sourceLabel: 'Điểm dùng để lập kế hoạch',
    source: {
      auto: 'Điểm thẩm định nếu có, nếu chưa có thì điểm tự đánh giá',
      self: 'Điểm tự đánh giá',
      appraised: 'Điểm thẩm định',
    },
    button: 'Tạo phụ lục kế hoạch',
    busy: 'Đang tạo phụ lục kế hoạch…',
    blocked:
      'Bảng điểm còn lỗi nên chưa tạo phụ lục. Hãy sửa các chỗ dưới đây rồi bấm "Tạo phụ lục kế hoạch" lại.',
    total: (p: { score: string; max: string; percent: string }) =>
      `Tổng điểm trong phụ lục: ${p.score}/${p.max} (${p.percent}%).`,
    missingHint:
      'Các tiêu chí được thêm lại mang nhiệm vụ và đơn vị chủ trì mặc định: hãy xem lại và sửa cho phù hợp.',
    backupHint: (p: { sheetName: string }) =>
      `Hãy đối chiếu trang "${p.sheetName}" với phụ lục mới, chép sang những nội dung còn cần, rồi xóa trang "${p.sheetName}".`,
  },

  summary: {
    heading: 'Kết quả',
    total: (p: { score: string; max: string }) => `${p.score}/${p.max} điểm`,
    percent: (p: { percent: string }) => `${p.percent}%`,
    classification: 'Xếp loại',
    noClassification: 'Chưa xếp loại',
    unconfirmed: 'ngưỡng chưa xác nhận',
    unconfirmedHint:
      'Ngưỡng xếp loại của bộ chỉ số này chưa được xác nhận; hãy đối chiếu với quyết định của UBND tỉnh.',
    fieldsLabel: 'Điểm từng lĩnh vực',
    fieldScore: (p: { score: string; max: string }) => `${p.score}/${p.max}`,
    notScored: 'chưa chấm',
    fieldLabel: (p: { code: string; name: string; score: string; max: string }) =>
      `Lĩnh vực ${p.code}. ${p.name}: ${p.score} trên ${p.max} điểm`,
  },

  outcome: {
    doneTitle: 'Hoàn thành',
    skippedTitle: 'Phiên bản Excel này không hỗ trợ một số tính năng nên đã bỏ qua:',
    enhancements: {
      conditionalFormats:
        'tô màu tự cập nhật — đã tô màu cố định; sau khi sửa điểm hãy bấm "Tô màu tiêu chí chưa đạt" lại',
      dataValidation: 'chặn điểm sai ngay khi nhập — hãy dùng nút "Kiểm tra bảng điểm"',
      freezePanes: 'cố định dòng tiêu đề khi cuộn',
      pageLayout: 'thiết lập trang in — khi in hãy chọn khổ A4 nằm ngang, vừa một trang theo chiều ngang',
      protection: 'khóa các ô tiêu đề và công thức',
      merge: 'gộp ô tiêu đề',
      names: 'lưu mã bộ chỉ số vào tên đã xác định (Name) của sổ làm việc',
      columnWidths: 'đặt độ rộng cột và chiều cao dòng — hãy tự kéo rộng các cột cho dễ đọc',
    },
  },

  errors: {
    title: 'Không thực hiện được',
    dismiss: 'Đóng thông báo',
    unexpected: (p: { detail: string }) =>
      `Đã xảy ra lỗi không mong muốn (${p.detail}). Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ làm việc, đóng rồi mở lại Excel. Nếu vẫn không được, hãy gửi nội dung thông báo này cho cán bộ phụ trách công nghệ thông tin.`,
  },

  commands: {
    noticeTitle: 'Chỉ số CCHC',
    noticeClose: 'Đóng cửa sổ này khi đã đọc xong.',
    checkProblems: (p: { errors: number; warnings: number }) =>
      `Bảng điểm có ${p.errors} lỗi, ${p.warnings} cảnh báo. Ô đầu tiên cần sửa đang được chọn. Để xem tất cả, trên thẻ Trang đầu hãy bấm "Mở khung Chỉ số CCHC".`,
  },
};

export type PaneStrings = typeof paneVi;

export const paneEn: PaneStrings = {
  lang: 'en',
  locale: 'en-US',
  appTitle: 'PAR Index',
  appSubtitle:
    'Insert the scoring template, check the score sheet and generate the improvement-plan appendix.',

  workbook: {
    heading: 'Score sheet',
    setLabel: 'Criteria set',
    yearLabel: 'Assessment year',
    yearHint: 'The year being assessed, for example 2023.',
    yearInvalid: 'The year must be a 4-digit number, for example 2023.',
    unitLabel: 'Unit name',
    unitPlaceholder: 'UBND xã …',
    recorded: (p) =>
      `This workbook has the score sheet "${p.sheetName}": ${p.setName}, year ${p.year}${p.unitName ? `, ${p.unitName}` : ''}.`,
  },

  insert: {
    button: 'Insert scoring template',
    busy: 'Inserting the scoring template…',
    conflictTitle: 'This sheet already holds scores',
    conflictBody: (p) =>
      `The sheet "${p.sheetName}" already holds scores, so it is not overwritten. To insert the template, name a new sheet.`,
    newNameLabel: 'New sheet name',
    newNameEmpty: 'Enter a name for the new sheet.',
    confirm: 'Insert on a new sheet',
    cancel: 'Cancel',
  },

  check: {
    heading: 'Check',
    button: 'Check the score sheet',
    busy: 'Checking the score sheet…',
    counts: (p) =>
      `${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}`,
    noProblems: 'No errors. The score sheet is ready for the plan appendix.',
    listLabel: 'What needs fixing',
    fieldGroup: (p) => `Field ${p.code}${p.name ? `. ${p.name}` : ''}`,
    otherGroup: 'Other items',
    groupCount: (p) => `${p.count} ${p.count === 1 ? 'item' : 'items'}`,
    severity: { error: 'Error', warning: 'Warning' },
    goToCell: (p) => `Go to ${p.cell}`,
    goToCellLabel: (p) => `Go to ${p.cell}, criterion ${p.criterion}`,
    selectBusy: 'Selecting the cell…',
    fixButton: 'Fix numbers typed as text',
    fixBusy: 'Fixing numbers typed as text…',
    fixQuestion: (p) =>
      `Turn ${p.count} ${p.count === 1 ? 'cell' : 'cells'} holding a score as text (for example "8,5") into numbers? Only these cells change.`,
    fixConfirm: 'Turn into numbers',
    fixCancel: 'Cancel',
  },

  highlight: {
    heading: 'Highlight',
    button: 'Highlight criteria below max',
    clear: 'Clear highlight',
    busy: 'Highlighting…',
    clearBusy: 'Clearing the highlight…',
  },

  plan: {
    heading: 'Plan appendix',
    yearLabel: 'Plan year',
    yearHint: 'By default the year after the assessment year.',
    scopeLabel: 'Criteria in the appendix',
    scopeAll: 'All criteria',
    scopeBelowMax: 'Only criteria below their max',
    sourceLabel: 'Scores used for the plan',
    source: {
      auto: 'Appraised where entered, self-assessed elsewhere',
      self: 'Self-assessed',
      appraised: 'Appraised',
    },
    button: 'Generate plan appendix',
    busy: 'Generating the plan appendix…',
    blocked:
      'The score sheet has errors, so no appendix was made. Fix the items below, then click "Generate plan appendix" again.',
    total: (p) => `Appendix total: ${p.score}/${p.max} points (${p.percent}%).`,
    missingHint:
      'The criteria added back have default tasks and lead units: review them and adjust as needed.',
    backupHint: (p) =>
      `Compare the sheet "${p.sheetName}" with the new appendix, copy over what is still needed, then delete "${p.sheetName}".`,
  },

  summary: {
    heading: 'Result',
    total: (p) => `${p.score}/${p.max} points`,
    percent: (p) => `${p.percent}%`,
    classification: 'Rating',
    noClassification: 'Not rated',
    unconfirmed: 'bands not confirmed',
    unconfirmedHint:
      "This criteria set's classification bands are not confirmed; check them against the province's decision.",
    fieldsLabel: 'Score per field',
    fieldScore: (p) => `${p.score}/${p.max}`,
    notScored: 'not scored',
    fieldLabel: (p) => `Field ${p.code}. ${p.name}: ${p.score} of ${p.max} points`,
  },

  outcome: {
    doneTitle: 'Done',
    skippedTitle: 'This version of Excel does not support some features, so these were left out:',
    enhancements: {
      conditionalFormats:
        'live highlighting — a fixed fill was used; after changing scores, click "Highlight criteria below max" again',
      dataValidation: 'blocking wrong scores as they are typed — use "Check the score sheet"',
      freezePanes: 'keeping the header rows in view while scrolling',
      pageLayout: 'print setup — when printing, choose A4 landscape, fit to one page wide',
      protection: 'locking the header and formula cells',
      merge: 'merging the title cells',
      names: "recording the criteria set in the workbook's defined names",
      columnWidths: 'setting column widths and row heights — widen the columns by hand to read them',
    },
  },

  errors: {
    title: 'Could not finish',
    dismiss: 'Dismiss',
    unexpected: (p) =>
      `Something unexpected went wrong (${p.detail}). Try again; if it keeps failing, save the workbook, close and reopen Excel, and send this text to your IT officer.`,
  },

  commands: {
    noticeTitle: 'PAR Index',
    noticeClose: 'Close this window when you have read it.',
    checkProblems: (p) =>
      `The score sheet has ${p.errors} errors and ${p.warnings} warnings. The first cell to fix is selected. To see them all, on the Home tab select "Open PAR Index pane".`,
  },
};

export type PaneLang = 'vi' | 'en';

export function paneStrings(lang: PaneLang): PaneStrings {
  return lang === 'en' ? paneEn : paneVi;
}

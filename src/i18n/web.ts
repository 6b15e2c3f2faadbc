/**
 * Every text of the single-file web page (dist/parindex.html), in Vietnamese and English. Button labels are
 * the task pane's own (src/i18n/pane.ts), so staff meet the same words in Excel and here.
 */
import { documentButtonEn, documentButtonVi } from './document-button';
import { paneEn, paneVi } from './pane';

export const webVi = {
  lang: 'vi' as 'vi' | 'en',
  title: 'Chỉ số CCHC cấp xã — chấm điểm và phụ lục kế hoạch',
  agency: 'Công cụ hỗ trợ chấm điểm Chỉ số cải cách hành chính',
  heading: 'Chỉ số CCHC cấp xã',
  intro:
    'Kiểm tra bảng tự chấm điểm và lập phụ lục Kế hoạch cải thiện Chỉ số CCHC ngay trên máy này, không cần cài đặt, không cần mạng.',
  privacy:
    'Tệp không được gửi đi đâu. Mỗi kết quả được tải về thành một tệp mới; tệp bạn chọn không bị thay đổi.',
  switchLang: 'English',
  switchLangLabel: 'Switch to English',
  skip: 'Bỏ qua, đến nội dung chính',

  open: {
    heading: '1. Chọn bảng điểm',
    pick: 'Chọn tệp .xlsx',
    drop: 'hoặc kéo thả tệp vào khung này',
    hint: 'Bảng điểm là tệp Excel (.xlsx) có trang chấm điểm theo mẫu, đã nhập điểm tự đánh giá.',
    reading: (p: { file: string }) => `Đang đọc tệp "${p.file}"…`,
    opened: (p: { file: string; sheet: string }) =>
      `Đã đọc tệp "${p.file}", trang "${p.sheet}". Bấm "Kiểm tra" để xem điểm và các chỗ cần sửa.`,
    notXlsx: (p: { file: string }) =>
      `Tệp "${p.file}" không phải tệp .xlsx. Hãy chọn bảng điểm Excel (.xlsx); tệp .xls đời cũ cần được mở bằng Excel và lưu lại dạng .xlsx.`,
    tooMany: 'Hãy chọn một tệp mỗi lần.',
    fileLabel: 'Tệp',
    sheetLabel: 'Trang chấm điểm',
    setLabel: paneVi.workbook.setLabel,
    yearLabel: paneVi.workbook.yearLabel,
    unitLabel: paneVi.workbook.unitLabel,
    change: 'Chọn tệp khác',
  },

  template: {
    heading: 'Chưa có bảng điểm?',
    body: 'Tải mẫu chấm điểm trống, nhập điểm tự đánh giá vào cột "Điểm tự đánh giá" bằng Excel, LibreOffice hoặc WPS, lưu lại rồi chọn tệp đó ở trên.',
    button: paneVi.insert.button,
    yearLabel: paneVi.workbook.yearLabel,
    yearInvalid: paneVi.workbook.yearInvalid,
    unitLabel: paneVi.workbook.unitLabel,
    unitPlaceholder: paneVi.workbook.unitPlaceholder,
    busy: 'Đang tạo mẫu chấm điểm…',
    done: (p: { file: string }) => `Đã tạo mẫu chấm điểm: tệp "${p.file}" đã được tải về.`,
  },

  actions: {
    heading: '2. Kiểm tra và xử lý',
    needFile: 'Hãy chọn bảng điểm trước.',
    check: 'Kiểm tra',
    checkDone: (p: { score: string; max: string; errors: number; warnings: number }) =>
      `Đã kiểm tra: tổng điểm ${p.score}/${p.max}; ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
    fix: paneVi.check.fixButton,
    fixBusy: paneVi.check.fixBusy,
    fixNone: 'Không có ô nào lưu điểm dạng chữ: không cần sửa.',
    fixDone: (p: { count: number; file: string }) =>
      `Đã chuyển ${p.count} ô điểm dạng chữ thành số trong bản sao "${p.file}" (đã tải về). Hãy mở bản sao đó và chọn lại nó ở đây.`,
    highlight: paneVi.highlight.button,
    highlightBusy: paneVi.highlight.busy,
    highlightDone: (p: { count: number; text: number; file: string }) =>
      `Đã tô màu ${p.count} tiêu chí chưa đạt điểm tối đa trong bản sao "${p.file}" (đã tải về).` +
      (p.text > 0 ? ` ${p.text} tiêu chí có điểm nhập dạng chữ sẽ được tô khi sửa thành số.` : '') +
      ' Màu tự cập nhật khi sửa điểm.',
    plan: paneVi.plan.button,
    planLegend: 'Kế hoạch cải thiện: phụ lục và văn bản',
    planBusy: paneVi.plan.busy,
    planYearLabel: paneVi.plan.yearLabel,
    planYearHint: paneVi.plan.yearHint,
    planYearInvalid: 'Năm kế hoạch phải là số có 4 chữ số, ví dụ 2024.',
    onlyBelowMax: paneVi.plan.scopeBelowMax,
    planBlocked: paneVi.plan.blocked,
    planDone: (p: { file: string; sheet: string; rows: number; score: string; max: string }) =>
      `Đã tạo phụ lục: trang "${p.sheet}" (${p.rows} dòng, tổng điểm ${p.score}/${p.max}) trong bản sao "${p.file}" (đã tải về).`,
    planKept: (p: { count: number }) => `Giữ ${p.count} dòng đã sửa của phụ lục cũ.`,
    planBackup: paneVi.plan.backupHint,
    download: (p: { file: string }) => `Tải lại "${p.file}"`,
  },

  document: {
    button: documentButtonVi.button,
    busy: documentButtonVi.busy,
    blocked:
      'Bảng điểm còn lỗi nên chưa tạo văn bản kế hoạch. Hãy sửa các lỗi nêu trong "Kết quả kiểm tra", lưu lại rồi chọn lại tệp.',
    done: (p: { file: string; units: number }) =>
      `Đã tạo văn bản kế hoạch: tệp "${p.file}" (Word) đã được tải về, giao nhiệm vụ cho ${p.units} đơn vị. Hãy mở bằng Word để xem lại, điền ngày tháng và ký ban hành.`,
    fromSheet: (p: { sheet: string }) => `Nhiệm vụ lấy từ trang "${p.sheet}" như đã sửa.`,
  },

  report: {
    heading: '3. Tổng hợp nhiều xã, xếp hạng (cấp tỉnh)',
    body: 'Chọn cùng lúc bảng điểm của nhiều xã, phường (giữ Ctrl khi bấm chọn từng tệp, hoặc Ctrl+A để chọn cả thư mục). Trang đọc lần lượt từng tệp, chỉ giữ các con số, rồi tải về bảng tổng hợp, xếp hạng "tong-hop.xlsx" — giống lệnh parindex report.',
    pick: 'Chọn nhiều tệp .xlsx',
    reading: (p: { index: number; count: number; file: string }) =>
      `Đang đọc tệp ${p.index}/${p.count}: "${p.file}"…`,
    done: (p: { file: string; files: number; ranked: number; errors: number; unreadable: number }) =>
      `Đã tạo bảng tổng hợp "${p.file}" (đã tải về): ${p.files} tệp, ${p.ranked} được xếp hạng, ${p.errors} có lỗi điểm (chưa xếp hạng), ${p.unreadable} không đọc được.`,
    rankingLabel: 'Xếp hạng',
    problemsLabel: (p: { count: number }) => `Tệp có vấn đề (${p.count})`,
    noProblems: 'Mọi tệp đều đọc được và không có lỗi điểm.',
    noFiles: 'Hãy chọn ít nhất một bảng điểm .xlsx.',
  },

  results: {
    heading: 'Kết quả kiểm tra',
    total: paneVi.summary.total,
    percent: paneVi.summary.percent,
    classification: paneVi.summary.classification,
    noClassification: paneVi.summary.noClassification,
    unconfirmed: paneVi.summary.unconfirmed,
    unconfirmedHint: paneVi.summary.unconfirmedHint,
    fieldsLabel: paneVi.summary.fieldsLabel,
    notScored: paneVi.summary.notScored,
    self: 'Điểm tự đánh giá',
    appraised: 'Điểm thẩm định',
    counts: paneVi.check.counts,
    noProblems: paneVi.check.noProblems,
    listLabel: paneVi.check.listLabel,
    severity: paneVi.check.severity,
    cell: 'Ô',
    criterion: 'Tiêu chí',
    belowMax: (p: { count: number }) => `${p.count} tiêu chí chưa đạt điểm tối đa`,
    belowMaxItem: (p: { code: string; name: string; score: string; max: string }) =>
      `${p.code}. ${p.name}: ${p.score}/${p.max}`,
  },

  errors: {
    title: paneVi.errors.title,
    unexpected: (p: { detail: string }) =>
      `Đã xảy ra lỗi không mong muốn (${p.detail}). Hãy tải lại trang và thử lại; nếu vẫn lỗi, hãy gửi nội dung thông báo này cho cán bộ phụ trách công nghệ thông tin.`,
  },

  /** The command line's messages that name its options, said as the page's own advice. */
  refusals: {
    noTemplate: (p: { file: string }) =>
      `Tệp "${p.file}" không có trang chấm điểm: không trang nào có dòng tiêu đề "STT | Lĩnh vực, tiêu chí | Điểm tối đa | Điểm tự đánh giá". Hãy bấm "Chèn mẫu chấm điểm" để tải mẫu, nhập điểm vào đó rồi chọn lại tệp.`,
    noRecord: (p: { file: string }) =>
      `Trang chấm điểm của tệp "${p.file}" đã mất dòng "Mã bộ chỉ số: … | Phiên bản: … | Năm đánh giá: …" nên không biết mẫu thuộc bộ chỉ số nào. Hãy khôi phục dòng đó (chép từ một mẫu mới) rồi chọn lại tệp.`,
    unknownSetInFile: (p: { file: string }) =>
      `Tệp "${p.file}" là mẫu của một bộ chỉ số không có trong trang này. Hãy dùng dòng lệnh parindex với tệp bộ chỉ số của tỉnh (--set).`,
    versionMismatch: (p: { file: string }) =>
      `Tệp "${p.file}" là mẫu của một phiên bản bộ chỉ số khác với phiên bản trong trang này. Hãy bấm "Chèn mẫu chấm điểm" để tải mẫu mới và chép điểm sang.`,
  },

  footer: 'parindex — phần mềm nguồn mở (MIT). Trang này chạy hoàn toàn trên máy của bạn.',
};

export type WebStrings = typeof webVi;

export const webEn: WebStrings = {
  lang: 'en',
  title: 'Commune PAR Index — scoring and plan appendix',
  agency: 'Administrative Reform Index scoring aid',
  heading: 'Commune PAR Index',
  intro:
    "Check a commune's self-assessment sheet and write the improvement plan's appendix on this computer: nothing to install, no network needed.",
  privacy:
    'Your file is sent nowhere. Every result downloads as a new file; the file you pick is never changed.',
  switchLang: 'Tiếng Việt',
  switchLangLabel: 'Chuyển sang tiếng Việt',
  skip: 'Skip to the main content',

  open: {
    heading: '1. Pick the score sheet',
    pick: 'Choose an .xlsx file',
    drop: 'or drop the file onto this box',
    hint: 'The score sheet is an Excel file (.xlsx) with the template’s scoring sheet and the self-assessed scores typed in.',
    reading: (p) => `Reading "${p.file}"…`,
    opened: (p) => `Read "${p.file}", sheet "${p.sheet}". Click "Check" to see the scores and what to fix.`,
    notXlsx: (p) =>
      `"${p.file}" is not an .xlsx file. Pick an Excel score sheet (.xlsx); an old .xls must be opened in Excel and saved as .xlsx.`,
    tooMany: 'Pick one file at a time.',
    fileLabel: 'File',
    sheetLabel: 'Scoring sheet',
    setLabel: paneEn.workbook.setLabel,
    yearLabel: paneEn.workbook.yearLabel,
    unitLabel: paneEn.workbook.unitLabel,
    change: 'Pick another file',
  },

  template: {
    heading: 'No score sheet yet?',
    body: 'Download a blank scoring template, type the self-assessed scores into "Điểm tự đánh giá" with Excel, LibreOffice or WPS, save it, then pick that file above.',
    button: paneEn.insert.button,
    yearLabel: paneEn.workbook.yearLabel,
    yearInvalid: paneEn.workbook.yearInvalid,
    unitLabel: paneEn.workbook.unitLabel,
    unitPlaceholder: paneEn.workbook.unitPlaceholder,
    busy: 'Making the scoring template…',
    done: (p) => `Scoring template made: "${p.file}" was downloaded.`,
  },

  actions: {
    heading: '2. Check and act',
    needFile: 'Pick a score sheet first.',
    check: 'Check',
    checkDone: (p) => `Checked: total ${p.score}/${p.max}; ${p.errors} error(s), ${p.warnings} warning(s).`,
    fix: paneEn.check.fixButton,
    fixBusy: paneEn.check.fixBusy,
    fixNone: 'No cell holds a score as text: nothing to fix.',
    fixDone: (p) =>
      `Turned ${p.count} scores typed as text into numbers in the copy "${p.file}" (downloaded). Open that copy and pick it here.`,
    highlight: paneEn.highlight.button,
    highlightBusy: paneEn.highlight.busy,
    highlightDone: (p) =>
      `Highlighted ${p.count} criteria below their max in the copy "${p.file}" (downloaded).` +
      (p.text > 0 ? ` ${p.text} criteria with scores typed as text are coloured once fixed.` : '') +
      ' The colours follow the scores as they change.',
    plan: paneEn.plan.button,
    planLegend: 'Improvement plan: appendix and document',
    planBusy: paneEn.plan.busy,
    planYearLabel: paneEn.plan.yearLabel,
    planYearHint: paneEn.plan.yearHint,
    planYearInvalid: 'The plan year must be a 4-digit number, for example 2024.',
    onlyBelowMax: paneEn.plan.scopeBelowMax,
    planBlocked: paneEn.plan.blocked,
    planDone: (p) =>
      `Appendix made: sheet "${p.sheet}" (${p.rows} rows, total ${p.score}/${p.max}) in the copy "${p.file}" (downloaded).`,
    planKept: (p) => `Kept ${p.count} edited rows of the previous appendix.`,
    planBackup: paneEn.plan.backupHint,
    download: (p) => `Download "${p.file}" again`,
  },

  document: {
    button: documentButtonEn.button,
    busy: documentButtonEn.busy,
    blocked:
      'The scores have errors, so the plan document was not made. Fix the errors listed in "Check results", save, and pick the file again.',
    done: (p) =>
      `Plan document made: "${p.file}" (Word) was downloaded, with duties for ${p.units} unit(s). Open it in Word to review, date and sign it.`,
    fromSheet: (p) => `Tasks taken from sheet "${p.sheet}" as edited.`,
  },

  report: {
    heading: '3. Roll up and rank many communes (province)',
    body: 'Pick the score sheets of many communes at once (hold Ctrl to pick each, or Ctrl+A for a whole folder). The page reads them one by one, keeps only the figures, and downloads the ranked summary "tong-hop.xlsx" — as parindex report does.',
    pick: 'Pick many .xlsx files',
    reading: (p) => `Reading file ${p.index}/${p.count}: "${p.file}"…`,
    done: (p) =>
      `Summary "${p.file}" made (downloaded): ${p.files} file(s), ${p.ranked} ranked, ${p.errors} with errors in the scores (not ranked), ${p.unreadable} unreadable.`,
    rankingLabel: 'Ranking',
    problemsLabel: (p) => `Problem files (${p.count})`,
    noProblems: 'Every file was read and has no errors in its scores.',
    noFiles: 'Pick at least one .xlsx score sheet.',
  },

  results: {
    heading: 'Check results',
    total: paneEn.summary.total,
    percent: paneEn.summary.percent,
    classification: paneEn.summary.classification,
    noClassification: paneEn.summary.noClassification,
    unconfirmed: paneEn.summary.unconfirmed,
    unconfirmedHint: paneEn.summary.unconfirmedHint,
    fieldsLabel: paneEn.summary.fieldsLabel,
    notScored: paneEn.summary.notScored,
    self: 'Self-assessed scores',
    appraised: 'Appraised scores',
    counts: paneEn.check.counts,
    noProblems: paneEn.check.noProblems,
    listLabel: paneEn.check.listLabel,
    severity: paneEn.check.severity,
    cell: 'Cell',
    criterion: 'Criterion',
    belowMax: (p) => `${p.count} criteria below their max`,
    belowMaxItem: (p) => `${p.code}. ${p.name}: ${p.score}/${p.max}`,
  },

  errors: {
    title: paneEn.errors.title,
    unexpected: (p) =>
      `Something unexpected went wrong (${p.detail}). Reload the page and try again; if it persists, send this message to your IT officer.`,
  },

  refusals: {
    noTemplate: (p) =>
      `File "${p.file}" has no scoring sheet: no sheet has the header row "STT | Lĩnh vực, tiêu chí | Điểm tối đa | Điểm tự đánh giá". Click "Insert scoring template" to download one, type the scores into it and pick that file.`,
    noRecord: (p) =>
      `The scoring sheet of "${p.file}" has lost its line "Mã bộ chỉ số: … | Phiên bản: … | Năm đánh giá: …", so its criteria set is unknown. Restore that line (copy it from a new template) and pick the file again.`,
    unknownSetInFile: (p) =>
      `File "${p.file}" is a template of a criteria set this page does not have. Use the parindex command line with the province's set file (--set).`,
    versionMismatch: (p) =>
      `File "${p.file}" is a template of another version of the criteria set. Click "Insert scoring template" for a new one and copy the scores over.`,
  },

  footer: 'parindex — open source (MIT). This page runs entirely on your computer.',
};

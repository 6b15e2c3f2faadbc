/**
 * `parindex report`: the province's summary of many communes' workbooks. Terminal messages in Vietnamese and
 * English (same keys); the summary workbook's own texts are Vietnamese, as the template's are.
 */
const n = (v: number, lang: 'vi' | 'en') => (lang === 'vi' ? String(v).replace('.', ',') : String(v));

export const reportUsageVi: string = `parindex report — tổng hợp, xếp hạng bảng điểm của nhiều xã, phường

Đọc từng tệp bảng điểm (hoặc mọi tệp .xlsx trong các thư mục nêu ra), kiểm tra điểm như lệnh check, rồi ghi
một bảng tổng hợp gồm các trang "Xếp hạng", "Theo lĩnh vực", "Theo tiêu chí" và "Tệp có vấn đề".
Tệp hỏng, không phải bảng tính hay không an toàn được liệt kê kèm lý do; các tệp khác vẫn được tổng hợp.
Bảng điểm còn lỗi chưa được xếp hạng. Tệp đầu vào không bao giờ bị ghi.

Cách dùng:
  parindex report <tệp hoặc thư mục> [<tệp hoặc thư mục> …] -o <tong-hop.xlsx> [--set …] [--json] [--force]

Tùy chọn:
  -o, --output <tệp.xlsx>   Bảng tổng hợp sẽ ghi (bắt buộc)
  --force                   Thay tệp đó nếu đã có (mặc định: không ghi đè)
  --set <mã | tệp.json>     Bộ chỉ số dùng để đọc các tệp, khi mẫu được tạo từ tệp JSON của tỉnh; nêu nhiều lần
                            khi các xã dùng nhiều bộ (hoặc phiên bản): mỗi bộ được xếp hạng riêng
  --json                    In xếp hạng, thống kê theo lĩnh vực, theo tiêu chí và các tệp có vấn đề dạng JSON
  --lang en                 Thông báo bằng tiếng Anh
  -h, --help                Xem hướng dẫn này

Mã thoát: 0 mọi tệp không có lỗi; 1 có tệp điểm còn lỗi; 2 có tệp không đọc được, tệp kết quả đã có hoặc
gọi lệnh sai; 3 lỗi của chương trình — hãy báo cho người phát triển. (Mã cao nhất trong các tệp, như check.)`;

export const reportUsageEn: string = `parindex report — roll up and rank many communes' scores workbooks

Reads each scores workbook (or every .xlsx in the folders given), checks it as the check command does, and
writes one summary workbook with the sheets "Xếp hạng" (ranking), "Theo lĩnh vực" (by field), "Theo tiêu chí"
(by criterion) and "Tệp có vấn đề" (problem files). Damaged, non-workbook or unsafe files are listed with a
reason; the others are still rolled up. Workbooks whose scores have errors are not ranked. No input is written.

Usage:
  parindex report <file or folder> [<file or folder> …] -o <summary.xlsx> [--set …] [--json] [--force]

Options:
  -o, --output <file.xlsx>   The summary workbook to write (required)
  --force                    Replace that file if it exists (default: never overwrite)
  --set <id | file.json>     Criteria set to read the files with, for templates made from a province's JSON;
                             repeat it when communes used several sets (or versions): each is ranked apart
  --json                     Print the ranking, per-field and per-criterion figures and problem files as JSON
  --lang en                  Messages in English
  -h, --help                 Show this help

Exit codes: 0 no file has errors; 1 some file's scores have errors; 2 some file is unreadable, the output
exists or wrong usage; 3 a fault in the program itself — please report it. (The highest of the files', as check.)`;

/** Spread into the command line's error catalogue (src/i18n/cli.ts). */
export const reportErrorsVi = {
  noReportFiles: (p: { inputs: string }) =>
    `Không tìm thấy tệp .xlsx nào trong ${p.inputs}. Hãy nêu các tệp bảng điểm hoặc thư mục chứa chúng.`,
};

export const reportErrorsEn: typeof reportErrorsVi = {
  noReportFiles: (p) =>
    `No .xlsx file found in ${p.inputs}. Give the scores workbooks or the folders holding them.`,
};

export const reportVi = {
  written: (p: { file: string; files: number; ranked: number; errors: number; unreadable: number }) =>
    `Đã ghi bảng tổng hợp "${p.file}": ${p.files} tệp, ${p.ranked} được xếp hạng, ${p.errors} có lỗi điểm (chưa xếp hạng), ${p.unreadable} không đọc được.`,
  blocks: (p: { count: number }) =>
    `Các tệp dùng ${p.count} bộ chỉ số (hoặc phiên bản) khác nhau: mỗi bộ được xếp hạng riêng.`,
  top: (p: { rank: number; unit: string; percent: number; setId: string }) =>
    `  ${p.rank}. ${p.unit}: ${n(p.percent, 'vi')}% (${p.setId})`,
  topHeading: 'Đứng đầu:',
  problemsHeading: (p: { count: number }) => `Tệp có vấn đề (${p.count}):`,
  scoreErrors: (p: { file: string; count: number; cells: string }) =>
    `  ${p.file}: ${p.count} lỗi điểm (${p.cells}) — chưa xếp hạng; hãy sửa rồi gửi lại.`,
  unreadable: (p: { file: string; message: string }) => `  ${p.message}`,
  duplicate: (p: { file: string; unit: string; others: string }) =>
    `  ${p.file}: cùng đơn vị "${p.unit}" với ${p.others} — hãy giữ một tệp.`,
  symlinkSkipped: (p: { file: string }) =>
    `Liên kết "${p.file}" trỏ ra ngoài thư mục được nêu nên không được đọc. Hãy chép chính tệp vào thư mục.`,
  tooBig: (p: { file: string; mb: number }) =>
    `Tệp "${p.file}" nặng ${p.mb} MB, quá lớn đối với một bảng điểm nên không được đọc. Hãy tạo lại từ mẫu và gửi lại.`,
};

export const reportEn: typeof reportVi = {
  written: (p) =>
    `Wrote the summary "${p.file}": ${p.files} file(s), ${p.ranked} ranked, ${p.errors} with errors in the scores (not ranked), ${p.unreadable} unreadable.`,
  blocks: (p) => `The files use ${p.count} different criteria sets (or versions): each is ranked on its own.`,
  top: (p) => `  ${p.rank}. ${p.unit}: ${n(p.percent, 'en')}% (${p.setId})`,
  topHeading: 'Top:',
  problemsHeading: (p) => `Problem files (${p.count}):`,
  scoreErrors: (p) =>
    `  ${p.file}: ${p.count} error(s) in the scores (${p.cells}) — not ranked; fix them and send it again.`,
  unreadable: (p) => `  ${p.message}`,
  duplicate: (p) => `  ${p.file}: same unit "${p.unit}" as ${p.others} — keep one file.`,
  symlinkSkipped: (p) =>
    `The link "${p.file}" points outside the folder given, so it was not read. Copy the file itself into the folder.`,
  tooBig: (p) =>
    `File "${p.file}" is ${p.mb} MB, too large for a scores workbook, so it was not read. Make it again from the template and send it again.`,
};

/** Texts of the summary workbook. */
export const rollupSheetsVi = {
  rankingName: 'Xếp hạng',
  fieldsName: 'Theo lĩnh vực',
  criteriaName: 'Theo tiêu chí',
  problemsName: 'Tệp có vấn đề',
  title: 'TỔNG HỢP, XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ',
  fieldsTitle: 'ĐIỂM THEO LĨNH VỰC',
  criteriaTitle: 'ĐIỂM BỊ MẤT THEO TIÊU CHÍ (LỚN NHẤT TRƯỚC)',
  problemsTitle: 'TỆP CÓ VẤN ĐỀ',
  counts: (p: { files: number; ranked: number; errors: number; unreadable: number }) =>
    `${p.files} tệp: ${p.ranked} được xếp hạng, ${p.errors} có lỗi điểm (chưa xếp hạng), ${p.unreadable} không đọc được — xem trang "Tệp có vấn đề".`,
  oneSet:
    'Xếp hạng theo tỷ lệ % điểm đạt trên điểm tối đa áp dụng; điểm thẩm định nếu đã nhập, nếu không thì điểm tự đánh giá.',
  manySets: (p: { count: number }) =>
    `Các tệp dùng ${p.count} bộ chỉ số (hoặc phiên bản) khác nhau: mỗi bộ được xếp hạng riêng, không so sánh giữa các bộ. Xếp hạng theo tỷ lệ % điểm đạt trên điểm tối đa áp dụng.`,
  block: (p: { name: string; id: string; version: string; count: number }) =>
    `Bộ chỉ số: ${p.name} (${p.id}, phiên bản ${p.version}) — ${p.count} đơn vị`,
  rankingHeaders: [
    'Hạng',
    'Đơn vị',
    'Tệp',
    'Điểm dùng xếp hạng',
    'Tổng điểm',
    'Điểm tối đa áp dụng',
    'Tỷ lệ (%)',
    'Xếp loại',
  ],
  fieldHeader: (p: { code: string; max: number }) => `LV ${p.code} (${n(p.max, 'vi')})`,
  noteHeader: 'Ghi chú',
  basis: { self: 'Tự đánh giá', appraised: 'Thẩm định' },
  duplicateNote: 'Trùng đơn vị với tệp khác',
  fieldsHeaders: [
    'Lĩnh vực',
    'Tên lĩnh vực',
    'Điểm tối đa',
    'Điểm trung bình',
    'Thấp nhất',
    'Cao nhất',
    'Số đơn vị đạt tối đa',
  ],
  criteriaHeaders: [
    'TT',
    'Tiêu chí',
    'Tên tiêu chí',
    'Điểm tối đa',
    'Số đơn vị chưa đạt tối đa',
    'Tổng điểm bị mất',
    'Bình quân mất mỗi đơn vị',
  ],
  problemsHeaders: ['STT', 'Tệp', 'Đơn vị', 'Vấn đề', 'Chi tiết'],
  kind: {
    unreadable: 'Không đọc được',
    scoreErrors: 'Điểm có lỗi — chưa xếp hạng',
    duplicate: 'Trùng đơn vị',
  },
  errorsDetail: (p: { count: number; cells: string; more: number }) =>
    `${p.count} lỗi, tại ${p.cells}${p.more > 0 ? ` và ${p.more} ô khác` : ''}. Hãy sửa rồi gửi lại.`,
  duplicateDetail: (p: { others: string }) => `Cùng tên đơn vị với: ${p.others}. Hãy giữ một tệp.`,
  noProblems: 'Không có tệp nào có vấn đề.',
};

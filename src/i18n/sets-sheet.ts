/**
 * Texts of the criteria sheet ("Bộ tiêu chí"), of reading an existing appendix table and of "where the points
 * went": workbook content in Vietnamese only (official documents), messages in Vietnamese and English.
 */

/** Workbook content: the same whatever the interface language. Readers find everything by these texts. */
export const setSheetTexts = {
  sheetName: 'Bộ tiêu chí',
  title: 'BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ',
  help:
    'Sửa trực tiếp trên trang này: thêm, xóa, chuyển hay sắp xếp lại dòng đều được. Các dòng được ghép theo mã: ' +
    'mã tiêu chí con bắt đầu bằng mã của tiêu chí cha (1.1.2 thuộc 1.1). Cột "Loại" để trống là "Chấm điểm"; ' +
    'cột "Cho phép KAD" ghi "Có" nếu tiêu chí được phép ghi Không áp dụng.',
  headers: [
    'Mã',
    'Tên lĩnh vực, tiêu chí',
    'Điểm tối đa',
    'Loại',
    'Cho phép KAD',
    'Nhiệm vụ, giải pháp mặc định',
    'Đơn vị chủ trì mặc định',
  ],
  kinds: { scored: 'Chấm điểm', bonus: 'Điểm thưởng', penalty: 'Điểm trừ' },
  yes: 'Có',
  labels: {
    id: 'Mã bộ chỉ số',
    version: 'Phiên bản',
    name: 'Tên bộ chỉ số',
    province: 'Tỉnh',
    assessmentYear: 'Năm đánh giá',
    decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày ban hành',
    decisionIssuer: 'Cơ quan ban hành',
    total: 'Tổng điểm',
    basis: 'Xếp loại tính theo',
    confirmed: 'Ngưỡng xếp loại đã xác nhận',
    scaleNote: 'Ghi chú về xếp loại',
  },
  basis: { points: 'Điểm', percent: 'Phần trăm' },
  bandsHeading: 'XẾP LOẠI',
  bandHeaders: ['Mức xếp loại', 'Từ', 'Đến'],
  bandsHelp: 'Mỗi mức tính từ "Từ" (kể cả) đến dưới "Đến"; mức cao nhất tính cả "Đến".',
  unitsHeader: 'Đơn vị chủ trì',
  notesHeader: 'Ghi chú',
  validationTitle: 'Giá trị không hợp lệ',
  kindMessage: 'Ghi "Chấm điểm", "Điểm thưởng" hoặc "Điểm trừ" (để trống là Chấm điểm).',
  naMessage: 'Ghi "Có" nếu tiêu chí được phép ghi Không áp dụng (KAD), để trống nếu không.',
  maxMessage: 'Điểm tối đa phải là một số từ 0 trở lên.',
};

type Pos = { cell: string };

/** Problems of a criteria sheet that the JSON checks cannot see (they are about cells, not the set). */
export const setSheetProblemsVi = {
  NO_CODE: (p: Pos & { row: number }) =>
    `Dòng ${p.row} có nội dung nhưng ô mã ${p.cell} trống. Hãy ghi mã (ví dụ 1.2) hoặc xóa dòng.`,
  BAD_CODE: (p: Pos & { text: string }) =>
    `Ô ${p.cell}: "${p.text}" không phải là mã. Mã gồm các số cách nhau bằng dấu chấm, ví dụ 1, 1.2 hoặc 1.2.3.`,
  TOO_DEEP: (p: Pos & { code: string }) =>
    `Ô ${p.cell}: mã "${p.code}" có quá 3 cấp. Bộ tiêu chí chỉ có lĩnh vực, tiêu chí và tiêu chí thành phần.`,
  NO_PARENT: (p: Pos & { code: string; parent: string }) =>
    `Ô ${p.cell}: mã "${p.code}" không có mục cha "${p.parent}" trong bảng. Hãy thêm dòng ${p.parent} hoặc sửa mã.`,
  BAD_NUMBER: (p: Pos & { what: string; text: string }) =>
    `Ô ${p.cell}: ${p.what} "${p.text}" không phải là số. Hãy ghi một số, ví dụ 2,5.`,
  EMPTY: (p: Pos & { what: string }) => `Ô ${p.cell}: chưa ghi ${p.what}. Hãy điền vào.`,
  BAD_KIND: (p: Pos & { text: string }) =>
    `Ô ${p.cell}: loại "${p.text}" không hợp lệ. Hãy ghi "Chấm điểm", "Điểm thưởng" hoặc "Điểm trừ", hoặc để trống.`,
  BAD_NA: (p: Pos & { text: string }) =>
    `Ô ${p.cell}: "${p.text}" không hợp lệ ở cột "Cho phép KAD". Hãy ghi "Có" hoặc để trống.`,
  BAD_ID: (p: Pos & { text: string }) =>
    `Ô ${p.cell}: mã bộ chỉ số "${p.text}" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ lam-dong-xa-2025.`,
  BAD_BASIS: (p: Pos & { text: string }) =>
    `Ô ${p.cell}: "${p.text}" không hợp lệ. Hãy ghi "Điểm" hoặc "Phần trăm".`,
};

export const setSheetProblemsEn: typeof setSheetProblemsVi = {
  NO_CODE: (p) =>
    `Row ${p.row} has content but its code cell ${p.cell} is empty. Write a code (such as 1.2) or delete the row.`,
  BAD_CODE: (p) =>
    `Cell ${p.cell}: "${p.text}" is not a code. A code is numbers separated by dots, such as 1, 1.2 or 1.2.3.`,
  TOO_DEEP: (p) =>
    `Cell ${p.cell}: code "${p.code}" has more than 3 levels (field, criterion, sub-criterion).`,
  NO_PARENT: (p) =>
    `Cell ${p.cell}: code "${p.code}" has no parent "${p.parent}" in the table. Add row ${p.parent} or fix the code.`,
  BAD_NUMBER: (p) => `Cell ${p.cell}: ${p.what} "${p.text}" is not a number. Write a number such as 2.5.`,
  EMPTY: (p) => `Cell ${p.cell}: ${p.what} is missing. Fill it in.`,
  BAD_KIND: (p) =>
    `Cell ${p.cell}: kind "${p.text}" is not valid. Write "Chấm điểm", "Điểm thưởng" or "Điểm trừ", or leave it blank.`,
  BAD_NA: (p) => `Cell ${p.cell}: "${p.text}" is not valid in "Cho phép KAD". Write "Có" or leave it blank.`,
  BAD_ID: (p) =>
    `Cell ${p.cell}: set id "${p.text}" may hold only lowercase letters without accents, digits and dashes, such as lam-dong-xa-2025.`,
  BAD_BASIS: (p) => `Cell ${p.cell}: "${p.text}" is not valid. Write "Điểm" or "Phần trăm".`,
};

/** What each checked value is called in a message. */
export const setSheetWhat = {
  vi: {
    max: 'điểm tối đa',
    name: 'tên',
    year: 'năm đánh giá',
    total: 'tổng điểm',
    from: 'ngưỡng "Từ"',
    to: 'ngưỡng "Đến"',
    id: 'mã bộ chỉ số',
    version: 'phiên bản',
    setName: 'tên bộ chỉ số',
    band: 'tên mức xếp loại',
  },
  en: {
    max: 'the max',
    name: 'the name',
    year: 'the assessment year',
    total: 'the total',
    from: 'the "Từ" bound',
    to: 'the "Đến" bound',
    id: 'the set id',
    version: 'the version',
    setName: 'the set name',
    band: 'the band name',
  },
};

/** Reading an existing appendix table and comparing it with a set. */
export const importProblemsVi = {
  MISSING_IN_TABLE: (p: { code: string; name: string; max: string; cell: string }) =>
    `Bảng thiếu tiêu chí ${p.code} "${p.name}" (${p.max} điểm) của bộ chỉ số; lẽ ra đứng sau ô ${p.cell}. Hãy bổ sung dòng này hoặc kiểm tra lại bộ chỉ số.`,
  UNKNOWN_IN_TABLE: (p: { code: string; cell: string }) =>
    `Ô ${p.cell}: mã "${p.code}" không có trong bộ chỉ số đã chọn nên dòng này không được tính. Hãy sửa mã hoặc chọn đúng bộ chỉ số (--set).`,
  MAX_DIFFERS: (p: { code: string; cell: string; table: string; set: string }) =>
    `Ô ${p.cell}: tiêu chí ${p.code} ghi điểm tối đa ${p.table}, bộ chỉ số ghi ${p.set}. Hãy kiểm tra bảng hoặc bộ chỉ số.`,
  SUM_DIFFERS: (p: { code: string; cell: string; what: string; value: string; sum: string }) =>
    `Ô ${p.cell}: mục ${p.code} ghi ${p.what} ${p.value}, nhưng các tiêu chí bên dưới cộng lại được ${p.sum}. Có thể bảng thiếu một tiêu chí hoặc ghi sai số.`,
  DUPLICATE_ROW: (p: { code: string; cell: string; first: string }) =>
    `Ô ${p.cell}: mã ${p.code} đã có ở ô ${p.first}. Dòng sau không được tính; hãy xóa hoặc sửa mã.`,
  BAD_VALUE: (p: { code: string; cell: string; what: string; text: string }) =>
    `Ô ${p.cell}: ${p.what} của mục ${p.code} là "${p.text}", không phải số. Hãy ghi một số, ví dụ 8,5.`,
};

export const importProblemsEn: typeof importProblemsVi = {
  MISSING_IN_TABLE: (p) =>
    `The table lacks criterion ${p.code} "${p.name}" (${p.max} points) of the set; it belongs after cell ${p.cell}. Add the row or check the set.`,
  UNKNOWN_IN_TABLE: (p) =>
    `Cell ${p.cell}: code "${p.code}" is not in the chosen set, so the row is not counted. Fix the code or choose the right set (--set).`,
  MAX_DIFFERS: (p) =>
    `Cell ${p.cell}: criterion ${p.code} has max ${p.table} in the table, ${p.set} in the set. Check the table or the set.`,
  SUM_DIFFERS: (p) =>
    `Cell ${p.cell}: item ${p.code} shows ${p.what} ${p.value}, but the criteria below it add up to ${p.sum}. A criterion may be missing or a figure wrong.`,
  DUPLICATE_ROW: (p) =>
    `Cell ${p.cell}: code ${p.code} is already at ${p.first}. The later row is not counted; delete it or fix the code.`,
  BAD_VALUE: (p) =>
    `Cell ${p.cell}: the ${p.what} of ${p.code} is "${p.text}", not a number. Write a number such as 8.5.`,
};

export const importWhat = {
  vi: { max: 'điểm tối đa', score: 'điểm đạt được', target: 'mục tiêu' },
  en: { max: 'max', score: 'score', target: 'target' },
};

/** "Where the points went": the summary sheet's texts (workbook content) and the pane's labels. */
export const lossesTexts = {
  sheetName: 'Điểm bị trừ',
  title: (year: number) => `ĐIỂM CHỈ SỐ CCHC NĂM ${year}: TỰ ĐÁNH GIÁ, THẨM ĐỊNH VÀ ĐIỂM BỊ TRỪ`,
  fieldHeaders: ['Mã', 'Lĩnh vực', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định', 'Điểm bị trừ'],
  criteriaHeading: 'TIÊU CHÍ BỊ TRỪ ĐIỂM KHI THẨM ĐỊNH (NHIỀU NHẤT TRƯỚC)',
  criteriaHeaders: ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định', 'Điểm bị trừ'],
  total: 'Tổng',
};

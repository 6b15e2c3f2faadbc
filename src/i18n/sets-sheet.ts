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
  fieldHeaders: [
    'Mã',
    'Lĩnh vực',
    'Điểm tối đa',
    'Tự đánh giá',
    'Thẩm định',
    'Bị trừ khi thẩm định',
    'Còn thiếu so với tối đa',
  ],
  criteriaHeading: 'TIÊU CHÍ BỊ TRỪ ĐIỂM KHI THẨM ĐỊNH (NHIỀU NHẤT TRƯỚC)',
  criteriaHeaders: ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định', 'Bị trừ khi thẩm định'],
  noCuts: 'Thẩm định không trừ điểm tiêu chí nào so với tự đánh giá.',
  total: 'Tổng',
};

/** The command line's words for `sets --sheet`, `sets --json <file.xlsx>`, `--set <file.xlsx>` and `import`. */
export const setsCliVi = {
  errors: {
    noSetSheet: (p: { file: string }) =>
      `Tệp "${p.file}" không có trang bộ tiêu chí: không trang nào có dòng tiêu đề "Mã | Tên lĩnh vực, tiêu chí | Điểm tối đa". Hãy tạo trang đó bằng "parindex sets --sheet <mã bộ> -o bo-tieu-chi.xlsx".`,
    setSheetInvalid: (p: {
      file: string;
      problems: { cell: string | null; message: string }[];
      more: number;
    }) =>
      `Trang bộ tiêu chí trong tệp "${p.file}" có lỗi:\n${p.problems.map((x) => `  ${x.cell ? `${x.cell}: ` : ''}${x.message}`).join('\n')}${p.more > 0 ? `\n  (và ${p.more} lỗi khác)` : ''}\nHãy sửa các ô đó rồi chạy lại.`,
    noTable: (p: { file: string }) =>
      `Tệp "${p.file}" không có bảng điểm nào đọc được: không tìm thấy dòng tiêu đề có "STT", "Lĩnh vực, tiêu chí" và "Điểm tối đa". Hãy kiểm tra tệp, hoặc nêu trang bằng --sheet.`,
    noSuchTableSheet: (p: { file: string; sheet: string; sheets: string }) =>
      `Tệp "${p.file}" không có trang "${p.sheet}" chứa bảng điểm. Các trang có trong tệp: ${p.sheets}.`,
    badAs: (p: { value: string }) =>
      `--as "${p.value}" không hợp lệ. Hãy dùng --as self hoặc --as appraised.`,
    setsMode: (_p: Record<string, never>) =>
      'Lệnh sets: dùng --sheet <mã bộ | tệp.json> -o <tệp.xlsx> để ghi trang bộ tiêu chí, hoặc --json <tệp.xlsx> để in bộ tiêu chí của tệp đó (xem parindex sets --help).',
  },
  sheetWritten: (p: { file: string; sheet: string; id: string; rows: number }) =>
    `Đã ghi "${p.file}" với trang "${p.sheet}" (bộ chỉ số ${p.id}, ${p.rows} dòng lĩnh vực, tiêu chí). Sửa trực tiếp trên trang đó, rồi dùng --set ${p.file} với các lệnh template, check, plan.`,
  setProblems: (p: { count: number }) => `Trang bộ tiêu chí có ${p.count} lỗi:`,
  importHeading: (p: { file: string; sheet: string; year: number | null; rows: number }) =>
    `Bảng: ${p.file} (trang "${p.sheet}"), ${p.rows} dòng có mã${p.year ? `, điểm năm ${p.year}` : ''}`,
  importMatches: 'Bảng khớp với bộ chỉ số.',
  importDiffers: (p: { count: number }) => `Bảng có ${p.count} chỗ khác với bộ chỉ số:`,
  importWritten: (p: { file: string; sheet: string; column: string; count: number; plan: string }) =>
    `Đã ghi "${p.file}": trang "${p.sheet}" có ${p.count} điểm ở cột "${p.column}", trang "${p.plan}" giữ nhiệm vụ, đơn vị chủ trì và mục tiêu của bảng để lập kế hoạch năm sau (parindex plan giữ lại các nội dung đó).`,
  importMissingHint:
    'Tiêu chí bảng còn thiếu chưa có điểm: hãy nhập điểm vào mẫu trước khi chạy parindex check hoặc plan.',
};

export const setsCliEn: typeof setsCliVi = {
  errors: {
    noSetSheet: (p) =>
      `File "${p.file}" has no criteria sheet: no sheet has the header row "Mã | Tên lĩnh vực, tiêu chí | Điểm tối đa". Make one with "parindex sets --sheet <set id> -o bo-tieu-chi.xlsx".`,
    setSheetInvalid: (p) =>
      `The criteria sheet in "${p.file}" has errors:\n${p.problems.map((x) => `  ${x.cell ? `${x.cell}: ` : ''}${x.message}`).join('\n')}${p.more > 0 ? `\n  (and ${p.more} more)` : ''}\nFix those cells and run again.`,
    noTable: (p) =>
      `File "${p.file}" has no score table that can be read: no header row with "STT", "Lĩnh vực, tiêu chí" and "Điểm tối đa". Check the file, or name the sheet with --sheet.`,
    noSuchTableSheet: (p) =>
      `File "${p.file}" has no sheet "${p.sheet}" with a score table. Its sheets: ${p.sheets}.`,
    badAs: (p) => `--as "${p.value}" is not valid. Use --as self or --as appraised.`,
    setsMode: () =>
      'sets: use --sheet <set id | file.json> -o <file.xlsx> to write a criteria sheet, or --json <file.xlsx> to print the set of that file (see parindex sets --help).',
  },
  sheetWritten: (p) =>
    `Wrote "${p.file}" with sheet "${p.sheet}" (set ${p.id}, ${p.rows} rows of fields and criteria). Edit that sheet, then use --set ${p.file} with template, check and plan.`,
  setProblems: (p) => `The criteria sheet has ${p.count} errors:`,
  importHeading: (p) =>
    `Table: ${p.file} (sheet "${p.sheet}"), ${p.rows} rows with a code${p.year ? `, scores of ${p.year}` : ''}`,
  importMatches: 'The table matches the criteria set.',
  importDiffers: (p) => `The table differs from the criteria set in ${p.count} places:`,
  importWritten: (p) =>
    `Wrote "${p.file}": sheet "${p.sheet}" holds ${p.count} scores in "${p.column}", sheet "${p.plan}" keeps the table's tasks, units and targets for next year's plan (parindex plan keeps them).`,
  importMissingHint:
    'The criteria missing from the table have no score: enter them in the template before running parindex check or plan.',
};

export const setsUsageVi = {
  sets: `parindex sets — bộ chỉ số: liệt kê, ghi thành trang "Bộ tiêu chí", đọc lại từ trang đó

Cách dùng:
  parindex sets [--json]                                       liệt kê các bộ có sẵn
  parindex sets --sheet <mã bộ | tệp.json | tệp.xlsx> -o <bo-tieu-chi.xlsx> [--force]
  parindex sets --json <tệp.xlsx>                              in bộ tiêu chí của trang "Bộ tiêu chí" dạng JSON

Trang "Bộ tiêu chí" sửa được như mọi trang tính (thêm, xóa, sắp xếp dòng; các dòng ghép theo mã). Mọi lệnh
nhận --set <tệp.xlsx> có trang đó; tệp bảng điểm có trang đó thì mang theo bộ chỉ số của mình.

Tùy chọn:
  --sheet <nguồn>   Bộ chỉ số cần ghi thành trang
  -o, --output      Tệp sẽ tạo; --force để thay tệp đã có
  --json            In dạng JSON
  --lang en         Thông báo bằng tiếng Anh

Mã thoát: 0 thành công; 1 trang bộ tiêu chí có lỗi; 2 tệp không đọc được, tệp kết quả đã có hoặc gọi lệnh sai.`,
  import: `parindex import — đọc bảng điểm có sẵn (phụ lục kế hoạch năm trước, bảng tỉnh công bố)

Cách dùng:
  parindex import <bảng.xlsx> [--sheet "<tên trang>"] [--set <mã | tệp.json | tệp.xlsx>] [--json]
  parindex import <bảng.xlsx> -o <mẫu-mới.xlsx> [--as self|appraised] [--force]

Tìm bảng theo dòng tiêu đề (STT, Lĩnh vực tiêu chí, Điểm tối đa, Điểm đạt được…), bỏ qua dòng trống và dòng
tiêu đề lặp lại khi sang trang, ghép dòng bị ngắt trang, đọc số ghi dạng chữ (11,497). Báo tiêu chí của bộ
chỉ số thiếu trong bảng, mã bộ chỉ số không có, điểm tối đa khác, dòng lĩnh vực khác tổng các tiêu chí.
Với -o: ghi mẫu chấm điểm của năm đó có sẵn điểm (cột tự đánh giá, hoặc thẩm định với --as appraised) và
phụ lục kế hoạch giữ nhiệm vụ, đơn vị chủ trì, mục tiêu của bảng. Tệp bảng không bao giờ bị ghi.

Mã thoát: 0 bảng khớp bộ chỉ số; 1 có chỗ khác; 2 không tìm thấy bảng, tệp không đọc được hoặc gọi lệnh sai.`,
};

export const setsUsageEn: typeof setsUsageVi = {
  sets: `parindex sets — criteria sets: list them, write one as a "Bộ tiêu chí" sheet, read it back

Usage:
  parindex sets [--json]                                       list the built-in sets
  parindex sets --sheet <set id | file.json | file.xlsx> -o <bo-tieu-chi.xlsx> [--force]
  parindex sets --json <file.xlsx>                             print the set of its "Bộ tiêu chí" sheet as JSON

The "Bộ tiêu chí" sheet is edited like any sheet (insert, delete, sort rows; rows are tied by code). Every
command takes --set <file.xlsx> with such a sheet; a scores workbook holding one carries its set with it.

Options:
  --sheet <source>  The set to write as a sheet
  -o, --output      The file to create; --force replaces an existing one
  --json            Print as JSON
  --lang en         Messages in English

Exit codes: 0 success; 1 the criteria sheet has errors; 2 unreadable file, existing output or wrong usage.`,
  import: `parindex import — read an existing score table (last year's plan appendix, a province's result)

Usage:
  parindex import <table.xlsx> [--sheet "<name>"] [--set <id | file.json | file.xlsx>] [--json]
  parindex import <table.xlsx> -o <new.xlsx> [--as self|appraised] [--force]

Finds the table by its header row (STT, Lĩnh vực tiêu chí, Điểm tối đa, Điểm đạt được…), skips blank rows and
headers repeated at page breaks, joins rows cut at a page break, reads numbers typed as text (11,497). Reports
criteria of the set missing from the table, codes the set does not know, max points that differ, and field
rows that differ from the sum of their criteria. With -o: writes the template of that year with the scores
filled in (self-assessed, or appraised with --as appraised) and a plan appendix keeping the table's tasks,
units and targets. The table file is never written.

Exit codes: 0 the table matches the set; 1 it differs; 2 no table found, unreadable file or wrong usage.`,
};

/**
 * The plan document (Kế hoạch cải thiện, nâng cao Chỉ số CCHC): the document's own wording, always Vietnamese
 * (it is an administrative document of a Vietnamese commune), and what the command line and the task pane say
 * about it, in Vietnamese and English side by side. Apart from the main catalogues because only making the
 * document needs them.
 */

/** Blanks staff fill by hand after printing. */
export const BLANK = '……';

/** The document's text. Functions take figures already formatted with a decimal comma. */
export const documentVi = {
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  mottoSub: 'Độc lập - Tự do - Hạnh phúc',
  number: `Số: ${BLANK}/KH-UBND`,
  placeDate: (place: string, year: number) => `${place}, ngày ${BLANK} tháng ${BLANK} năm ${year}`,
  titleKind: 'KẾ HOẠCH',
  titleLine: 'Cải thiện, nâng cao Chỉ số Cải cách hành chính (PAR INDEX)',
  titleUnit: (unit: string, year: number) => `${unit} năm ${year}`,
  unitPlaceholder: 'UBND xã ……',
  /** Legal bases: [text, drafted]; drafted ones have blanks staff must fill. */
  bases: (p: {
    assessmentYear: number;
    planYear: number;
    unit: string;
    issuer: string;
    setDecision: string;
  }) =>
    [
      [
        'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
        false,
      ],
      [`Căn cứ ${p.setDecision} ban hành Bộ chỉ số cải cách hành chính cấp xã;`, true],
      [
        `Căn cứ Quyết định số ${BLANK}/QĐ-UBND ngày ${BLANK} của ${BLANK} về việc công bố Chỉ số cải cách hành chính năm ${p.assessmentYear};`,
        true,
      ],
      [
        `Căn cứ Kế hoạch số ${BLANK}/KH-UBND ngày ${BLANK} của ${p.unit} về cải cách hành chính năm ${p.planYear};`,
        true,
      ],
    ] as [string, boolean][],
  setDecision: (d: { number: string; date: string; issuer: string }) =>
    d.number
      ? `Quyết định số ${d.number}${d.date ? ` ngày ${d.date}` : ''}${d.issuer ? ` của ${d.issuer}` : ''}`
      : `Quyết định số ${BLANK} ngày ${BLANK} của ${d.issuer || BLANK}`,
  intro: (unit: string, year: number) =>
    `${unit} ban hành Kế hoạch cải thiện, nâng cao Chỉ số cải cách hành chính năm ${year} với nội dung cụ thể như sau:`,
  partI: (year: number) => `I. KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CCHC (PAR INDEX) NĂM ${year}`,
  structureHeading: '1. Cấu trúc Bộ Chỉ số CCHC cấp xã',
  structureLine: (p: { fields: string; criteria: string; sub: string | null; total: string }) =>
    `Bộ chỉ số xác định Chỉ số CCHC của UBND cấp xã được cấu trúc thành ${p.fields} lĩnh vực, ${p.criteria} tiêu chí${p.sub === null ? '' : ` và ${p.sub} tiêu chí thành phần`}, với tổng số ${p.total} điểm, cụ thể:`,
  structureField: (p: { code: string; name: string; criteria: string; sub: string | null; max: string }) =>
    `Lĩnh vực ${p.code}: ${p.name}: ${p.criteria} tiêu chí${p.sub === null ? '' : ` và ${p.sub} tiêu chí thành phần`} (${p.max} điểm);`,
  kind: { bonus: ' (điểm thưởng)', penalty: ' (điểm trừ)', scored: '' },
  resultHeading: (year: number) => `2. Kết quả Chỉ số CCHC của UBND xã năm ${year}`,
  /** The total line in pieces, so the figures stand apart: before, score, between, max, after. */
  total: (year: number) => [`Chỉ số CCHC năm ${year} của UBND xã đạt `, '/', ' điểm ('] as const,
  classified: (band: string) => `), xếp loại ${band.toLocaleLowerCase('vi')}`,
  unclassified: '), chưa xếp loại',
  scaleUnconfirmed:
    ' (ngưỡng xếp loại của bộ chỉ số chưa được xác nhận; cần đối chiếu với quyết định công bố của tỉnh)',
  basis: {
    self: 'Điểm trên là điểm tự đánh giá của UBND xã, chưa phải kết quả thẩm định.',
    appraised: 'Điểm trên là điểm thẩm định.',
    mixed:
      'Điểm trên gồm điểm thẩm định ở các tiêu chí đã có kết quả thẩm định và điểm tự đánh giá ở các tiêu chí còn lại.',
  },
  perField: 'Điểm theo từng lĩnh vực như sau:',
  fieldResult: (code: string, name: string) => [`Lĩnh vực ${code}: ${name}: đạt `, '/', ' điểm;'] as const,
  fieldNoScore: (code: string, name: string) => `Lĩnh vực ${code}: ${name}: chưa có điểm;`,
  chartCaption: (year: number) =>
    `Biểu đồ: tỷ lệ điểm đạt được so với điểm tối đa theo lĩnh vực, năm ${year}`,
  chartHeaders: ['Lĩnh vực', 'Tỷ lệ điểm đạt được (phần tô đậm)', 'Điểm đạt/tối đa'],
  assessmentHeading: (year: number) => `3. Đánh giá, nhận xét về kết quả Chỉ số CCHC năm ${year}`,
  atMax: 'Các lĩnh vực đạt điểm tối đa: ',
  noneAtMax: 'Chưa có lĩnh vực nào đạt điểm tối đa.',
  lowest: 'Lĩnh vực có tỷ lệ điểm thấp nhất: ',
  belowCount: ['Có ', ' tiêu chí chưa đạt điểm tối đa, tổng cộng ', ' điểm chưa đạt.'] as const,
  losses: 'Các tiêu chí mất nhiều điểm nhất: ',
  lost: ['mất ', ' điểm'] as const,
  allAtMax: 'Tất cả các tiêu chí đều đạt điểm tối đa; cần tiếp tục duy trì kết quả.',
  remark:
    'Một số tiêu chí chưa đạt điểm tối đa do chưa có hoặc chưa đủ tài liệu kiểm chứng, hoặc nhiệm vụ chưa được triển khai đúng thời hạn; cần xác định rõ nguyên nhân của từng tiêu chí để khắc phục trong năm tới.',
  partII: (unit: string, year: number) =>
    `II. KẾ HOẠCH CẢI THIỆN, NÂNG CAO CHỈ SỐ CCHC (PAR INDEX) ${unit.toLocaleUpperCase('vi')} NĂM ${year}`,
  purposeHeading: '1. Mục đích',
  purpose:
    'Tiếp tục duy trì các tiêu chí, tiêu chí thành phần đạt kết quả cao; cải thiện, nâng cao các tiêu chí, tiêu chí thành phần đạt điểm thấp; nâng cao tinh thần trách nhiệm, thái độ phục vụ Nhân dân của đội ngũ cán bộ, công chức trong thực thi công vụ; nâng cao trách nhiệm của người đứng đầu trong chỉ đạo, điều hành và tổ chức thực hiện công tác cải cách hành chính.',
  goal: (year: number) =>
    [`Phấn đấu năm ${year} đạt `, '/', ' điểm theo mục tiêu tại Phụ lục kèm theo.'] as const,
  requirementsHeading: '2. Yêu cầu',
  requirements: (unit: string, year: number) => [
    `Các bộ phận, cán bộ, công chức, đặc biệt là các bộ phận chủ trì các tiêu chí của Chỉ số CCHC, đánh giá đúng kết quả thực hiện các nội dung cải cách hành chính thuộc lĩnh vực phụ trách; có giải pháp khắc phục, triển khai toàn diện, có hiệu quả nhằm nâng cao Chỉ số CCHC của ${unit} năm ${year}.`,
    'Tiếp tục duy trì và nâng cao chất lượng tiếp nhận và giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông, tạo điều kiện thuận lợi cho người dân, tổ chức.',
    'Mỗi nhiệm vụ có bộ phận chủ trì, thời hạn hoàn thành và tài liệu kiểm chứng cụ thể; kết quả thực hiện được theo dõi, báo cáo định kỳ.',
  ],
  tasksHeading: '3. Nhiệm vụ, giải pháp',
  tasks: [
    'Chi tiết tại Phụ lục kèm theo Kế hoạch này (',
    ' tiêu chí, trong đó ',
    ' tiêu chí chưa đạt điểm tối đa năm ',
    ').',
  ] as const,
  organisationHeading: '4. Tổ chức thực hiện',
  unitHeading: (index: string, unit: string) => `4.${index}. ${unit}`,
  unitLead: (year: number) =>
    `Chủ trì, tham mưu UBND xã triển khai các nhiệm vụ, giải pháp sau (chi tiết tại Phụ lục), bảo đảm đạt mục tiêu năm ${year}:`,
  duty: (code: string, name: string) => [`Tiêu chí ${code}. ${name} (mục tiêu `, '/', ' điểm'] as const,
  dutyScore: (year: number) => [`; năm ${year} đạt `, ' điểm'] as const,
  dutyNa: ' (không áp dụng)',
  unassigned: 'Các tiêu chí chưa ghi đơn vị chủ trì trong Phụ lục, cần phân công trước khi ban hành: ',
  closing: (unit: string, year: number) =>
    `Trên đây là Kế hoạch cải thiện, nâng cao Chỉ số Cải cách hành chính (PAR INDEX) ${unit} năm ${year}; trong quá trình tổ chức thực hiện có khó khăn, vướng mắc, các bộ phận có liên quan báo cáo UBND xã (qua Văn phòng) để xem xét, giải quyết./.`,
  recipientsHeading: 'Nơi nhận:',
  recipients: [
    '- Sở Nội vụ (b/c);',
    '- TT. Đảng ủy xã (b/c);',
    '- TT. HĐND xã (b/c);',
    '- CT, các PCT UBND xã;',
    '- Các bộ phận, cán bộ, công chức xã (t/h);',
    '- Lưu: VT.',
  ],
  signatureFor: 'TM. ỦY BAN NHÂN DÂN',
  signatureRole: 'CHỦ TỊCH',
  appendixHeading: 'PHỤ LỤC',
  appendixTitle: 'MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CCHC',
  appendixUnit: (unit: string, year: number) => `${unit.toLocaleUpperCase('vi')} NĂM ${year}`,
  appendixNote: (unit: string, year: number) =>
    `(Kèm theo Kế hoạch số ${BLANK}/KH-UBND ngày ${BLANK}/${BLANK}/${year} của ${unit})`,
  pageOf: 'Trang',
};

export type DocumentCatalogue = typeof documentVi;

/** What the command line and the task pane say about the document. */
export const documentMessagesVi = {
  written: (p: { file: string; units: number; fromSheet: string | null }) =>
    `Đã ghi văn bản kế hoạch vào ${p.file} (${p.units} đơn vị chủ trì trong mục Tổ chức thực hiện).` +
    (p.fromSheet
      ? ` Phụ lục lấy từ trang "${p.fromSheet}" như cán bộ đã sửa.`
      : ' Phụ lục được lập từ bảng điểm, như lệnh plan.') +
    ' Các câu tô vàng là câu do chương trình soạn sẵn: hãy đọc lại và sửa trước khi trình ký.',
  notWritten: (p: { count: number }) =>
    `Chưa ghi văn bản kế hoạch: bảng điểm còn ${p.count} lỗi. Hãy sửa các ô nêu trên rồi chạy lại lệnh.`,
  outputNotDocx: (p: { file: string }) =>
    `Tệp kết quả "${p.file}" phải có đuôi .docx (văn bản Word). Hãy đặt tên như ke-hoach.docx.`,
  paneDone: (p: { file: string }) =>
    `Đã tạo ${p.file}. Tệp được tải về thư mục Tải xuống (Downloads). Các câu tô vàng là câu soạn sẵn: hãy đọc lại và sửa trước khi trình ký.`,
  paneBlocked: (p: { count: number }) =>
    `Chưa tạo văn bản: bảng điểm còn ${p.count} lỗi. Hãy bấm "Kiểm tra" để xem và sửa các ô đó.`,
  fileName: (year: number) => `Ke-hoach-cai-thien-PAR-INDEX-${year}.docx`,
};

export const documentMessagesEn: typeof documentMessagesVi = {
  written: (p) =>
    `Wrote the plan document to ${p.file} (${p.units} responsible units under "Tổ chức thực hiện").` +
    (p.fromSheet
      ? ` The appendix is taken from sheet "${p.fromSheet}" as staff left it.`
      : ' The appendix was built from the scores, as the plan command does.') +
    ' Sentences highlighted in yellow were drafted by the program: read and rewrite them before signing.',
  notWritten: (p) =>
    `No plan document written: the scores have ${p.count} error(s). Fix the cells listed above and run the command again.`,
  outputNotDocx: (p) =>
    `The output file "${p.file}" must end in .docx (a Word document). Use a name such as ke-hoach.docx.`,
  paneDone: (p) =>
    `Created ${p.file}. It was saved to your Downloads folder. Sentences highlighted in yellow are drafts: read and rewrite them before signing.`,
  paneBlocked: (p) =>
    `No document created: the scores have ${p.count} error(s). Press "Check" to see and fix those cells.`,
  fileName: documentMessagesVi.fileName,
};

export const DOCUMENT_USAGE_VI = `parindex document — soạn văn bản Kế hoạch cải thiện, nâng cao Chỉ số CCHC (.docx)

Đọc bảng điểm, kiểm tra điểm, rồi ghi một văn bản Word theo thể thức Nghị định 30/2020/NĐ-CP: kết quả năm
đánh giá (cấu trúc bộ chỉ số, điểm từng lĩnh vực, nhận xét), kế hoạch năm sau (mục đích, yêu cầu, nhiệm vụ,
tổ chức thực hiện theo từng đơn vị chủ trì) và phụ lục (trang ngang). Nếu bảng điểm đã có phụ lục của năm
kế hoạch, văn bản lấy đúng các dòng cán bộ đã sửa; nếu chưa, phụ lục được lập như lệnh plan. Câu tô vàng là
câu do chương trình soạn sẵn, cần đọc lại. Bảng điểm không bao giờ bị ghi; điểm còn lỗi thì không ghi gì.

Cách dùng:
  parindex document <bảng điểm.xlsx> -o <ke-hoach.docx> [--plan-year <năm>] [--json] [--force]

Tùy chọn:
  -o, --output <tệp.docx>   Văn bản sẽ tạo (bắt buộc)
  --force                   Thay tệp đó nếu đã có (mặc định: không ghi đè)
  --plan-year <năm>         Năm kế hoạch (mặc định: năm đánh giá + 1)
  --json                    In kết quả dạng JSON
  --sheet "<tên trang>"     Trang chấm điểm cần đọc, khi tệp có nhiều trang
  --set <mã | tệp.json>     Bộ chỉ số dùng để đọc mẫu, khi mẫu được tạo từ tệp JSON của tỉnh
  --lang en                 Thông báo bằng tiếng Anh (văn bản vẫn bằng tiếng Việt)
  -h, --help                Xem hướng dẫn này

Mã thoát: 0 đã ghi văn bản; 1 điểm có lỗi (không ghi gì); 2 tệp không đọc được, tệp kết quả đã có hoặc gọi
lệnh sai; 3 lỗi của chương trình — hãy báo cho người phát triển.`;

export const DOCUMENT_USAGE_EN = `parindex document — draft the plan document (Kế hoạch cải thiện, nâng cao Chỉ số CCHC, .docx)

Reads the scores, checks them, then writes a Word document laid out as Decree 30/2020/ND-CP requires: the
year's results (the set's structure, each field's score, an assessment), the next year's plan (purpose,
requirements, tasks, one subsection per responsible unit) and the appendix (landscape pages). Where the
workbook already holds that year's appendix, the document takes its rows as staff left them; otherwise the
appendix is built as the plan command builds it. Highlighted sentences are drafts to review. The workbook is
never written; with errors in the scores nothing is written.

Usage:
  parindex document <scores.xlsx> -o <ke-hoach.docx> [--plan-year <year>] [--json] [--force]

Options:
  -o, --output <file.docx>  The document to write (required)
  --force                   Replace that file if it exists (default: never overwrite)
  --plan-year <year>        The plan's year (default: assessment year + 1)
  --json                    Print the result as JSON
  --sheet "<sheet name>"    The scoring sheet to read, when the file has several
  --set <id | file.json>    The criteria set, when the template was made from a province's JSON file
  --lang en                 Messages in English (the document stays Vietnamese)
  -h, --help                Show this help

Exit codes: 0 document written; 1 the scores have errors (nothing written); 2 unreadable input, an existing
output or wrong usage; 3 a fault in the program itself — please report it.`;

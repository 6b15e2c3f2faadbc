/** Every text a user reads, in Vietnamese. `en.ts` mirrors these keys. */
export const vi = {
  problems: {
    ABOVE_MAX: (p: { code: string; value: string; max: string }) =>
      `Tiêu chí ${p.code}: điểm ${p.value} vượt điểm tối đa ${p.max}. Hãy nhập điểm từ 0 đến ${p.max}.`,
    NEGATIVE: (p: { code: string; value: string }) =>
      `Tiêu chí ${p.code}: điểm ${p.value} là số âm. Hãy nhập điểm từ 0 trở lên.`,
    NOT_A_NUMBER: (p: { code: string; text: string }) =>
      `Tiêu chí ${p.code}: "${p.text}" không phải là số điểm. Hãy nhập một số (ví dụ 8,5), hoặc để trống nếu chưa chấm.`,
    TEXT_NUMBER: (p: { code: string; text: string; value: string }) =>
      `Tiêu chí ${p.code}: "${p.text}" đang được lưu dạng chữ, Excel sẽ không cộng vào tổng. Hãy đổi ô này thành số ${p.value}.`,
    CELL_ERROR: (p: { code: string; text: string }) =>
      `Tiêu chí ${p.code}: ô đang báo lỗi ${p.text}. Hãy xóa công thức lỗi và nhập lại điểm.`,
    MISSING: (p: { code: string }) => `Tiêu chí ${p.code}: chưa có điểm. Hãy nhập điểm tự đánh giá.`,
    NA_NOT_ALLOWED: (p: { code: string }) =>
      `Tiêu chí ${p.code}: tiêu chí này không được ghi "Không áp dụng". Hãy nhập điểm từ 0 đến điểm tối đa.`,
    TOO_MANY_DECIMALS: (p: { code: string; value: string }) =>
      `Tiêu chí ${p.code}: điểm ${p.value} có quá 3 chữ số thập phân. Hãy làm tròn đến 3 chữ số (ví dụ 7,997).`,
    PARENT_MISMATCH: (p: { code: string; value: string; sum: string }) =>
      `Mục ${p.code}: điểm đã nhập ${p.value} khác tổng các tiêu chí bên dưới (${p.sum}). Hãy kiểm tra lại điểm của mục này hoặc các tiêu chí con.`,
    UNKNOWN_CODE: (p: { code: string }) =>
      `Mã "${p.code}" không có trong bộ chỉ số nên không được tính. Hãy kiểm tra lại cột STT.`,
    DUPLICATE_ENTRY: (p: { code: string }) =>
      `Tiêu chí ${p.code} xuất hiện nhiều lần. Hãy giữ lại một dòng cho mỗi tiêu chí.`,
  },
  columns: {
    self: 'Điểm tự đánh giá',
    appraised: 'Điểm thẩm định',
  },
  /** Workbook content: official Vietnamese documents, the same whatever the interface language. */
  sheets: {
    templateName: (year: number) => `Tự đánh giá ${year}`,
    planName: (year: number) => `Phụ lục KH ${year}`,
    backupName: (year: number) => `Phụ lục KH ${year} (bản cũ)`,
    templateHeaders: [
      'STT',
      'Lĩnh vực, tiêu chí',
      'Điểm tối đa',
      'Điểm tự đánh giá',
      'Điểm thẩm định',
      'Tài liệu kiểm chứng',
      'Giải trình, ghi chú',
    ],
    planHeaders: (assessmentYear: number, planYear: number) => [
      'STT',
      'Lĩnh vực, tiêu chí',
      'Điểm tối đa',
      `Điểm đạt được năm ${assessmentYear}`,
      `Mục tiêu năm ${planYear}`,
      'Nhiệm vụ/ Giải pháp thực hiện',
      'Đơn vị chủ trì thực hiện',
    ],
    templateTitle: (year: number) => `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`,
    templateSetLine: (name: string, decision: string) => `Bộ chỉ số: ${name}. ${decision}`,
    decision: (d: { number: string; date: string; issuer: string }) =>
      d.number
        ? `Ban hành theo Quyết định số ${d.number}${d.date ? ` ngày ${d.date}` : ''}${d.issuer ? ` của ${d.issuer}` : ''}.`
        : `Ban hành bởi ${d.issuer || '…'} (chưa ghi số quyết định, cần xác nhận).`,
    recordLine: (id: string, version: string, year: number) =>
      `Mã bộ chỉ số: ${id} | Phiên bản: ${version} | Năm đánh giá: ${year}`,
    /** What a score cell holds for a criterion that does not apply (Không áp dụng). */
    naMark: 'KAD',
    templateHelp: (naAllowed: boolean) =>
      `Nhập điểm vào cột "Điểm tự đánh giá" (và "Điểm thẩm định" khi có kết quả)${naAllowed ? '; ghi KAD nếu tiêu chí không áp dụng' : ''}. Ô lĩnh vực và tổng tự cộng.`,
    total: 'TỔNG CỘNG',
    planTotal: 'Tổng',
    unitPlaceholder: 'UBND xã ……',
    planAppendix: 'PHỤ LỤC',
    planTitle: (unit: string, year: number) =>
      `MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CCHC ${unit.toLocaleUpperCase('vi')} NĂM ${year}`,
    planIssuedWith: (unit: string, year: number) =>
      `(Ban hành kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm ${year} của ${unit})`,
    summaryHeading: (year: number) => `KẾT QUẢ CHỈ SỐ CCHC NĂM ${year}`,
    validationTitle: 'Điểm không hợp lệ',
    validationMessage: (naAllowed: boolean) =>
      `Điểm phải là số từ 0 đến điểm tối đa của dòng này${naAllowed ? ' (ghi KAD nếu tiêu chí không áp dụng)' : ''}.`,
  },
  plan: {
    fieldLine: (p: { index: string; name: string; score: string; max: string }) =>
      `Lĩnh vực ${p.index}: ${p.name}: đạt ${p.score}/${p.max} điểm`,
    fieldLineNa: (p: { index: string; name: string }) => `Lĩnh vực ${p.index}: ${p.name}: chưa có điểm`,
    totalLine: (p: { year: number; score: string; max: string; percent: string }) =>
      `Chỉ số CCHC năm ${p.year} của UBND xã đạt ${p.score}/${p.max} điểm (${p.percent}%)`,
    classificationSuffix: (p: { name: string }) => `, xếp loại ${p.name.toLocaleLowerCase('vi')}`,
    scaleUnconfirmed:
      'Lưu ý: ngưỡng xếp loại của bộ chỉ số này chưa được xác nhận; hãy đối chiếu với quyết định công bố của tỉnh.',
    basis: {
      self: 'Điểm dùng để lập kế hoạch: điểm tự đánh giá.',
      appraised: 'Điểm dùng để lập kế hoạch: điểm thẩm định.',
      mixed: 'Điểm dùng để lập kế hoạch: điểm thẩm định nơi đã có, còn lại là điểm tự đánh giá.',
    },
  },
};

export type Catalogue = typeof vi;

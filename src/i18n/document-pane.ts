/**
 * The task pane's words for the plan document button, Vietnamese and English side by side. Apart from
 * ./document.ts, whose document text loads only when the user asks for the document.
 */
export const documentPaneVi = {
  button: 'Tạo văn bản kế hoạch (Word)',
  busy: 'Đang tạo văn bản kế hoạch…',
  hint: 'Tệp Word gồm kế hoạch và phụ lục, lấy từ bảng điểm (và phụ lục đã sửa, nếu có). Câu tô vàng là câu soạn sẵn cần đọc lại.',
  macTitle: 'Excel trên máy Mac không tải được tệp từ phần bổ trợ',
  mac: 'Excel trên máy Mac không cho phần bổ trợ lưu tệp xuống máy, nên văn bản không tải được từ đây. Hãy lưu bảng tính, rồi mở nó bằng trang web của công cụ, hoặc chạy lệnh: parindex document <bảng điểm.xlsx> -o ke-hoach.docx',
  macOpen: 'Mở trang web tạo văn bản',
  failed: 'Không tạo được tệp Word. Hãy thử lại; nếu vẫn lỗi, dùng lệnh parindex document.',
};

export const documentPaneEn: typeof documentPaneVi = {
  button: 'Create the plan document (Word)',
  busy: 'Creating the plan document…',
  hint: 'A Word file with the plan and its appendix, from the scores (and the edited appendix, if any). Highlighted sentences are drafts to review.',
  macTitle: 'Excel on Mac cannot download files from add-ins',
  mac: "Excel on Mac does not let add-ins save files, so the document cannot be downloaded from here. Save the workbook and open it in the tool's web page, or run: parindex document <scores.xlsx> -o ke-hoach.docx",
  macOpen: 'Open the web page that makes the document',
  failed: 'Could not create the Word file. Try again; if it still fails, use the parindex document command.',
};

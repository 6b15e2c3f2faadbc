/**
 * What the task pane says about the plan document beyond its button's label, Vietnamese and English side by
 * side. Loaded on use, so the pane's first load does not carry it.
 */
export const documentPaneVi = {
  macTitle: 'Excel trên máy Mac không tải được tệp từ phần bổ trợ',
  mac: 'Excel trên máy Mac không cho phần bổ trợ lưu tệp xuống máy, nên văn bản không tải được từ đây. Hãy lưu bảng tính, rồi mở nó bằng trang web của công cụ, hoặc chạy lệnh: parindex document <bảng điểm.xlsx> -o ke-hoach.docx',
  macOpen: 'Mở trang web tạo văn bản',
};

export const documentPaneEn: typeof documentPaneVi = {
  macTitle: 'Excel on Mac cannot download files from add-ins',
  mac: "Excel on Mac does not let add-ins save files, so the document cannot be downloaded from here. Save the workbook and open it in the tool's web page, or run: parindex document <scores.xlsx> -o ke-hoach.docx",
  macOpen: 'Open the web page that makes the document',
};

/**
 * Why an untrusted workbook was refused before any parser saw it (src/xlsx/guard.ts), in Vietnamese and
 * English. Spread into the command line's error catalogue, so each fault is an input error like the others.
 */
export const guardErrorsVi = {
  wordDocument: (p: { file: string }) =>
    `Tệp "${p.file}" là văn bản Word (.docx) được đổi đuôi thành .xlsx, không phải bảng tính. Hãy gửi đúng tệp bảng điểm Excel (.xlsx).`,
  tooLarge: (p: { file: string }) =>
    `Tệp "${p.file}" bung ra quá lớn (lớn hơn kích thước chính tệp khai báo, hoặc hơn 100 MB dữ liệu) nên không được đọc, để máy không bị treo. Bảng điểm thật chỉ vài trăm KB: hãy tạo lại từ mẫu và gửi lại.`,
  entities: (p: { file: string }) =>
    `Tệp "${p.file}" chứa khai báo DOCTYPE/ENTITY trong nội dung XML — bảng tính Excel không bao giờ có — nên không được đọc vì lý do an toàn. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại.`,
  unsafePath: (p: { file: string }) =>
    `Tệp "${p.file}" chứa phần có đường dẫn ra ngoài tệp (".." hoặc đường dẫn tuyệt đối) nên không được đọc vì lý do an toàn. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại.`,
};

export const guardErrorsEn: typeof guardErrorsVi = {
  wordDocument: (p) =>
    `File "${p.file}" is a Word document (.docx) renamed to .xlsx, not a workbook. Send the Excel scores workbook (.xlsx) instead.`,
  tooLarge: (p) =>
    `File "${p.file}" expands too far (past the size it declares, or past 100 MB of data), so it was not read, to keep the machine responsive. A real scores workbook is a few hundred KB: make it again from the template and send it again.`,
  entities: (p) =>
    `File "${p.file}" has DOCTYPE/ENTITY declarations in its XML — an Excel workbook never has them — so it was not read, for safety. Open it in Excel, save it as .xlsx and send it again.`,
  unsafePath: (p) =>
    `File "${p.file}" holds a part whose path points outside the file (".." or an absolute path), so it was not read, for safety. Open it in Excel, save it as .xlsx and send it again.`,
};

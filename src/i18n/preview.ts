import type { PaneLang } from './pane';

/** What only the browser preview shows (never in the add-in's bundle), in Vietnamese and English. */
export const previewVi = {
  title: 'Xem thử Chỉ số CCHC trên Excel mô phỏng',
  note: 'Bản xem thử chạy trong trình duyệt, không cần Excel; không có dữ liệu nào rời khỏi máy.',
  apiLevelLabel: 'Phiên bản Excel mô phỏng',
  apiLevels: {
    office2016: 'Office 2016 (ExcelApi 1.1)',
    office2019: 'Office 2019 (ExcelApi 1.7)',
    office2021: 'Office 2021 (ExcelApi 1.14)',
    microsoft365: 'Microsoft 365 (ExcelApi 1.20)',
  },
  languageLabel: 'Ngôn ngữ',
  languages: { vi: 'Tiếng Việt', en: 'English' },
  darkLabel: 'Giao diện tối',
  sheetsLabel: 'Các trang tính',
  emptyWorkbook: 'Sổ làm việc còn trống. Bấm "Chèn mẫu chấm điểm" trong khung bên phải.',
  gridLabel: (p: { sheet: string }) => `Trang tính ${p.sheet}`,
  cellLabel: 'Ô đang chọn',
  editLabel: (p: { address: string }) => `Nội dung ô ${p.address}`,
  editHint: 'Gõ vào ô rồi nhấn Enter; Esc để bỏ.',
  invalid: (p: { address: string; message: string }) =>
    `Ô ${p.address}: giá trị không hợp lệ${p.message ? ` — ${p.message}` : ''}`,
  paneLabel: 'Khung Chỉ số CCHC',
  loading: 'Đang mở Excel mô phỏng…',
  loadFailed: (p: { detail: string }) => `Không mở được Excel mô phỏng (${p.detail}). Hãy tải lại trang.`,
};

export type PreviewStrings = typeof previewVi;

export const previewEn: PreviewStrings = {
  title: 'PAR Index preview on a simulated Excel',
  note: 'This preview runs in the browser without Excel; no data leaves this computer.',
  apiLevelLabel: 'Simulated Excel version',
  apiLevels: {
    office2016: 'Office 2016 (ExcelApi 1.1)',
    office2019: 'Office 2019 (ExcelApi 1.7)',
    office2021: 'Office 2021 (ExcelApi 1.14)',
    microsoft365: 'Microsoft 365 (ExcelApi 1.20)',
  },
  languageLabel: 'Language',
  languages: { vi: 'Tiếng Việt', en: 'English' },
  darkLabel: 'Dark theme',
  sheetsLabel: 'Sheets',
  emptyWorkbook: 'The workbook is empty. Click "Insert scoring template" in the pane on the right.',
  gridLabel: (p) => `Sheet ${p.sheet}`,
  cellLabel: 'Selected cell',
  editLabel: (p) => `Contents of cell ${p.address}`,
  editHint: 'Type into the cell and press Enter; Esc to cancel.',
  invalid: (p) => `Cell ${p.address}: invalid value${p.message ? ` — ${p.message}` : ''}`,
  paneLabel: 'PAR Index pane',
  loading: 'Opening the simulated Excel…',
  loadFailed: (p) => `The simulated Excel did not open (${p.detail}). Reload the page.`,
};

export function previewStrings(lang: PaneLang): PreviewStrings {
  return lang === 'en' ? previewEn : previewVi;
}

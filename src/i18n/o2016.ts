import type { Message } from '../engine/types';

/**
 * What the pane says after "Chèn mẫu chấm điểm" on an Excel with ExcelApi 1.1 only (Office 2016 bought
 * outright): what was left out, in plain words, and the one step that fixes what matters for a readable,
 * printable template. Vietnamese and English side by side.
 */
export const o2016Vi = {
  widened: 'Các cột đã được nới rộng và chữ tự xuống dòng, nên tên tiêu chí đọc được trọn vẹn.',
  leftOut: (p: { list: string }) => `Excel 2016 này không làm được: ${p.list}.`,
  covered:
    'Điểm sai vẫn được nút "Kiểm tra bảng điểm" tìm ra; tiêu chí chưa đạt được tô màu khi bấm "Tô màu tiêu chí chưa đạt".',
  stepPrint:
    'Việc duy nhất cần làm: khi in, vào Tệp → In, chọn khổ A4, "Hướng Ngang" và "Vừa mọi cột trên một trang" (Fit All Columns on One Page).',
  stepWiden:
    'Việc duy nhất cần làm: bấm chữ B ở đầu cột B, bấm chuột phải → "Độ rộng Cột…" (Column Width), gõ 60 rồi bấm OK.',
  items: {
    columnWidths: 'nới rộng cột',
    merge: 'gộp ô dòng tiêu đề',
    protection: 'khóa ô công thức',
    dataValidation: 'chặn điểm sai ngay khi nhập',
    conditionalFormats: 'tô màu tự cập nhật',
    freezePanes: 'giữ dòng tiêu đề khi cuộn',
    pageLayout: 'đặt sẵn trang in',
    names: 'ghi tên vùng cho bảng',
  },
};

/** The adapter's enhancement names (src/excel/types.ts Enhancement); its compiler checks they all are here. */
export type LeftOut = keyof typeof o2016Vi.items;

export const o2016En: typeof o2016Vi = {
  widened: 'The columns were widened and text wraps, so every criterion name reads in full.',
  leftOut: (p) => `This Excel 2016 cannot do: ${p.list}.`,
  covered:
    'Wrong scores are still found by "Check scores"; criteria below their max are coloured by "Highlight criteria below max".',
  stepPrint:
    'The one thing to do: when printing, go to File → Print and choose A4, "Landscape Orientation" and "Fit All Columns on One Page".',
  stepWiden:
    'The one thing to do: click the letter B above column B, right-click → "Column Width…", type 60 and click OK.',
  items: {
    columnWidths: 'widening the columns',
    merge: 'merging the title rows',
    protection: 'locking formula cells',
    dataValidation: 'refusing wrong scores as they are typed',
    conditionalFormats: 'colours that update by themselves',
    freezePanes: 'keeping the header row in view',
    pageLayout: 'presetting the print page',
    names: 'naming the table range',
  },
};

function render(cat: typeof o2016Vi, skipped: readonly LeftOut[], widened: boolean): string {
  const list = skipped.map((e) => cat.items[e]).join(', ');
  const parts = [
    ...(widened ? [cat.widened] : []),
    ...(list ? [cat.leftOut({ list })] : []),
    ...(skipped.some((e) => e === 'dataValidation' || e === 'conditionalFormats') ? [cat.covered] : []),
    widened ? cat.stepPrint : cat.stepWiden,
  ];
  return parts.join(' ');
}

/** The message at ExcelApi 1.1: what was left out and the one step that fixes it. */
export function o2016Summary(skipped: readonly LeftOut[], widened: boolean): Message {
  return { vi: render(o2016Vi, skipped, widened), en: render(o2016En, skipped, widened) };
}

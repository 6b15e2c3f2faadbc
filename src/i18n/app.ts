/**
 * Words of the application layer's results that every front end shows: the total once numbers typed as text
 * are numbers, scores still missing, the `parindex fix` command. Vietnamese and English side by side.
 */
export const appVi = {
  ifFixed: (p: { score: string; cells: string[] }) =>
    `; ${p.score} khi sửa ${p.cells.length === 1 ? 'ô' : 'các ô'} ${p.cells.join(', ')} thành số`,
  stillMissing: (p: { count: number }) => `Còn ${p.count} tiêu chí chưa có điểm.`,
  noScoresYet: (p: { count: number }) =>
    `Chưa có điểm nào nên chưa xếp loại: còn ${p.count} tiêu chí cần nhập điểm tự đánh giá.`,
  textNumberHint: (p: { file: string }) =>
    `Để đổi các ô này thành số: parindex fix "${p.file}" -o <tệp mới>.xlsx (tệp gốc không bị ghi).`,
  fixWritten: (p: { file: string; count: number }) =>
    `Đã đổi ${p.count} ô điểm nhập dạng chữ thành số và ghi "${p.file}".`,
  fixNothing: (p: { file: string }) =>
    `Tệp "${p.file}" không có ô điểm nào nhập dạng chữ; không ghi tệp nào.`,
};

export const appEn: typeof appVi = {
  ifFixed: (p) =>
    `; ${p.score} once ${p.cells.length === 1 ? 'cell' : 'cells'} ${p.cells.join(', ')} hold numbers`,
  stillMissing: (p) => `${p.count} criteria still have no score.`,
  noScoresYet: (p) =>
    `No score entered yet, so no classification: ${p.count} criteria need a self-assessed score.`,
  textNumberHint: (p) =>
    `To turn these cells into numbers: parindex fix "${p.file}" -o <new file>.xlsx (the input is never written).`,
  fixWritten: (p) => `Turned ${p.count} score cell(s) typed as text into numbers and wrote "${p.file}".`,
  fixNothing: (p) => `"${p.file}" has no score typed as text; nothing was written.`,
};

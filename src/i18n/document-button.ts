/** The plan document button's label, in the pane's first load; everything else it says loads on use (./document-pane.ts). */
export const documentButtonVi = {
  button: 'Tạo văn bản kế hoạch (Word)',
  busy: 'Đang tạo văn bản kế hoạch…',
};

export const documentButtonEn: typeof documentButtonVi = {
  button: 'Create the plan document (Word)',
  busy: 'Creating the plan document…',
};

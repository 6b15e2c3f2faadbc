/** A criteria set the user can pick: the built-in ones, and the one the open workbook records. */
export interface SetChoice {
  id: string;
  name: string;
  assessmentYear: number;
}

/** What the template is made for: chosen in the pane, or read back from the workbook by a check. */
export interface WorkbookSettings {
  setId: string;
  /** As typed, so a half-typed year stays in the box; `parseYear` says whether it is usable. */
  yearText: string;
  unitName: string;
}

export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : null;
}

/** "'Tự đánh giá 2023'!D12" → "D12": the pane shows the cell, the action gets the whole address. */
export function cellOf(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang === -1 ? address : address.slice(bang + 1).replace(/\$/g, '');
}

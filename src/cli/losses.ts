import type { Workbook } from 'exceljs';
import { whereThePointsWent } from '../app/losses';
import { lossesTexts } from '../i18n/sets-sheet';
import { lossesSheet } from '../layout/losses-sheet';
import { freeSheetName } from '../layout/names';
import { renderSheet } from '../xlsx/render';
import type { ScoresRead } from './scores';

/** Adds "Điểm bị trừ <year>" where the workbook has appraised scores; returns its name, or null. */
export async function addLossesSheet(wb: Workbook, read: ScoresRead): Promise<string | null> {
  if (!read.appraised) return null;
  const losses = whereThePointsWent(read.set, read.self, read.appraised);
  const name = freeSheetName(
    wb.worksheets.map((ws) => ws.name),
    `${lossesTexts.sheetName} ${read.year}`,
  );
  await renderSheet(wb, lossesSheet(losses, { year: read.year, sheetName: name }));
  return name;
}

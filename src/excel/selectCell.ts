import { splitSheetAddress } from '../layout/a1';
import { runAction } from './common';
import type { ActionEnv } from './host';

/** Jumps to a problem's cell ("'Tự đánh giá 2023'!D12"); a sheet since deleted or renamed fails as NOT_FOUND. */
export async function selectCellAction(env: ActionEnv, address: string): Promise<void> {
  const { sheet, range } = splitSheetAddress(address);
  await runAction(env, async (context) => {
    const worksheet =
      sheet === null
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(range).select();
    await context.sync();
  });
}

// Workbook and Application proxies.
import type { WorkbookModel } from '../model/workbook';
import { Exec, PropTable, SimObject, installProps, SimNode } from './base';
import type { SimContext } from './context';
import { SimNamedItemCollection } from './names';
import { SimRange } from './range';
import { SimTableCollection } from './tables';
import { SimWorksheetCollection } from './worksheets';

export class SimApplication extends SimObject<WorkbookModel> {
  get simTypeName(): string {
    return 'Application';
  }

  simResolve(x: Exec): WorkbookModel {
    return x.wb;
  }

  simProps(): PropTable<WorkbookModel> {
    return APPLICATION_PROPS;
  }

  suspendApiCalculationUntilNextSync(): void {
    this.simContext.requireApi('Application.suspendApiCalculationUntilNextSync');
    this.queueMethod('suspendApiCalculationUntilNextSync', [], (wb) => {
      wb.calcSuspended = true;
    });
  }

  calculate(_calculationType?: string): void {
    this.queueMethod('calculate', [_calculationType], (wb) => wb.recalcNow());
  }
}

const APPLICATION_PROPS: PropTable<WorkbookModel> = {
  calculationMode: { get: () => 'Automatic' },
};
installProps(SimApplication.prototype, APPLICATION_PROPS);

export class SimWorkbook extends SimObject<WorkbookModel> {
  private worksheetsProxy: SimWorksheetCollection | undefined;
  private namesProxy: SimNamedItemCollection | undefined;
  private applicationProxy: SimApplication | undefined;
  private tablesProxy: SimTableCollection | undefined;

  constructor(ctx: SimContext) {
    super(ctx, 'workbook');
  }

  get simTypeName(): string {
    return 'Workbook';
  }

  simResolve(x: Exec): WorkbookModel {
    return x.wb;
  }

  simProps(): PropTable<WorkbookModel> {
    return {};
  }

  override simChild(name: string): SimNode | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'names') return this.names;
    if (name === 'application') return this.application;
    if (name === 'tables') return this.tables;
    return undefined;
  }

  get worksheets(): SimWorksheetCollection {
    this.worksheetsProxy ??= new SimWorksheetCollection(this.simContext, 'workbook.worksheets');
    return this.worksheetsProxy;
  }

  get names(): SimNamedItemCollection {
    this.namesProxy ??= new SimNamedItemCollection(this.simContext, 'workbook.names', null);
    return this.namesProxy;
  }

  get tables(): SimTableCollection {
    this.tablesProxy ??= new SimTableCollection(this.simContext, 'workbook.tables');
    return this.tablesProxy;
  }

  get application(): SimApplication {
    this.applicationProxy ??= new SimApplication(this.simContext, 'workbook.application');
    return this.applicationProxy;
  }

  getSelectedRange(): SimRange {
    return new SimRange(this.simContext, 'workbook.getSelectedRange()', (x) => {
      const sheet = x.wb.sheetById(x.wb.selection.sheetId) ?? x.wb.activeSheet();
      return { sheet, rect: x.wb.selection.rect };
    });
  }
}

// Workbook.tables and Table: the ExcelApi 1.1 members the add-in uses (add, getItem, items, name, delete).
import { parseAddress } from '../a1';
import { invalidArgument, simError } from '../errors';
import { addTable, deleteTable, findTable, tablesOf, type TableModel } from '../model/tables';
import type { WorkbookModel } from '../model/workbook';
import { Exec, PropTable, SimObject, installProps } from './base';
import { SimCollection } from './collection';
import type { SimContext } from './context';

type TableLocator = (x: Exec) => TableModel | null;

export class SimTable extends SimObject<TableModel> {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly locate: TableLocator,
  ) {
    super(ctx, path);
  }

  get simTypeName(): string {
    return 'Table';
  }

  simResolve(x: Exec): TableModel | null {
    return this.locate(x);
  }

  simProps(): PropTable<TableModel> {
    return TABLE_PROPS;
  }

  delete(): void {
    this.queueMethod('delete', [], (t, x) => deleteTable(x.wb, t));
  }
}

const TABLE_PROPS: PropTable<TableModel> = {
  name: { get: (t) => t.name },
};
installProps(SimTable.prototype, TABLE_PROPS);

export class SimTableCollection extends SimCollection<SimTable, WorkbookModel> {
  get simTypeName(): string {
    return 'TableCollection';
  }

  simResolve(x: Exec): WorkbookModel {
    return x.wb;
  }

  protected simItems(wb: WorkbookModel): SimTable[] {
    return tablesOf(wb).map(
      (t) => new SimTable(this.simContext, `tables[${JSON.stringify(t.name)}]`, () => t),
    );
  }

  /** Before ExcelApi 1.3 the address must be a string; without a sheet name it is on the active sheet. */
  add(address: string, hasHeaders: boolean): SimTable {
    if (typeof address !== 'string')
      throw invalidArgument('TableCollection.add', 'before ExcelApi 1.3 the address must be a string');
    let created: TableModel | undefined;
    this.queueMethod('add', [address, hasHeaders], (wb) => {
      const parsed = parseAddress(address);
      const sheet = parsed.sheet === undefined ? wb.activeSheet() : wb.sheetByName(parsed.sheet);
      if (!sheet) throw invalidArgument('TableCollection.add', `no worksheet in ${address}`);
      created = addTable(wb, sheet, parsed.rect, hasHeaders);
    });
    return new SimTable(this.simContext, `tables.add(${JSON.stringify(address)})`, () => {
      if (!created) throw simError('ItemNotFound', 'TableCollection.add');
      return created;
    });
  }

  getItem(key: string): SimTable {
    return new SimTable(this.simContext, `tables[${JSON.stringify(key)}]`, (x) => {
      const t = findTable(x.wb, key);
      if (!t) throw simError('ItemNotFound', 'TableCollection.getItem', `The table '${key}' doesn't exist.`);
      return t;
    });
  }
}

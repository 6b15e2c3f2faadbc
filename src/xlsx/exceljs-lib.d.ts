/** Types for the two exceljs modules the adapter loads directly (see ./exceljs.ts). */
declare module 'exceljs/lib/doc/workbook' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: { new (): Workbook };
  export = WorkbookClass;
}

declare module 'exceljs/lib/doc/enums' {
  import type { ValueType } from 'exceljs';
  const enums: { ValueType: typeof ValueType };
  export = enums;
}

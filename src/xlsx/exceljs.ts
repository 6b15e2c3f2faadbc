/**
 * exceljs without its streaming reader and writer (unzipper, archiver…): the adapter never streams, and
 * loading them doubled the command line's start-up time.
 */
import WorkbookClass from 'exceljs/lib/doc/workbook';
import enums from 'exceljs/lib/doc/enums';

export const Workbook = WorkbookClass;
export const ValueType = enums.ValueType;

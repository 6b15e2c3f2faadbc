/**
 * Stands in for ../xlsx/exceljs in the web page's bundle: exceljs's own browser build (no Node streams,
 * no eval on the paths used), without its polyfills, which Chrome 109 does not need.
 *
 * The page carries it as an inert inline script (type "text/x-exceljs", see scripts/build-web.mjs) that is
 * run on the first workbook: compiling its 860 KB was most of the page's start-up time. Running it is an
 * inline script like the page's own, which the page's Content-Security-Policy allows; nothing is fetched.
 */
import type * as ExcelTypes from 'exceljs';

type ExcelLib = typeof ExcelTypes;
export const EXCELJS_ELEMENT_ID = 'lib-exceljs';
let lib: ExcelLib | null = null;

function excel(): ExcelLib {
  if (lib) return lib;
  const host = window as unknown as { ExcelJS?: ExcelLib };
  if (!host.ExcelJS) {
    const source = document.getElementById(EXCELJS_ELEMENT_ID)?.textContent;
    if (!source)
      throw new Error('This copy of parindex.html is incomplete: the spreadsheet library is missing.');
    const script = document.createElement('script');
    script.textContent = source;
    // An inline script runs as it is inserted; its UMD wrapper sets window.ExcelJS.
    document.head.append(script);
    script.remove();
  }
  if (!host.ExcelJS) throw new Error('The spreadsheet library did not start.');
  lib = host.ExcelJS;
  return lib;
}

/** `new Workbook()` makes an exceljs workbook, starting exceljs then. */
export const Workbook = function Workbook() {
  return new (excel().Workbook)();
} as unknown as { new (): ExcelTypes.Workbook };

/** exceljs's cell value types, read from the library when first used. */
export const ValueType = new Proxy({} as ExcelLib['ValueType'], {
  get: (_, key) => (excel().ValueType as unknown as Record<string | symbol, unknown>)[key],
});

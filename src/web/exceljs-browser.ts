/**
 * Stands in for ../xlsx/exceljs in the web page's bundle: exceljs's own browser build (no Node streams,
 * no eval on the paths used), without its polyfills, which Chrome 109 does not need.
 */
// @ts-expect-error: the browser build ships no typings of its own; its API is the package's.
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import type * as ExcelTypes from 'exceljs';

const lib = ExcelJS as typeof ExcelTypes;

export const Workbook = lib.Workbook;
export const ValueType = lib.ValueType;

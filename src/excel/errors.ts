import { excelEn, excelVi, type ExcelCatalogue } from '../i18n/excel';
import type { Message } from '../engine/types';
import { AddinError } from './types';

type Section = 'errors' | 'skipped' | 'results';

/** A catalogue entry in both languages. */
export function message<S extends Section, K extends keyof ExcelCatalogue[S]>(
  section: S,
  key: K,
  ...params: ExcelCatalogue[S][K] extends (p: infer P) => string ? [P] : []
): Message {
  const pick = (cat: ExcelCatalogue): string => {
    const entry = cat[section][key] as unknown;
    return typeof entry === 'function' ? (entry as (p: unknown) => string)(params[0]) : String(entry);
  };
  return { vi: pick(excelVi), en: pick(excelEn) };
}

export function joinMessages(...parts: Message[]): Message {
  return { vi: parts.map((p) => p.vi).join(''), en: parts.map((p) => p.en).join('') };
}

const BY_OFFICE_CODE: Record<
  string,
  'CELL_EDIT_MODE' | 'SHEET_PROTECTED' | 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'API_NOT_SUPPORTED'
> = {
  InvalidOperationInCellEditMode: 'CELL_EDIT_MODE',
  AccessDenied: 'SHEET_PROTECTED',
  ItemNotFound: 'NOT_FOUND',
  RequestPayloadSizeLimitExceeded: 'PAYLOAD_TOO_LARGE',
  ResponsePayloadSizeLimitExceeded: 'PAYLOAD_TOO_LARGE',
  ApiNotFound: 'API_NOT_SUPPORTED',
};

function officeCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function errorLocation(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const info = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
  return typeof info?.errorLocation === 'string' ? info.errorLocation : '';
}

/** Office errors (told apart by `code`, as OfficeExtension.Error carries it) become the add-in's one error type. */
export function toAddinError(error: unknown): AddinError {
  if (error instanceof AddinError) return error;
  const code = officeCode(error);
  // The add-in lifts its own password-less protection to write; a password set by a person stops it here.
  const mapped = /WorksheetProtection\.unprotect/.test(errorLocation(error))
    ? 'SHEET_PROTECTED'
    : BY_OFFICE_CODE[code ?? ''];
  if (mapped !== undefined) return new AddinError(mapped, message('errors', mapped), error);
  // Excel's messages end in a full stop; the sentence around them adds its own.
  const detail = (error instanceof Error ? error.message : String(error)).trim().replace(/\.+$/, '');
  return new AddinError(
    'UNEXPECTED',
    message('errors', 'UNEXPECTED', { detail: code ? `${code}: ${detail}` : detail }),
    error,
  );
}

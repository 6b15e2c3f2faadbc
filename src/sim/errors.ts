// Errors shaped like OfficeExtension.Error so adapter code that inspects `code` behaves as it would in Excel.

export type SimErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

const MESSAGES: Record<SimErrorCode, string> = {
  AccessDenied:
    "The cell or chart you're trying to change is protected and therefore read-only. To modify a protected cell or chart, first remove protection using the Unprotect Sheet command.",
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
};

const HTTP_STATUS: Partial<Record<SimErrorCode, number>> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  InvalidArgument: 400,
  ItemNotFound: 404,
  PropertyNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
};

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class SimulatedOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly httpStatusCode: number;

  constructor(code: SimErrorCode, detail?: string, errorLocation?: string) {
    const message = detail ?? MESSAGES[code];
    super(message);
    Object.setPrototypeOf(this, SimulatedOfficeError.prototype);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function simError(code: SimErrorCode, errorLocation?: string, detail?: string): SimulatedOfficeError {
  return new SimulatedOfficeError(code, detail, errorLocation);
}

export function propertyNotLoaded(typeName: string, property: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    'PropertyNotLoaded',
    MESSAGES.PropertyNotLoaded.replace('{0}', property),
    `${typeName}.${property}`,
  );
}

export function invalidArgument(errorLocation: string, why?: string): SimulatedOfficeError {
  const message = why ? `${MESSAGES.InvalidArgument} (${why})` : MESSAGES.InvalidArgument;
  return new SimulatedOfficeError('InvalidArgument', message, errorLocation);
}

/**
 * The slice of the Office Common API (Office.context.document) the add-in uses, typed structurally so the
 * simulated host can stand in for it. Callback style as Office has it; `bindingCall` turns one call into a
 * promise. See docs/office-2016.md for why (column widths at ExcelApi 1.1).
 */
export interface CommonAsyncResult<T> {
  status: 'succeeded' | 'failed' | string;
  value: T;
  error?: { code: number; name: string; message: string };
}

type Callback<T> = (result: CommonAsyncResult<T>) => void;

/** One formatting group of "Format tables in add-ins for Excel". */
export interface CommonCellFormat {
  cells: 'all' | 'data' | 'headers' | { row?: number; column?: number };
  format: { width?: 'auto fit'; height?: 'auto fit'; wrapping?: boolean };
}

export interface CommonTableBinding {
  readonly id: string;
  setFormatsAsync(cellFormat: CommonCellFormat[], options?: object, callback?: Callback<void>): void;
}

export interface CommonDocument {
  bindings: {
    addFromNamedItemAsync(
      itemName: string,
      bindingType: 'table',
      options?: { id?: string },
      callback?: Callback<CommonTableBinding>,
    ): void;
    releaseByIdAsync(id: string, options?: object, callback?: Callback<void>): void;
  };
}

export class CommonApiError extends Error {
  constructor(
    readonly call: string,
    readonly detail: { code: number; name: string; message: string } | undefined,
  ) {
    super(`${call} failed: ${detail ? `${detail.code} ${detail.name}: ${detail.message}` : 'no detail'}`);
    this.name = 'CommonApiError';
  }
}

export function bindingCall<T>(call: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === 'succeeded') resolve(result.value);
      else reject(new CommonApiError(call, result.error));
    });
  });
}

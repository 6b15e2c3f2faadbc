import { SimulatedOfficeError } from '../../src/sim';

/** The Office error code a batch fails with, or "no error": other failures are not Excel's and propagate. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof SimulatedOfficeError) return e.code;
    throw e;
  }
  return 'no error';
}

/** Stands in for node:zlib in the web page's bundle: raw deflate and inflate in plain JavaScript. */
import { deflateSync, inflateSync } from 'fflate';

export const deflateRawSync = (data: Uint8Array): Uint8Array => deflateSync(data, { level: 6 });
export const inflateRawSync = (data: Uint8Array): Uint8Array => inflateSync(data);

// Public surface of the simulated Excel host.
export { SimulatedExcel, DEFAULT_PAYLOAD_LIMIT_BYTES } from './simulatedExcel';
export type { SimOptions } from './simulatedExcel';
export type { ApiLevel } from './apiLevels';
export { API_LEVEL_MINOR, API_REQUIREMENTS } from './apiLevels';
export { SimulatedOfficeError } from './errors';
export type { SimErrorCode, SimDebugInfo } from './errors';
export { simulatedExcelNamespace, createExcelNamespace } from './namespace';
export type { SimulatedExcelNamespace } from './namespace';
export type { CellSnapshot, ConditionalFormatSnapshot, SheetSnapshot, ValidationSnapshot } from './snapshot';
export type { SimMeters } from './proxy/context';

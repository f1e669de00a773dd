export { FakeExcel } from './fake-excel';
export type { FakeStats, SyncRecord, SheetSnapshot, CellView } from './fake-excel';
export type { OpInfo } from './context';
export { FakeOfficeError } from './errors';
export { PAYLOAD_LIMIT_BYTES, jsonBytes } from './payload';

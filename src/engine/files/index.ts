/** Files as downloaded: what a file is, and a CSV's bytes as a sheet. Pure: no Node, no DOM beyond TextDecoder. */
export { sniffFile, type FileType } from './sniff';
export { detectEncoding, type CsvEncoding } from './encoding';
export { CsvSheetReader, readCsvBytes, csvCell, detectDelimiter, type CsvResult, type CsvReadOptions } from './csv';
export { continuedByteStream, type CsvContinuation } from './csv-byte-stream';
export { CsvBatchRows, transferableBatch, type RowBatch } from './csv-batch';
export { fileProblem, fileNoteIssue, FILE_CODES, type FileProblem, type FileProblemCode } from './messages';
export { sheetNameForFile } from './names';
export { kindByHeader, IMPORT_SHEET_NAME } from './kind';

/** The engine's public API: pure TypeScript, no Office, no DOM. */
export type { Cell, SheetData, WorkbookData } from './cell';
export { columnLetter } from './cell';
export * from './model';
export { runPayroll, validateWorkbook, ENGINE_VERSION } from './run';
export type { PayrollResult, ValidationReport, RunOptions } from './run';
export { InputError } from './issues';
export { detectInputSheets, sheetKind, scorecardPeriod, isEarlierPeriod } from './sheets/detect';
export { inputSheetsOf, mayBeRecognisedByHeader } from './sheets/classify';
export { columnMask, columnsToRead, consecutiveRuns, HEADER_ROWS_TO_READ } from './sheets/columns-to-read';
export { doubled } from './typed-arrays';
export type { ColumnsToRead, IndexRun } from './sheets/columns-to-read';
export { SHEET_ALIASES, acceptedSheetNames } from './sheets/aliases';
export { buildOutputSheets } from './output/build';
export { outputSheetNames, sheetName } from './output/labels';
export { financeCsv } from './output/csv';
export { payrollJson, periodJson } from './output/json';
export type {
  SheetSpec,
  OutCell,
  ColumnSpec,
  FormulaCell,
  CellBlock,
  ChartSpec,
  OutputKind,
} from './output/sheet-spec';
export { EXCEL_CELL_CHARS, NUMBER_FORMATS, fitsInCell, isFormulaCell, looksLikeFormula } from './output/sheet-spec';
export { relationships, textElement, xmlText } from './xlsx-out/xml';
export { outputProps, writeXlsxParts, type PartWriter, type WorkbookProps } from './xlsx-out/package';
export { defaultPlanSheet } from './plan/plan-sheet';
export { defaultPlan } from './plan/defaults';
export type { Plan } from './plan/defaults';
export { generateDemoWorkbook } from './demo/generate';
export type { DemoOptions } from './demo/generate';
export { Random } from './demo/random';
export { CHECKSUM_METHOD, FILE_SHA256_LATER, giveFileSha256, sheetChecksum, Sha256 } from './sha256';
export type { Hasher } from './sha256';
// files/index.ts is already the files' public surface (sniffing, CSV reading, their messages).
export * from './files';
export * from './payrun';
export { parseBands, bandScore } from './bands';
export type { Band } from './bands';
export { defaultKpis, MEASURES, measureOf } from './plan/kpis';
export type { KpiDef, KpiElements, MeasureDef } from './plan/kpis';
export { whatIfSheet, whatIfSheetName, findAgent } from './whatif/whatif-sheet';
export { rosterEntries } from './parse/roster';

// For the add-in's other layers (functions, Excel adapter, pane, CLI): the
// formulas the payroll uses, money and number reading shared with CS.*.
export * as formulas from './formulas';
export { ArgumentError, GRADES, sizesDiffer } from './formulas';
export type { Grade, CommissionMode, ArgCode } from './formulas';
export { toCents, formatYuan } from './money';
export type { Cents } from './money';
export { align, decimalOf, decimalToNumber } from './decimal';
export type { Decimal } from './decimal';
export { parseNumber } from './numbers';
export { cellText } from './text';
export {
  parsePeriod,
  weekOf,
  previousPeriod,
  formatSerial,
  periodSheetKey,
  periodFromSheetKey,
  type Period,
  type PeriodKind,
} from './dates';
export { isAssessment, PERIOD_FORMS, periodFaultMessage } from './period-rules';
export {
  GRADE_TEXT,
  ROLE_TEXT,
  LEVEL_TEXT,
  STATUS_TEXT,
  SEVERITY_TEXT,
  INPUT_KIND_TEXT,
  SHEET_TITLES,
  labelsIn,
  inSentence,
} from './messages/labels';
export { message, msg, joined, joinedText, wordsIn } from './messages';
export type { MessageCode, MessageParams, MessageParam } from './messages';
export { digestIssues, issueDigestJson } from './issue-digest';
export type { IssueDigest, IssueDigestLine } from './issue-digest';

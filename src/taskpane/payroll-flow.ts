/**
 * What the buttons do, without React: list sheets → detect inputs → read →
 * validate / run → build output sheets → write. Progress and cancellation
 * come in as callbacks and an AbortSignal so the UI stays a thin shell and
 * this module can be tested against any WorkbookPort.
 */
import {
  defaultPlanSheet,
  inputSheetsOf,
  mayBeRecognisedByHeader,
  generateDemoWorkbook,
  type InputKind,
  type Lang,
  outputSheetNames,
  type PayrollResult,
  type PayRunChanges,
  scorecardPeriod,
  isEarlierPeriod,
  disputedMonths,
  fileNoteIssue,
  sheetName,
  type Cell,
  type LocalText,
  type SheetData,
  type SheetSpec,
  type ValidationReport,
  type WorkbookData,
} from '../engine';
import { inThreadEngine, type Computed, type EngineCallOptions, type EngineRunner } from './engine-runner';
import {
  assertUnchanged,
  changesAgainst,
  lockedRefusal,
  readMonthOutputs,
  withPayRunSections,
  type MonthOutputs,
} from './payrun-flow';
import type { SheetInfo, WorkbookPort } from '../excel/workbook-port';
import { importNotesFor } from './import-notes';
import { MissingSheetsError, throwIfAborted } from './errors';
import type { WorkbookLease } from './workbook-lease';
import { REQUIRED_KINDS, type RequiredKind, type Step } from './i18n';

export interface DetectedInput {
  name: string;
  kind: InputKind;
  /** Rows of the sheet's used range, header included. */
  rowCount: number;
}

export interface WorkbookScan {
  sheets: SheetInfo[];
  inputs: DetectedInput[];
  missing: RequiredKind[];
  /**
   * Sheets with data that are neither inputs nor outputs, with their header rows: the engine is given these rows
   * so that it says each was not read (as cs-kpi does), and a missing sheet's message says what they look like.
   */
  others: { name: string; rows: Cell[][]; look: LocalText }[];
}

export interface FlowProgress {
  step: Step;
  /** Overall progress 0–1 across read → compute → write. */
  fraction: number;
  sheet?: string;
}

export interface FlowOptions {
  /** Where the engine runs: the add-in passes its Web Worker runner; the page's own thread when absent. */
  engine?: EngineRunner;
  onProgress?: (p: FlowProgress) => void;
  signal?: AbortSignal;
}

// Share of the bar each step takes: reading and writing dominate on big months.
const READ_END = 0.45;
const COMPUTE_END = 0.6;

/**
 * The input sheets, as the engine will take them: by name, and a sheet under
 * another name (ExportOrderList…, Sheet1) by its header, read for that alone
 * (SPEC 2.2). Without this the pane said 订单 was missing where cs-kpi read it.
 */
export async function scanWorkbook(port: WorkbookPort): Promise<WorkbookScan> {
  const sheets = await port.listSheets();
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const unnamed = sheets.filter((s) => s.rowCount > 0 && mayBeRecognisedByHeader(s.name)).map((s) => s.name);
  const heads = new Map(
    unnamed.length > 0 ? (await port.readHeaderRows(unnamed)).sheets.map((s) => [s.name, s.rows]) : [],
  );
  const { found: taken, others } = inputSheetsOf(sheets.map((s) => ({ name: s.name, rows: heads.get(s.name) ?? [] })));
  const inputs = taken.map((d) => ({
    name: d.name,
    kind: d.kind,
    rowCount: byName.get(d.name)?.rowCount ?? 0,
  }));
  const found = new Set(inputs.filter((i) => i.rowCount > 0).map((i) => i.kind));
  return {
    sheets,
    inputs,
    missing: REQUIRED_KINDS.filter((k) => !found.has(k)),
    others: others.filter((o) => heads.has(o.name)).map((o) => ({ ...o, rows: heads.get(o.name)! })),
  };
}

/**
 * The inputs that matter for `period`: only earlier scorecards count as
 * history (docs/rules.md: Consecutive failure); the period's own outputs, about to be replaced, are not input.
 */
export function inputsFor(scan: WorkbookScan, period: string): DetectedInput[] {
  return scan.inputs.filter((i) => i.kind !== 'history' || isEarlierPeriod(scorecardPeriod(i.name) ?? '', period));
}

/**
 * Other months' Audit and Statements sheets (审计 / 工资条 2026-09) that the run asks about: what cs-kpi's
 * --history hands the engine, so a dispute of a locked month is said here too. Only those of the months the
 * period's 申诉 rows name (disputedMonths), in one read: a workbook of a year of runs is not read back for a
 * month whose disputes name no other month.
 */
async function lockRecordsFor(port: WorkbookPort, scan: WorkbookScan, inputs: WorkbookData, period: string) {
  // The roster and 申诉 sheets alone: the look-ahead runs on the page, and needs no order sheet.
  const needed = new Set(scan.inputs.filter((i) => i.kind === 'roster' || i.kind === 'disputes').map((i) => i.name));
  const months = disputedMonths({ sheets: inputs.sheets.filter((s) => needed.has(s.name)) }, period);
  const names = existingSheets(
    scan,
    months.flatMap((m) =>
      (['audit', 'statements'] as const).flatMap((k) => [sheetName(k, m, 'zh'), sheetName(k, m, 'en')]),
    ),
  );
  return names.length === 0 ? [] : (await port.readSheets(names)).sheets;
}

/** Maps per-sheet row progress to 0–1 overall, for sheets processed in the given order. */
function progressAcross(sizes: { name: string; rows: number }[]): (sheet: string, rowsDone: number) => number {
  const total = sizes.reduce((n, s) => n + s.rows, 0) || 1;
  const before = new Map<string, number>();
  let acc = 0;
  for (const s of sizes) {
    before.set(s.name, acc);
    acc += s.rows;
  }
  return (sheet, rowsDone) => Math.min(1, ((before.get(sheet) ?? 0) + rowsDone) / total);
}

const ON_PAGE = inThreadEngine('no engine runner given');

/**
 * The engine's own progress on the compute share of the bar: handing the rows
 * to the worker takes its first half, the run most of the rest.
 */
function engineCall(wb: WorkbookData, opts: FlowOptions): EngineCallOptions {
  const rows = wb.sheets.reduce((n, s) => n + s.rows.length, 0) || 1;
  const span = COMPUTE_END - READ_END;
  const share = { received: 0, computing: 0.5, building: 0.9 };
  opts.onProgress?.({ step: 'compute', fraction: READ_END });
  return {
    signal: opts.signal,
    onProgress: (stage, received) => {
      const done = stage === 'received' ? 0.5 * Math.min(1, received / rows) : share[stage];
      opts.onProgress?.({ step: 'compute', fraction: READ_END + span * done });
    },
  };
}

/** Lets the browser paint the current step before a long synchronous computation. */
export function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function readInputs(port: WorkbookPort, scan: WorkbookScan, period: string, opts: FlowOptions) {
  const inputs = inputsFor(scan, period);
  const overall = progressAcross(inputs.map((i) => ({ name: i.name, rows: i.rowCount })));
  opts.onProgress?.({ step: 'read', fraction: 0 });
  const wb = await port.readSheets(
    inputs.map((i) => i.name),
    (p) => opts.onProgress?.({ step: 'read', fraction: overall(p.sheet, p.rowsRead) * READ_END, sheet: p.sheet }),
    opts.signal,
  );
  throwIfAborted(opts.signal);
  // Before the next read: the host's notes are of its last read.
  const hostNotes = port.readNotes?.() ?? [];
  const read = new Set(wb.sheets.map((s) => s.name));
  const imported = await importNotesFor(
    port,
    scan.sheets.filter((s) => read.has(s.name)),
  );
  const records = await lockRecordsFor(port, scan, wb, period);
  throwIfAborted(opts.signal);
  const sheets = [...wb.sheets, ...records, ...scan.others.map(({ name, rows }) => ({ name, rows }))];
  return { wb: { sheets }, imported, hostNotes };
}

/** Reads the inputs and reports every data problem for the period, without writing anything. */
export async function validateInputs(
  port: WorkbookPort,
  period: string,
  opts: FlowOptions = {},
): Promise<{ scan: WorkbookScan; report: ValidationReport }> {
  const scan = await scanWorkbook(port);
  throwIfAborted(opts.signal);
  if (scan.missing.length > 0) throw new MissingSheetsError(scan.missing, scan.others);
  const { wb, imported, hostNotes } = await readInputs(port, scan, period, opts);
  const report = await (opts.engine ?? ON_PAGE).validate(wb, period, engineCall(wb, opts));
  throwIfAborted(opts.signal);
  // An imported file's notes (import-notes.ts) and what the host could not read are said in 检查数据 as in the
  // Issues sheet of a generation.
  report.issues.unshift(...[...imported, ...hostNotes].map(fileNoteIssue));
  return { scan, report };
}

export interface GenerateOptions extends FlowOptions {
  period: string;
  lang: Lang;
  now?: Date;
  /** The workbook's claim (workbook-lease.ts), checked again just before writing. */
  lease?: WorkbookLease;
}

export interface GenerateOutcome {
  result: PayrollResult;
  /** Output sheet names as written. */
  written: string[];
  /** The scorecard's sheet name, to open it from the pane. */
  scorecard: string | undefined;
}

/**
 * Computes the period's payroll and writes its output sheets, replacing that
 * period's previous outputs in either language. The engine validates as it
 * runs and throws its InputError when a required sheet or column is missing.
 */
export async function generatePayroll(port: WorkbookPort, opts: GenerateOptions): Promise<GenerateOutcome> {
  return writeGeneration(port, await prepareGeneration(port, opts), opts);
}

/** A computed month not yet written: its sheets, and what they change against the month's earlier outputs. */
export interface PreparedGeneration {
  result: PayrollResult;
  specs: SheetSpec[];
  /** Null when the month has no earlier outputs to compare with. */
  changes: PayRunChanges | null;
  month: MonthOutputs;
}

/**
 * Reads and computes without writing. A locked (定稿) month is refused before
 * anything is read. Where the month already has outputs, the change list is
 * computed and recorded in the new Audit sheet, and the lock history carried over.
 */
export async function prepareGeneration(port: WorkbookPort, opts: GenerateOptions): Promise<PreparedGeneration> {
  const scan = await scanWorkbook(port);
  throwIfAborted(opts.signal);
  if (scan.missing.length > 0) throw new MissingSheetsError(scan.missing, scan.others);
  const month = await readMonthOutputs(port, scan, opts.period);
  if (month.lock?.locked) throw lockedRefusal(opts.period, month.lock);
  const { result, specs: outputs } = await readAndRun(port, scan, opts);
  const diff = changesAgainst(month, result, opts.lang);
  const specs = withPayRunSections(outputs, month, diff, opts.lang);
  throwIfAborted(opts.signal);
  return { result, specs, changes: diff?.changes ?? null, month };
}

/**
 * Reads the period's inputs and computes its payroll and output sheets (in the engine's worker when given one);
 * writes nothing. `outputs: false`: the result alone (no output sheets are built).
 */
export async function readAndRun(
  port: WorkbookPort,
  scan: WorkbookScan,
  opts: GenerateOptions & { outputs?: boolean },
): Promise<Computed> {
  if (scan.missing.length > 0) throw new MissingSheetsError(scan.missing, scan.others);
  const { wb, imported, hostNotes } = await readInputs(port, scan, opts.period, opts);
  // What the host could not read (merged cells below ExcelApi 1.13) goes into the Issues sheet beside them.
  const fileNotes = [...imported, ...hostNotes];
  return (opts.engine ?? ON_PAGE).payroll(
    wb,
    { period: opts.period, lang: opts.lang, now: opts.now, outputs: opts.outputs, fileNotes },
    engineCall(wb, opts),
  );
}

/** Writes a prepared month, unless its claim on the workbook lapsed or its outputs changed (or it was locked) since it was prepared. */
export async function writeGeneration(
  port: WorkbookPort,
  prepared: PreparedGeneration,
  opts: FlowOptions & Pick<GenerateOptions, 'period' | 'lease'>,
): Promise<GenerateOutcome> {
  const { result, specs } = prepared;
  await opts.lease?.assertHeld();
  await assertUnchanged(port, opts.period, prepared.month);
  throwIfAborted(opts.signal);
  const overall = progressAcross(specs.map((s) => ({ name: s.name, rows: s.rows.length })));
  opts.onProgress?.({ step: 'write', fraction: COMPUTE_END });
  await port.writeOutputs(
    specs,
    outputSheetNames(opts.period),
    (p) =>
      opts.onProgress?.({
        step: 'write',
        fraction: COMPUTE_END + overall(p.sheet, p.rowsWritten) * (1 - COMPUTE_END),
        sheet: p.sheet,
      }),
    opts.signal,
  );
  opts.onProgress?.({ step: 'write', fraction: 1 });
  const scorecard = specs.find((s) => s.kind === 'scorecard')?.name;
  // Showing the scorecard is a courtesy: the payroll is already written if this fails.
  if (scorecard) await port.activateSheet(scorecard).catch(() => undefined);
  return { result, written: specs.map((s) => s.name), scorecard };
}

/** Names among `names` that already exist in the workbook (case-insensitive, as Excel compares). */
export function existingSheets(scan: WorkbookScan, names: string[]): string[] {
  const have = new Map(scan.sheets.map((s) => [s.name.trim().toLowerCase(), s.name]));
  return names.map((n) => have.get(n.trim().toLowerCase())).filter((n): n is string => n !== undefined);
}

/** The demo shop's input sheets for the period (built before writing, so the pane can ask before replacing sheets). */
export function demoSheets(period: string): SheetData[] {
  return generateDemoWorkbook({ period }).sheets;
}

/**
 * The default Plan sheet in `lang`. Where the workbook already has a plan
 * sheet it takes that sheet's name, so the plan is replaced, not doubled.
 */
export function samplePlanSheet(scan: WorkbookScan, lang: Lang): SheetData {
  const sheet = defaultPlanSheet(lang);
  const existing = scan.inputs.find((i) => i.kind === 'plan');
  return existing ? { ...sheet, name: existing.name } : sheet;
}

/** Writes input sheets (demo data or the sample plan), reporting 0–1 progress. */
export async function insertSheets(
  port: WorkbookPort,
  sheets: SheetData[],
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const overall = progressAcross(sheets.map((s) => ({ name: s.name, rows: s.rows.length })));
  await port.writeInputSheets(sheets, (p) => onProgress?.(overall(p.sheet, p.rowsWritten)));
}

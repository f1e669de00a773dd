/**
 * The messages between the pane and the engine's Web Worker, and both ends'
 * logic without the Worker itself, so tests run them in-process. The page
 * sends the sheets in slices (cloning 200,000 rows in one postMessage would
 * block the page as long as the engine did), then the job; the worker answers
 * with progress, then the result or the error.
 */
import {
  buildOutputSheets,
  fileNoteIssue,
  InputError,
  runPayroll,
  validateWorkbook,
  type Cell,
  type FileProblem,
  type Issue,
  type Lang,
  type PayrollResult,
  type SheetSpec,
  type ValidationReport,
  type WorkbookData,
} from '../engine';

export interface Computed {
  result: PayrollResult;
  specs: SheetSpec[];
}

/** A payroll job; `outputs: false` wants the result alone (the what-if), without building the output sheets. */
export interface PayrollJob {
  period: string;
  lang: Lang;
  now?: Date;
  outputs?: boolean;
  /**
   * What the CSV reader said of imported files read all the same (a byte that is not text, a short last record):
   * lines of the Issues sheet, as cs-kpi puts them there.
   */
  fileNotes?: FileProblem[];
}

/**
 * The payroll job itself, the same in the worker and on the page: compute, then build the output sheets
 * unless the job wants none (`building` marks the step between, for the progress shown).
 */
export function computePayroll(wb: WorkbookData, job: PayrollJob, building: () => void = () => {}): Computed {
  const result = runPayroll(wb, { period: job.period, lang: job.lang, generatedAt: job.now });
  result.issues.unshift(...(job.fileNotes ?? []).map(fileNoteIssue));
  if (job.outputs === false) return { result, specs: [] };
  building();
  return { result, specs: buildOutputSheets(result, job.lang) };
}

/**
 * Cells per message: cloning one slice stays a short task for the page (at
 * 10,000 rows of the order sheet a slice took 70–300 ms on the loaded test machine).
 */
export const SLICE_CELLS = 40_000;

/** Rows of `rows` per message: whole rows, about SLICE_CELLS cells (the adapter reads rows at full width). */
export function sliceRowsOf(rows: Cell[][], sliceCells = SLICE_CELLS): number {
  const width = Math.max(1, rows[0]?.length ?? 1);
  return Math.max(1, Math.floor(sliceCells / width));
}

export type EngineJob =
  | { kind: 'validate'; period: string }
  | { kind: 'payroll'; period: string; lang: Lang; now: string | null; outputs: boolean; fileNotes: FileProblem[] };

export type ToEngine = { type: 'rows'; sheet: string; rows: Cell[][] } | { type: 'run'; job: EngineJob };

export type EngineStage = 'received' | 'computing' | 'building';

export type FromEngine =
  | { type: 'progress'; stage: EngineStage; rowsReceived: number }
  | { type: 'validated'; report: ValidationReport }
  | { type: 'computed'; result: PayrollResult; specs: SheetSpec[] }
  | { type: 'failed'; name: string; message: string; issues: Issue[] | null };

/** The page's side: a workbook as slices of rows, in sheet order, then the job. */
export function* messagesFor(wb: WorkbookData, job: EngineJob, sliceCells = SLICE_CELLS): Generator<ToEngine> {
  for (const s of wb.sheets) {
    if (s.rows.length === 0) yield { type: 'rows', sheet: s.name, rows: [] };
    const sliceRows = sliceRowsOf(s.rows, sliceCells);
    for (let at = 0; at < s.rows.length; at += sliceRows)
      yield { type: 'rows', sheet: s.name, rows: s.rows.slice(at, at + sliceRows) };
  }
  yield { type: 'run', job };
}

/** The worker's side: gathers the slices, runs the job once, posts what happened. */
export class EngineHost {
  private readonly sheets = new Map<string, Cell[][]>();
  private received = 0;

  constructor(private readonly post: (m: FromEngine) => void) {}

  handle(m: ToEngine): void {
    if (m.type === 'rows') {
      const rows = this.sheets.get(m.sheet) ?? [];
      for (const r of m.rows) rows.push(r);
      this.sheets.set(m.sheet, rows);
      this.received += m.rows.length;
      this.post({ type: 'progress', stage: 'received', rowsReceived: this.received });
      return;
    }
    try {
      this.run(m.job);
    } catch (e) {
      const err = e as { name?: unknown; message?: unknown };
      this.post({
        type: 'failed',
        name: String(err?.name ?? 'Error'),
        message: String(err?.message ?? e),
        issues: e instanceof InputError ? e.issues : null,
      });
    }
  }

  private run(job: EngineJob): void {
    const wb: WorkbookData = { sheets: [...this.sheets].map(([name, rows]) => ({ name, rows })) };
    this.post({ type: 'progress', stage: 'computing', rowsReceived: this.received });
    if (job.kind === 'validate') {
      this.post({ type: 'validated', report: validateWorkbook(wb, job.period) });
      return;
    }
    const now = job.now ? new Date(job.now) : undefined;
    const building = () => this.post({ type: 'progress', stage: 'building', rowsReceived: this.received });
    const payroll = { period: job.period, lang: job.lang, now, outputs: job.outputs, fileNotes: job.fileNotes };
    this.post({ type: 'computed', ...computePayroll(wb, payroll, building) });
  }
}

/** The error a `failed` message stands for, as the pane describes errors (the engine's InputError keeps its issues). */
export function errorOf(m: Extract<FromEngine, { type: 'failed' }>): Error {
  if (m.issues) return new InputError(m.issues);
  const e = new Error(m.message);
  e.name = m.name;
  return e;
}

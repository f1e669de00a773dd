/**
 * The request context: operations are queued by proxy objects and only run
 * when `sync()` is awaited, as one request, in order. A failing operation
 * stops the batch; those before it stay applied (Excel has no transactions).
 */
import type { FakeExcel } from './fake-excel';
import type { WorkbookModel } from './model';
import { FakeWorkbook, FakeApplication } from './workbook-proxies';

export interface OpInfo {
  kind: string;
  /** Name of the sheet the operation touches, when there is one (resolved when it runs). */
  sheet?: string;
}

export interface QueuedOp {
  kind: string;
  bytes: number;
  apply: () => void;
  sheetName?: () => string | undefined;
  /** Work Excel does on its side before the batch runs (reading a file given as base64). */
  ready?: Promise<unknown>;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Set by suspendApiCalculationUntilNextSync for the batch being built. */
  calculationSuspended = false;
  /** True while a batch that suspended calculation runs (formulas then recalc at its end). */
  calculationSuspendedNow = false;
  private queue: QueuedOp[] = [];
  private pendingCommits: (() => void)[] = [];
  private responseBytes = 0;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  get model(): WorkbookModel {
    return this.excel.model;
  }

  /** Note a member of the Excel API being used; refused when its requirement set is not declared. */
  api(member: string): void {
    this.excel.useApi(member);
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  /** Called by load operations while the batch runs: bytes coming back and what to reveal on success. */
  respond(bytes: number, commit: () => void): void {
    this.responseBytes += bytes;
    this.pendingCommits.push(commit);
  }

  /** Hand the queue to the fake Excel; loaded values become readable only if the batch succeeds. */
  async sync(): Promise<void> {
    const ops = this.queue;
    const suspended = this.calculationSuspended;
    this.queue = [];
    this.pendingCommits = [];
    this.responseBytes = 0;
    this.calculationSuspended = false;
    await this.excel.handOver();
    await Promise.all(ops.map((op) => op.ready));
    this.calculationSuspendedNow = suspended;
    const started = performance.now();
    try {
      this.excel.executeBatch(ops, suspended, () => this.responseBytes);
    } finally {
      this.calculationSuspendedNow = false;
      this.excel.noteOwnWork(started, performance.now());
    }
    // Real Excel's answer comes back in a task of its own.
    if (this.excel.asyncSync) await this.excel.handOver();
    for (const commit of this.pendingCommits) commit();
    this.pendingCommits = [];
  }

  get pendingOperations(): number {
    return this.queue.length;
  }
}

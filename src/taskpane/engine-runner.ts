/**
 * Where the engine runs for the pane: in a Web Worker, so checking and
 * computing a month of 200,000 orders never blocks the page (progress paints,
 * Cancel answers at once by ending the worker), or on the page itself where
 * no worker can start, which the Diagnostics panel says. Office.js stays on
 * the page: only the engine moves.
 */
import { validateWorkbook, type ValidationReport, type WorkbookData } from '../engine';
import {
  computePayroll,
  errorOf,
  messagesFor,
  type Computed,
  type EngineJob,
  type EngineStage,
  type FromEngine,
  type PayrollJob,
  type ToEngine,
} from './engine-protocol';
import { abortError, throwIfAborted } from './errors';

// The pane's flows name the result through this module, which picks where the engine runs.
export type { Computed } from './engine-protocol';

/** What the pane needs of a Worker (a test passes an in-process stand-in). */
export interface WorkerLike {
  postMessage(m: ToEngine): void;
  onmessage: ((e: { data: FromEngine }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  terminate(): void;
}

export interface EngineCallOptions {
  signal?: AbortSignal;
  /** Rows handed over so far, then the engine's stage. */
  onProgress?: (stage: EngineStage, rowsReceived: number) => void;
}

export type EnginePlace = { kind: 'worker' } | { kind: 'in-thread'; reason: string };

export interface EngineRunner {
  readonly place: EnginePlace;
  validate(wb: WorkbookData, period: string, opts?: EngineCallOptions): Promise<ValidationReport>;
  payroll(wb: WorkbookData, job: PayrollJob, opts?: EngineCallOptions): Promise<Computed>;
}

/** Lets the page paint and take input between two steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The engine on the page's own thread (before a long computation, one paint of the busy state). */
export function inThreadEngine(reason: string): EngineRunner {
  return {
    place: { kind: 'in-thread', reason },
    async validate(wb, period, opts = {}) {
      opts.onProgress?.('computing', 0);
      await nextTask();
      throwIfAborted(opts.signal);
      return validateWorkbook(wb, period);
    },
    async payroll(wb, job, opts = {}) {
      opts.onProgress?.('computing', 0);
      await nextTask();
      throwIfAborted(opts.signal);
      return computePayroll(wb, job);
    },
  };
}

/** A worker that fails before it answers anything could not start (blocked script, no Worker support). */
class WorkerUnavailable extends Error {}

/**
 * The engine in a Web Worker made by `start` for each job (ended after it, or
 * at Cancel). Where a worker cannot start, this and later jobs run in-thread.
 */
export function workerEngine(start: () => WorkerLike): EngineRunner {
  let fallback: EngineRunner | null = null;
  const run = async <T>(
    wb: WorkbookData,
    job: EngineJob,
    opts: EngineCallOptions,
    pick: (m: FromEngine) => T | undefined,
    inThread: (e: EngineRunner) => Promise<T>,
  ): Promise<T> => {
    if (fallback) return inThread(fallback);
    try {
      return await runInWorker(start, wb, job, opts, pick);
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      fallback = inThreadEngine(e.message);
      return inThread(fallback);
    }
  };
  return {
    get place(): EnginePlace {
      return fallback ? fallback.place : { kind: 'worker' };
    },
    validate: (wb, period, opts = {}) =>
      run(
        wb,
        { kind: 'validate', period },
        opts,
        (m) => (m.type === 'validated' ? m.report : undefined),
        (e) => e.validate(wb, period, opts),
      ),
    payroll: (wb, job, opts = {}) =>
      run(
        wb,
        {
          kind: 'payroll',
          period: job.period,
          lang: job.lang,
          now: job.now ? job.now.toISOString() : null,
          outputs: job.outputs !== false,
          fileNotes: job.fileNotes ?? [],
        },
        opts,
        (m) => (m.type === 'computed' ? { result: m.result, specs: m.specs } : undefined),
        (e) => e.payroll(wb, job, opts),
      ),
  };
}

function runInWorker<T>(
  start: () => WorkerLike,
  wb: WorkbookData,
  job: EngineJob,
  opts: EngineCallOptions,
  pick: (m: FromEngine) => T | undefined,
): Promise<T> {
  throwIfAborted(opts.signal);
  let worker: WorkerLike;
  try {
    worker = start();
  } catch (e) {
    return Promise.reject(new WorkerUnavailable(e instanceof Error ? e.message : String(e)));
  }
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      f();
    };
    const onAbort = () => finish(() => reject(abortError()));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e) => {
      answered = true;
      const m = e.data;
      if (m.type === 'progress') return opts.onProgress?.(m.stage, m.rowsReceived);
      if (m.type === 'failed') return finish(() => reject(errorOf(m)));
      const value = pick(m);
      if (value !== undefined) finish(() => resolve(value));
    };
    worker.onerror = (e) =>
      finish(() =>
        reject(
          answered
            ? new Error(e.message || 'The engine worker stopped.')
            : new WorkerUnavailable(e.message || 'the engine worker did not start'),
        ),
      );
    void (async () => {
      // One slice per task: cloning a slice is short, cloning the whole month at once would not be.
      for (const m of messagesFor(wb, job)) {
        if (settled) return;
        worker.postMessage(m);
        await nextTask();
      }
    })();
  });
}

/**
 * Worker threads for the CLI's big reads: a million-row sheet or CSV is scanned
 * on the second core while this thread does the rest. Worker scripts exist only
 * in the compiled CLI (lib/); under ts-jest, on a one-core machine or with
 * CS_KPI_THREADS=0 there is no worker and callers do the same work in this thread.
 *
 * A worker is stopped by asking it (stopWorker): it closes its files and exits.
 * Terminating it is the fallback only: a worker ended while a file open or close
 * of its own is still under way leaves that file open in the process for good
 * (Node closes the files a worker has open when it ends, not those in between).
 */
import { existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';

/** `script`: a module of src/cli by its path without extension, e.g. 'xlsx/sheet-worker'. */
export function startWorker(script: string, workerData: unknown): Worker | null {
  if (process.env.CS_KPI_THREADS === '0' || os.availableParallelism() < 2) return null;
  const file = path.join(__dirname, `${script}.js`);
  if (!__filename.endsWith('.js') || !existsSync(file)) return null;
  return new Worker(file, { workerData });
}

/** The main thread's request to stop, posted among a worker's other messages (which keep their order). */
const STOP = 'cs-kpi:stop';

/** How long a worker asked to stop has to close its files and exit before it is terminated. */
export const STOP_GRACE_MS = 1000;

/**
 * Asks a worker to stop and resolves once it has exited; one that has not within the grace period is terminated,
 * and one that has not said 'exit' a grace period after that is no longer waited for, nor kept the process alive for
 * (unref): a worker thread stuck in its own teardown never says it (seen once in CI, the run waiting forever), and
 * the read goes on without it.
 */
export function stopWorker(worker: Worker, graceMs = STOP_GRACE_MS): Promise<void> {
  if (worker.threadId === -1) return Promise.resolve(); // exited already (its 'exit' may still be on its way)
  return new Promise((resolve) => {
    const fallback = setTimeout(() => void worker.terminate(), graceMs);
    const givenUp = setTimeout(() => {
      // Nor does it hold the process open once the work is done: cs-kpi ends when its outputs are written.
      worker.unref();
      stopped();
    }, 2 * graceMs);
    function stopped() {
      clearTimeout(fallback);
      clearTimeout(givenUp);
      resolve();
    }
    worker.once('exit', stopped);
    worker.postMessage(STOP);
  });
}

/** Thrown in a worker once the main thread has asked it to stop: its work unwinds, closing what it opened. */
export class StopRequested extends Error {}

/**
 * A worker's messages from the main thread, read between pieces of work (1 MB,
 * not per row): the stop request is noted wherever it falls, the others are
 * handed over in order.
 */
export class MainThreadMessages<T> {
  private stopRequested = false;

  constructor(private readonly port: MessagePort) {}

  /** The next message already here, if any; throws StopRequested once a stop was asked for. */
  poll(): T | undefined {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      if (m.message === STOP) this.stopRequested = true;
      else return this.unlessStopped(m.message as T);
    }
    return this.unlessStopped(undefined);
  }

  /** The next message, waited for; throws StopRequested once a stop was asked for (the wait ends there). */
  async next(): Promise<T> {
    const here = this.poll();
    if (here !== undefined) return here;
    const m = await new Promise<unknown>((resolve) => this.port.once('message', resolve));
    if (m === STOP) this.stopRequested = true;
    return this.unlessStopped(m as T);
  }

  private unlessStopped<M>(m: M): M {
    if (this.stopRequested) throw new StopRequested();
    return m;
  }
}

/** Runs a worker's work; a failure is told with `failed`, unless it was the stop asked for (nothing more is wanted then). */
export function runInWorker(work: () => Promise<void>, failed: () => void): void {
  work().catch((e: unknown) => {
    if (!(e instanceof StopRequested)) failed();
  });
}

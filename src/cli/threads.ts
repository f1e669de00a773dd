/**
 * Worker threads for the CLI's big reads: a million-row sheet or CSV is scanned
 * on the second core while this thread does the rest. Worker scripts exist only
 * in the compiled CLI (lib/); under ts-jest, on a one-core machine or with
 * CS_KPI_THREADS=0 there is no worker and callers do the same work in this thread.
 */
import { existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';

/** `script`: a module of src/cli by its path without extension, e.g. 'xlsx/sheet-worker'. */
export function startWorker(script: string, workerData: unknown): Worker | null {
  if (process.env.CS_KPI_THREADS === '0' || os.availableParallelism() < 2) return null;
  const file = path.join(__dirname, `${script}.js`);
  if (!__filename.endsWith('.js') || !existsSync(file)) return null;
  return new Worker(file, { workerData });
}

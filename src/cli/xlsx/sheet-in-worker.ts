/**
 * The main thread's side of a worksheet read by a worker thread
 * (sheet-worker.ts): it replays the rows the worker sends into SheetRows
 * once the shared strings are in, chooses the columns from the first rows
 * and tells the worker. A worker that cannot start or stops (a crash, out of
 * memory) gives null: the caller reads the sheet in this thread. A sheet the
 * worker finds damaged is an error, as it is in this thread.
 */
import type { Worker } from 'worker_threads';
import { startWorker, stopWorker } from '../threads';
import { type CompactRows, replayRows } from './compact-rows';
import type { SharedStrings } from './shared-strings';
import type { ColumnsToScan, FromSheetWorker, SheetJob } from './sheet-worker';
import { type ColumnChooser, type ScannedSheet, SheetRows } from './sheet-rows';

export class SheetInWorker {
  /** The sheet as read; null when the worker did not read it. */
  readonly result: Promise<ScannedSheet | null>;
  private rows: SheetRows | null = null;
  private strings: SharedStrings | null = null;
  private readonly waiting: CompactRows[] = [];
  private firstRowsIn = false;
  private told = false;
  private merges: string[] | null = null;
  private finish: () => void = () => {};

  static start(job: SheetJob, chooser: ColumnChooser | null): SheetInWorker | null {
    let worker: Worker | null;
    try {
      worker = startWorker('xlsx/sheet-worker', job);
    } catch {
      return null;
    }
    return worker && new SheetInWorker(worker, chooser);
  }

  private constructor(
    private readonly worker: Worker,
    private readonly chooser: ColumnChooser | null,
  ) {
    this.result = new Promise((resolve, reject) => {
      this.finish = () => {
        if (this.merges !== null && this.rows !== null) resolve(this.rows.finish(this.merges));
      };
      worker.on('message', (m: FromSheetWorker) => {
        try {
          if (m.type === 'rows') this.take(m.rows);
          else if (m.type === 'firstRows') {
            this.firstRowsIn = true;
            this.tellColumns();
          } else if (m.type === 'done') {
            this.merges = m.merges;
            this.finish();
          } else reject(new Error('worksheet damaged'));
        } catch (e) {
          reject(e);
        }
      });
      worker.on('error', () => resolve(null));
      worker.on('exit', () => {
        if (this.merges === null) resolve(null);
      });
    });
    this.result.catch(() => {}); // awaited later, after this thread's own sheets: not an unhandled rejection meanwhile
  }

  /** The shared strings are read: the rows waiting for them are made, and those still to come as they arrive. */
  useStrings(strings: SharedStrings): void {
    this.strings = strings;
    this.rows = new SheetRows(strings, this.chooser);
    for (const rows of this.waiting.splice(0)) this.take(rows);
    this.tellColumns();
    this.finish();
  }

  private take(compact: CompactRows): void {
    if (this.rows === null || this.strings === null) this.waiting.push(compact);
    else replayRows(compact, this.rows, this.strings);
  }

  /** Once the first rows are made, the columns chosen from them go to the worker (with which shared strings are empty). */
  private tellColumns(): void {
    const rows = this.rows;
    const strings = this.strings;
    if (this.told || !this.firstRowsIn || rows === null || strings === null) return;
    this.told = true;
    rows.decideColumns();
    const answer: ColumnsToScan = {
      columns: rows.choice?.columns ?? null,
      sharedCount: strings.count,
      emptyShared: rows.choice ? strings.emptyItems() : new Int32Array(0),
    };
    this.worker.postMessage(answer);
  }

  /** Resolves once the worker has ended, its file closed (see stopWorker). */
  stop(): Promise<void> {
    return stopWorker(this.worker);
  }
}

/**
 * A worker thread that reads one big worksheet: it inflates and scans the
 * sheet's XML on another core and sends the rows back compactly
 * (compact-rows.ts) while the main thread reads the rest of the workbook.
 * The shared strings stay in the main thread, which tells this one, once it
 * has chosen them, the columns to read below the first rows and which shared
 * strings are empty (a skipped cell holding one does not lengthen its row).
 * Until then every column is read; the main thread blanks what it does not keep.
 * Loads no engine code: a worker that starts fast pays off on smaller sheets.
 * Asked to stop (threads.ts), it closes the file and ends without a word.
 */
import { type MessagePort, parentPort, workerData } from 'worker_threads';
import { MainThreadMessages, runInWorker } from '../threads';
import { type CompactRows, CompactWriter, transferables } from './compact-rows';
import { scanPart } from './scan-part';
import { SheetScanner } from './sheet-scanner';
import { ZipParts } from './zip-entries';

export interface SheetJob {
  file: string;
  part: string;
  dateStyles: boolean[];
  date1904: boolean;
  /** The first row below the first rows: from there on only the columns the main thread names are read. */
  narrowFrom: number;
  /** Will the main thread choose columns (and answer once the first rows are in)? */
  narrowing: boolean;
  batchCells: number;
  /** Wait for the main thread's columns after the piece holding the first rows (tests: narrowing from a known row on). */
  awaitColumns: boolean;
}

export type FromSheetWorker =
  { type: 'rows'; rows: CompactRows } | { type: 'firstRows' } | { type: 'done'; merges: string[] } | { type: 'failed' };

/** The main thread's answer once it has chosen the columns (null: all). */
export interface ColumnsToScan {
  columns: number[] | null;
  sharedCount: number;
  emptyShared: Int32Array;
}

/** Whether a shared string is empty, known without its text (an index past the table reads as empty). */
class EmptySharedStrings {
  private count = 0;
  private empty = new Set<number>();

  learn(answer: ColumnsToScan): void {
    this.count = answer.sharedCount;
    this.empty = new Set(answer.emptyShared);
  }

  isEmpty(index: number): boolean {
    return !(index >= 0 && index < this.count) || this.empty.has(index);
  }
}

async function scanSheet(job: SheetJob, port: MessagePort): Promise<string[]> {
  let firstRowsSent = false;
  const writer = new CompactWriter(job.narrowFrom, {
    batchCells: job.batchCells,
    send: (rows: CompactRows) => port.postMessage({ type: 'rows', rows }, transferables(rows)),
    firstRowsSent: job.narrowing
      ? () => {
          firstRowsSent = true;
          port.postMessage({ type: 'firstRows' });
        }
      : null,
  });
  const sharedStrings = new EmptySharedStrings();
  const scanner = new SheetScanner({ sharedStrings, dateStyles: job.dateStyles, date1904: job.date1904 }, writer);
  const messages = new MainThreadMessages<ColumnsToScan>(port);
  let answered = !job.narrowing;
  // After each piece: the stop request, or the columns once the main thread has chosen them.
  const readMessages = async () => {
    const wait = !answered && firstRowsSent && job.awaitColumns;
    const answer = wait ? await messages.next() : messages.poll();
    if (answered || !answer) return;
    answered = true;
    sharedStrings.learn(answer);
    if (answer.columns !== null) writer.narrow(answer.columns);
  };
  const zip = await ZipParts.open(job.file);
  try {
    await scanPart(zip.chunks(job.part), job.part, scanner, readMessages);
    writer.flush();
    return scanner.merges;
  } finally {
    await zip.close();
  }
}

if (parentPort !== null && workerData) {
  const port = parentPort;
  runInWorker(
    async () => {
      const merges = await scanSheet(workerData as SheetJob, port);
      port.postMessage({ type: 'done', merges });
    },
    // What went wrong stays here: the manager is told the file is damaged, in their language, by the main thread.
    () => port.postMessage({ type: 'failed' }),
  );
}

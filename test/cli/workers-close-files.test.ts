/**
 * Worker threads leave no open file behind (Node closes the files a worker has
 * open when it ends, but not one whose open or close is under way then: that
 * descriptor stays open in the process for good). For the .xlsx sheet worker, the CSV split worker and the file hash worker, with real
 * workers (the compiled CLI): a read that completes, a read this thread
 * abandons (a damaged sheet, a CSV whose first part has a fatal problem), and a
 * worker that does not answer the stop request, terminated after the grace
 * period. After each, no descriptor on the input file is open, and a worker
 * that was asked to stop exited by itself (exit code 0, not terminate's 1).
 */
import { createHash } from 'crypto';
import { statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { orderRow, TAOBAO_46 } from '../../bench/order-csv';
import { makeTempDir, MAIN_NS, REL_NS, zipOf } from '../corpus/xlsx-files';
import { compiledCli } from '../support/compiled-cli';
import { encodeGbk } from '../support/gbk';
import { openFdsAfter } from '../support/open-files';

jest.setTimeout(60_000);
/** Closing races a worker's end only now and then: the reads are repeated. */
const REPEATS = 20;

const lib = compiledCli();
const threads: typeof import('../../src/cli/threads') = require(path.join(lib, 'cli/threads.js'));
const xlsx: typeof import('../../src/cli/xlsx/read-values') = require(path.join(lib, 'cli/xlsx/read-values.js'));
const csv: typeof import('../../src/cli/csv-split') = require(path.join(lib, 'cli/csv-split.js'));
const engine: typeof import('../../src/engine') = require(path.join(lib, 'engine/index.js'));
const fileHash: typeof import('../../src/cli/file-hash') = require(path.join(lib, 'cli/file-hash.js'));

const tmp = makeTempDir('cs-kpi-worker-fds-');
afterAll(() => tmp.remove());
let fileNo = 0;

interface Watched {
  /** The message kinds the worker sent, in order. */
  sent: string[];
  /** Resolves once the worker has sent a message of this kind. */
  sends(kind: string): Promise<void>;
  exitCode: Promise<number>;
}

/** The workers of the read under way, in the order started. */
let watched: Watched[] = [];

/** Real workers as the readers start them (or `fake` ones instead), each watched from its start. */
async function withWatchedWorkers<T>(
  read: () => Promise<T>,
  fake?: () => Worker,
): Promise<{ outcome: PromiseSettledResult<T>; workers: Watched[]; ms: number }> {
  const real = threads.startWorker;
  const workers: Watched[] = (watched = []);
  const spy = jest.spyOn(threads, 'startWorker').mockImplementation((script, data) => {
    const worker = fake ? fake() : real(script, data);
    if (worker) {
      const sent: string[] = [];
      worker.on('message', (m: Record<string, unknown>) => sent.push(String(m.type ?? Object.keys(m)[0])));
      const sends = (kind: string) =>
        new Promise<void>((resolve) => {
          const check = () => sent.includes(kind) && (worker.off('message', check), resolve());
          worker.on('message', check);
          check();
        });
      workers.push({ sent, sends, exitCode: new Promise((resolve) => worker.once('exit', resolve)) });
    }
    return worker;
  });
  const started = Date.now();
  try {
    const [outcome] = await Promise.allSettled([read()]);
    return { outcome, workers, ms: Date.now() - started };
  } finally {
    spy.mockRestore();
  }
}

/** A worker that never reads its messages: a stop request goes unanswered. */
const deafWorker = () => new Worker('setInterval(() => {}, 1 << 30)', { eval: true });

describe('the .xlsx sheet worker', () => {
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>客服KF0${r % 9} 已催付</t></is></c><c r="C${r}"><v>${r}.5</v></c></row>`;
  /** Sheet XML of `rows` rows; `cut`: ends inside an element (damaged). */
  const sheetXml = (rows: number, cut = false) => {
    const xml = `<worksheet xmlns="${MAIN_NS}"><sheetData>${Array.from({ length: rows }, (_, i) => row(i + 1)).join('')}</sheetData></worksheet>`;
    return cut ? xml.slice(0, xml.length - 40) : xml;
  };
  /** A stored (uncompressed) package of these sheets' XML, with a shared-string table when given. */
  function book(sheets: string[], sharedStrings?: string): string {
    const rels = sheets.map(
      (_x, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
    const files: Record<string, string> = {
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map((_x, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    };
    if (sharedStrings !== undefined) {
      rels.push(`<Relationship Id="rS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
      files['xl/sharedStrings.xml'] = sharedStrings;
    }
    files['xl/_rels/workbook.xml.rels'] =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
    sheets.forEach((x, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = x));
    const file = tmp.file(`book-${++fileNo}.xlsx`);
    writeFileSync(file, zipOf(files));
    return file;
  }
  const onlyTheFirstInAWorker = { minBytes: 100_000 };
  const scanPart: typeof import('../../src/cli/xlsx/scan-part') = require(path.join(lib, 'cli/xlsx/scan-part.js'));
  const parts: typeof import('../../src/cli/xlsx/workbook-parts') = require(
    path.join(lib, 'cli/xlsx/workbook-parts.js'),
  );

  test('a read that completes: the rows of this thread, the workers exited by themselves, no descriptor left', async () => {
    const file = book([sheetXml(3000), sheetXml(40)]);
    const { outcome, workers } = await withWatchedWorkers(() =>
      xlsx.readXlsxValues(file, { workers: { minBytes: 0 } }),
    );
    expect(outcome.status === 'fulfilled' && outcome.value).toStrictEqual(await xlsx.readXlsxValues(file));
    expect(workers).toHaveLength(2);
    for (const w of workers) {
      expect(w.sent.at(-1)).toBe('done');
      expect(await w.exitCode).toBe(0);
    }
    expect(await openFdsAfter(file)).toBe(0);
  });

  test('reads in a row: not one descriptor left (a worker ended while it closed its file leaked it)', async () => {
    const file = book([sheetXml(1000), sheetXml(1000)]);
    for (let i = 0; i < REPEATS; i++) await xlsx.readXlsxValues(file, { workers: { minBytes: 0 } });
    expect(await openFdsAfter(file)).toBe(0);
  });

  test('the worker finds its sheet damaged: the read fails, the worker closed the file before it said so', async () => {
    const file = book([sheetXml(3000, true)]);
    const { outcome, workers } = await withWatchedWorkers(() =>
      xlsx.readXlsxValues(file, { workers: { minBytes: 0 } }),
    );
    expect(outcome.status).toBe('rejected');
    expect(workers.map((w) => w.sent.at(-1))).toEqual(['failed']);
    expect(await workers[0].exitCode).toBe(0);
    expect(await openFdsAfter(file)).toBe(0);
  });

  /**
   * Reads `file`, this thread held back by `hold` until its one worker has sent a message of kind `sent`, and then
   * failing: the worker, asked to stop before it was done, exited by itself with the file closed. Gives the error.
   */
  async function abandonedRead(
    file: string,
    options: Parameters<typeof xlsx.readXlsxValues>[1],
    sent: string,
    hold: (sent: () => Promise<void>) => jest.SpyInstance,
  ): Promise<string> {
    const spy = hold(() => watched[0].sends(sent));
    try {
      const { outcome, workers } = await withWatchedWorkers(() => xlsx.readXlsxValues(file, options));
      expect(workers).toHaveLength(1);
      expect(workers[0].sent).toContain(sent);
      expect(workers[0].sent).not.toContain('done');
      expect(await workers[0].exitCode).toBe(0);
      expect(await openFdsAfter(file)).toBe(0);
      if (outcome.status === 'fulfilled') throw new Error('the read did not fail');
      return String(outcome.reason);
    } finally {
      spy.mockRestore();
    }
  }

  test('this thread finds the second sheet damaged while the worker reads the first: the worker stops and closes the file', async () => {
    // ~20 MB of sheet XML: the worker is far from done when this thread, once it has rows from it, reads the damaged sheet.
    const file = book([sheetXml(150_000), sheetXml(40, true)]);
    const real = scanPart.scanPart;
    const error = await abandonedRead(file, { workers: onlyTheFirstInAWorker }, 'rows', (sent) =>
      jest.spyOn(scanPart, 'scanPart').mockImplementation(async (...args) => {
        await sent();
        return real(...args);
      }),
    );
    expect(error).toMatch('ends inside an element');
  });

  test('a worker waiting for the columns when this thread gives up (on the shared strings): the stop request ends the wait', async () => {
    const file = book([sheetXml(3000)]);
    const awaitingColumns = { skipUnusedColumns: true, workers: { minBytes: 0, batchCells: 7, awaitColumns: true } };
    // This thread fails on the shared strings only once the worker waits for the columns chosen with them.
    const error = await abandonedRead(file, awaitingColumns, 'firstRows', (sent) =>
      jest.spyOn(parts, 'readSharedStrings').mockImplementation(async () => {
        await sent();
        throw new Error('shared strings damaged');
      }),
    );
    expect(error).toMatch('shared strings damaged');
  });

  test('a worker that does not answer the stop request is terminated after the grace period', async () => {
    const file = book([sheetXml(3000), sheetXml(40, true)]);
    const { outcome, workers, ms } = await withWatchedWorkers(
      () => xlsx.readXlsxValues(file, { workers: onlyTheFirstInAWorker }),
      deafWorker,
    );
    expect(outcome.status).toBe('rejected');
    expect(workers).toHaveLength(1);
    expect(await workers[0].exitCode).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(threads.STOP_GRACE_MS);
    expect(await openFdsAfter(file)).toBe(0);
  });
});

describe('the CSV split worker', () => {
  const LABEL = 'ExportOrderList.csv';
  const quoted = (c: string) => (c.startsWith('="') ? c : `"${c.replace(/"/g, '""')}"`);
  const options = { agentIds: ['KF01', 'KF02'], year: 2026, month: 10 };
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      orderRow(i, { ...options, rows: n })
        .cells.map(quoted)
        .join(','),
    );
  const header = TAOBAO_46.map(quoted).join(',');
  function csvFile(text: string): string {
    const file = tmp.file(`orders-${++fileNo}.csv`);
    writeFileSync(file, encodeGbk(text));
    return file;
  }
  async function splitRead(file: string, at = 0.3, fake?: () => Worker, chunkBytes = 64 << 10) {
    const size = statSync(file).size;
    const reader = new engine.CsvSheetReader('订单报表', LABEL, { dropUnusedColumns: true });
    return withWatchedWorkers(
      () => csv.readCsvFile(file, size, reader, { minBytes: 0, minCores: 2, at, chunkBytes }),
      fake,
    );
  }
  const rows = lines(6000);
  const text = (records: string[]) => records.join('\r\n') + '\r\n';
  /**
   * Early in this thread's part a record of 6M characters (over the 4M a record may have: the file is reported
   * truncated there); the worker starts right after it, at the fraction of the file returned.
   */
  function fatalFile(): { file: string; at: number } {
    const long = orderRow(400, { ...options, rows: 401 }).cells.map(quoted);
    long[23] = quoted('x'.repeat(6_000_000));
    const head = text([header, ...rows.slice(0, 400), long.join(',')]);
    const file = csvFile(head + text(rows));
    return { file, at: (encodeGbk(head).length - 1.5) / statSync(file).size };
  }

  test.each([
    ['its rows are used', text([header, ...rows]), 'used', 'end'],
    [
      'it gives up (its part needs papaparse)',
      text([header, ...rows]).replace('"tb_buyer4500"', '"tb_buyer4500" x'),
      'discarded',
      'givenUp',
    ],
  ])(
    'a read that completes, %s: the worker closed the file before its last message',
    async (_name, csvText, use, last) => {
      const file = csvFile(csvText);
      const { outcome, workers } = await splitRead(file);
      expect(outcome.status === 'fulfilled' && outcome.value.split).toBe(use);
      expect(workers.map((w) => w.sent.at(-1))).toEqual([last]);
      expect(await workers[0].exitCode).toBe(0);
      expect(await openFdsAfter(file)).toBe(0);
    },
  );

  test('reads in a row whose split is discarded (its start inside a quoted field): not one descriptor left', async () => {
    const multiline = rows.slice();
    const cells = orderRow(3000, { ...options, rows: 6000 }).cells;
    cells[23] = '客服:KF01 已催付\r\n第二行 备注\r\n第三行';
    multiline[3000] = cells.map(quoted).join(',');
    const csvText = text([header, ...multiline]);
    const file = csvFile(csvText);
    const inside = encodeGbk(csvText.slice(0, csvText.indexOf('已催付\r\n第二行'))).length / statSync(file).size;
    for (let i = 0; i < REPEATS; i++) {
      const { outcome } = await splitRead(file, inside);
      expect(outcome.status === 'fulfilled' && outcome.value.split).toBe('discarded');
    }
    expect(await openFdsAfter(file)).toBe(0);
  });

  test("a fatal problem in this thread's part: the split is discarded, the worker stops and closes the file", async () => {
    const { file, at } = fatalFile();
    // Read in 1 MB chunks, as the CLI reads: papaparse takes far longer over the long record in small ones.
    const { outcome, workers } = await splitRead(file, at, undefined, 1 << 20);
    if (outcome.status !== 'fulfilled') throw outcome.reason;
    expect(outcome.value.split).toBe('discarded');
    expect(outcome.value.result.ok || outcome.value.result.problem.code).toBe('file-csv-truncated');
    expect(workers).toHaveLength(1);
    expect(await workers[0].exitCode).toBe(0);
    expect(await openFdsAfter(file)).toBe(0);
  });

  test('this thread fails just after the split started: the worker, still reading, stops and closes the file', async () => {
    const file = csvFile(text([header, ...rows]));
    const reader = new engine.CsvSheetReader('订单报表', LABEL, { dropUnusedColumns: true });
    const push = reader.push.bind(reader);
    let pushes = 0;
    reader.push = (chunk) => {
      if (++pushes === 3) throw new Error('this thread fails');
      push(chunk);
    };
    const { outcome, workers } = await withWatchedWorkers(() =>
      csv.readCsvFile(file, statSync(file).size, reader, { minBytes: 0, minCores: 2, at: 0.3, chunkBytes: 64 << 10 }),
    );
    expect(outcome.status === 'rejected' && String(outcome.reason)).toMatch('this thread fails');
    expect(workers).toHaveLength(1);
    expect(workers[0].sent).not.toContain('end');
    expect(workers[0].sent).not.toContain('givenUp');
    expect(await workers[0].exitCode).toBe(0);
    expect(await openFdsAfter(file)).toBe(0);
  });

  test('a worker that does not answer the stop request is terminated after the grace period', async () => {
    const { file, at } = fatalFile();
    const { outcome, workers, ms } = await splitRead(file, at, deafWorker, 1 << 20);
    expect(outcome.status === 'fulfilled' && outcome.value.split).toBe('discarded');
    expect(await workers[0].exitCode).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(threads.STOP_GRACE_MS);
    expect(await openFdsAfter(file)).toBe(0);
  });
});

describe('the file hash worker', () => {
  /** 8 MB in 1 MB reads: the worker is still reading when a stop asked at once reaches it. */
  function bigFile(): { file: string; sha256: string } {
    const file = tmp.file(`orders-${++fileNo}.csv`);
    const bytes = Buffer.alloc(8 << 20, 'KF01,');
    writeFileSync(file, bytes);
    return { file, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  const hashed = (file: string) => {
    const hashing = fileHash.hashFile(file, statSync(file).size, 0);
    return { hashing, done: hashing.sha256().finally(() => hashing.stop()) };
  };

  test('a hash that completes: the worker closed the file before its answer and exited by itself', async () => {
    const { file, sha256 } = bigFile();
    const { outcome, workers } = await withWatchedWorkers(() => hashed(file).done);
    expect(outcome.status === 'fulfilled' && outcome.value).toBe(sha256);
    expect(workers.map((w) => w.sent)).toEqual([['sha256']]);
    expect(await workers[0].exitCode).toBe(0);
    expect(await openFdsAfter(file)).toBe(0);
  });

  test('hashes in a row, each stopped at once: not one descriptor left, the right hash each time', async () => {
    const { file, sha256 } = bigFile();
    for (let i = 0; i < REPEATS; i++) {
      const { outcome, workers } = await withWatchedWorkers(async () => {
        const { hashing } = hashed(file);
        await hashing.stop();
        return hashing.sha256();
      });
      expect(outcome.status === 'fulfilled' && outcome.value).toBe(sha256);
      expect(await workers[0].exitCode).toBe(0);
    }
    expect(await openFdsAfter(file)).toBe(0);
  });

  test('a worker that does not answer is terminated after the grace period; the file is hashed here instead', async () => {
    const { file, sha256 } = bigFile();
    const { outcome, workers, ms } = await withWatchedWorkers(async () => {
      const { hashing } = hashed(file);
      await hashing.stop();
      return hashing.sha256();
    }, deafWorker);
    expect(outcome.status === 'fulfilled' && outcome.value).toBe(sha256);
    expect(await workers[0].exitCode).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(threads.STOP_GRACE_MS);
    expect(await openFdsAfter(file)).toBe(0);
  });
});

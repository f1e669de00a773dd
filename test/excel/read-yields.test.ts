/**
 * A big answer from Excel is made into rows a few thousand at a time, the page
 * given a task between (so no main-thread task of ours grows with the chunk),
 * with the same rows as a read in small chunks, and Cancel heard between.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { orderRows } from '../excel-fake/sample-orders';

const ROWS = 10_000;
const fakeWith = () =>
  FakeExcel.fromWorkbookData({
    sheets: [
      { name: 'Orders', rows: orderRows(ROWS) },
      { name: 'Roster', rows: [['工号'], ['1001']] },
    ],
  });

/** Counts the tasks the read gives the page (each a MessageChannel). */
function countingChannels(): { count: () => number; restore: () => void } {
  const Real = globalThis.MessageChannel;
  let made = 0;
  globalThis.MessageChannel = class extends Real {
    constructor() {
      super();
      made++;
    }
  };
  return { count: () => made, restore: () => (globalThis.MessageChannel = Real) };
}

test('Chunks of 9,000 rows: the page gets a task every 4,000 rows of one, and the rows equal a read in 500-row chunks', async () => {
  const channels = countingChannels();
  let big;
  try {
    big = await new OfficeWorkbook(fakeWith().run, {
      maxRowsPerRequest: 9_000,
      maxBytesPerRequest: 50_000_000,
    }).readSheets(['Orders']);
  } finally {
    channels.restore();
  }
  // The first 20 rows come with the header, then chunks of 9,000 and 981 rows: a task after rows 4,000 and 8,000 of the first.
  expect(channels.count()).toBe(2);
  const small = await new OfficeWorkbook(fakeWith().run, { maxRowsPerRequest: 500 }).readSheets(['Orders']);
  expect(big.sheets[0].rows.length).toBe(ROWS + 1);
  expect(big.sheets[0].rows).toEqual(small.sheets[0].rows);
});

test('Cancel pressed while a chunk is being made into rows stops at the next task', async () => {
  const controller = new AbortController();
  const seen: number[] = [];
  const Real = globalThis.MessageChannel;
  // The first task the read gives the page is where the manager presses Cancel.
  globalThis.MessageChannel = class extends Real {
    constructor() {
      super();
      controller.abort();
    }
  };
  try {
    const read = new OfficeWorkbook(fakeWith().run, {
      maxRowsPerRequest: 9_000,
      maxBytesPerRequest: 50_000_000,
    }).readSheets(['Orders'], (p) => seen.push(p.rowsRead), controller.signal);
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    // Only the header's rows were reported: the first chunk stopped 4,000 rows in, before its end.
    expect(seen).toEqual([20]);
  } finally {
    globalThis.MessageChannel = Real;
  }
});

test('a host without MessageChannel still reads the whole sheet, yielding by a timer', async () => {
  const Real = globalThis.MessageChannel;
  // @ts-expect-error: taken away, as in a DOM that lacks it
  delete globalThis.MessageChannel;
  expect(typeof MessageChannel).toBe('undefined');
  try {
    const read = await new OfficeWorkbook(fakeWith().run, { maxRowsPerRequest: 9_000 }).readSheets(['Orders']);
    expect(read.sheets[0].rows.length).toBe(ROWS + 1);
  } finally {
    globalThis.MessageChannel = Real;
  }
});

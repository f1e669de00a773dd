/** Cancelling a read: the pane's Cancel button aborts the signal. */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { orderRows } from '../excel-fake/sample-orders';

function workbook(): FakeExcel {
  return FakeExcel.fromWorkbookData({
    sheets: [
      { name: 'Orders', rows: orderRows(1000) },
      { name: 'Roster', rows: [['工号'], ['1001']] },
    ],
  });
}

test('aborting during a read stops between chunks with an AbortError', async () => {
  const fake = workbook();
  const before = JSON.stringify(fake.snapshot());
  const wb = new OfficeWorkbook(fake.run, { maxRowsPerRequest: 100 });
  const controller = new AbortController();
  const seen: number[] = [];
  const error = await wb
    .readSheets(
      ['Orders', 'Roster'],
      (p) => {
        seen.push(p.rowsRead);
        if (p.rowsRead >= 300) controller.abort();
      },
      controller.signal,
    )
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe('AbortError');
  // The first 20 rows come with the header request (they decide the columns), then 100-row chunks.
  expect(seen).toEqual([20, 120, 220, 320]);
  expect(fake.stats.syncCalls).toBe(2 + 1 + 3); // sheets and sizes, first rows, then three chunks: nothing after the abort
  expect(JSON.stringify(fake.snapshot())).toBe(before);
});

test('an already aborted signal reads nothing', async () => {
  const fake = workbook();
  const controller = new AbortController();
  controller.abort();
  await expect(new OfficeWorkbook(fake.run).readSheets(['Orders'], undefined, controller.signal)).rejects.toMatchObject(
    { name: 'AbortError' },
  );
  expect(fake.stats.syncCalls).toBe(0);
});

test('an abort after the last chunk still rejects (the caller asked to stop)', async () => {
  const fake = workbook();
  const controller = new AbortController();
  const read = new OfficeWorkbook(fake.run).readSheets(['Roster'], () => controller.abort(), controller.signal);
  await expect(read).rejects.toMatchObject({ name: 'AbortError' });
});

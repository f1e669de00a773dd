/**
 * A regeneration that fails at any point must leave the previous outputs and
 * every input exactly as they were (values, formulas, formats, names, order,
 * tables, protection), with no temporary sheet left behind.
 */
import { WriteRecoveryError } from '../../src/excel/atomic-write';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { allSpecs, inputWorkbook } from './fixtures';

const PERIOD = '2026-10';
const LIMITS = { maxRowsPerRequest: 4 }; // several chunks per sheet, so faults land between them
const OLD_NAMES = allSpecs(PERIOD, 1).map((s) => s.name);

const state = (fake: FakeExcel): string =>
  JSON.stringify({ sheets: fake.snapshot(), tables: fake.model.tables.map((t) => [t.name, t.sheetId, t.rect]) });
const leftovers = (fake: FakeExcel): string[] => fake.sheetNames().filter((n) => n.includes('~'));

/** Inputs plus a first, successful generation of the period. */
async function workbookWithOutputs(): Promise<FakeExcel> {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(12));
  await new OfficeWorkbook(fake.run, LIMITS).writeOutputs(allSpecs(PERIOD, 1), []);
  fake.resetStats();
  return fake;
}

function regenerate(fake: FakeExcel, signal?: AbortSignal, onProgress?: () => void): Promise<void> {
  return new OfficeWorkbook(fake.run, LIMITS).writeOutputs(allSpecs(PERIOD, 2), OLD_NAMES, onProgress, signal);
}

let base: FakeExcel;
let before: string;
let after: string;
let syncs: number;
let operations: number;

beforeAll(async () => {
  base = await workbookWithOutputs();
  before = state(base);
  const clean = base.clone();
  clean.failOnOperation(() => {
    operations++;
    return false;
  });
  operations = 0;
  await regenerate(clean);
  syncs = clean.stats.roundTrips;
  after = state(clean);
  expect(after).not.toBe(before);
});

test('a failure at every sync of the run leaves the workbook exactly as before', async () => {
  expect(syncs).toBeGreaterThanOrEqual(15);
  for (let k = 1; k <= syncs; k++) {
    const fake = base.clone();
    fake.failOnSync(k);
    await expect(regenerate(fake)).rejects.toThrow(`Injected failure on sync ${k}`);
    expect(leftovers(fake)).toEqual([]);
    expect(state(fake)).toBe(before);
  }
});

test('a failure at every single operation leaves either the old outputs or the complete new ones', async () => {
  expect(operations).toBeGreaterThan(100);
  let rolledBack = 0;
  let finished = 0;
  for (let j = 1; j <= operations; j++) {
    const fake = base.clone();
    let seen = 0;
    fake.failOnOperation(() => ++seen === j);
    const outcome = await regenerate(fake).then(
      () => 'ok',
      (e: Error) => e.message,
    );
    expect(leftovers(fake)).toEqual([]);
    if (outcome === 'ok') {
      // Failed after old sheets were already deleted: the new outputs were completed instead.
      expect(state(fake)).toBe(after);
      finished++;
    } else {
      expect(outcome).toBe('Injected operation failure');
      expect(state(fake)).toBe(before);
      rolledBack++;
    }
  }
  expect(rolledBack).toBeGreaterThan(100);
  expect(finished).toBeGreaterThan(0);
});

test('when restoring fails too, the error says so and names the leftovers', async () => {
  const fake = base.clone();
  fake.failOnSync(5);
  fake.failOnSync(6); // the rollback's first request
  const error = await regenerate(fake).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WriteRecoveryError);
  const token = leftovers(fake)[0]?.split(' ')[1];
  expect(token).toBeDefined();
  expect((error as Error).message).toContain(token as string);
  // The inputs were still never touched.
  expect(JSON.stringify(fake.snapshot().slice(0, 3))).toBe(JSON.stringify(base.snapshot().slice(0, 3)));
});

test('cancelling mid-write removes what was written', async () => {
  const fake = base.clone();
  const controller = new AbortController();
  let calls = 0;
  const error = await regenerate(fake, controller.signal, () => {
    if (++calls === 3) controller.abort();
  }).catch((e: unknown) => e);
  expect((error as Error).name).toBe('AbortError');
  expect(leftovers(fake)).toEqual([]);
  expect(state(fake)).toBe(before);
});

test('Excel refusing an oversized request is a failure like any other', async () => {
  const fake = base.clone();
  fake.payloadLimit = 2_000; // smaller than one chunk of the adapter
  await expect(regenerate(fake)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(leftovers(fake)).toEqual([]);
  fake.payloadLimit = 5 * 1024 * 1024;
  expect(state(fake)).toBe(before);
});

test('writeInputSheets is atomic too', async () => {
  const fake = base.clone();
  fake.failOnSync(3);
  const wb = new OfficeWorkbook(fake.run, LIMITS);
  await expect(
    wb.writeInputSheets([
      { name: '花名册', rows: [['工号'], ['1'], ['2'], ['3'], ['4'], ['5']] },
      { name: 'Plan', rows: [['key', 'value']] },
    ]),
  ).rejects.toThrow();
  expect(state(fake)).toBe(before);
});

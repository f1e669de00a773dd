import { checkFailure, judgeTargets, type BenchResults } from '../../bench/targets';
import type { EngineSizeResult } from '../../bench/engine-child';
import type { BaselineResult } from '../../bench/baseline';
import type { PaneOutcome } from '../../bench/pane-long-tasks';
import type { PaneLongTasks, PhaseTasks } from '../support/pane-long-tasks';

const engine = (wallMs: number, peakRss: number) =>
  ({
    orders: 1_048_576,
    engineWallMs: wallMs,
    engineCpuMs: wallMs,
    enginePeakRssMb: peakRss,
    maxRssMb: 1600,
  }) as EngineSizeResult;
const baseline = (recalcMs: number, warmMs: number): BaselineResult =>
  ({
    orders: 100_000,
    method: 'sorted',
    formulas: 0,
    engine: { wallMs: 150, cpuMs: 150, warmMs },
    openRecalculate: { wallMs: 11_000, cpuMs: null },
    inside: { recalcMs },
    agentsCompared: 200,
    cellsCompared: 1200,
    mismatches: [],
  }) as unknown as BaselineResult;
const adapter = {
  ok: true as const,
  childMs: 0,
  result: {
    rows: 1_048_575,
    cols: 13,
    writeSyncs: 56,
    readSyncs: 56,
    chunks: { write: 53, read: 54 },
    maxRequestBytes: 3_550_000,
    maxResponseBytes: 0,
    writeMs: 0,
    readMs: 0,
    roundTripOk: true,
    calculationSuspendedOnEveryWrite: true,
  },
};
const cliRun = (orders: number, wallMs: number, maxRssMb: number) => ({
  orders,
  inputMb: 0,
  generateMs: null,
  wallMs,
  cpuMs: wallMs,
  maxRssMb,
  exitCode: 0,
  stderr: '',
});
// 11,000 ms of LibreOffice open + recalculate (baseline above) / 3,000 ms = 3.7× ≥ 3×.
const cli = [cliRun(100_000, 3000, 300), cliRun(1_048_576, 14_000, 1400)];

const readCost = (bytes: number, syncs: number) => ({ syncs, bytes, maxResponseBytes: 3_200_000, cells: 0, ms: 0 });
const columnRead = {
  ok: true as const,
  result: {
    rows: 200_000,
    cols: 71,
    columnsRead: 15,
    everyColumn: readCost(148_000_000, 51),
    usedColumns: readCost(37_000_000, 16),
  },
};

const csvRun = (wallMs: number, maxRssMb: number) => ({
  ok: true as const,
  result: { rows: 1_048_576, csvMb: 457, exitCode: 0, wallMs, cpuMs: wallMs, maxRssMb, load: 1 },
});
const csvCli = csvRun(4900, 1000);

const phase = (longestOursMs: number): PhaseTasks => ({
  phaseMs: 9000,
  longTasks: 3,
  longestMs: longestOursMs + 40,
  fakeMsInLongest: 40,
  longestOursMs,
  oursOverLimit: longestOursMs > 200 ? 1 : 0,
});
const paneRun = (engine: 'worker' | 'page', check: number, generate: number): PaneLongTasks => ({
  engine,
  orders: 200_000,
  workersStarted: engine === 'worker' ? 2 : 0,
  pageErrors: [],
  check: phase(check),
  generate: phase(generate),
  payroll: '[["工号"]]',
});
const pane: PaneOutcome = { ok: true, worker: paneRun('worker', 120, 200), onPage: paneRun('page', 1500, 1200) };

const allMet: BenchResults = {
  engine: [engine(1960, 593)],
  baseline: [baseline(1980, 90)],
  adapter,
  columnRead,
  cli,
  csvCli,
  pane,
};

test('a run meeting every README target passes --check', () => {
  const verdicts = judgeTargets(allMet, null);
  expect(verdicts.map((v) => v.status)).toEqual(Array(12).fill('met')); // the twelve targets
  expect(checkFailure(verdicts)).toBeNull();
});

test('one missed target fails --check and names it', () => {
  // 2.18 s > 2 s at 1,048,576 rows
  const failure = checkFailure(judgeTargets({ ...allMet, engine: [engine(2180, 593)] }, null));
  expect(failure).toContain('1 of 12');
  expect(failure).toContain('engine at 1,048,576 rows ≤ 2 s: not met');
});

test('the baseline ratio is judged against the recalculation: 1,980 / 110 = 18× misses 20×', () => {
  const failure = checkFailure(judgeTargets({ ...allMet, baseline: [baseline(1980, 110)] }, null));
  expect(failure).toContain('SUMIFS baseline');
});

test('a target left out of the run (short sizes, missing LibreOffice) fails --check as not measured', () => {
  const short: BenchResults = {
    engine: [{ ...engine(200, 100), orders: 10_000 }],
    baseline: [],
    adapter: null,
    columnRead: null,
    cli: [],
  };
  const verdicts = judgeTargets(short, 'soffice (LibreOffice) is not on PATH');
  expect(verdicts.every((v) => v.status === 'not measured')).toBe(true);
  expect(checkFailure(verdicts)).toContain('soffice (LibreOffice) is not on PATH');
});

test('an adapter over 4 MB per request misses its target', () => {
  const big = { ...adapter, result: { ...adapter.result, maxRequestBytes: 4 * 1024 * 1024 + 1 } };
  expect(checkFailure(judgeTargets({ ...allMet, adapter: big }, null))).toContain('no request over 4 MB: not met');
});

test('the 71-column read: 31 % of the bytes, or more syncs than reading every column, misses its target', () => {
  const over = { ...columnRead, result: { ...columnRead.result, usedColumns: readCost(0.31 * 148_000_000, 16) } };
  expect(checkFailure(judgeTargets({ ...allMet, columnRead: over }, null))).toContain('71-column report');
  const moreSyncs = { ...columnRead, result: { ...columnRead.result, usedColumns: readCost(37_000_000, 52) } };
  expect(checkFailure(judgeTargets({ ...allMet, columnRead: moreSyncs }, null))).toContain(
    'syncs not growing: not met',
  );
});

test('cs-kpi on 100,000 orders is judged against LibreOffice in the same run: 11,000 / 4,000 ms = 2.75× misses 3×', () => {
  const failure = checkFailure(judgeTargets({ ...allMet, cli: [cliRun(100_000, 4000, 300), cli[1]] }, null));
  expect(failure).toContain('1 of 12');
  expect(failure).toContain('≥ 3× faster than LibreOffice open + recalculate (wall, same run): not met (2.8×');
});

test('cs-kpi on 1,048,576 orders misses on time (15.1 s) and on memory (1,537 MB) separately', () => {
  const slow = checkFailure(judgeTargets({ ...allMet, cli: [cli[0], cliRun(1_048_576, 15_100, 1400)] }, null));
  expect(slow).toContain('1 of 12');
  expect(slow).toContain('as .xlsx ≤ 15 s wall: not met');
  const big = checkFailure(judgeTargets({ ...allMet, cli: [cli[0], cliRun(1_048_576, 14_000, 1537)] }, null));
  expect(big).toContain('1 of 12');
  expect(big).toContain('as .xlsx ≤ 1.5 GB peak RSS: not met (1537 MB)');
});

test('cs-kpi on the 1,048,576-row GBK CSV misses on time (5.1 s) and on memory (1,025 MB) separately; a smaller run is not measured', () => {
  const slow = checkFailure(judgeTargets({ ...allMet, csvCli: csvRun(5100, 1000) }, null));
  expect(slow).toContain('1 of 12');
  expect(slow).toContain('as GBK CSV ≤ 5 s wall: not met');
  const big = checkFailure(judgeTargets({ ...allMet, csvCli: csvRun(4900, 1025) }, null));
  expect(big).toContain('1 of 12');
  expect(big).toContain('as GBK CSV ≤ 1 GB peak RSS: not met (1025 MB)');
  const small = { ok: true as const, result: { ...csvCli.result, rows: 100_000 } };
  expect(judgeTargets({ ...allMet, csvCli: small }, null).filter((v) => v.status === 'not measured')).toHaveLength(2);
});

test('the pane target: a task of 201 ms while generating misses it; a page-thread run or a different payroll does not count as met', () => {
  const over: PaneOutcome = { ok: true, worker: paneRun('worker', 120, 201), onPage: paneRun('page', 1500, 1200) };
  expect(checkFailure(judgeTargets({ ...allMet, pane: over }, null))).toContain(
    'no main-thread task over 200 ms during check and generate: not met',
  );
  const noWorker: PaneOutcome = {
    ok: true,
    worker: { ...paneRun('worker', 120, 150), workersStarted: 0 },
    onPage: paneRun('page', 1500, 1200),
  };
  expect(checkFailure(judgeTargets({ ...allMet, pane: noWorker }, null))).toContain(
    '200 ms during check and generate: not met',
  );
  const differs: PaneOutcome = {
    ok: true,
    worker: paneRun('worker', 120, 150),
    onPage: { ...paneRun('page', 1500, 1200), payroll: '[]' },
  };
  expect(checkFailure(judgeTargets({ ...allMet, pane: differs }, null))).toContain(
    '200 ms during check and generate: not met',
  );
  expect(judgeTargets({ ...allMet, pane: null }, null).pop()).toMatchObject({
    status: 'not measured',
    measured: 'BENCH_PANE_ORDERS=0',
  });
});

import { medianRun, rangeNote, repeatsFrom, runsText } from '../../bench/repeats';
import { judgeTargets, type BenchResults } from '../../bench/targets';
import type { EngineSizeResult } from '../../bench/engine-child';

const run = (wallMs: number, cpuMs = wallMs) => ({ wallMs, cpuMs });

test('the median run is kept whole, with every run’s wall time in the order they ran', () => {
  const m = medianRun([run(2650, 3270), run(1740, 2270), run(2100, 2800)], (r) => r.wallMs);
  // Sorted 1740, 2100, 2650: the middle one, its own CPU time with it.
  expect(m).toEqual({ wallMs: 2100, cpuMs: 2800, wallRuns: [2650, 1740, 2100] });
});

test('of an even count the lower middle run is kept; one run is itself', () => {
  expect(medianRun([run(4), run(1), run(3), run(2)], (r) => r.wallMs).wallMs).toBe(2);
  expect(medianRun([run(7)], (r) => r.wallMs)).toEqual({ wallMs: 7, cpuMs: 7, wallRuns: [7] });
  expect(() => medianRun([], (r: { wallMs: number }) => r.wallMs)).toThrow();
});

test('BENCH_REPEATS: a whole number from 1, else 3', () => {
  expect(repeatsFrom({})).toBe(3);
  expect(repeatsFrom({ BENCH_REPEATS: '1' })).toBe(1);
  expect(repeatsFrom({ BENCH_REPEATS: '5' })).toBe(5);
  for (const bad of ['0', '-2', '2.5', 'x', '']) expect(repeatsFrom({ BENCH_REPEATS: bad })).toBe(3);
});

test('a repeated run says so in its text; a single run says nothing more', () => {
  expect(runsText({ wallRuns: [2650, 1740, 2100] })).toBe('; median of 3 runs (2.65, 1.74, 2.10 s)');
  expect(rangeNote({ wallRuns: [2650, 1740, 2100] })).toBe(' (median of 3: 1.74–2.65)');
  expect(runsText({ wallRuns: [2100] })).toBe('');
  expect(runsText({})).toBe('');
  expect(rangeNote({})).toBe('');
});

test('the engine target is judged on the median run, and its verdict lists every run', () => {
  const engine = (wallRuns: number[], median: number) =>
    ({
      orders: 1_048_576,
      engineWallMs: median,
      engineCpuMs: median,
      enginePeakRssMb: 600,
      maxRssMb: 1600,
      wallRuns,
    }) as EngineSizeResult;
  const results = (e: EngineSizeResult): BenchResults => ({
    engine: [e],
    baseline: [],
    adapter: null,
    columnRead: null,
    cli: [],
  });
  // 1.74 < 2 s in one run, but the median 2.10 s is over: not met.
  const missed = judgeTargets(results(engine([2650, 1740, 2100], 2100)), null)[0];
  expect(missed.status).toBe('not met');
  expect(missed.measured).toBe('2.10 s wall, 2.10 s CPU; median of 3 runs (2.65, 1.74, 2.10 s)');
  // 2.65 s > 2 s in one run, but the median 1.90 s is under: met.
  expect(judgeTargets(results(engine([1900, 2650, 1800], 1900)), null)[0].status).toBe('met');
});

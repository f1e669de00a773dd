/**
 * The README's performance targets, judged on one benchmark run. Each target
 * is met, missed, or not measured (its size was left out of the run, or its
 * tool is missing); `npm run bench -- --check` fails unless every one is met.
 */
import type { AdapterOutcome } from './adapter';
import { columnReadTarget, type ColumnReadOutcome } from './column-read';
import type { BaselineResult } from './baseline';
import type { CliE2eResult } from './cli-e2e';
import type { EngineSizeResult } from './engine-child';
import { int, mb, sec } from './table';

export type TargetStatus = 'met' | 'not met' | 'not measured';

export interface TargetVerdict {
  target: string;
  measured: string;
  status: TargetStatus;
}

export interface BenchResults {
  engine: (EngineSizeResult | { orders: number; error: string })[];
  cli: CliE2eResult | { error: string } | null;
  adapter: AdapterOutcome | null;
  columnRead: ColumnReadOutcome | null;
  baseline: BaselineResult[];
}

export const FULL_SHEET_ROWS = 1_048_576;
const ENGINE_MAX_MS = 2000;
const ENGINE_MAX_RSS_MB = 1536;
const BASELINE_ROWS = 100_000;
const BASELINE_MIN_RATIO = 20;
const ADAPTER_EXTRA_SYNCS = 5;
const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const CLI_MAX_MS = 15_000;

const verdict = (target: string, measured: string, ok: boolean): TargetVerdict => ({
  target,
  measured,
  status: ok ? 'met' : 'not met',
});
const notMeasured = (target: string, why: string): TargetVerdict => ({ target, measured: why, status: 'not measured' });

function engineTargets(engine: BenchResults['engine']): TargetVerdict[] {
  const speed = `engine at ${int(FULL_SHEET_ROWS)} rows ≤ 2 s`;
  const memory = `peak RSS at ${int(FULL_SHEET_ROWS)} rows ≤ 1.5 GB`;
  const big = engine.find((r) => r.orders >= FULL_SHEET_ROWS);
  if (!big) return [notMeasured(speed, 'size not in BENCH_SIZES'), notMeasured(memory, 'size not in BENCH_SIZES')];
  if ('error' in big) return [verdict(speed, big.error, false), verdict(memory, big.error, false)];
  return [
    verdict(speed, `${sec(big.engineWallMs)} s wall, ${sec(big.engineCpuMs)} s CPU`, big.engineWallMs <= ENGINE_MAX_MS),
    verdict(
      memory,
      `${big.enginePeakRssMb} MB during the engine (input included); ${big.maxRssMb} MB process max, generating the input included`,
      big.enginePeakRssMb <= ENGINE_MAX_RSS_MB,
    ),
  ];
}

function baselineTarget(baseline: BaselineResult[], baselineNote: string | null): TargetVerdict {
  const target = `≥ ${BASELINE_MIN_RATIO}× faster than the LibreOffice SUMIFS baseline at ${int(BASELINE_ROWS)} rows, identical results`;
  const b = baseline.find((r) => r.orders === BASELINE_ROWS && r.method === 'sorted');
  if (!b) return notMeasured(target, baselineNote ?? 'size not in BENCH_SIZES');
  if (b.error) return verdict(target, b.error, false);
  const x = b.inside ? b.inside.recalcMs / b.engine.warmMs : null;
  const y = b.openRecalculate.wallMs / b.engine.wallMs;
  const same = b.mismatches.length === 0;
  const measured = `${x === null ? 'recalculation not timed' : `${x.toFixed(1)}× vs the recalculation (engine warm)`}, ${y.toFixed(1)}× vs open + recalculate (engine's first run) (sorted helper, wall); identical: ${same ? 'yes' : 'no'}`;
  // Against the recalculation when LibreOffice timed it; otherwise against the whole open + recalculate.
  return verdict(target, measured, same && (x !== null ? x >= BASELINE_MIN_RATIO : y >= BASELINE_MIN_RATIO));
}

function adapterTargets(adapter: AdapterOutcome | null): TargetVerdict[] {
  const syncTarget = 'adapter syncs ≤ chunks + small constant';
  const sizeTarget = 'no request over 4 MB';
  if (!adapter)
    return [notMeasured(syncTarget, 'BENCH_ADAPTER_ROWS=0'), notMeasured(sizeTarget, 'BENCH_ADAPTER_ROWS=0')];
  if (!adapter.ok) return [verdict(syncTarget, adapter.note, false), verdict(sizeTarget, adapter.note, false)];
  const r = adapter.result;
  const extra = Math.max(r.writeSyncs - r.chunks.write, r.readSyncs - r.chunks.read);
  return [
    verdict(
      syncTarget,
      `write ${r.writeSyncs} syncs / ${r.chunks.write} chunks, read ${r.readSyncs} / ${r.chunks.read} (+${extra})`,
      extra <= ADAPTER_EXTRA_SYNCS,
    ),
    verdict(sizeTarget, `${mb(r.maxRequestBytes)} MB largest request`, r.maxRequestBytes <= MAX_REQUEST_BYTES),
  ];
}

function cliTarget(cli: BenchResults['cli']): TargetVerdict {
  const target = 'cs-kpi on a 200,000-row .xlsx ≤ 15 s';
  if (!cli) return notMeasured(target, 'BENCH_CLI_ROWS=0');
  if ('error' in cli) return verdict(target, cli.error, false);
  const label = `cs-kpi on a ${int(cli.orders)}-row .xlsx ≤ 15 s`;
  if (cli.orders < 200_000) return notMeasured(label, `${int(cli.orders)} rows only (BENCH_CLI_ROWS)`);
  return verdict(
    label,
    `${sec(cli.wallMs)} s wall, ${sec(cli.cpuMs)} s CPU, exit ${cli.exitCode}`,
    cli.exitCode === 0 && cli.wallMs <= CLI_MAX_MS,
  );
}

export function judgeTargets(r: BenchResults, baselineNote: string | null): TargetVerdict[] {
  return [
    ...engineTargets(r.engine),
    baselineTarget(r.baseline, baselineNote),
    ...adapterTargets(r.adapter),
    columnReadTarget(r.columnRead),
    cliTarget(r.cli),
  ];
}

/** Why `--check` fails, or null when every target is met. */
export function checkFailure(verdicts: TargetVerdict[]): string | null {
  const bad = verdicts.filter((v) => v.status !== 'met');
  if (bad.length === 0) return null;
  return `bench --check: ${bad.length} of ${verdicts.length} targets not met or not measured:\n${bad.map((v) => `  - ${v.target}: ${v.status} (${v.measured})`).join('\n')}`;
}

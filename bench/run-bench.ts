/**
 * `npm run bench`: prints Markdown tables and the README targets met or not;
 * `npm run bench -- --check` also exits non-zero unless every target is met.
 *
 *  1. Engine on synthetic shops (N order rows × 200 agents × 31 days of
 *     chat), one child process per size: engine wall and CPU, checksums,
 *     output build, heap and RSS.
 *  2. cs-kpi end to end on .xlsx shops of 100,000 and 1,048,576 orders.
 *  3. The Office.js adapter against the Excel fake: syncs and request sizes,
 *     and the read of the 71-column order report, every column vs used columns.
 *  4. The spreadsheet baseline: the same KPIs as SUMIFS/COUNTIFS recalculated
 *     by LibreOffice, compared cell by cell with the engine, and the ratio.
 *
 * Environment:
 *   BENCH_SIZES=10000,100000,1048576   engine sizes (the baseline runs at those ≤ 100,000)
 *   BENCH_CLI_ROWS=100000,1048576      order rows of the cs-kpi .xlsx runs; 0 skips them
 *   BENCH_ADAPTER_ROWS=1048575         data rows under one header row (a full sheet); 0 skips
 *   BENCH_COLUMN_ROWS=200000           orders of the 71-column report read both ways; 0 skips
 *   BENCH_CSV_ROWS=1048576             order rows of the GBK CSV through cs-kpi (generated once into $TMPDIR/cs-kpi-csv-bench); 0 skips
 *   BENCH_COUNTIFS_SIZES=10000         sizes for the unsorted 1/COUNTIFS baseline (quadratic); empty skips
 *   BENCH_LO_TIMEOUT_S=300             per LibreOffice run
 *   BENCH_CONSULTATIONS=1048576:2000000 orders:consultations for attribution by 接待记录; 0 skips
 *   BENCH_WRITER_ROWS=62000            Issues rows of the output workbook written by both writers; 0 skips
 *   BENCH_REPEATS=3                    runs of the 1M engine child, of each cs-kpi .xlsx size and of the CSV; the median is kept (repeats.ts)
 *   BENCH_JSON=<file>                  also write every measurement as JSON
 */
import { mkdtempSync, promises as fs, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENGINE_VERSION } from '../src/engine';
import { runChild } from './child';
import type { EngineSizeResult } from './engine-child';
import { consultationBench, printConsultations } from './consultations';
import { printWriter, writerBench } from './writer';
import { cliEndToEnd, type CliE2eResult, type CliOutcome } from './cli-e2e';
import { measureAdapterInChild, AdapterOutcome } from './adapter';
import { measureColumnReadInChild, printColumnRead, type ColumnReadOutcome } from './column-read';
import { csvCliBench, type CsvCliOutcome, type CsvCliResult, printCsvCli } from './csv-cli';
import { paneLongTaskBench, PANE_TARGET_ORDERS, printPaneLongTasks, type PaneOutcome } from './pane-long-tasks';
import { runBaseline, BaselineResult } from './baseline';
import { findSoffice, makeRecalcTimingProfile } from '../test/support/libreoffice';
import { machineInfo, machineText } from './machine';
import { int, markdownTable, mb, ratio, sec } from './table';
import { checkFailure, FULL_SHEET_ROWS, judgeTargets, type TargetVerdict } from './targets';
import { medianRun, rangeNote, repeatsFrom } from './repeats';

// Compiled to bench-out/build/bench/ (bench/tsconfig.json).
const repoRoot = path.resolve(__dirname, '..', '..', '..');

function sizesFrom(name: string, def: number[]): number[] {
  const v = process.env[name];
  if (v === undefined) return def;
  return v
    .split(',')
    .map((s) => s.trim().replace(/_/g, ''))
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

function numberFrom(name: string, def: number): number {
  const v = Number(process.env[name]);
  return process.env[name] === undefined || !Number.isFinite(v) ? def : v;
}

const out = (s = ''): void => {
  process.stdout.write(s + '\n');
};
const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** One child per size; the full sheet's child `repeats` times, its median run kept (see repeats.ts). */
async function engineSizes(
  sizes: number[],
  repeats: number,
): Promise<(EngineSizeResult | { orders: number; error: string })[]> {
  const results: (EngineSizeResult | { orders: number; error: string })[] = [];
  for (const n of sizes) {
    const heap = Math.max(2048, Math.ceil((n / 1_048_576) * 6144));
    const count = n >= FULL_SHEET_ROWS ? repeats : 1;
    const runs: EngineSizeResult[] = [];
    let failed: { orders: number; error: string } | null = null;
    for (let i = 0; i < count && !failed; i++) {
      progress(`engine, ${int(n)} order rows${count > 1 ? ` (run ${i + 1} of ${count})` : ''}…`);
      const r = await runChild<EngineSizeResult>(path.join(__dirname, 'engine-child.js'), [String(n)], {
        nodeArgs: ['--expose-gc', `--max-old-space-size=${heap}`],
      });
      if (r.result) runs.push(r.result);
      else failed = { orders: n, error: `exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}` };
    }
    results.push(failed ?? medianRun(runs, (r) => r.engineWallMs));
  }
  return results;
}

function printEngine(results: (EngineSizeResult | { orders: number; error: string })[]): void {
  out('### Engine (runPayroll: parse + attribute + measure + score + pay; no checksums)');
  out();
  out(
    'Synthetic shop: N order rows × 200 agents × 31 days of chat stats (`generateDemoWorkbook({ minimal: true })`), one child process per size.',
  );
  out();
  const rows = results.map((r) =>
    'error' in r
      ? [int(r.orders), 'failed', r.error, '', '', '', '', '', '', '', '']
      : [
          int(r.orders),
          sec(r.generateMs),
          `${sec(r.engineWallMs)}${rangeNote(r)}`,
          sec(r.engineCpuMs),
          `${sec(r.bareReadMs)} (engine ${(r.engineWallMs / r.bareReadMs).toFixed(1)}×)`,
          `${sec(r.checksumCryptoMs)} / ${sec(r.checksumJsMs)}`,
          sec(r.outputsMs),
          `${r.inputHeapMb} → ${r.heapAfterEngineMb}`,
          `${r.inputRssMb} → ${r.enginePeakRssMb}`,
          String(r.maxRssMb),
          int(r.issues),
        ],
  );
  out(
    markdownTable(
      [
        'order rows',
        'generate s (not counted)',
        'engine wall s',
        'engine CPU s',
        'bare read of the input s',
        'checksums s (Node crypto / JS)',
        'build outputs s',
        'heap MB (input → after engine)',
        'RSS MB (input → engine peak)',
        'process max RSS MB',
        'issues logged',
      ],
      rows,
    ),
  );
  out();
  out(
    "The bare read touches every input cell once (each character of each string) in a loop of its own, just before the engine: the least any reader must do, and a gauge of how fast the shared machine is at that moment; the engine's multiple of it is steadier than either time.",
  );
  out(
    'Heap "after engine" is read before any forced GC, so it includes the run\'s garbage; the engine peak RSS is sampled every 5 ms from a worker thread; process max RSS (getrusage) includes generating the input.',
  );
  out();
}

/** cs-kpi on the n-order .xlsx `repeats` times (the first writes it if not cached); the median run, or the first failure. */
async function cliRepeated(n: number, work: string, repeats: number): Promise<CliOutcome> {
  const runs: CliE2eResult[] = [];
  for (let i = 0; i < repeats; i++) {
    progress(
      `cs-kpi on a ${int(n)}-order .xlsx${i === 0 ? ' (writing it once if not cached)' : ''}, run ${i + 1} of ${repeats}…`,
    );
    const r = await cliEndToEnd(repoRoot, work, path.join(os.tmpdir(), 'cs-kpi-bench-cache'), n).catch((e: Error) => ({
      orders: n,
      error: e.message,
    }));
    if ('error' in r) return r;
    runs.push(r);
  }
  // Generating the input (first run only) is not part of any run's time: shown once.
  return { ...medianRun(runs, (r) => r.wallMs), generateMs: runs[0].generateMs };
}

/** cs-kpi on the GBK CSV `repeats` times; the median run, or the first failure. */
async function csvCliRepeated(rows: number, repeats: number): Promise<CsvCliOutcome> {
  const runs: CsvCliResult[] = [];
  for (let i = 0; i < repeats; i++) {
    progress(`cs-kpi on a ${int(rows)}-row GBK order CSV, run ${i + 1} of ${repeats}…`);
    const c = await csvCliBench(repoRoot, rows, path.join(os.tmpdir(), 'cs-kpi-csv-bench'), progress).catch(
      (e: Error) => ({ ok: false as const, note: e.message }),
    );
    if (!c.ok) return c;
    runs.push(c.result);
  }
  return { ok: true, result: medianRun(runs, (r) => r.wallMs) };
}

function printCli(results: CliOutcome[]): void {
  out('### cs-kpi end to end on an .xlsx');
  out();
  if (results.length === 0) return out('skipped (BENCH_CLI_ROWS=0)\n');
  out(
    markdownTable(
      ['order rows', '.xlsx MB', 'generate s (not counted)', 'wall s', 'CPU s', 'peak RSS MB', 'exit'],
      results.map((r) =>
        'error' in r
          ? [int(r.orders), 'failed', r.error.slice(0, 200), '', '', '', '']
          : [
              int(r.orders),
              r.inputMb.toFixed(1),
              r.generateMs === null ? 'cached' : sec(r.generateMs),
              `${sec(r.wallMs)}${rangeNote(r)}`,
              sec(r.cpuMs),
              r.maxRssMb === null ? '—' : String(r.maxRssMb),
              String(r.exitCode),
            ],
      ),
    ),
  );
  out();
  out(
    "`node bin/cs-kpi.js payroll <file> --period 2026-10 --out <file>`: reads the workbook with the values-only reader (src/cli/xlsx), runs the engine with checksums, writes the five output sheets with its streaming writer (src/engine/xlsx-out, zipped by src/cli/xlsx-write-package.ts). Input: the demo shop (`generateDemoWorkbook`, 200 agents, every sheet `cs-kpi demo` writes) written once by ExcelJS's streaming writer.",
  );
  for (const r of results)
    if (!('error' in r) && r.stderr) out(`stderr at ${int(r.orders)}: ${r.stderr.slice(0, 500)}`);
  out();
}

function printAdapter(a: AdapterOutcome | null): void {
  out('### Excel adapter against the Excel fake (test/excel-fake)');
  out();
  if (!a) return out('skipped (BENCH_ADAPTER_ROWS=0)\n');
  if (!a.ok) return out(`skipped: ${a.note}\n`);
  const r = a.result;
  out(
    markdownTable(
      [
        'sheet rows × cols',
        'chunks write / read',
        'syncs write / read',
        'largest request MB',
        'largest response MB',
        'write s',
        'read s',
        'values round-trip',
        'calc suspended on every write',
      ],
      [
        [
          `${int(r.rows + 1)} × ${r.cols}`,
          `${r.chunks.write} / ${r.chunks.read}`,
          `${r.writeSyncs} / ${r.readSyncs}`,
          mb(r.maxRequestBytes),
          mb(r.maxResponseBytes),
          sec(r.writeMs),
          sec(r.readMs),
          r.roundTripOk ? 'yes' : 'NO',
          r.calculationSuspendedOnEveryWrite ? 'yes' : 'NO',
        ],
      ],
    ),
  );
  out();
  out(
    `One order sheet of ${int(r.rows)} rows under a header (13 Taobao columns), written as an input sheet and read back (\`measureAdapter\`). Sizes are UTF-8 JSON bytes of each request/response.`,
  );
  out();
}

const METHOD_TEXT = { sorted: 'sorted helper', countifs: '1/COUNTIFS helper' } as const;

function printBaseline(results: BaselineResult[], note: string | null): void {
  out('### Side by side: SUMIFS/COUNTIFS formulas recalculated by LibreOffice vs the engine');
  out();
  if (note) return out(`skipped: ${note}\n`);
  const rows = results.map((r) => [
    int(r.orders),
    METHOD_TEXT[r.method],
    int(r.formulas),
    `${sec(r.engine.wallMs)} / ${sec(r.engine.warmMs)}`,
    r.inside ? sec(r.inside.recalcMs) : (r.insideNote ?? '—'),
    `${sec(r.openRecalculate.wallMs)} / ${sec(r.openRecalculate.cpuMs)}`,
    r.error
      ? r.error
      : r.mismatches.length === 0
        ? `yes (${int(r.cellsCompared)} cells, ${r.agentsCompared} agents)`
        : `NO: ${r.mismatches.length} differ`,
    r.error || !r.inside ? '—' : ratio(r.inside.recalcMs, r.engine.warmMs),
    r.error ? '—' : ratio(r.openRecalculate.wallMs, r.engine.wallMs),
  ]);
  out(
    markdownTable(
      [
        'order rows',
        'buyers (distinct)',
        'formulas',
        'engine s, first run / warm',
        'LibreOffice recalculation s (calculateAll, wall)',
        'LibreOffice open + recalculate + export, wall / CPU s',
        'identical results',
        'engine (warm) × faster than the recalculation',
        'engine (first run) × faster than open + recalculate',
      ],
      rows,
    ),
  );
  out();
  out(
    'The KPI sheet has one row per agent: 销售额 = SUMIFS(实付, 备忘, 工号); 销售人数 = SUMIFS(helper, 备忘, 工号); 询单人数 = SUMIFS(询单, 旺旺, account, 付款人数, ">=0") (days whose 付款人数 reads 延迟统计 are left out, as the engine does); 询单付款人数 = SUMIFS(付款人数, 旺旺, account); 转化率 and 客单价 as quotients. The chat sheet is the demo\'s (200 agents × 31 days).',
  );
  out(
    'Distinct buyers need a helper column: "sorted helper" = orders sorted by 工号 then buyer beforehand (Data › Sort; not timed), helper = IF(AND(E2=E1,B2=B1),0,1) — linear, and favours the spreadsheet; "1/COUNTIFS helper" = orders as exported, helper = 1/COUNTIFS(工号列,工号,买家列,买家), the SUMPRODUCT(1/COUNTIFS) idiom as a column — quadratic (over 10 minutes at 100,000 rows here), so it runs at BENCH_COUNTIFS_SIZES only.',
  );
  out(
    'Orders are ones both sides attribute the same way: the memo is exactly one 工号, all paid in the period, no postage, refunds or splits. Values come from a conversion with a fresh private profile forcing recalculation on load (OOXMLRecalcMode=0); the recalculation alone is timed inside LibreOffice by a Basic macro (document loaded without calculating, then calculateAll()). Engine = runPayroll on the same rows, in the bench process: its first run (compiling included) against LibreOffice opening and recalculating, the best of three runs after it (warm) against calculateAll() in a document already open.',
  );
  for (const r of results)
    for (const m of r.mismatches.slice(0, 5)) out(`  mismatch at ${int(r.orders)} (${r.method}): ${m}`);
  out();
  for (const r of results.filter((x) => !x.error && x.mismatches.length === 0)) {
    const vsRecalc = r.inside
      ? `${ratio(r.inside.recalcMs, r.engine.warmMs)} faster than LibreOffice's recalculation (warm) and `
      : '';
    out(
      `At ${int(r.orders)} rows (${METHOD_TEXT[r.method]}): engine is ${vsRecalc}${ratio(r.openRecalculate.wallMs, r.engine.wallMs)} faster than opening and recalculating the workbook in LibreOffice (first run, wall time), with identical results.`,
    );
  }
  out();
}

function printTargets(verdicts: TargetVerdict[]): void {
  out('### Targets (README)');
  out();
  out(
    markdownTable(
      ['target', 'measured', ''],
      verdicts.map((v) => [v.target, v.measured, v.status]),
    ),
  );
  out();
}

/** `check`: exit non-zero unless every README target is met. */
export async function runBench(check = false): Promise<void> {
  const started = Date.now();
  const sizes = sizesFrom('BENCH_SIZES', [10_000, 100_000, 1_048_576]);
  const cliSizes = sizesFrom('BENCH_CLI_ROWS', [100_000, 1_048_576]);
  const adapterRows = numberFrom('BENCH_ADAPTER_ROWS', 1_048_575);
  const columnRows = numberFrom('BENCH_COLUMN_ROWS', 200_000);
  const csvRows = numberFrom('BENCH_CSV_ROWS', 1_048_576);
  const paneOrders = numberFrom('BENCH_PANE_ORDERS', PANE_TARGET_ORDERS);
  const countifsSizes = sizesFrom('BENCH_COUNTIFS_SIZES', [10_000]);
  const loTimeoutMs = numberFrom('BENCH_LO_TIMEOUT_S', 300) * 1000;
  const work = mkdtempSync(path.join(os.tmpdir(), 'cs-kpi-bench-'));
  const machine = machineInfo();
  try {
    out(`## CS Performance benchmark (engine ${ENGINE_VERSION}, ${new Date().toISOString()})`);
    out();
    out(machineText(machine));
    out(
      'Wall-clock times are noisy on a shared machine; CPU time (user + system, all threads) is the steadier figure.',
    );
    out();

    const repeats = repeatsFrom();
    const engine = await engineSizes(sizes, repeats);
    printEngine(engine);

    const consultations = await consultationBench(process.env.BENCH_CONSULTATIONS ?? '1048576:2000000', progress);
    printConsultations(consultations, out);
    const writer = await writerBench(numberFrom('BENCH_WRITER_ROWS', 62000), progress);
    printWriter(writer, out);

    const cli: CliOutcome[] = [];
    for (const n of cliSizes) cli.push(await cliRepeated(n, work, repeats));
    printCli(cli);

    let csvCli: CsvCliOutcome | null = null;
    if (csvRows > 0) csvCli = await csvCliRepeated(csvRows, repeats);
    printCsvCli(csvCli, out);

    let adapter: AdapterOutcome | null = null;
    if (adapterRows > 0) {
      progress(`adapter against the Excel fake, ${int(adapterRows + 1)} rows…`);
      adapter = await measureAdapterInChild(adapterRows, 13).catch((e: Error) => ({
        ok: false as const,
        note: e.message,
      }));
    }
    printAdapter(adapter);

    let columnRead: ColumnReadOutcome | null = null;
    if (columnRows > 0) {
      progress(`add-in read of the 71-column report, ${int(columnRows)} orders, both ways…`);
      columnRead = await measureColumnReadInChild(columnRows).catch((e: Error) => ({
        ok: false as const,
        note: e.message,
      }));
    }
    printColumnRead(columnRead, out);

    let pane: PaneOutcome | null = null;
    if (paneOrders > 0)
      pane = await paneLongTaskBench(paneOrders, progress).catch((e: Error) => ({
        ok: false as const,
        note: e.message,
      }));
    printPaneLongTasks(pane, out);

    const soffice = findSoffice();
    const baseline: BaselineResult[] = [];
    const baselineSizes = sizes.filter((n) => n <= 100_000);
    let baselineNote: string | null = soffice.path ? null : soffice.reason;
    if (soffice.path && baselineSizes.length === 0 && countifsSizes.length === 0)
      baselineNote = 'no size ≤ 100,000 in BENCH_SIZES';
    if (soffice.path && !baselineNote) {
      progress('LibreOffice: preparing a profile with the recalculation-timing macro…');
      const timingProfile = await makeRecalcTimingProfile(soffice.path, path.join(work, 'lo-timing-profile')).catch(
        (e: Error) => {
          progress(`recalculation timing unavailable: ${e.message}`);
          return null;
        },
      );
      const runs: [number, 'sorted' | 'countifs'][] = [
        ...baselineSizes.map((n) => [n, 'sorted'] as [number, 'sorted']),
        ...countifsSizes.map((n) => [n, 'countifs'] as [number, 'countifs']),
      ];
      for (const [n, method] of runs) {
        progress(`LibreOffice baseline, ${int(n)} rows, ${METHOD_TEXT[method]}…`);
        baseline.push(
          await runBaseline(
            soffice.path,
            timingProfile,
            path.join(work, `baseline-${method}-${n}`),
            n,
            method,
            loTimeoutMs,
          ),
        );
      }
    }
    printBaseline(baseline, baselineNote);
    const verdicts = judgeTargets({ engine, cli, csvCli, adapter, columnRead, pane, baseline }, baselineNote);
    printTargets(verdicts);
    out(`Benchmark took ${Math.round((Date.now() - started) / 1000)} s.`);
    const failure = check ? checkFailure(verdicts) : null;
    if (failure) {
      process.stderr.write(`${failure}\n`);
      process.exitCode = 1;
    }

    if (process.env.BENCH_JSON)
      await fs.writeFile(
        process.env.BENCH_JSON,
        JSON.stringify(
          { machine, engine, consultations, writer, cli, csvCli, adapter, columnRead, pane, baseline },
          null,
          2,
        ),
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runBench(process.argv.includes('--check')).catch((e) => {
    process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
}

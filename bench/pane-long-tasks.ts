/**
 * The pane's longest main-thread task during 检查数据 and 生成月度工资 at
 * 200,000 orders, in Chromium over the Excel fake: the engine in its Web
 * Worker, and forced onto the page (before the worker). The measurement is
 * the e2e test's (test/support/pane-long-tasks.ts). A section of `npm run
 * bench` (BENCH_PANE_ORDERS=0 skips it), or alone:
 *   npm run build:bench && node bench-out/build/bench/pane-long-tasks.js [orders]
 */
import { existsSync } from 'fs';
import {
  LONG_TASK_LIMIT_MS,
  startPaneLongTaskRig,
  type PaneLongTasks,
  type PhaseTasks,
} from '../test/support/pane-long-tasks';
import { int, markdownTable, sec } from './table';
import type { TargetVerdict } from './targets';

export const PANE_TARGET_ORDERS = 200_000;
const PERIOD = '2026-10';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type PaneOutcome = { ok: true; worker: PaneLongTasks; onPage: PaneLongTasks } | { ok: false; note: string };

export async function paneLongTaskBench(orders: number, progress: (s: string) => void): Promise<PaneOutcome> {
  if (!existsSync(CHROMIUM)) return { ok: false, note: `Chromium is not at ${CHROMIUM} (set CHROMIUM_PATH)` };
  progress('pane: building the add-in and the fake host…');
  const rig = await startPaneLongTaskRig(CHROMIUM);
  try {
    progress(`pane: check + generate at ${int(orders)} orders, engine in its worker…`);
    const worker = await rig.measure({ orders, period: PERIOD, engine: 'worker' });
    progress(`pane: the same with the engine on the page…`);
    const onPage = await rig.measure({ orders, period: PERIOD, engine: 'page' });
    return { ok: true, worker, onPage };
  } finally {
    await rig.close();
  }
}

const phaseCells = (p: PhaseTasks) => [
  String(p.longestOursMs),
  `${p.longestMs} (fake ${p.fakeMsInLongest})`,
  String(p.longTasks),
  sec(p.phaseMs),
];

export function printPaneLongTasks(p: PaneOutcome | null, out: (s?: string) => void): void {
  out('### The pane stays responsive: main-thread long tasks in Chromium');
  out();
  if (!p) return out('skipped (BENCH_PANE_ORDERS=0)\n');
  if (!p.ok) return out(`failed: ${p.note}\n`);
  const row = (r: PaneLongTasks, where: string) => [
    [where, '检查数据 (check)', ...phaseCells(r.check)],
    [where, '生成月度工资 (generate)', ...phaseCells(r.generate)],
  ];
  out(
    markdownTable(
      [
        'engine',
        'action',
        'longest task of the pane ms',
        "longest task ms (fake Excel's work in it)",
        'long tasks (> 50 ms)',
        'click to result s',
      ],
      [...row(p.worker, 'Web Worker'), ...row(p.onPage, 'page thread (before)')],
    ),
  );
  out();
  out(
    `The built add-in (\`npm run build\`) over the Excel fake with the demo month of ${int(p.worker.orders)} orders, a PerformanceObserver('longtask') in the page. The fake answers each sync in a later task, as Excel does from its own process, and times its own work; "of the pane" is a task less that work. "Page thread" is the same build with Worker taken away (the fallback). Workers started: ${p.worker.workersStarted}. Same payroll sheet both ways: ${p.worker.payroll === p.onPage.payroll ? 'yes' : 'NO'}.`,
  );
  out();
}

export function paneTarget(p: PaneOutcome | null): TargetVerdict {
  const target = `Pane at ${int(PANE_TARGET_ORDERS)} orders: no main-thread task over ${LONG_TASK_LIMIT_MS} ms during check and generate`;
  if (!p) return { target, measured: 'BENCH_PANE_ORDERS=0', status: 'not measured' };
  if (!p.ok) return { target, measured: p.note, status: 'not met' };
  if (p.worker.orders < PANE_TARGET_ORDERS)
    return { target, measured: `${int(p.worker.orders)} orders run`, status: 'not measured' };
  const w = p.worker;
  const longest = Math.max(w.check.longestOursMs, w.generate.longestOursMs);
  const before = Math.max(p.onPage.check.longestOursMs, p.onPage.generate.longestOursMs);
  const ok =
    longest <= LONG_TASK_LIMIT_MS &&
    w.workersStarted > 0 &&
    w.pageErrors.length === 0 &&
    w.payroll === p.onPage.payroll;
  return {
    target,
    measured: `longest ${longest} ms (check ${w.check.longestOursMs}, generate ${w.generate.longestOursMs}); ${before} ms with the engine on the page`,
    status: ok ? 'met' : 'not met',
  };
}

if (require.main === module) {
  const orders = Number(process.argv[2] ?? PANE_TARGET_ORDERS);
  const out = (s = '') => process.stdout.write(s + '\n');
  paneLongTaskBench(orders, (s) => process.stderr.write(`${s}\n`))
    .then((p) => {
      printPaneLongTasks(p, out);
      const v = paneTarget(p);
      out(`${v.target}: ${v.status} (${v.measured})`);
    })
    .catch((e) => {
      process.stderr.write(`pane-long-tasks: ${e && e.stack ? e.stack : e}\n`);
      process.exitCode = 1;
    });
}

/**
 * The pane's main-thread long tasks at a large month, in Chromium over the
 * Excel fake: the built add-in, a PerformanceObserver('longtask'), then
 * 检查数据 and 生成月度工资 as a manager clicks them, with the engine in its Web
 * Worker or forced onto the page (Worker taken away). The fake answers each
 * sync in a later task and times its own work, which real Excel does in its
 * own process: a task's "ours" is its length less the fake's work inside it.
 * Shared by the e2e test (test/e2e/long-tasks.e2e.test.ts) and `npm run bench`
 * (bench/pane-long-tasks.ts); src/ never imports it.
 */
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { buildAddin, buildFakeHost } from '../e2e/build';
import { launchChromium, newPanePage } from '../e2e/chromium-pane';
import { serveDirectory } from '../e2e/static-server';

/** Issue #17's bound: no main-thread task over this during check and generate. */
export const LONG_TASK_LIMIT_MS = 200;

interface Span {
  start: number;
  end: number;
}

export interface PhaseTasks {
  /** The phase, click to result, ms. */
  phaseMs: number;
  /** Long tasks (over 50 ms, the browser's threshold) in the phase. */
  longTasks: number;
  /** Longest task as the browser saw it, and the fake Excel's own work inside it. */
  longestMs: number;
  fakeMsInLongest: number;
  /** Longest task less the fake's work in it: the pane's own. */
  longestOursMs: number;
  /** Tasks whose own part is over LONG_TASK_LIMIT_MS. */
  oursOverLimit: number;
}

export interface PaneLongTasks {
  engine: 'worker' | 'page';
  orders: number;
  /** Workers the page started (the engine's, one a job). */
  workersStarted: number;
  pageErrors: string[];
  check: PhaseTasks;
  generate: PhaseTasks;
  /** The payroll sheet's values as JSON: the same month whichever thread computed it. */
  payroll: string;
}

export interface PaneLongTaskRig {
  measure(opts: { orders: number; period: string; engine: 'worker' | 'page' }): Promise<PaneLongTasks>;
  close(): Promise<void>;
}

declare const window: {
  __longTasks: Span[];
  __workersStarted: number;
  __fakeExcel: { ownWork: Span[]; snapshot(): { name: string; values: unknown[][] }[] };
};

// Runs in the page before its scripts: records every long task, counts workers, or takes Worker away.
const observer = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration }); }).observe({ type: 'longtask', buffered: true });`;
const countWorkers = `window.__workersStarted = 0;
if (typeof Worker === 'function') { const W = Worker; window.Worker = class extends W { constructor(...a) { super(...a); window.__workersStarted++; } }; }`;
const noWorker = `Object.defineProperty(window, 'Worker', { value: undefined, configurable: true });`;

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function tasksIn(phase: Span, tasks: Span[], fakeWork: Span[]): PhaseTasks {
  const inside = tasks
    .filter((t) => overlap(t, phase) > 0)
    .map((t) => {
      const fakeMs = fakeWork.reduce((n, f) => n + overlap(t, f), 0);
      return { ms: t.end - t.start, fakeMs, ours: t.end - t.start - fakeMs };
    });
  const longest = inside.reduce((m, t) => (t.ms > m.ms ? t : m), { ms: 0, fakeMs: 0, ours: 0 });
  return {
    phaseMs: Math.round(phase.end - phase.start),
    longTasks: inside.length,
    longestMs: Math.round(longest.ms),
    fakeMsInLongest: Math.round(longest.fakeMs),
    longestOursMs: Math.round(Math.max(0, ...inside.map((t) => t.ours))),
    oursOverLimit: inside.filter((t) => t.ours > LONG_TASK_LIMIT_MS).length,
  };
}

/**
 * Builds the add-in as `npm run build` does and the fake host (E2E_DIST reuses a build), serves it, starts Chromium.
 * `chromium`: the browser's path (test/support/tools.ts's CHROMIUM; not imported here, it needs jest's globals).
 */
export async function startPaneLongTaskRig(chromium: string): Promise<PaneLongTaskRig> {
  const work = await mkdtemp(join(tmpdir(), 'cs-long-tasks-'));
  const [dist, fakeHost] = await Promise.all([buildAddin(join(work, 'dist')), buildFakeHost(join(work, 'fake'))]);
  const server = await serveDirectory(dist);
  const browser = await launchChromium(chromium);
  return {
    measure: (opts) => measure(browser, server.url, fakeHost, opts),
    close: async () => {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

async function measure(
  browser: Browser,
  url: string,
  fakeHost: string,
  opts: { orders: number; period: string; engine: 'worker' | 'page' },
): Promise<PaneLongTasks> {
  const pageErrors: string[] = [];
  const page = await newPanePage(browser, pageErrors);
  try {
    await page.addInitScript({
      content: `window.__fakeDemoOrders = ${opts.orders}; window.__fakeDemoPeriod = '${opts.period}';`,
    });
    await page.addInitScript({ content: opts.engine === 'page' ? noWorker : countWorkers });
    await page.addInitScript({ content: fakeHost });
    await page.addInitScript({ content: observer });
    await page.goto(`${url}/taskpane.html`);
    await page.getByLabel('考核期间').fill(opts.period);
    const check = page.getByRole('button', { name: '检查数据' });
    await check.waitFor({ timeout: 600_000 });
    const now = () => page.evaluate(() => performance.now());

    const t0 = await now();
    await check.click();
    await page.getByRole('heading', { name: /^数据问题（\d+）$/ }).waitFor({ timeout: 900_000 });
    const t1 = await now();
    await page.getByRole('button', { name: '生成月度工资' }).click();
    await page.getByRole('region', { name: `${opts.period} 工资已生成` }).waitFor({ timeout: 900_000 });
    const t2 = await now();

    const seen = await page.evaluate(
      (sheet) => ({
        tasks: window.__longTasks,
        fakeWork: window.__fakeExcel.ownWork,
        workers: window.__workersStarted ?? 0,
        payroll: JSON.stringify(window.__fakeExcel.snapshot().find((s) => s.name === sheet)?.values ?? null),
      }),
      `工资表 ${opts.period}`,
    );
    return {
      engine: opts.engine,
      orders: opts.orders,
      workersStarted: seen.workers,
      pageErrors,
      check: tasksIn({ start: t0, end: t1 }, seen.tasks, seen.fakeWork),
      generate: tasksIn({ start: t1, end: t2 }, seen.tasks, seen.fakeWork),
      payroll: seen.payroll,
    };
  } finally {
    await page.close();
  }
}

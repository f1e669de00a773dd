/**
 * Issue #17 item 5: the pane at 200,000 orders stays responsive. In Chromium
 * over the Excel fake, a long-task observer records every main-thread task
 * while 检查数据 and then 生成月度工资 run; with the engine in its Web Worker
 * none of the pane's own is over 200 ms. The same month with Worker taken away
 * (the engine on the page, as before the worker) is measured too, for the
 * record, and must give the same payroll. Numbers: console and
 * test/artifacts/long-tasks.json.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { join } from 'path';
import { CHROMIUM, describeWithTool, missingChromium } from '../support/tools';
import { LONG_TASK_LIMIT_MS, startPaneLongTaskRig, type PaneLongTaskRig } from '../support/pane-long-tasks';

const PERIOD = '2026-10';
const ORDERS = 200_000;
/**
 * Long tasks are wall time: on a machine whose run queue is longer than its
 * cores, a task of the page waits its turn and looks longer by about load / cores.
 * The bound holds as it is on a quiet machine (and `npm run bench` judges it so).
 */
const slowdown = () => Math.max(1, loadavg()[0] / cpus().length);

describeWithTool(
  'the pane at 200,000 orders: main-thread long tasks during check and generate',
  missingChromium(),
  () => {
    let rig: PaneLongTaskRig;

    beforeAll(async () => {
      rig = await startPaneLongTaskRig(CHROMIUM);
    }, 900_000);

    afterAll(async () => {
      await rig?.close();
    });

    test('with the engine in its Web Worker no task of the pane is over 200 ms; on the page (before) it is, with the same payroll', async () => {
      const load = slowdown();
      const worker = await rig.measure({ orders: ORDERS, period: PERIOD, engine: 'worker' });
      const onPage = await rig.measure({ orders: ORDERS, period: PERIOD, engine: 'page' });
      const limitMs = Math.round(LONG_TASK_LIMIT_MS * Math.max(load, slowdown()));
      const report = {
        orders: ORDERS,
        limitMs,
        worker: { ...worker, payroll: undefined },
        onPage: { ...onPage, payroll: undefined },
      };
      mkdirSync(join(__dirname, '../artifacts'), { recursive: true });
      writeFileSync(join(__dirname, '../artifacts/long-tasks.json'), JSON.stringify(report, null, 2));
      console.info(`long tasks at ${ORDERS} orders: ${JSON.stringify(report)}`);

      expect(worker.pageErrors).toEqual([]);
      expect(onPage.pageErrors).toEqual([]);
      // One worker a job (check, generate): the engine really ran off the page.
      expect(worker.workersStarted).toBe(2);
      expect(worker.check.longestOursMs).toBeLessThanOrEqual(limitMs);
      expect(worker.generate.longestOursMs).toBeLessThanOrEqual(limitMs);
      // The measurement can see a blocked page: the engine on the page blocks it past the bound, many times over the worker's longest.
      const onPageLongest = Math.max(onPage.check.longestOursMs, onPage.generate.longestOursMs);
      expect(onPageLongest).toBeGreaterThan(limitMs);
      expect(onPageLongest).toBeGreaterThan(5 * Math.max(worker.check.longestOursMs, worker.generate.longestOursMs));
      // Whichever thread computed it, the same month (agents, pay, totals).
      expect(worker.payroll).not.toBe('null');
      expect(worker.payroll).toEqual(onPage.payroll);
    }, 2_400_000);
  },
);

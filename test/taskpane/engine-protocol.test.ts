/**
 * The engine worker's message protocol, run in-process: the page's side
 * (workerEngine) talks to the worker's side (EngineHost) through a stand-in
 * that delivers each message in a later task and clones it, as postMessage does.
 */
import {
  generateDemoWorkbook,
  runPayroll,
  validateWorkbook,
  buildOutputSheets,
  type WorkbookData,
} from '../../src/engine';
import { messagesFor, type ToEngine } from '../../src/taskpane/engine-protocol';
import { inThreadEngine, workerEngine } from '../../src/taskpane/engine-runner';
import { describeError } from '../../src/taskpane/errors';
import { StandInWorker, standInWorkers } from './stand-in-worker';

const PERIOD = '2026-10';
const AT = new Date('2026-11-02T09:00:00Z');
const later = (f: () => void) => setTimeout(f, 0);
const started = () => standInWorkers();

const demo: WorkbookData = generateDemoWorkbook({ period: PERIOD, agents: 12, orders: 25_000, seed: 7 });

test('messagesFor: every sheet in slices of whole rows, at most 40,000 cells each, in order, then the job', () => {
  const msgs = [...messagesFor(demo, { kind: 'validate', period: PERIOD })];
  expect(msgs[msgs.length - 1]).toEqual({ type: 'run', job: { kind: 'validate', period: PERIOD } });
  const slices = msgs.filter((m): m is Extract<ToEngine, { type: 'rows' }> => m.type === 'rows');
  expect(slices.every((m) => m.rows.length * Math.max(1, m.rows[0]?.length ?? 1) <= 40_000)).toBe(true);
  expect(slices.filter((m) => m.sheet === '订单报表').length).toBeGreaterThan(3);
  for (const s of demo.sheets) expect(slices.filter((m) => m.sheet === s.name).flatMap((m) => m.rows)).toEqual(s.rows);
});

test('the worker gives the same report and payroll as the engine on the page, with progress, and ends after each job', async () => {
  const { start, workers } = started();
  const engine = workerEngine(start);
  const stages: string[] = [];
  const report = await engine.validate(demo, PERIOD, { onProgress: (s) => stages.push(s) });
  expect(report).toEqual(validateWorkbook(demo, PERIOD));
  expect(stages.filter((s) => s === 'received').length).toBeGreaterThan(3); // one per slice
  expect(stages[stages.length - 1]).toBe('computing');

  const computed = await engine.payroll(demo, { period: PERIOD, lang: 'zh', now: AT });
  const direct = runPayroll(demo, { period: PERIOD, lang: 'zh', generatedAt: AT });
  expect(computed.result).toEqual(direct);
  expect(computed.specs).toEqual(buildOutputSheets(direct, 'zh'));
  expect(workers.map((w) => w.terminated)).toEqual([true, true]);
  expect(engine.place).toEqual({ kind: 'worker' });
});

test('a result-only job (the what-if) gets the same result, builds no output sheets and never reports the building step', async () => {
  const { start } = started();
  const engine = workerEngine(start);
  const stages: string[] = [];
  const computed = await engine.payroll(
    demo,
    { period: PERIOD, lang: 'en', now: AT, outputs: false },
    { onProgress: (s) => stages.push(s) },
  );
  expect(computed.result).toEqual(runPayroll(demo, { period: PERIOD, lang: 'en', generatedAt: AT }));
  expect(computed.specs).toEqual([]);
  expect(stages).toContain('computing');
  expect(stages).not.toContain('building');
  const onPage = await inThreadEngine('test').payroll(demo, { period: PERIOD, lang: 'en', now: AT, outputs: false });
  expect(onPage.specs).toEqual([]);
});

test('Cancel ends the worker at once and rejects with AbortError; nothing more is sent', async () => {
  const { start, workers } = started();
  const controller = new AbortController();
  const run = workerEngine(start).validate(demo, PERIOD, {
    signal: controller.signal,
    onProgress: () => controller.abort(),
  });
  await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  const sent = workers[0].sent.length;
  await new Promise((r) => setTimeout(r, 20));
  expect(workers[0].terminated).toBe(true);
  expect(workers[0].sent.length).toBe(sent);
  expect(sent).toBeLessThan([...messagesFor(demo, { kind: 'validate', period: PERIOD })].length);
});

test("the engine's InputError crosses as itself: the pane shows the missing column in both languages", async () => {
  const noPay: WorkbookData = {
    sheets: demo.sheets.map((s) =>
      s.name === '订单报表' ? { name: s.name, rows: s.rows.map((r) => r.filter((_, c) => c !== 8)) } : s,
    ),
  };
  const err = await workerEngine(started().start)
    .payroll(noPay, { period: PERIOD, lang: 'zh', now: AT })
    .catch((e: unknown) => e);
  const shown = describeError(err);
  expect(shown.kind).toBe('input');
  expect(JSON.stringify(shown)).toContain('订单付款时间');
});

test('where no worker can start, the job runs on the page and the runner says why', async () => {
  const engine = workerEngine(() => {
    throw new Error('Worker is not defined');
  });
  expect(await engine.validate(demo, PERIOD)).toEqual(validateWorkbook(demo, PERIOD));
  expect(engine.place).toEqual({ kind: 'in-thread', reason: 'Worker is not defined' });
  expect(inThreadEngine('x').place).toEqual({ kind: 'in-thread', reason: 'x' });
});

test('a worker whose script fails before answering also falls back to the page', async () => {
  const engine = workerEngine(() => {
    const w = new StandInWorker();
    w.postMessage = () => later(() => w.onerror?.({ message: 'engine.worker.js: 404' }));
    return w;
  });
  expect(await engine.validate(demo, PERIOD)).toEqual(validateWorkbook(demo, PERIOD));
  expect(engine.place).toEqual({ kind: 'in-thread', reason: 'engine.worker.js: 404' });
});

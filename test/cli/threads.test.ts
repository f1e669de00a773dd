/** Worker threads exist only in the compiled CLI: under ts-jest and with CS_KPI_THREADS=0 the callers work in-thread. */
import { EventEmitter } from 'events';
import * as path from 'path';
import type { Worker } from 'worker_threads';
import { startWorker, stopWorker } from '../../src/cli/threads';
import { compiledCli } from '../support/compiled-cli';

test('no worker from TypeScript sources (ts-jest)', () => {
  expect(startWorker('threads', {})).toBeNull();
});

test('the compiled CLI starts no worker for a script that does not exist, nor with CS_KPI_THREADS=0', () => {
  const compiled: typeof import('../../src/cli/threads') = require(path.join(compiledCli(), 'cli', 'threads.js'));
  expect(compiled.startWorker('no-such-script', {})).toBeNull();
  const before = process.env.CS_KPI_THREADS;
  process.env.CS_KPI_THREADS = '0';
  try {
    expect(compiled.startWorker('threads', {})).toBeNull();
  } finally {
    if (before === undefined) delete process.env.CS_KPI_THREADS;
    else process.env.CS_KPI_THREADS = before;
  }
});

test('a worker that never says exit, even terminated, is waited for two grace periods and no longer, nor holds the process', async () => {
  // A worker thread stuck in its own teardown: asked to stop, then terminated, it never emits 'exit'.
  const asked: unknown[] = [];
  let terminated = 0;
  let unrefs = 0;
  const stuck = Object.assign(new EventEmitter(), {
    threadId: 7,
    unref: () => unrefs++,
    postMessage: (m: unknown) => asked.push(m),
    terminate: () => {
      terminated++;
      return new Promise<number>(() => {});
    },
  });
  const start = Date.now();
  await stopWorker(stuck as unknown as Worker, 50);
  expect(asked).toHaveLength(1);
  expect(terminated).toBe(1);
  // Not waited for, and not keeping the process alive either.
  expect(unrefs).toBe(1);
  expect(Date.now() - start).toBeGreaterThanOrEqual(90);
});

test('a worker that exits when asked is not terminated, and stopWorker ends with its exit', async () => {
  let terminated = 0;
  const polite: EventEmitter & { threadId: number; postMessage(): void; terminate(): Promise<number> } = Object.assign(
    new EventEmitter(),
    {
      threadId: 8,
      postMessage: () => setImmediate(() => polite.emit('exit', 0)),
      terminate: () => {
        terminated++;
        return Promise.resolve(1);
      },
    },
  );
  const start = Date.now();
  await stopWorker(polite as unknown as Worker, 1000);
  expect(terminated).toBe(0);
  expect(Date.now() - start).toBeLessThan(1000);
});

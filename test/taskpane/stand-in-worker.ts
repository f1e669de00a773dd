/**
 * A Web Worker stand-in for jsdom and Node tests (neither has Worker): the
 * engine's worker side (EngineHost) in-process, each message cloned and
 * delivered in a later task, as postMessage does. It counts what it was sent,
 * and can hold the job (to test Cancel while the engine runs).
 */
import { deserialize, serialize } from 'v8';
import { EngineHost, type FromEngine, type ToEngine } from '../../src/taskpane/engine-protocol';
import type { WorkerLike } from '../../src/taskpane/engine-runner';

const later = (f: () => void) => setTimeout(f, 0);
// jsdom has no structuredClone; Node's v8 serializer is the same structured-clone algorithm.
const clone = <T>(v: T): T =>
  typeof structuredClone === 'function' ? structuredClone(v) : (deserialize(serialize(v)) as T);

export class StandInWorker implements WorkerLike {
  onmessage: ((e: { data: FromEngine }) => void) | null = null;
  onerror: ((e: { message?: string }) => void) | null = null;
  sent: ToEngine[] = [];
  terminated = false;
  /** When set, the job message waits for this (the rows are taken meanwhile): the engine "runs" until it resolves. */
  holdRun: Promise<void> | null = null;
  private readonly host = new EngineHost((m) => later(() => !this.terminated && this.onmessage?.({ data: clone(m) })));

  postMessage(m: ToEngine): void {
    this.sent.push(m);
    const copy = clone(m);
    const deliver = () => !this.terminated && this.host.handle(copy);
    if (m.type === 'run' && this.holdRun) void this.holdRun.then(deliver);
    else later(deliver);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A `start` for workerEngine that keeps every worker it made. */
export function standInWorkers(setup: (w: StandInWorker) => void = () => undefined): {
  start: () => WorkerLike;
  workers: StandInWorker[];
} {
  const workers: StandInWorker[] = [];
  return {
    workers,
    start: () => {
      const w = new StandInWorker();
      setup(w);
      workers.push(w);
      return w;
    },
  };
}

/** Wall and CPU time of a piece of work, and memory readings, for the benchmark. */
import { Worker } from 'worker_threads';

export interface Timed<T> {
  value: T;
  wallMs: number;
  /** User + system CPU of the whole process (all threads: GC helpers included). */
  cpuMs: number;
}

export function timed<T>(work: () => T): Timed<T> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = work();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = await work();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export const MB = 1024 * 1024;

/**
 * Samples the process RSS every few milliseconds from a worker thread, so the
 * peak is seen even while the main thread is busy in synchronous code.
 */
export class RssSampler {
  private readonly worker: Worker;
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));

  constructor(intervalMs = 5) {
    const code = `
      const { workerData } = require('worker_threads');
      const peak = new Int32Array(workerData.buffer);
      setInterval(() => {
        const mb = Math.round(process.memoryUsage.rss() / ${MB});
        if (mb > Atomics.load(peak, 0)) Atomics.store(peak, 0, mb);
      }, ${intervalMs});
    `;
    this.worker = new Worker(code, { eval: true, workerData: { buffer: this.shared.buffer } });
    this.worker.unref();
  }

  /** Start a new measurement from the current RSS. */
  reset(): void {
    Atomics.store(this.shared, 0, Math.round(process.memoryUsage.rss() / MB));
  }

  /** Highest RSS (MB) seen since reset(). */
  peakMb(): number {
    return Math.max(Atomics.load(this.shared, 0), Math.round(process.memoryUsage.rss() / MB));
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Give the sampler thread a moment to start before measuring. */
export const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));

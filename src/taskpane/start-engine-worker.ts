/**
 * Starts the engine's worker. Apart from everything else because `import.meta`
 * exists only in the ES-module build webpack makes (jest and tsc compile to
 * CommonJS): only the pane's entry imports this file.
 */
import type { WorkerLike } from './engine-runner';

export function startEngineWorker(): WorkerLike {
  // The comment names the chunk webpack emits for the worker (engine-worker.js beside taskpane.js).
  return new Worker(
    // @ts-expect-error -- import.meta: webpack's build is ES modules (tsconfig's CommonJS is for jest and the CLI).
    /* webpackChunkName: "engine-worker" */ new URL('./engine.worker.ts', import.meta.url),
  ) as unknown as WorkerLike;
}

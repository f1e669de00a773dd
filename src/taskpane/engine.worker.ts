/** The engine's Web Worker: bundled by webpack from `new Worker(new URL('./engine.worker.ts', import.meta.url))`. */
import { EngineHost, type FromEngine, type ToEngine } from './engine-protocol';

// The worker's global scope (the DOM typings this project compiles with describe a window).
const scope = self as unknown as {
  onmessage: ((e: { data: ToEngine }) => void) | null;
  postMessage(m: FromEngine): void;
};
const host = new EngineHost((m) => scope.postMessage(m));
scope.onmessage = (e) => host.handle(e.data);

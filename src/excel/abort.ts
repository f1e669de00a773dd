/** Cancellation: the pane's Cancel button aborts a signal; the adapter stops between requests. */
export class AbortError extends Error {
  override readonly name = 'AbortError';

  constructor(message = 'The operation was cancelled.') {
    super(message);
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError();
}

export function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/**
 * Lets the page paint and take input (Cancel among it) before going on. A MessageChannel, not setTimeout(0):
 * timers set from timers are held back to 4 ms each after a few, and a long read yields many times.
 */
export function nextTask(): Promise<void> {
  // A host without it (none of Office's webviews, but a test's DOM may be one) still yields, a timer apart.
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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

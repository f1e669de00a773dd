/** Size of what crosses the wire, measured the way Excel on the web limits it: UTF-8 JSON bytes. */
const utf8 = new TextEncoder(); // not Buffer: the fake also runs in the browser for end-to-end tests

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return utf8.encode(JSON.stringify(value)).length;
}

/** Per-operation overhead of a request (object path, action id …), a rough constant. */
export const OP_OVERHEAD_BYTES = 48;

/** Excel on the web rejects a request or a response larger than 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

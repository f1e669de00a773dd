/**
 * Calling a CS.* function the way Excel does and reading what the cell would
 * show: a value, or the Excel error (#N/A, #VALUE!) with its message.
 */
export type CellOutcome = { value: number | string } | { error: string; message: string };

/** A parameter declared as a range receives a 2-D array; a single value arrives as [[x]]. */
export function r(...rows: unknown[][]): unknown[][] {
  return rows;
}
export function v(x: unknown): unknown[][] {
  return [[x]];
}
/** A column range: col(1, 2, 3) is A1:A3. */
export function col(...xs: unknown[]): unknown[][] {
  return xs.map((x) => [x]);
}

export function run(f: () => number | string): CellOutcome {
  try {
    return { value: f() };
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { error: String(e.code), message: e.message ?? '' };
    throw e; // a raw exception would reach the cell: the test must fail
  }
}

export function expectError(f: () => number | string, code: '#N/A' | '#VALUE!', message?: RegExp): void {
  const out = run(f);
  if ('value' in out) throw new Error(`expected ${code}, got the value ${JSON.stringify(out.value)}`);
  expect(out.error).toBe(code);
  expect(out.message).toBeTruthy();
  if (message) expect(out.message).toMatch(message);
}

/**
 * Runs `f` as in an Office whose display language is `tag` ("en-US", "zh-CN"),
 * the way the shared runtime gives it to the functions (Office.context); the
 * stand-in Office global has no context otherwise, so messages are Chinese.
 */
export function withDisplayLanguage<T>(tag: string, f: () => T): T {
  const office = (globalThis as unknown as { Office: { context?: unknown } }).Office;
  const before = office.context;
  office.context = { displayLanguage: tag };
  try {
    return f();
  } finally {
    office.context = before;
  }
}

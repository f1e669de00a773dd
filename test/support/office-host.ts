/**
 * A stand-in for `Office.context.requirements` during a test file: the host
 * supports ExcelApi up to the version the test sets (the adapter asks
 * `isSetSupported('ExcelApi', '1.13')` before using members above the
 * manifest's 1.9). The real context is put back after the file.
 */
export function stubHostExcelApi(initial: string): { set(version: string): void } {
  const g = globalThis as unknown as { Office: { context?: unknown } };
  let saved: unknown;
  let host = initial;
  const minor = (v: string) => Number(v.split('.')[1]);
  beforeAll(() => {
    saved = g.Office.context;
    g.Office.context = {
      requirements: {
        isSetSupported: (name: string, v: string) => name === 'ExcelApi' && minor(v) <= minor(host),
      },
    };
  });
  afterAll(() => {
    g.Office.context = saved;
  });
  return {
    set: (version) => {
      host = version;
    },
  };
}

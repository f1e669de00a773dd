/**
 * Excel's two date systems. A date cell holds a serial number and `values`
 * returns that number ("Date systems in Excel",
 * https://support.microsoft.com/office/e7fe7167-48a9-4b96-bb53-5612a800b487):
 * in the 1900 system 1 is 1900-01-01 (and the phantom 1900-02-29 is counted),
 * in the 1904 system 0 is 1904-01-01, so the same date is 1,462 less.
 */
const DAY_MS = 86_400_000;
export const DAYS_1900_TO_1904 = 1462;

export function serialFromDate(y: number, m: number, d: number, date1904: boolean): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  const serial1900 = Math.round((t - Date.UTC(1899, 11, 30)) / DAY_MS); // correct from 1900-03-01 on
  const serial = date1904 ? serial1900 - DAYS_1900_TO_1904 : serial1900;
  return serial >= 0 ? serial : undefined;
}

/** Pay periods are calendar months written YYYY-MM. */

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isValidPeriod(p: string): boolean {
  return PERIOD.test(p.trim());
}

function format(year: number, monthIndex: number): string {
  const d = new Date(year, monthIndex, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The month before `today` (local time): payroll is run for the month just ended. */
export function lastMonth(today: Date = new Date()): string {
  return format(today.getFullYear(), today.getMonth() - 1);
}

/** `p` moved by `delta` months; an invalid period is returned unchanged. */
export function shiftPeriod(p: string, delta: number): string {
  const m = PERIOD.exec(p.trim());
  if (!m) return p;
  return format(Number(m[1]), Number(m[2]) - 1 + delta);
}

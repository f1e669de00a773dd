/**
 * When digits in a memo are a date, a time, an amount or a quantity rather than a 工号. Shops whose 工号 are
 * plain numbers (7, 11, 001) would otherwise credit agent 11 for "10月11日发货", "10:11", "11.11" or "送11件".
 * Only asked of a token that matched a roster 工号, so it costs nothing on most memos.
 */

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The number a digit-only 工号 is (007 → 7): digit-only 工号 of one number are one 工号 to memos (see MemoIds.match). */
export function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** Between two numbers these make one date, time or decimal: 2026-10-11, 10:11, 10.11. */
function isNumberJoint(c: number): boolean {
  return c === 45 /* - */ || c === 58 /* : */ || c === 46; /* . */
}

const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));

/** Written right after a number: a date or time unit, a quantity or money unit (号 as in 7号发货, the 7th). */
const UNITS_AFTER = codes('年月日号时点分秒天周个件只套盒瓶包袋条张支元块角斤克折次单份%');
/** Written right before a number: 10月11, money (¥ $), a promotion (双11, 满199, 减20, 送1, 买2, 第2). */
const MARKS_BEFORE = codes('年月¥$双满减送买第');

/** text[start, end) is all digits and part of a date, time, amount or quantity by what touches it. */
export function readsAsDateOrAmount(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (!isDigitCode(text.charCodeAt(j))) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (isNumberJoint(before) && start >= 2 && isDigitCode(text.charCodeAt(start - 2))) return true;
  if (isNumberJoint(after) && end + 1 < text.length && isDigitCode(text.charCodeAt(end + 1))) return true;
  if (MARKS_BEFORE.has(before)) return true;
  if ((before === SLASH || after === SLASH) && inSlashDate(text, start, end)) return true;
  return UNITS_AFTER.has(after) && !(after === HAO && isAgentNumber(text, start, end));
}

const SLASH = 47;

/**
 * text[start, end) is part of a date written with slashes and a year: 2026/10/11, 2026/10 or 11/10/2026.
 * Without a year, 11/10 stays a list of two 工号 (001/002 is how agents who shared an order write it), and so
 * does 1001/1002 (no year, no month).
 */
function inSlashDate(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && (isDigitCode(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === SLASH)) from--;
  let to = end;
  while (to < text.length && (isDigitCode(text.charCodeAt(to)) || text.charCodeAt(to) === SLASH)) to++;
  return SLASH_DATE.test(text.slice(from, to));
}

/** yyyy/m, yyyy/m/d or d/m/yyyy (m/d/yyyy alike), years 1900–2099. */
const SLASH_DATE =
  /^(?:(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])(?:\/(?:0?[1-9]|[12]\d|3[01]))?|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)$/;

const HAO = '号'.charCodeAt(0);
const AGENT = '客服';

/**
 * 客服1号 or 1号客服: 号 numbers an agent here, not a day (seed 003 has agents start the memo with 1号客服).
 * Spaces and a colon may stand between 客服 and the number (客服: 1号).
 */
function isAgentNumber(text: string, start: number, end: number): boolean {
  if (text.startsWith(AGENT, end + 1)) return true;
  let p = start;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 58)) p--;
  return p >= AGENT.length && text.startsWith(AGENT, p - AGENT.length);
}

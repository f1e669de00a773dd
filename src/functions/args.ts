/**
 * Argument coercion for the CS.* custom functions.
 *
 * Excel hands a parameter declared as a matrix (`unknown[][]`) over as a 2-D
 * array: a single value arrives as [[x]], a blank cell as null (some hosts
 * send ""), text as text. These helpers turn that into the plain numbers and
 * strings the engine takes, and `toCell` turns every failure into the Excel
 * error the cell should show. No KPI logic lives here: that is the engine's.
 *
 * The generated metadata sets allowCustomDataForDataTypeAny, so a cell that
 * holds a data type (a formatted number, an entity, a linked entity) arrives
 * as a CellValue object, not a number (Excel's "Custom functions and data
 * types" docs); `plainValueOf` reads its basicValue. allowErrorForDataTypeAny
 * is left off on purpose: a range holding an error (#N/A …) makes Excel return
 * that error without calling the function, which is what a manager expects of
 * a worksheet function (README: wrap with IFNA to skip them).
 */
import {
  align,
  ArgumentError,
  cellText,
  Decimal,
  decimalOf,
  decimalToNumber,
  joinedText,
  msg,
  parseNumber,
  sizesDiffer,
} from '../engine';
import type { ArgCode, LocalText, MessageCode, MessageParam } from '../engine';
import { functionsLang } from './lang';

/** A cell that reads "not available" (延迟统计, -, N/A): the result is #N/A, never 0. */
export class NotAvailableError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
    this.name = 'NotAvailableError';
  }
}

/**
 * A sum or a result beyond the largest number Excel holds (about 1.8e308): #NUM!, as Excel
 * itself answers =1E308*10. Office shows no message with #NUM! (CustomFunctions.ErrorCode docs).
 */
export class TooLargeError extends Error {
  constructor() {
    super('number too large');
    this.name = 'TooLargeError';
  }
}

interface CellAt {
  value: unknown;
  /** Its place inside a range of several cells (1-based); row 0 for a single value. Numbers, not an object: a whole column is a million cells. */
  row: number;
  column: number;
}

/** The argument, and the cell inside it when the range has several: "询单人数（第 2 行第 1 列）". */
function where(label: ArgCode, cell?: CellAt): { arg: LocalText; at: MessageParam } {
  return { arg: msg(label), at: cell && cell.row > 0 ? msg('fn.at', { row: cell.row, column: cell.column }) : '' };
}

/**
 * A CellValue object as the plain value the engine reads. Formatted numbers,
 * doubles, strings and booleans carry it in basicValue; an entity's
 * basicValue is the #VALUE! error, so its display text is used (a name or a
 * 工号 reads as text; as a number it is refused with a clear message); an
 * error value stays an error.
 */
export function plainValueOf(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const o = v as { type?: unknown; basicValue?: unknown; text?: unknown };
  if (typeof o.type !== 'string' || o.type === 'Error') return v;
  if (/entity/i.test(o.type) && typeof o.text === 'string') return o.text;
  if ('basicValue' in o) return o.basicValue;
  return v;
}

/** The cells of an argument in reading order (row by row). Plain loops: =CS.AOV(B:B, C:C) hands over 1,048,576 rows. */
export function cellsOf(arg: unknown): CellAt[] {
  if (!Array.isArray(arg)) return [{ value: plainValueOf(arg), row: 0, column: 0 }];
  const rows = arg as unknown[];
  let count = 0;
  for (const row of rows) count += Array.isArray(row) ? row.length : 1;
  const many = count > 1;
  const out: CellAt[] = new Array<CellAt>(count);
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = Array.isArray(row) ? row : [row];
    for (let c = 0; c < cells.length; c++)
      out[k++] = { value: plainValueOf(cells[c]), row: many ? r + 1 : 0, column: many ? c + 1 : 0 };
  }
  return out;
}

type Read = { kind: 'blank' } | { kind: 'na'; text: string } | { kind: 'value'; value: number };

function isBlankValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * An Excel error value, if a host ever passes one in (e.g. #N/A from another formula), as the cell
 * shows it: an ErrorCellValue's basicValue is that text ("#DIV/0!"; Excel.Div0ErrorCellValue docs),
 * its errorType ("Div0") only a name for code.
 */
function errorCodeOf(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as { code?: unknown; errorType?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof o.code === 'string') return o.code;
  if (o.type !== 'Error') return null;
  if (typeof o.basicValue === 'string' && o.basicValue.startsWith('#')) return o.basicValue;
  return typeof o.errorType === 'string' ? o.errorType : null;
}

/** A cell's value as a message shows it: text quoted as each language quotes, TRUE/FALSE, numbers as written. */
function describe(v: unknown): MessageParam {
  if (typeof v === 'string') return msg('fn.quoted', { text: v });
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** One cell as a number; text amounts as exports write them ("1,234.50", "¥12", "53%") are read. */
function readNumber(label: ArgCode, cell: CellAt): Read {
  const v = cell.value;
  if (isBlankValue(v)) return { kind: 'blank' };
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return { kind: 'value', value: v };
    throw new ArgumentError(msg('fn.not-finite', { ...where(label, cell), value: v }));
  }
  const err = errorCodeOf(v);
  if (err !== null) {
    if (/^#?n\/a$|^notavailable$/i.test(err)) return { kind: 'na', text: err };
    throw new ArgumentError(msg('fn.error-value', { ...where(label, cell), value: err }));
  }
  if (typeof v === 'string') {
    const s = v.normalize('NFKC').trim();
    const percent = /%$/.test(s);
    const p = parseNumber(percent ? s.slice(0, -1) : v);
    if (p.kind === 'value') return { kind: 'value', value: percent ? p.value / 100 : p.value };
    if (p.kind === 'na') return { kind: 'na', text: v };
  }
  throw new ArgumentError(msg('fn.not-a-number', { ...where(label, cell), value: describe(v) }));
}

function notAvailable(label: ArgCode, cell: CellAt, text: string): NotAvailableError {
  return new NotAvailableError(msg('fn.not-available', { ...where(label, cell), value: text }));
}

export interface SumOptions {
  /** People, units, a target: a negative cell is a bad argument, named by its position. */
  nonNegative?: boolean;
  /** People (inquiries, buyers …): 12.5 is a bad argument, as the payroll reports such a chat cell instead of counting it. */
  whole?: boolean;
}

/** True when x is exactly the decimal it reads as through 12 digits (a typed value, not a computed ratio). */
function isTypedDecimal(x: number): boolean {
  return decimalToNumber(decimalOf(x)) === x;
}

/**
 * Σ of numbers. Typed decimals add exactly (0.1 + 0.2 = 0.3); a single value,
 * or a computed ratio with more digits, passes through untouched, so a
 * formula gets exactly the number the payroll used.
 */
function total(all: number[]): number {
  // Zeros change no sum; a whole column of blanks paired as 0 must not go through BigInt.
  const values = all.filter((x) => x !== 0);
  let sum: number;
  if (values.length === 0) sum = 0;
  else if (values.length === 1) sum = values[0];
  else if (values.every(isTypedDecimal)) {
    let acc: Decimal = { digits: BigInt(0), scale: 0 };
    for (const x of values) {
      const [a, b, scale] = align(acc, decimalOf(x));
      acc = { digits: a + b, scale };
    }
    sum = decimalToNumber(acc);
  } else sum = values.reduce((a, b) => a + b, 0);
  if (!Number.isFinite(sum)) throw new TooLargeError();
  return sum;
}

/**
 * Amounts the engine counts in whole cents: past about 1.8e306 yuan the cents
 * overflow (Infinity, and NaN in paid − postage), so the result would be
 * wrong or a crash: #NUM!, as for any number too large for a cell.
 */
export function requireCentsFit(amounts: readonly number[]): void {
  for (const x of amounts) if (!Number.isFinite(x * 100)) throw new TooLargeError();
}

/** One cell of a summed argument: its number, null when blank, or throws (not available, bad, negative where it must not be). */
function addend(label: ArgCode, cell: CellAt, opts: SumOptions, r: Read = readNumber(label, cell)): number | null {
  if (r.kind === 'blank') return null;
  if (r.kind === 'na') throw notAvailable(label, cell, r.text);
  if (opts.nonNegative && r.value < 0)
    throw new ArgumentError(msg('fn.negative', { ...where(label, cell), value: r.value }));
  if (opts.whole && !Number.isInteger(r.value))
    throw new ArgumentError(msg('fn.not-whole', { ...where(label, cell), value: r.value }));
  return r.value;
}

/** Σ of an argument's cells; null when every cell is blank (blank counts 0, like SUM). */
export function sumOrBlank(label: ArgCode, arg: unknown, opts: SumOptions = {}): number | null {
  const values = cellsOf(arg)
    .map((cell) => addend(label, cell, opts))
    .filter((x): x is number => x !== null);
  return values.length === 0 ? null : total(values);
}

/** Σ of an argument's cells; blank counts 0. */
export function sumArg(label: ArgCode, arg: unknown, opts: SumOptions = {}): number {
  return sumOrBlank(label, arg, opts) ?? 0;
}

export interface Summed {
  label: ArgCode;
  arg: unknown;
  opts?: SumOptions;
}

/** How paired rows of two ranges are read when they are days of a chat export (CONVERSION, REPLYRATE). */
export interface ChatDays {
  /** A day's two numbers as they enter the sums (e.g. unreplied capped at received). */
  day?: (a: number, b: number) => [number, number];
}

/**
 * The two sums of a ratio (numerator and denominator). When both are ranges
 * they are rows of one table: they must be the same size, and a row where
 * either cell is not available (延迟统计, -) is left out of both sums, as the
 * payroll leaves out that day. Rows that are chat days (`days`) are read as
 * parse/chat.ts reads them: a day counts only when both cells hold a number
 * (a blank one leaves it out), adjusted by `days.day`. Elsewhere a blank is 0
 * (an order without a refund). A single value is summed on its own.
 */
export function pairedSums(a: Summed, b: Summed, days?: ChatDays): [number, number] {
  const ca = cellsOf(a.arg);
  const cb = cellsOf(b.arg);
  if (ca.length === 1 || cb.length === 1) return [sumArg(a.label, a.arg, a.opts), sumArg(b.label, b.arg, b.opts)];
  if (ca.length !== cb.length)
    throw sizesDiffer([
      [a.label, ca.length],
      [b.label, cb.length],
    ]);
  const leftOut = (kind: Read['kind']) => kind === 'na' || (days !== undefined && kind === 'blank');
  const day = days?.day ?? ((x: number, y: number): [number, number] => [x, y]);
  const va: number[] = [];
  const vb: number[] = [];
  ca.forEach((cellA, i) => {
    const cellB = cb[i];
    const ra = readNumber(a.label, cellA);
    const rb = readNumber(b.label, cellB);
    if (leftOut(ra.kind) || leftOut(rb.kind)) return;
    const [x, y] = day(addend(a.label, cellA, a.opts ?? {}, ra) ?? 0, addend(b.label, cellB, b.opts ?? {}, rb) ?? 0);
    va.push(x);
    vb.push(y);
  });
  return [va.length ? total(va) : 0, vb.length ? total(vb) : 0];
}

/**
 * Several arguments paired cell by cell (reading order), blank as 0; an
 * argument of one cell applies to every row. Other sizes must agree.
 */
export function pairedNumbers(args: [label: ArgCode, arg: unknown][]): number[][] {
  const lists = args.map(([label, arg]) => cellsOf(arg).map((cell) => addend(label, cell, {}) ?? 0));
  const rows = Math.max(...lists.map((l) => l.length));
  if (lists.some((l) => l.length !== rows && l.length !== 1))
    throw sizesDiffer(args.map(([label], i) => [label, lists[i].length]));
  return Array.from({ length: rows }, (_, r) => lists.map((l) => (l.length === 1 ? l[0] : l[r])));
}

/** Each cell as a number, in reading order; `blank` says what an empty cell becomes. */
export function numberList(label: ArgCode, arg: unknown, blank: 'skip' | 'zero'): number[] {
  const out: number[] = [];
  for (const cell of cellsOf(arg)) {
    const r = readNumber(label, cell);
    if (r.kind === 'na')
      throw new ArgumentError(msg('fn.not-a-number', { ...where(label, cell), value: describe(r.text) }));
    if (r.kind === 'blank') {
      if (blank === 'zero') out.push(0);
      continue;
    }
    out.push(r.value);
  }
  return out;
}

/** Each cell as a number, or null where it is blank or not available (a KPI that drops out). */
export function optionalNumberList(label: ArgCode, arg: unknown): (number | null)[] {
  return cellsOf(arg).map((cell) => {
    const r = readNumber(label, cell);
    return r.kind === 'value' ? r.value : null;
  });
}

function single(label: ArgCode, arg: unknown): CellAt {
  const cells = cellsOf(arg);
  if (cells.length !== 1) throw new ArgumentError(msg('fn.one-value', { arg: msg(label), n: cells.length }));
  return cells[0];
}

/** A single number; blank → `dflt`, or a bad argument when there is no default. */
export function numberArg(label: ArgCode, arg: unknown, dflt?: number): number {
  const cell = single(label, arg);
  const r = readNumber(label, cell);
  if (r.kind === 'na') throw notAvailable(label, cell, r.text);
  if (r.kind === 'value') return r.value;
  if (dflt === undefined) throw new ArgumentError(msg('fn.required', { arg: msg(label) }));
  return dflt;
}

/** A single number, or null when blank (not available). */
export function optionalNumberArg(label: ArgCode, arg: unknown): number | null {
  const cell = single(label, arg);
  const r = readNumber(label, cell);
  if (r.kind === 'na') throw notAvailable(label, cell, r.text);
  return r.kind === 'value' ? r.value : null;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否']);

/** TRUE/FALSE, 1/0, 是/否; blank → `dflt`. */
export function flagArg(label: ArgCode, arg: unknown, dflt: boolean): boolean {
  const cell = single(label, arg);
  const v = cell.value;
  if (isBlankValue(v)) return dflt;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
  if (typeof v === 'string') {
    const k = v.normalize('NFKC').trim().toLowerCase();
    if (TRUE_WORDS.has(k)) return true;
    if (FALSE_WORDS.has(k)) return false;
  }
  throw new ArgumentError(msg('fn.not-a-flag', { arg: msg(label), value: describe(v) }));
}

/** One of `choices` (case-insensitive; aliases map to a choice); blank → `dflt`. */
export function choiceArg<T extends string>(label: ArgCode, arg: unknown, choices: Record<string, T>, dflt: T): T {
  const v = single(label, arg).value;
  if (isBlankValue(v)) return dflt;
  const k = String(v).normalize('NFKC').trim().toLowerCase();
  const hit = choices[k];
  if (hit !== undefined) return hit;
  const or = msg('fn.or');
  const allowed = joinedText(
    [...new Set(Object.values(choices))].map((c) => msg('fn.quoted', { text: c })),
    ` ${or.zh} `,
    ` ${or.en} `,
  );
  throw new ArgumentError(msg('fn.not-a-choice', { arg: msg(label), value: describe(v), allowed }));
}

/** A single cell as text (numbers as written, `="…"` unwrapped); "" when blank. */
export function textArg(label: ArgCode, arg: unknown): string {
  const v = single(label, arg).value;
  return isBlankValue(v) ? '' : cellText(String(v));
}

/** Every non-blank cell as text, in reading order. */
export function textList(arg: unknown): string[] {
  return cellsOf(arg)
    .filter((c) => !isBlankValue(c.value) && errorCodeOf(c.value) === null)
    .map((c) => cellText(String(c.value)));
}

function cellError(code: CustomFunctions.ErrorCode, text: LocalText): CustomFunctions.Error {
  return new CustomFunctions.Error(code, text[functionsLang()]);
}

/** Why a result is not available (#N/A): a `fn.na.*` code, built only when a cell needs it. */
export type NaCode = Extract<MessageCode, 'fn.na' | `fn.na.${string}`>;

/**
 * Runs one function call and gives Excel what a cell can show: the value, or
 * a CustomFunctions.Error — engine `null` → #N/A, a bad argument → #VALUE!
 * with the reason in the manager's language, a number too large → #NUM!. Never NaN, Infinity or a raw
 * JavaScript exception (an unexpected one is logged, and the cell says so in
 * plain words instead of the library's text).
 */
export function toCell<T extends number | string>(compute: () => T | null, na: NaCode = 'fn.na'): T {
  let result: T | null;
  try {
    result = compute();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    if (e instanceof NotAvailableError) throw cellError(CustomFunctions.ErrorCode.notAvailable, e.text);
    if (e instanceof ArgumentError) throw cellError(CustomFunctions.ErrorCode.invalidValue, e.text);
    if (e instanceof TooLargeError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    console.error('CS function failed unexpectedly', e);
    throw cellError(CustomFunctions.ErrorCode.invalidValue, msg('fn.unexpected'));
  }
  if (result === null) throw cellError(CustomFunctions.ErrorCode.notAvailable, msg(na));
  if (typeof result === 'number' && !Number.isFinite(result)) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  }
  return result;
}

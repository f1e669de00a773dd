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
import { align, ArgumentError, cellText, Decimal, decimalOf, decimalToNumber, parseNumber } from '../engine';

/** A cell that reads "not available" (延迟统计, -, N/A): the result is #N/A, never 0. */
export class NotAvailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAvailableError';
  }
}

interface CellAt {
  value: unknown;
  /** " (row 2, column 1)" inside a range of several cells, "" for a single value. */
  at: string;
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

/** The cells of an argument in reading order (row by row). */
export function cellsOf(arg: unknown): CellAt[] {
  if (!Array.isArray(arg)) return [{ value: plainValueOf(arg), at: '' }];
  const rows: unknown[][] = arg.map((row) => (Array.isArray(row) ? row : [row]));
  const many = rows.length > 1 || rows.some((r) => r.length > 1);
  const out: CellAt[] = [];
  rows.forEach((row, r) => row.forEach((value, c) => out.push({ value: plainValueOf(value), at: many ? ` (row ${r + 1}, column ${c + 1})` : '' })));
  return out;
}

type Read = { kind: 'blank' } | { kind: 'na'; text: string } | { kind: 'value'; value: number };

function isBlankValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** An Excel error value, if a host ever passes one in (e.g. #N/A from another formula). */
function errorCodeOf(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as { code?: unknown; errorType?: unknown; type?: unknown };
  if (typeof o.code === 'string') return o.code;
  if (o.type === 'Error' && typeof o.errorType === 'string') return o.errorType;
  return null;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** One cell as a number; text amounts as exports write them ("1,234.50", "¥12", "53%") are read. */
function readNumber(label: string, cell: CellAt): Read {
  const v = cell.value;
  if (isBlankValue(v)) return { kind: 'blank' };
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return { kind: 'value', value: v };
    throw new ArgumentError(`${label}${cell.at}: ${v} is not a finite number 不是有效数字`);
  }
  const err = errorCodeOf(v);
  if (err !== null) {
    if (/^#?n\/a$|^notavailable$/i.test(err)) return { kind: 'na', text: err };
    throw new ArgumentError(`${label}${cell.at}: ${err} is an error value 是错误值`);
  }
  if (typeof v === 'string') {
    const s = v.normalize('NFKC').trim();
    const percent = /%$/.test(s);
    const p = parseNumber(percent ? s.slice(0, -1) : v);
    if (p.kind === 'value') return { kind: 'value', value: percent ? p.value / 100 : p.value };
    if (p.kind === 'na') return { kind: 'na', text: v };
  }
  throw new ArgumentError(`${label}${cell.at}: ${describe(v)} is not a number 不是数字`);
}

function notAvailable(label: string, cell: CellAt, text: string): NotAvailableError {
  return new NotAvailableError(`${label}${cell.at}: "${text}" is not available 数据不可用`);
}

export interface SumOptions {
  /** People or units: a negative cell is a bad argument, named by its position. */
  count?: boolean;
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
function total(label: string, values: number[]): number {
  let sum: number;
  if (values.length === 1) sum = values[0];
  else if (values.every(isTypedDecimal)) {
    let acc: Decimal = { digits: BigInt(0), scale: 0 };
    for (const x of values) {
      const [a, b, scale] = align(acc, decimalOf(x));
      acc = { digits: a + b, scale };
    }
    sum = decimalToNumber(acc);
  } else sum = values.reduce((a, b) => a + b, 0);
  if (!Number.isFinite(sum)) throw new ArgumentError(`${label}: the sum is too large 合计过大`);
  return sum;
}

/** One cell of a summed argument: its number, null when blank, or throws (not available, bad, negative count). */
function addend(label: string, cell: CellAt, opts: SumOptions): number | null {
  const r = readNumber(label, cell);
  if (r.kind === 'blank') return null;
  if (r.kind === 'na') throw notAvailable(label, cell, r.text);
  if (opts.count && r.value < 0) throw new ArgumentError(`${label}${cell.at}: ${r.value} must not be negative 不能为负数`);
  return r.value;
}

/** Σ of an argument's cells; null when every cell is blank (blank counts 0, like SUM). */
export function sumOrBlank(label: string, arg: unknown, opts: SumOptions = {}): number | null {
  const values = cellsOf(arg)
    .map((cell) => addend(label, cell, opts))
    .filter((x): x is number => x !== null);
  return values.length === 0 ? null : total(label, values);
}

/** Σ of an argument's cells; blank counts 0. */
export function sumArg(label: string, arg: unknown, opts: SumOptions = {}): number {
  return sumOrBlank(label, arg, opts) ?? 0;
}

export interface Summed {
  label: string;
  arg: unknown;
  opts?: SumOptions;
}

/**
 * The two sums of a ratio (numerator and denominator). When both are ranges
 * they are rows of one table: they must be the same size, and a row where
 * either cell is not available (延迟统计, -) is left out of both sums, as the
 * payroll leaves out that day. Otherwise each is summed on its own.
 */
export function pairedSums(a: Summed, b: Summed): [number, number] {
  const ca = cellsOf(a.arg);
  const cb = cellsOf(b.arg);
  if (ca.length === 1 || cb.length === 1) return [sumArg(a.label, a.arg, a.opts), sumArg(b.label, b.arg, b.opts)];
  if (ca.length !== cb.length) {
    throw new ArgumentError(`ranges differ in size (${a.label} ${ca.length} cells, ${b.label} ${cb.length} cells) 区域大小不一致`);
  }
  const va: number[] = [];
  const vb: number[] = [];
  ca.forEach((cellA, i) => {
    const cellB = cb[i];
    if (readNumber(a.label, cellA).kind === 'na' || readNumber(b.label, cellB).kind === 'na') return;
    va.push(addend(a.label, cellA, a.opts ?? {}) ?? 0);
    vb.push(addend(b.label, cellB, b.opts ?? {}) ?? 0);
  });
  return [va.length ? total(a.label, va) : 0, vb.length ? total(b.label, vb) : 0];
}

/**
 * Several arguments paired cell by cell (reading order), blank as 0; an
 * argument of one cell applies to every row. Other sizes must agree.
 */
export function pairedNumbers(args: [label: string, arg: unknown][]): number[][] {
  const lists = args.map(([label, arg]) => cellsOf(arg).map((cell) => addend(label, cell, {}) ?? 0));
  const rows = Math.max(...lists.map((l) => l.length));
  if (lists.some((l) => l.length !== rows && l.length !== 1)) {
    const sizes = args.map(([label], i) => `${label} ${lists[i].length}`).join(', ');
    throw new ArgumentError(`ranges differ in size (${sizes} cells) 区域大小不一致`);
  }
  return Array.from({ length: rows }, (_, r) => lists.map((l) => (l.length === 1 ? l[0] : l[r])));
}

/** Each cell as a number, in reading order; `blank` says what an empty cell becomes. */
export function numberList(label: string, arg: unknown, blank: 'skip' | 'zero'): number[] {
  const out: number[] = [];
  for (const cell of cellsOf(arg)) {
    const r = readNumber(label, cell);
    if (r.kind === 'na') throw new ArgumentError(`${label}${cell.at}: "${r.text}" is not a number 不是数字`);
    if (r.kind === 'blank') {
      if (blank === 'zero') out.push(0);
      continue;
    }
    out.push(r.value);
  }
  return out;
}

/** Each cell as a number, or null where it is blank or not available (a KPI that drops out). */
export function optionalNumberList(label: string, arg: unknown): (number | null)[] {
  return cellsOf(arg).map((cell) => {
    const r = readNumber(label, cell);
    return r.kind === 'value' ? r.value : null;
  });
}

function single(label: string, arg: unknown): CellAt {
  const cells = cellsOf(arg);
  if (cells.length !== 1) throw new ArgumentError(`${label}: expects one value, got a range of ${cells.length} cells 只能是单个值`);
  return cells[0];
}

/** A single number; blank → `dflt`, or a bad argument when there is no default. */
export function numberArg(label: string, arg: unknown, dflt?: number): number {
  const cell = single(label, arg);
  const r = readNumber(label, cell);
  if (r.kind === 'na') throw notAvailable(label, cell, r.text);
  if (r.kind === 'value') return r.value;
  if (dflt === undefined) throw new ArgumentError(`${label}: a value is required 不能为空`);
  return dflt;
}

/** A single number, or null when blank (not available). */
export function optionalNumberArg(label: string, arg: unknown): number | null {
  const cell = single(label, arg);
  const r = readNumber(label, cell);
  if (r.kind === 'na') throw notAvailable(label, cell, r.text);
  return r.kind === 'value' ? r.value : null;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否']);

/** TRUE/FALSE, 1/0, 是/否; blank → `dflt`. */
export function flagArg(label: string, arg: unknown, dflt: boolean): boolean {
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
  throw new ArgumentError(`${label}: ${describe(v)} is not TRUE or FALSE 应为 TRUE 或 FALSE`);
}

/** One of `choices` (case-insensitive; aliases map to a choice); blank → `dflt`. */
export function choiceArg<T extends string>(label: string, arg: unknown, choices: Record<string, T>, dflt: T): T {
  const v = single(label, arg).value;
  if (isBlankValue(v)) return dflt;
  const k = String(v).normalize('NFKC').trim().toLowerCase();
  const hit = choices[k];
  if (hit !== undefined) return hit;
  const allowed = [...new Set(Object.values(choices))].map((c) => `"${c}"`).join(' or ');
  throw new ArgumentError(`${label}: ${describe(v)} must be ${allowed} 取值无效`);
}

/** A single cell as text (numbers as written, `="…"` unwrapped); "" when blank. */
export function textArg(label: string, arg: unknown): string {
  const v = single(label, arg).value;
  return isBlankValue(v) ? '' : cellText(String(v));
}

/** Every non-blank cell as text, in reading order. */
export function textList(arg: unknown): string[] {
  return cellsOf(arg)
    .filter((c) => !isBlankValue(c.value) && errorCodeOf(c.value) === null)
    .map((c) => cellText(String(c.value)));
}

function cellError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code, message);
}

/**
 * Runs one function call and gives Excel what a cell can show: the value, or
 * a CustomFunctions.Error — engine `null` → #N/A, a bad argument → #VALUE!
 * with the reason. Never NaN, Infinity or a raw JavaScript exception.
 */
export function toCell<T extends number | string>(compute: () => T | null, naMessage = 'not available 数据不可用'): T {
  let result: T | null;
  try {
    result = compute();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    if (e instanceof NotAvailableError) throw cellError(CustomFunctions.ErrorCode.notAvailable, e.message);
    const message = e instanceof Error ? e.message : String(e);
    throw cellError(CustomFunctions.ErrorCode.invalidValue, message);
  }
  if (result === null) throw cellError(CustomFunctions.ErrorCode.notAvailable, naMessage);
  if (typeof result === 'number' && !Number.isFinite(result)) {
    throw cellError(CustomFunctions.ErrorCode.invalidValue, 'the result is not a finite number 结果不是有效数字');
  }
  return result;
}

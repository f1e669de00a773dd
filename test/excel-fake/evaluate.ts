/**
 * Just enough formula evaluation for the fake: SUM over same-sheet ranges and
 * table columns (`SUM(Table[Column])`), string and number literals. Anything else evaluates to "#NAME?", which is
 * fine: the add-in writes no other formulas, and a test that finds "#NAME?"
 * in a cell has found an injected formula.
 */
import { columnIndex, parseAddress } from './address';
import { unquoteSheet } from './sheet-refs';
import type { Scalar } from './cell-input';
import { parseTableRef, type TableColumnReader } from './table-refs';

export type CellReader = (row: number, col: number) => Scalar | undefined;
/** A cell of another sheet by name; null when there is no such sheet. */
export type OtherSheetReader = (sheet: string, row: number, col: number) => Scalar | undefined | null;

/** `rowLimit`: rows past it are empty (keeps whole-column SUMs cheap). */
/** Custom functions by full name ("CS.CONVERSION"); literals are passed as the numbers or strings they are. */
export type CustomFunctionTable = Record<string, (...args: unknown[]) => unknown>;

export function evaluateFormula(
  formula: string,
  read: CellReader,
  rowLimit: number,
  readOther: OtherSheetReader = () => null,
  custom: CustomFunctionTable = {},
  readTable: TableColumnReader = () => null,
): Scalar {
  const body = formula
    .replace(/^=\s*/, '')
    .replace(/^[+@]+/, '')
    .trim();
  if (body.includes('#REF!')) return '#REF!';
  const cross = /^('(?:[^']|'')+'|[^'!]+)!\$?([A-Z]{1,3})\$?(\d+)$/i.exec(body);
  if (cross) {
    const v = readOther(unquoteSheet(cross[1]), Number(cross[3]) - 1, columnIndex(cross[2]));
    return v === null ? '#REF!' : (v ?? 0);
  }
  const call = /^([A-Z]+\.[A-Z]+)\((.*)\)$/i.exec(body);
  if (call) return callCustom(custom[call[1].toUpperCase()], call[2]);
  const sumOfTwo = /^(\d+)\+(\d+)$/.exec(body);
  if (sumOfTwo) return Number(sumOfTwo[1]) + Number(sumOfTwo[2]);
  const literal = /^"((?:[^"]|"")*)"$/.exec(body);
  if (literal) return literal[1].replace(/""/g, '"');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return Number(body);
  const sum = /^SUM\((.*)\)$/i.exec(body);
  if (sum) return evaluateSum(sum[1], read, rowLimit, readTable);
  return '#NAME?';
}

/** A custom function with literal arguments; a thrown CustomFunctions.Error shows as its code, an unknown name as #NAME?. */
function callCustom(fn: ((...args: unknown[]) => unknown) | undefined, args: string): Scalar {
  if (!fn) return '#NAME?';
  const values = args
    .split(',')
    .map((a) => a.trim())
    .map((a) => (/^"(.*)"$/.test(a) ? a.slice(1, -1) : Number(a)));
  try {
    const r = fn(...values);
    return typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean' ? r : '#VALUE!';
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' && code.startsWith('#') ? code : '#VALUE!';
  }
}

function evaluateSum(args: string, read: CellReader, rowLimit: number, readTable: TableColumnReader): Scalar {
  let total = 0;
  for (const raw of args.split(',')) {
    const arg = raw.trim();
    if (arg === '') continue;
    const ref = parseTableRef(arg);
    if (ref) {
      const cells = readTable(ref.table, ref.column);
      if (cells === null) return '#REF!';
      for (const v of cells) if (typeof v === 'number') total += v;
      continue;
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(arg)) {
      total += Number(arg);
      continue;
    }
    if (arg.includes('!')) return '#REF!';
    let rect;
    try {
      rect = parseAddress(arg);
    } catch {
      return '#NAME?';
    }
    for (let r = rect.r0; r < Math.min(rect.r0 + rect.rows, rowLimit); r++) {
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++) {
        const v = read(r, c);
        if (typeof v === 'number') total += v;
        else if (typeof v === 'string' && v.startsWith('#')) return v;
      }
    }
  }
  return total;
}

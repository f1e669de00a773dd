/**
 * Just enough formula evaluation for the fake: SUM over same-sheet ranges,
 * string and number literals. Anything else evaluates to "#NAME?", which is
 * fine: the add-in writes no other formulas, and a test that finds "#NAME?"
 * in a cell has found an injected formula.
 */
import { parseAddress } from './address';
import type { Scalar } from './cell-input';

export type CellReader = (row: number, col: number) => Scalar | undefined;

/** `rowLimit`: rows past it are empty (keeps whole-column SUMs cheap). */
export function evaluateFormula(formula: string, read: CellReader, rowLimit: number): Scalar {
  const body = formula.replace(/^=\s*/, '').replace(/^[+@]+/, '').trim();
  const literal = /^"((?:[^"]|"")*)"$/.exec(body);
  if (literal) return literal[1].replace(/""/g, '"');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return Number(body);
  const sum = /^SUM\((.*)\)$/i.exec(body);
  if (sum) return evaluateSum(sum[1], read, rowLimit);
  return '#NAME?';
}

function evaluateSum(args: string, read: CellReader, rowLimit: number): Scalar {
  let total = 0;
  for (const raw of args.split(',')) {
    const arg = raw.trim();
    if (arg === '') continue;
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

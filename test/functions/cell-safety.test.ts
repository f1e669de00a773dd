/**
 * Property: whatever a worksheet passes in — numbers of any size and sign,
 * NaN, text, booleans, blanks, ranges of any shape — every CS.* function
 * gives the cell a finite number, a string, or an Excel error (#N/A / #VALUE!
 * with a message; #NUM! for a number too large, which Office shows without
 * one). Never NaN, Infinity, or a raw JavaScript exception.
 */
import fc from 'fast-check';
import * as cs from '../../src/functions/functions';
import { FUNCTION_IDS } from '../support/function-ids';
import { msg } from '../../src/engine';

/** toCell's words for a JavaScript exception it did not expect: a worksheet input must never lead there. */
const UNEXPECTED = msg('fn.unexpected').zh;

const cellValue = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.constantFrom(0, 0.5, 0.58, 1, 50000, 1e308, -1e308, Number.MIN_VALUE),
  fc.constantFrom(
    null,
    '',
    ' ',
    '延迟统计',
    '-',
    'N/A',
    '#N/A',
    'abc',
    '1,234.50',
    '¥12',
    '58%',
    '(12.00)',
    '="KF07"',
    'KF07',
    '是',
    'TRUE',
    'flat',
    'marginal',
  ),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
);
const range = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
const arg = fc.oneof(range, cellValue);

type AnyFn = (...args: unknown[]) => unknown;
const FUNCTIONS = Object.entries(cs).filter(([, f]) => typeof f === 'function') as [string, AnyFn][];

function outcome(f: AnyFn, args: unknown[]): string {
  try {
    const value = f(...args);
    if (typeof value === 'number') return Number.isFinite(value) ? 'value' : `bad number ${value}`;
    return typeof value === 'string' ? 'value' : `bad value ${typeof value}`;
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) return `raw exception ${String(e)}`;
    if (e.code === CustomFunctions.ErrorCode.invalidNumber) return 'error'; // Office shows #NUM! without a message
    if (e.code !== CustomFunctions.ErrorCode.invalidValue && e.code !== CustomFunctions.ErrorCode.notAvailable)
      return `code ${e.code}`;
    if (e.message === UNEXPECTED) return `an unexpected failure for a worksheet input (logged above)`;
    return e.message ? 'error' : 'error without a message';
  }
}

describe('every CS.* function, on any input', () => {
  it('covers the functions of the README table and BANDSCORE', () => {
    expect(FUNCTIONS.map(([name]) => name).sort()).toEqual(FUNCTION_IDS);
  });

  it.each(FUNCTIONS)('%s returns a finite value or an Excel error with a message', (_name, f) => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: f.length, maxLength: f.length + 2 }), (args) => {
        const o = outcome(f, args);
        if (o !== 'value' && o !== 'error') throw new Error(`${o} for ${JSON.stringify(args)}`);
      }),
      { numRuns: Number(process.env.CELL_SAFETY_RUNS ?? 400) },
    );
  });
});

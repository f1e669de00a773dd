/**
 * A sum or a result beyond the largest number a cell holds (about 1.8e308) is
 * #NUM!, as Excel answers =1E308*10 or =SUM(1E308,1E308). Office shows no
 * message with #NUM! ("A custom error message can't be used":
 * learn.microsoft.com, CustomFunctions.ErrorCode enum), so none is sent.
 */
import { AOV, COMMISSION, NETSALES, REFUNDRATE, SCORE, TIERBONUS, WEIGHTED } from '../../src/functions/functions';
import { col, r, run, v } from '../support/cell';

/** The cell's error code; the stand-in CustomFunctions.Error (test/setup) fills the message with the code. */
const NUM = { error: '#NUM!', message: '#NUM!' };

describe('numbers too large for a cell', () => {
  it('a range summing past 1.8e308 (1e308 + 1e308) is #NUM!, not #VALUE!', () => {
    expect(run(() => AOV(col(1e308, 1e308), v(1)))).toEqual(NUM);
  });
  it('a ratio past 1.8e308 (1e308 ÷ 1e-308) is #NUM!', () => {
    expect(run(() => REFUNDRATE(v(1e308), v(1e-308)))).toEqual(NUM);
  });
  it('a score whose cap is itself huge: min(1e308 ÷ 1e-308, 1e308) × 100 = 1e310 is #NUM!', () => {
    expect(run(() => SCORE(v(1e308), v(1e-308), false, 1e308))).toEqual(NUM);
  });
  it('a tier bonus of 1e600 steps is #NUM!', () => {
    expect(run(() => TIERBONUS(1e300, 0.5, 800, 1e-300, 400))).toEqual(NUM);
  });
  it('weights summing past the limit: (1e308 × 100 + …) is #NUM!, not a silent NaN', () => {
    expect(run(() => WEIGHTED(col(100, 100), col(1e308, 1e308)))).toEqual(NUM);
  });
  it('an amount whose cents overflow (above about 1.8e306 yuan) is #NUM!, never a silent 0 or a crash', () => {
    // 1.5e307 − 1e307 is 5e306 yuan; in cents both sides are Infinity and their difference NaN, which read as 0.
    expect(run(() => NETSALES(v(1.5e307), v(1e307), v(0)))).toEqual(NUM);
    expect(run(() => NETSALES(v(1.7e308), v(0), v(0)))).toEqual(NUM);
    expect(run(() => COMMISSION(v(1e307), r([50000]), r([0.01, 0.02])))).toEqual(NUM);
    expect(run(() => COMMISSION(v(100), r([1e307]), r([0.01, 0.02])))).toEqual(NUM);
  });
  it('the largest values that fit still give numbers: 1e308 ÷ 1 = 1e308; an order of 1e20 nets 1e20', () => {
    expect(AOV(v(1e308), v(1))).toBe(1e308);
    expect(NETSALES(v(1e20), v(0), v(0))).toBe(1e20);
  });
});

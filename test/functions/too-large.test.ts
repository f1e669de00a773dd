/**
 * A sum or a result beyond the largest number a cell holds (about 1.8e308) is
 * #NUM!, as Excel answers =1E308*10 or =SUM(1E308,1E308). Office shows no
 * message with #NUM! ("A custom error message can't be used":
 * learn.microsoft.com, CustomFunctions.ErrorCode enum), so none is sent.
 */
import { AOV, NETSALES, REFUNDRATE, SCORE, TIERBONUS, WEIGHTED } from '../../src/functions/functions';
import { col, run, v } from '../support/cell';

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
  it('the largest values that fit still give numbers: 1e308 ÷ 1 = 1e308; an order of 1e20 nets 1e20', () => {
    expect(AOV(v(1e308), v(1))).toBe(1e308);
    expect(NETSALES(v(1e20), v(0), v(0))).toBe(1e20);
  });
});

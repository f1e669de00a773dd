/**
 * CS.TIERBONUS with a blank value: not available (#N/A), as a blank actual is
 * in CS.SCORE and CS.BANDSCORE (SPEC §6: not-available results are #N/A), so
 * =IFNA(CS.TIERBONUS(…), 0) gives what the payroll pays an agent without a
 * conversion: 0. A blank threshold or amount is still a bad argument.
 */
import { TIERBONUS } from '../../src/functions/functions';
import { expectError, withDisplayLanguage } from '../support/cell';

describe('CS.TIERBONUS(value blank, …)', () => {
  it('is #N/A saying the value is blank (was #VALUE! "实际值：不能为空")', () => {
    expectError(() => TIERBONUS(null, 0.5, 800, 0.02, 400), '#N/A', /^实际值为空，奖金不可用$/);
    expectError(() => TIERBONUS('', 0.5, 800, 0.02, 400), '#N/A');
    expectError(() => TIERBONUS([[null]], 0.5, 800, 0.02, 400), '#N/A');
    withDisplayLanguage('en-US', () =>
      expectError(() => TIERBONUS(null, 0.5, 800, 0.02, 400), '#N/A', /^Value is blank: bonus not available$/),
    );
  });
  it('the other arguments are still checked first: a blank start or a step of 0 is #VALUE!', () => {
    expectError(() => TIERBONUS(null, null, 800, 0.02, 400), '#VALUE!', /起点：不能为空/);
    expectError(() => TIERBONUS(0.58, 0.5, 800, 0, 400), '#VALUE!', /阶梯：0 应大于 0/);
  });
  it('a value of 0 is a value: below the 0.5 start → 0; 0.5 exactly → 800; 0.539 → 800 + 400 × 1 = 1200', () => {
    expect(TIERBONUS(0, 0.5, 800, 0.02, 400)).toBe(0);
    expect(TIERBONUS(0.5, 0.5, 800, 0.02, 400)).toBe(800);
    expect(TIERBONUS(0.539, 0.5, 800, 0.02, 400)).toBe(1200);
  });
});

/**
 * CS.SCORE's target: 0 is "not available" (SPEC §4.2, the KPI drops out), but
 * a negative target is a mistake the payroll refuses in the plan and the
 * Targets sheet (kpi-bad-target, targets ≤ 0 reported); the cell says so
 * instead of "实际值或目标不可用".
 */
import { SCORE } from '../../src/functions/functions';
import { col, expectError, v, withDisplayLanguage } from '../support/cell';

describe('CS.SCORE target', () => {
  it('a negative target is #VALUE! naming it', () => {
    expectError(() => SCORE(v(0.53), v(-0.5)), '#VALUE!', /^目标值：-0.5 不能为负数$/);
    withDisplayLanguage('en-US', () =>
      expectError(() => SCORE(v(0.53), v(-0.5)), '#VALUE!', /^target: -0.5 must not be negative$/),
    );
  });
  it('names the cell when the target is a range', () => {
    expectError(() => SCORE(v(100), col(60, -10)), '#VALUE!', /目标值（第 2 行第 1 列）：-10 不能为负数/);
  });
  it('a target of 0 or blank stays not available (#N/A)', () => {
    expectError(() => SCORE(v(0.53), v(0)), '#N/A', /实际值或目标不可用/);
    expectError(() => SCORE(v(0.53), v(null)), '#N/A');
  });
  it('ordinary targets by hand: 0.53 ÷ 0.5 = 1.06 → 106; 24 s against 30 s, lower better: 30 ÷ 24 = 1.25, capped 1.2 → 120; a range 50 + 10 = 60 against 48 → 80', () => {
    expect(SCORE(v(0.53), v(0.5))).toBeCloseTo(106, 10);
    expect(SCORE(v(24), v(30), true)).toBeCloseTo(120, 10);
    expect(SCORE(v(48), col(50, 10))).toBeCloseTo(80, 10);
  });
});

/**
 * Sales and refunds are never below 0 in the payroll (an order's net sales is
 * max(0, …), SPEC §3), so a negative amount given to a formula is a mistake
 * (a sign, a column of adjustments) the cell names, instead of an AOV of
 * −33.33 or a commission of 0 shown as if computed.
 */
import { AOV, COMMISSION, REFUNDRATE } from '../../src/functions/functions';
import { col, expectError, r, v } from '../support/cell';

describe('negative amounts are #VALUE!', () => {
  it('AOV of −100 sales over 3 buyers (was −33.33)', () => {
    expectError(() => AOV(v(-100), v(3)), '#VALUE!', /^销售额：-100 不能为负数$/);
  });
  it('names the cell inside a range of daily sales', () => {
    expectError(() => AOV(col(500, -100), v(4)), '#VALUE!', /^销售额（第 2 行第 1 列）：-100 不能为负数$/);
    expectError(() => REFUNDRATE(col(10, -5), v(100)), '#VALUE!', /^退款金额（第 2 行第 1 列）：-5 不能为负数$/);
  });
  it('commission on −5 sales (was 0); "(12.00)", an accounting negative, too', () => {
    expectError(() => COMMISSION(v(-5), r([50000]), r([0.005, 0.01])), '#VALUE!', /^销售额：-5 不能为负数$/);
    expectError(() => COMMISSION(v('(12.00)'), r([50000]), r([0.005, 0.01])), '#VALUE!', /-12 不能为负数/);
  });
  it('0 stays an ordinary amount: AOV 0 ÷ 3 = 0; commission on 0 = 0; 0.5 % of 100 = 0.5', () => {
    expect(AOV(v(0), v(3))).toBe(0);
    expect(COMMISSION(v(0), r([50000]), r([0.005, 0.01]))).toBe(0);
    expect(COMMISSION(v(100), r([50000]), r([0.005, 0.01]))).toBe(0.5);
  });
});

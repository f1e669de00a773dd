/**
 * =CS.AOV(B:B, C:C): a whole-column reference hands the function every row
 * of the sheet, nearly all blank. The answers are those of the filled rows,
 * a bad cell deep down is named by its row, and the blanks cost no exact
 * decimal sums (zeros are skipped). 100,000 rows here keep the test short.
 */
import { AOV, CONVERSION, NETSALES, WEIGHTED } from '../../src/functions/functions';
import { expectError } from '../support/cell';

const ROWS = 100_000;
/** A column of ROWS cells whose first cells are `filled`, the rest blank. */
const column = (...filled: unknown[]): unknown[][] =>
  Array.from({ length: ROWS }, (_, i) => [i < filled.length ? filled[i] : null]);

describe('a whole column of mostly blank rows', () => {
  it('CONVERSION over 31 days of 100 inquiries and 53 paid: 1643 ÷ 3100 = 0.53', () => {
    const days = Array.from({ length: 31 }, () => 100);
    expect(CONVERSION(column(...days), column(...days.map(() => 53)))).toBe(0.53);
  });
  it('AOV pairs row by row: (19.9 + 0.1 + 30) ÷ (1 + 0 + 1) = 25, exact to the cent', () => {
    expect(AOV(column(19.9, 0.1, 30), column(1, 0, 1))).toBe(25);
  });
  it('NETSALES: (268 − 10) + (99.9 − 0 − 9.9) = 348', () => {
    expect(NETSALES(column(268, 99.9), column(10, 0), column(0, 9.9))).toBe(348);
  });
  it('WEIGHTED over three filled rows: (110 × 30 + 90 × 30 + 100 × 40) ÷ 100 = 100', () => {
    expect(WEIGHTED(column(110, 90, 100), column(30, 30, 40))).toBe(100);
  });
  it('a bad cell on row 99,999 is named by its row', () => {
    const sales = column(100);
    sales[99_998] = ['abc'];
    expectError(() => AOV(sales, column(1)), '#VALUE!', /销售额（第 99999 行第 1 列）：“abc” 不是数字/);
  });
});

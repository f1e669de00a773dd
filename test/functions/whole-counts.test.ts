/**
 * People are counted in whole numbers. The payroll reports a chat cell such as
 * 询单人数 12.5 (chat-bad-number) and leaves that day out; a formula over the
 * same cell must not quietly divide by it. Units are different: an order split
 * between two agents credits each half its units, so 1.5 units is a real value.
 */
import { generateDemoWorkbook, runPayroll } from '../../src/engine';
import { AOV, CONVERSION, REPLYRATE, UPT } from '../../src/functions/functions';
import { col, expectError, v, withDisplayLanguage } from '../support/cell';

describe('counts of people must be whole numbers', () => {
  it('12.5 inquiries is #VALUE! naming the argument, not 5 ÷ 12.5 = 0.4', () => {
    expectError(() => CONVERSION(v(12.5), v(5)), '#VALUE!', /询单人数：12.5 不是整数/);
    expectError(() => CONVERSION(v('12.5'), v(5)), '#VALUE!', /询单人数：12.5 不是整数/);
  });
  it('names the cell inside a range of days', () => {
    expectError(() => CONVERSION(col(100, 40.5), col(50, 20)), '#VALUE!', /询单人数（第 2 行第 1 列）：40.5 不是整数/);
  });
  it('a rate typed where a count belongs ("53%" paid buyers) is not read as 0.53 people', () => {
    expectError(() => CONVERSION(v(200), v('53%')), '#VALUE!', /询单最终付款人数：0.53 不是整数/);
  });
  it('buyers of AOV and UPT, received and unreplied of REPLYRATE are people too', () => {
    expectError(() => AOV(v(100), v(2.5)), '#VALUE!', /销售人数：2.5 不是整数/);
    expectError(() => UPT(v(3), v(1.5)), '#VALUE!', /销售人数：1.5 不是整数/);
    expectError(() => REPLYRATE(v(500.5), v(10)), '#VALUE!', /接待人数：500.5 不是整数/);
    expectError(() => REPLYRATE(v(500), v(9.5)), '#VALUE!', /未回复人数：9.5 不是整数/);
  });
  it('whole numbers written with decimals or as text still count: "200.0" inquiries, 106 paid → 0.53', () => {
    expect(CONVERSION(v('200.0'), v(106))).toBe(0.53);
    expect(CONVERSION(v('２００'), v(106.0))).toBe(0.53);
  });
  it('units may be a share of a split order: 1.5 units over 3 buyers → 0.5', () => {
    expect(UPT(v(1.5), v(3))).toBe(0.5);
    expect(UPT(col(1, 0.5), v(3))).toBe(0.5);
  });
  it('says so in English too', () => {
    withDisplayLanguage('en-US', () =>
      expectError(() => CONVERSION(v(12.5), v(5)), '#VALUE!', /^inquiries: 12.5 is not a whole number$/),
    );
  });
});

describe('the payroll refuses the same cell', () => {
  it('a 询单人数 of 12.5 in 聊天统计 is a chat-bad-number warning at that cell, and CS.CONVERSION over it is #VALUE!', () => {
    const wb = generateDemoWorkbook({ period: '2026-10' });
    const chat = wb.sheets.find((s) => s.name === '聊天统计')!;
    const header = chat.rows.findIndex((row) => row.includes('询单人数'));
    const at = chat.rows[header].indexOf('询单人数');
    const row = header + 1;
    chat.rows[row][at] = 12.5;
    const result = runPayroll(wb, { period: '2026-10' });
    const issue = result.issues.find((i) => i.code === 'chat-bad-number' && i.row === row + 1);
    expect(issue?.value).toBe('12.5');
    expectError(() => CONVERSION(col(chat.rows[row][at]), v(5)), '#VALUE!', /不是整数/);
  });
});

/**
 * Two ranges of daily chat rows (询单人数 beside 询单最终付款人数, 接待人数 beside
 * 未回复人数) against the payroll on the same rows, where a day is incomplete
 * or odd: a blank cell on one side, more unreplied than received. The payroll
 * (parse/chat.ts) counts a day only when both cells hold a number and caps a
 * day's unreplied at its received; the functions must read the days alike.
 */
import { generateDemoWorkbook, runPayroll, type Cell, type SheetData } from '../../src/engine';
import { AOV, CONVERSION, REFUNDRATE, REPLYRATE } from '../../src/functions/functions';
import { col } from '../support/cell';

const PERIOD = '2026-10';

function layout(sheet: SheetData) {
  const header = sheet.rows.findIndex((row) => row.includes('询单人数'));
  const at = (name: string) => sheet.rows[header].indexOf(name);
  return { header, at };
}
function rowsOf(sheet: SheetData, account: string): Cell[][] {
  const { header, at } = layout(sheet);
  return sheet.rows.slice(header + 1).filter((row) => row[at('客服')] === account);
}
const column = (sheet: SheetData, rows: Cell[][], name: string) =>
  col(...rows.map((row) => row[layout(sheet).at(name)]));

describe('paired daily ranges read as the payroll reads the days', () => {
  const wb = generateDemoWorkbook({ period: PERIOD });
  const sheet = wb.sheets.find((s) => s.name === '聊天统计')!;
  const { at } = layout(sheet);
  const before = runPayroll(generateDemoWorkbook({ period: PERIOD }), { period: PERIOD });
  const agent = before.agents.find((a) => a.agent.role === 'presales' && (a.measures.inquiries ?? 0) > 0)!.agent;
  const rows = rowsOf(sheet, agent.account);
  // Day 1: 询单人数 left blank (its paid buyers stay). Day 2: 未回复人数 above 接待人数.
  const paidDay1 = Number(rows[0][at('询单->最终付款人数')]);
  rows[0][at('询单人数')] = null;
  const receivedDay2 = Number(rows[1][at('接待人数')]);
  rows[1][at('未回复人数')] = receivedDay2 + 7;
  const after = runPayroll(wb, { period: PERIOD }).agents.find((a) => a.agent.agentId === agent.agentId)!;

  it('the changed days change the payroll (the test has something to compare)', () => {
    const was = before.agents.find((a) => a.agent.agentId === agent.agentId)!.measures;
    expect(paidDay1).toBeGreaterThan(0);
    expect(after.measures.paidBuyers).toBe(was.paidBuyers - paidDay1);
    expect(after.measures.unreplied).toBeGreaterThan(was.unreplied);
  });

  it('a day with a blank 询单人数 is left out of both sums, as the payroll leaves it out', () => {
    const conversion = CONVERSION(column(sheet, rows, '询单人数'), column(sheet, rows, '询单->最终付款人数'));
    expect(conversion).toBe(after.measures.conversion);
  });

  it('a day with more unreplied than received counts as nobody replied to, as in the payroll', () => {
    const reply = REPLYRATE(column(sheet, rows, '接待人数'), column(sheet, rows, '未回复人数'));
    expect(reply).toBe(after.measures.replyRate);
  });
});

describe('the same rules by hand', () => {
  it('a blank 询单人数 on day 2 leaves day 2 out: (50 + 56) ÷ (100 + 100) = 0.53, not (50 + 30 + 56) ÷ 200', () => {
    expect(CONVERSION(col(100, null, 100), col(50, 30, 56))).toBe(0.53);
    expect(CONVERSION(col(100, 80, 100), col(50, '', 56))).toBe(0.53);
  });
  it('a day of 10 received and 12 unreplied counts 10 unreplied: (10 + 100 − 10 − 0) ÷ 110 = 10/11', () => {
    expect(REPLYRATE(col(10, 100), col(12, 0))).toBeCloseTo(10 / 11, 12);
  });
  it('totals given as single values are still checked: 12 unreplied of 10 received is #VALUE!', () => {
    expect(() => REPLYRATE(col(10), col(12))).toThrow(/未回复人数（12）超过了接待人数（10）/);
  });
});

describe('ranges that are not chat days keep a blank as 0', () => {
  it('an order without a refund still counts its payment: REFUNDRATE({20; blank}, {100; 200}) = 20 ÷ 300', () => {
    expect(REFUNDRATE(col(20, null), col(100, 200))).toBeCloseTo(20 / 300, 12);
  });
  it('AOV over days with a blank buyers cell: (100 + 50) ÷ (2 + 0) = 75', () => {
    expect(AOV(col(100, 50), col(2, null))).toBe(75);
  });
});

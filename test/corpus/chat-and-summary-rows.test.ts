/** Corpus: 千牛 / 赤兔 chat stats (延迟统计, "-", duplicates, dates) and summary rows in every sheet. */
import type { Cell } from '../../src/engine';
import {
  BASE,
  CHAT_NAME,
  CHAT_HEADER,
  ORDERS_NAME,
  ROSTER_NAME,
  appendRows,
  baseWorkbook,
  chatSheet,
  setCell,
  sheetOf,
} from './builder';
import { expectBaseMeasures, expectCodes, expectOneIssue, expectSameAsBase, run } from './expect';

const base = run(baseWorkbook());
const PAID_BUYERS = '询单最终付款人数';
/** Chat rows in the base: KF01 day 3 on row 2, day 4 on row 3; KF02 rows 4–5; KF03 rows 6–7; KF04 rows 8–9. */
const chatRowOf = { KF01: [2, 3], KF02: [4, 5], KF03: [6, 7], KF04: [8, 9] } as const;

describe('summary rows', () => {
  test('C45 汇总 / 合计 / 均值 / 总计 / Total / Average / 小计 / "合计：" rows in orders, chat and roster → skipped, same result, nothing reported', () => {
    const wb = baseWorkbook();
    const blank = (n: number, first: Cell, at = 0): Cell[] =>
      Array.from({ length: n }, (_, i) => (i === at ? first : i === n - 1 ? 9999 : null));
    appendRows(wb, ORDERS_NAME, blank(12, '合计'), blank(12, '总计'), blank(12, 'Total'), blank(12, '合计：'));
    sheetOf(wb, ORDERS_NAME).rows.splice(4, 0, blank(12, '小计'));
    appendRows(wb, CHAT_NAME, blank(13, '汇总'), blank(13, '均值'), blank(13, 'Average'), blank(13, ' 平均值 '));
    appendRows(wb, ROSTER_NAME, ['合计', '4 人', null, null, null, null, null, null]);
    const r = run(wb);
    expectSameAsBase(r, base);
    expect(r.codes()).toEqual(['order-silent']);
    expect(r.result.inputs.map((i) => [i.kind, i.dataRows])).toEqual([
      ['roster', 4],
      ['orders', 6],
      ['chat', 8],
    ]);
  });

  test('C46 summary row whose label is in the second column (first cell blank) → still skipped', () => {
    const wb = baseWorkbook();
    appendRows(wb, ORDERS_NAME, [null, '合计', 1000, 0, 1000, 1000, null, null, '2026-10-31 00:00:00', 10, null, 0]);
    const r = run(wb);
    expectSameAsBase(r, base);
    expectCodes(r);
  });
});

describe('not-available cells in chat stats', () => {
  test('C47 延迟统计 in 询单最终付款人数 of one day → info at the cell; that day leaves conversion (22/40, not 22/70 or 36/70)', () => {
    const wb = baseWorkbook();
    setCell(wb, CHAT_NAME, chatRowOf.KF01[1], PAID_BUYERS, '延迟统计');
    const r = run(wb);
    expectOneIssue(r, {
      code: 'chat-not-available',
      severity: 'info',
      sheet: CHAT_NAME,
      row: 3,
      column: `${PAID_BUYERS} (F)`,
      cell: 'F3',
      value: '延迟统计',
    });
    expect(r.issues('chat-not-available')[0].action.en).toBe('treated as not available (not 0)');
    expect(r.agent('KF01')).toMatchObject({ inquiries: 40, paidBuyers: 22, conversion: 0.55, conversionBonus: 1600 });
    // The day still counts for everything that is available: received, reply rate, response.
    expect(r.agent('KF01')).toMatchObject({ received: 110, replyRate: 109 / 110 });
    expect(r.json.shop).toMatchObject({
      inquiries: base.json.shop.inquiries - 30,
      paidBuyers: base.json.shop.paidBuyers - 14,
    });
    expectBaseMeasures(r, ['KF01.inquiries', 'KF01.paidBuyers']);
  });

  test('C48 "-" in 平均响应(秒) and 未回复人数 → N/A: the response mean and reply rate exclude that day', () => {
    const wb = baseWorkbook();
    setCell(wb, CHAT_NAME, chatRowOf.KF02[1], '平均响应(秒)', '-');
    setCell(wb, CHAT_NAME, chatRowOf.KF02[1], '未回复人数', '—');
    const r = run(wb);
    expect(r.issues('chat-not-available').map((i) => [i.row, i.cell, i.value])).toEqual([
      [5, 'G5', '—'],
      [5, 'H5', '-'],
    ]);
    // Base: (40 × 25 + 30 × 35) / 70 = 29.29 s and (70 − 2) / 70; without day 4: 25 s and 40 / 40.
    expect(base.agent('KF02').avgResponseSec).toBeCloseTo(2050 / 70, 9);
    expect(r.agent('KF02')).toMatchObject({ avgResponseSec: 25, replyRate: 1, received: 70, inquiries: 30 });
  });

  test('C49 every chat cell of an agent 延迟统计 → all their chat KPIs not available, never 0', () => {
    const wb = baseWorkbook();
    for (const rowNo of chatRowOf.KF03)
      for (const h of CHAT_HEADER.slice(2)) setCell(wb, CHAT_NAME, rowNo, h as string, '延迟统计');
    const r = run(wb);
    expect(r.agent('KF03')).toMatchObject({
      conversion: null,
      replyRate: null,
      avgResponseSec: null,
      satisfaction: null,
      inquiries: 0,
      received: 0,
      sales: 249.5,
    });
    expect(r.issues('chat-not-available')).toHaveLength(22);
    expect(r.agent('KF03').kpiScores).toMatchObject({
      conversion: null,
      replyRate: null,
      avgResponse: null,
      satisfaction: null,
    });
  });

  test('C50 chat count that is not a number ("abc", 12.5 people) → warning at the cell, treated as not available', () => {
    const wb = baseWorkbook();
    setCell(wb, CHAT_NAME, chatRowOf.KF01[0], '询单人数', 'abc');
    setCell(wb, CHAT_NAME, chatRowOf.KF02[0], '接待人数', 12.5);
    const r = run(wb);
    expect(r.issues('chat-bad-number').map((i) => [i.severity, i.row, i.column, i.cell, i.value])).toEqual([
      ['warning', 2, '询单人数 (E)', 'E2', 'abc'],
      ['warning', 4, '接待人数 (D)', 'D4', '12.5'],
    ]);
    expect(r.agent('KF01')).toMatchObject({ inquiries: 30, paidBuyers: 14 });
    expect(r.agent('KF02').received).toBe(30);
  });
});

describe('chat rows: duplicates, dates, layout', () => {
  test('C51 the same agent and day pasted twice → counted once, warning naming the first row', () => {
    const wb = baseWorkbook();
    appendRows(wb, CHAT_NAME, [...sheetOf(wb, CHAT_NAME).rows[1]]);
    const r = run(wb);
    expectOneIssue(r, {
      code: 'chat-duplicate',
      severity: 'warning',
      sheet: CHAT_NAME,
      row: 10,
      cell: 'A10',
      value: '暖阳旗舰店:小美',
      mentions: ['2'],
    });
    expectSameAsBase(r, base);
  });

  test('C52 chat dates outside the period → one info naming the first row; unreadable date → error, row skipped', () => {
    const wb = baseWorkbook();
    setCell(wb, CHAT_NAME, chatRowOf.KF01[1], '日期', '2026-09-30');
    setCell(wb, CHAT_NAME, chatRowOf.KF02[1], '日期', '2026-11-01');
    setCell(wb, CHAT_NAME, chatRowOf.KF03[1], '日期', '10月32日');
    const r = run(wb);
    expectOneIssue(r, {
      code: 'chat-outside-period',
      severity: 'info',
      row: 3,
      column: '日期 (B)',
      cell: 'B3',
      mentions: ['2'],
    });
    expectOneIssue(r, {
      code: 'chat-bad-date',
      severity: 'error',
      row: 7,
      column: '日期 (B)',
      cell: 'B7',
      value: '10月32日',
    });
    expect(r.agent('KF01')).toMatchObject({ inquiries: 40, paidBuyers: 22 });
    expect(r.agent('KF02')).toMatchObject({ inquiries: 20, paidBuyers: 8 });
    expect(r.agent('KF03')).toMatchObject({ inquiries: 10, paidBuyers: 4 });
  });

  test('C53 chat stats for the whole period (no 日期 column, one row per agent, 客户满意率 instead of counts) → read as such', () => {
    const wb = baseWorkbook();
    wb.sheets[2] = chatSheet(
      [
        ['暖阳旗舰店:小美', 110, 110, 70, 36, 1, 24.5, '95.5%'],
        ['暖阳旗舰店:小丽', 70, 70, 30, 13, 2, 29, 0.9],
        ['暖阳旗舰店:阿强', 50, 50, 20, 10, 0, 19, '100%'],
        ['暖阳旗舰店:小安', 60, 60, 2, 0, 1, 31, 88],
      ],
      [
        '客服旺旺',
        '咨询人数',
        '接待人数',
        '询单人数',
        '询单->最终付款人数',
        '未回复人数',
        '平均响应时间(秒)',
        '客户满意率',
      ],
    );
    const r = run(wb);
    expectBaseMeasures(r);
    expect(r.agent('KF01')).toMatchObject({ avgResponseSec: 24.5, satisfaction: 0.955 });
    expect(r.agent('KF02').satisfaction).toBe(0.9);
    expect(r.agent('KF04').satisfaction).toBe(0.88);
    expectCodes(r);
  });

  test('C54 blank rows between data rows (and rows of empty strings) → skipped', () => {
    const wb = baseWorkbook();
    sheetOf(wb, ORDERS_NAME).rows.splice(3, 0, [], new Array(12).fill(''), new Array(12).fill(null));
    sheetOf(wb, CHAT_NAME).rows.splice(2, 0, ['  ', null]);
    sheetOf(wb, ROSTER_NAME).rows.splice(2, 0, []);
    const r = run(wb);
    expectSameAsBase(r, base);
    expectOneIssue(r, { code: 'order-silent', row: 10, cell: 'K10', value: BASE.orderId(5) });
  });
});

/** Corpus: which sheets and columns are there, and how their headers are written. */
import type { Cell } from '../../src/engine';
import { InputError, runPayroll, validateWorkbook } from '../../src/engine';
import {
  BASE,
  CHAT_NAME,
  ORDERS_NAME,
  ROSTER_NAME,
  baseWorkbook,
  chatSheet,
  dropColumn,
  ordersSheet,
  permuteColumns,
  renameHeader,
  rosterSheet,
  sheetOf,
  withoutSheet,
} from './builder';
import { expectCodes, expectInputError, expectOneIssue, expectSameAsBase, run } from './expect';

const base = run(baseWorkbook());

describe('missing sheets and columns stop the run with a message naming them', () => {
  test('C01 no roster sheet → InputError missing-sheet naming 花名册', () => {
    const err = expectInputError(withoutSheet(baseWorkbook(), ROSTER_NAME), [
      { code: 'missing-sheet', sheet: null, row: null, mentions: ['花名册'] },
    ]);
    expect(err.issues[0].message.en).toContain('Roster');
  });

  test('C02 no orders sheet → InputError missing-sheet naming 订单报表', () => {
    const err = expectInputError(withoutSheet(baseWorkbook(), ORDERS_NAME), [
      { code: 'missing-sheet', sheet: null, mentions: ['订单'] },
    ]);
    expect(err.issues[0].message.zh).toContain('订单报表');
    expect(err.issues[0].message.en).toContain('Orders');
  });

  test('C03 no chat sheet → InputError missing-sheet naming 聊天统计', () => {
    const err = expectInputError(withoutSheet(baseWorkbook(), CHAT_NAME), [{ code: 'missing-sheet', sheet: null }]);
    expect(err.issues[0].message.zh).toContain('聊天统计');
    expect(err.issues[0].message.en).toContain('Chat stats');
  });

  test('C04 orders without 订单付款时间 → InputError missing-column naming sheet and column', () => {
    const wb = baseWorkbook();
    dropColumn(wb, ORDERS_NAME, '订单付款时间');
    expectInputError(wb, [
      { code: 'missing-column', sheet: ORDERS_NAME, row: 1, mentions: [ORDERS_NAME, '订单付款时间'] },
    ]);
  });

  test('C05 roster without 岗位 and chat without 询单人数 → both reported in one InputError', () => {
    const wb = baseWorkbook();
    dropColumn(wb, ROSTER_NAME, '岗位');
    dropColumn(wb, CHAT_NAME, '询单人数');
    expectInputError(wb, [
      { code: 'missing-column', sheet: ROSTER_NAME, row: 1, mentions: [ROSTER_NAME, '岗位'] },
      { code: 'missing-column', sheet: CHAT_NAME, row: 1, mentions: [CHAT_NAME, '询单人数'] },
    ]);
  });

  test('C06 chat sheet with no agent column (旺旺 / 工号 / 姓名) → InputError', () => {
    const wb = baseWorkbook();
    dropColumn(wb, CHAT_NAME, '旺旺');
    expectInputError(wb, [{ code: 'missing-column', sheet: CHAT_NAME, row: 1, mentions: [CHAT_NAME] }]);
  });

  test('C07 empty workbook → InputError naming all three missing sheets', () => {
    const err = expectInputError({ sheets: [] }, [
      { code: 'missing-sheet' },
      { code: 'missing-sheet' },
      { code: 'missing-sheet' },
    ]);
    const zh = err.localMessage('zh');
    for (const name of ['花名册', '订单报表', '聊天统计']) expect(zh).toContain(name);
    for (const name of ['Roster', 'Orders', 'Chat stats']) expect(err.message).toContain(name);
  });

  test.each(['2026-13', '202610', '', '2026/10', '1999-12'])(
    'C78 bad period %j → InputError bad-period naming the value',
    (period) => {
      let caught: unknown;
      try {
        runPayroll(baseWorkbook(), { period });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect((caught as InputError).issues).toEqual([
        expect.objectContaining({ severity: 'fatal', code: 'bad-period', value: period === '' ? null : period }),
      ]);
    },
  );

  test('C79 validateWorkbook on a workbook missing its chat sheet → ok false with the fatal issue, nothing thrown', () => {
    const report = validateWorkbook(withoutSheet(baseWorkbook(), CHAT_NAME), '2026-10');
    expect(report.ok).toBe(false);
    expect(report.fatal.map((i) => i.code)).toEqual(['missing-sheet']);
    expect(report.inputs.map((i) => i.kind)).toEqual(['roster', 'orders']);
  });

  test('C08 orders sheet present but empty → InputError no-header naming the sheet', () => {
    const wb = baseWorkbook();
    sheetOf(wb, ORDERS_NAME).rows = [];
    expectInputError(wb, [{ code: 'no-header', sheet: ORDERS_NAME, mentions: [ORDERS_NAME] }]);
  });
});

describe('columns found by header text wherever they are', () => {
  test('C09 columns in another order in every sheet → same result as the base', () => {
    const wb = baseWorkbook();
    permuteColumns(wb, ORDERS_NAME, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    permuteColumns(wb, ROSTER_NAME, [3, 7, 1, 5, 0, 2, 6, 4]);
    permuteColumns(wb, CHAT_NAME, [12, 5, 0, 7, 2, 9, 4, 11, 1, 6, 3, 8, 10]);
    const r = run(wb);
    expectSameAsBase(r, base);
    // The silent order is still located: memo is now column B.
    expectOneIssue(r, {
      code: 'order-silent',
      sheet: ORDERS_NAME,
      row: 7,
      column: '商家备忘 (B)',
      cell: 'B7',
      value: BASE.orderId(5),
    });
  });

  test('C10 duplicated header (买家实际支付金额 twice) → warning at the second, the first column used', () => {
    const wb = baseWorkbook();
    const orders = sheetOf(wb, ORDERS_NAME);
    orders.rows[0].push('买家实际支付金额');
    for (let i = 1; i < orders.rows.length; i++) orders.rows[i].push('0.01');
    const r = run(wb);
    expectSameAsBase(r, base);
    expectOneIssue(r, {
      code: 'duplicate-header',
      severity: 'warning',
      sheet: ORDERS_NAME,
      row: 1,
      column: '买家实际支付金额 (M)',
      cell: 'M1',
      value: '买家实际支付金额',
      mentions: ['F', 'M'],
    });
    expectCodes(r, 'duplicate-header');
  });

  test('C11 headers with trailing, leading, full-width and zero-width spaces and full-width brackets → same result', () => {
    const wb = baseWorkbook();
    renameHeader(wb, ORDERS_NAME, '订单编号', '订单编号\u3000');
    renameHeader(wb, ORDERS_NAME, '买家实际支付金额', '买家实际支付金额 ');
    renameHeader(wb, ORDERS_NAME, '订单付款时间', ' 订单付款时间\u00a0');
    renameHeader(wb, ORDERS_NAME, '商家备忘', '商家备忘\u3000');
    renameHeader(wb, ORDERS_NAME, '买家会员名', '\ufeff买家会员名\u200b');
    renameHeader(wb, ROSTER_NAME, '工号', '工号\u3000\u3000');
    renameHeader(wb, ROSTER_NAME, '客服旺旺', '客服旺旺 ');
    renameHeader(wb, CHAT_NAME, '平均响应(秒)', '平均响应（秒）');
    renameHeader(wb, CHAT_NAME, '询单最终付款人数', '询单->最终付款人数 ');
    renameHeader(wb, CHAT_NAME, '旺旺', '旺旺 ');
    renameHeader(wb, CHAT_NAME, '询单人数', '询单人数\u3000');
    sheetOf(wb, ORDERS_NAME).name = ` ${ORDERS_NAME}\u3000`;
    const r = run(wb);
    expectSameAsBase(r, base);
    expectCodes(r);
    // Issue locations show the header as written, trimmed.
    expectOneIssue(r, { code: 'order-silent', row: 7, column: '商家备忘 (K)', cell: 'K7' });
  });

  test('C12 English sheet names and headers (Roster / Orders / ChatStats) → same result', () => {
    const wb = {
      sheets: [
        {
          ...rosterSheet(undefined, [
            'Agent ID',
            'Name',
            'Account',
            'Role',
            'Level',
            'Status',
            'Hire date',
            'Leave date',
          ]),
          name: 'Roster',
        },
        {
          ...ordersSheet(undefined, [
            'Order ID',
            'Buyer',
            'Goods amount',
            'Postage',
            'Total',
            'Paid amount',
            'Order status',
            'Created',
            'Payment time',
            'Quantity',
            'Memo',
            'Refund',
          ]),
          name: 'Orders',
        },
        {
          ...chatSheet(undefined, [
            'Account',
            'Date',
            'Consultations',
            'Received',
            'Inquiries',
            'Paid buyers',
            'Unreplied',
            'Avg response',
            'Very satisfied',
            'Satisfied',
            'Neutral',
            'Dissatisfied',
            'Very dissatisfied',
          ]),
          name: 'ChatStats',
        },
      ],
    };
    const r = run(wb);
    expectSameAsBase(r, base);
    expectOneIssue(r, {
      code: 'order-silent',
      sheet: 'Orders',
      row: 7,
      column: 'Memo (K)',
      cell: 'K7',
      value: BASE.orderId(5),
    });
  });

  test('C13 export title and blank rows above the header → header found, issues name the real Excel rows', () => {
    const wb = baseWorkbook();
    const title: Cell[][] = [['赤兔名品·客服绩效 导出（2026-10-01 至 2026-10-31）'], []];
    sheetOf(wb, ORDERS_NAME).rows.unshift(['订单报表导出 2026-11-01 09:00'], [null, null, '单位：元']);
    sheetOf(wb, CHAT_NAME).rows.unshift(...title);
    const r = run(wb);
    expectSameAsBase(r, base);
    expectOneIssue(r, { code: 'order-silent', sheet: ORDERS_NAME, row: 9, cell: 'K9', value: BASE.orderId(5) });
    expect(r.result.inputs.find((i) => i.kind === 'orders')).toMatchObject({ headerRow: 3, dataRows: 6 });
    expect(r.result.inputs.find((i) => i.kind === 'chat')).toMatchObject({ headerRow: 3, dataRows: 8 });
  });

  test('C14 header row only, no data rows → runs, everyone at 0 / not available, no exception', () => {
    const wb = baseWorkbook();
    sheetOf(wb, ORDERS_NAME).rows.length = 1;
    sheetOf(wb, CHAT_NAME).rows.length = 1;
    const r = run(wb);
    expect(r.json.shop).toMatchObject({ orders: 0, sales: 0, silentShare: null, conversion: null });
    for (const id of BASE.agents) {
      expect(r.agent(id)).toMatchObject({
        sales: 0,
        buyers: 0,
        conversion: null,
        aov: null,
        replyRate: null,
        avgResponseSec: null,
        satisfaction: null,
        grade: '不达标',
      });
    }
    // Sales of 0 is a real 0 (nothing sold), so sellers score 0; aftersales has no sales KPI: no KPI at all.
    for (const id of ['KF01', 'KF02', 'KF03']) expect(r.agent(id).score).toBe(0);
    expect(r.agent('KF04').score).toBeNull();
    expectOneIssue(r, {
      code: 'no-kpi',
      severity: 'warning',
      sheet: ROSTER_NAME,
      row: 5,
      agentId: 'KF04',
      mentions: ['KF04'],
    });
  });
});

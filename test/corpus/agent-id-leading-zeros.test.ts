/**
 * 工号 that are plain numbers. Excel keeps a 工号 typed 001 in a roster cell of General format as the number 1,
 * while agents go on writing 001 (or 1, or 01) in memos and the other sheets: a number names the digit-only
 * roster 工号 of the same number, unless two roster 工号 are that number (1 and 001), when it names neither and
 * says so. A number that is part of a date, time, amount or quantity (10月11日, 10:11, 2026-10-11, 送1个) names
 * nobody: with 工号 like 11 every shipping date would otherwise credit someone.
 */
import { memoAgents } from '../../src/engine/formulas';
import { BASE, ORDERS_NAME, appendRows, baseWorkbook, rosterSheet, setCell } from './builder';
import { expectOneIssue, run } from './expect';
import { runPayroll } from '../../src/engine';
import { chat, orders, PERIOD, roster, workbook } from '../engine/fixture';

describe('工号 with leading zeros', () => {
  test('a number names the digit-only roster 工号 of that number, written with or without zeros', () => {
    const roster = new Set(['1', '2', 'KF03']);
    expect(memoAgents('客服001 送小样', roster)).toEqual(['1']);
    expect(memoAgents('0002/001', roster)).toEqual(['2', '1']);
    expect(memoAgents('＃００２', roster)).toEqual(['2']);
    expect(memoAgents('01', roster)).toEqual(['1']);
    // The roster keeps the zeros (a text cell): the memo need not.
    expect(memoAgents('1', new Set(['001']))).toEqual(['001']);
    expect(memoAgents('工号:7', new Set(['007']))).toEqual(['007']);
    expect(memoAgents('客服01 小王', new Set(['001']))).toEqual(['001']);
    // Letters keep their zeros.
    expect(memoAgents('KF003', roster)).toEqual([]);
    expect(memoAgents('KF01 小王', new Set(['KF1']))).toEqual([]);
  });

  test('a roster holding two 工号 of one number: each exactly as written, any other form names neither', () => {
    const both = new Set(['001', '1']);
    expect(memoAgents('001', both)).toEqual(['001']);
    expect(memoAgents('1', both)).toEqual(['1']);
    expect(memoAgents('01', both)).toEqual([]);
    expect(memoAgents('0001', both)).toEqual([]);
  });

  test('numbers of dates, times, amounts and quantities name nobody; a number standing alone does', () => {
    const roster = new Set(['2', '10', '11', '001']);
    expect(memoAgents('10月11日发货', roster)).toEqual([]);
    expect(memoAgents('11月03日发货', new Set(['3']))).toEqual([]);
    expect(memoAgents('11号发货', roster)).toEqual([]);
    expect(memoAgents('10:11前发', roster)).toEqual([]);
    expect(memoAgents('2026-10-11 补发', roster)).toEqual([]);
    expect(memoAgents('10.11', roster)).toEqual([]);
    expect(memoAgents('双11活动 送1个', roster)).toEqual([]);
    expect(memoAgents('退2元', roster)).toEqual([]);
    expect(memoAgents('13811112222', roster)).toEqual([]);
    expect(memoAgents('客服 11，10月2日发货', roster)).toEqual(['11']);
    expect(memoAgents('2026-10-11 客服2', roster)).toEqual(['2']);
    expect(memoAgents('11/10', roster)).toEqual(['11', '10']);
    // With a year it is a date: 2026/10/11, 2026/10 and 11/10/2026 name nobody; 1001/1002 has no year.
    expect(memoAgents('2026/10/11 补发', roster)).toEqual([]);
    expect(memoAgents('补发11/10/2026', roster)).toEqual([]);
    expect(memoAgents('2026/10/11 客服2', roster)).toEqual(['2']);
    expect(memoAgents('2026/10发', roster)).toEqual([]);
    expect(memoAgents('1001/1002', new Set(['1001', '1002']))).toEqual(['1001', '1002']);
    expect(memoAgents('2026/13', new Set(['2026', '13']))).toEqual(['2026', '13']);
  });

  test('客服1号 and 1号客服 number an agent (seed 003: the memo starts 1号客服、发XX快递), not the day 1号', () => {
    const roster = new Set(['001', '002', '11']);
    expect(memoAgents('1号客服、发XX快递', roster)).toEqual(['001']);
    expect(memoAgents('客服1号小王', roster)).toEqual(['001']);
    expect(memoAgents('客服：2号 11号发货', roster)).toEqual(['002']);
    expect(memoAgents('客服 11号', roster)).toEqual(['11']);
    // A day stays a day: 11号 with no 客服 beside it, and 10月1号 whatever follows.
    expect(memoAgents('11号发货', roster)).toEqual([]);
    expect(memoAgents('10月1号客服发', roster)).toEqual([]);
  });

  test('C42b roster 工号 stored by Excel as the number 5: the memo "005" and an Adjustments row "005" are both KF 5', () => {
    const wb = baseWorkbook();
    appendRows(wb, '花名册', [5, '钱五', '暖阳旗舰店:钱五', '售前', '初级', '正式', '2025-01-01', null]);
    // The base's silent order (tb_frank, 80.00, no memo) now names 005.
    setCell(wb, ORDERS_NAME, BASE.orderRow(5), '商家备忘', '005');
    wb.sheets.push({
      name: '奖惩',
      rows: [
        ['工号', '日期', '类型', '金额', '原因'],
        ['005', '2026-10-09', '奖励', 100, '好评'],
      ],
    });
    const r = run(wb);
    expect(r.agent('5')).toMatchObject({ sales: 80, buyers: 1, units: 1, awards: 100 });
    expect(r.json.shop).toMatchObject({ sales: BASE.shopSales, silentSales: 0, silentOrders: 0 });
    expect(r.codes()).not.toContain('adjustment-unknown-agent');
  });
});

/** The base shop with 工号 001, 002, 011 and KF04 (roster text cells keeping the zeros) and memos as a digit shop writes them. */
function digitShop() {
  const wb = baseWorkbook();
  wb.sheets[0] = rosterSheet([
    ['001', '张晓梅', '暖阳旗舰店:小美', '售前', '中级', '正式', '2025-03-01', null],
    ['002', '李丽', '暖阳旗舰店:小丽', '售前', '初级', '正式', '2025-06-15', null],
    ['011', '王强', '暖阳旗舰店:阿强', '售中', '高级', '正式', '2024-01-10', null],
    ['KF04', '赵安', '暖阳旗舰店:小安', '售后', '初级', '正式', '2025-09-01', null],
  ]);
  const memos = ['1', '工号:2', '10月11日发货 11', '10月11日发货', '13811112222 送1个', '2026-10-11 2'];
  memos.forEach((m, i) => setCell(wb, ORDERS_NAME, BASE.orderRow(i), '商家备忘', m));
  return wb;
}

describe('a shop whose 工号 are numbers, end to end', () => {
  test('memos credit the agent their number names, not the day, the phone or the quantity', () => {
    const wb = digitShop();
    wb.sheets.push({
      name: '奖惩',
      rows: [
        ['工号', '日期', '类型', '金额', '原因'],
        [1, '2026-10-09', '奖励', 30, '建议被采纳'],
      ],
    });
    const r = run(wb);
    // Net sales by hand (BASE's orders): 208 − 8 postage = 200; 150; 300; 99.50; 120 − 20 refund = 100; 80.
    // "1" → 001: 200. "工号:2" → 002: 150, and "2026-10-11 2" → 002: 80. "…11日发货 11": the last 11 → 011: 300.
    // "10月11日发货" (99.50) and "13811112222 送1个" (100) name nobody: silent.
    // Awards: the Adjustments row 1 (30) plus 转化率之星 (200: 001 is the only presales agent with ≥ 50 inquiries, 70).
    expect(r.agent('001')).toMatchObject({ sales: 200, buyers: 1, units: 2, awards: 230 });
    expect(r.agent('002')).toMatchObject({ sales: 230, buyers: 2, units: 2 });
    expect(r.agent('011')).toMatchObject({ sales: 300, buyers: 1, units: 2 });
    expect(r.json.shop).toMatchObject({ sales: 929.5, silentSales: 199.5, silentOrders: 2 });
    expect(r.codes()).not.toContain('adjustment-unknown-agent');
  });

  test('a roster with 1 and 001: memo "01" credits neither, says which two it could be, and the order is silent', () => {
    const wb = digitShop();
    appendRows(wb, '花名册', [1, '钱一', '暖阳旗舰店:钱一', '售前', '初级', '正式', '2025-01-01', null]);
    setCell(wb, ORDERS_NAME, BASE.orderRow(0), '商家备忘', '01');
    const r = run(wb);
    expect(r.agent('001').sales).toBe(0);
    expect(r.agent('1').sales).toBe(0);
    // 200 more silent than the digit shop's 199.50.
    expect(r.json.shop).toMatchObject({ silentSales: 399.5, silentOrders: 3 });
    const issue = expectOneIssue(r, {
      code: 'memo-ambiguous-id',
      severity: 'warning',
      row: 2,
      cell: 'K2',
      value: '01',
      mentions: ['001', '1'],
    });
    expect(issue.action.en).toContain('silent sales');
  });
});

describe('the explicit agent column (接待客服) writing a 工号 as a number', () => {
  const shop = (agents: string[]) => [
    roster(agents.map((id) => ({ id }))),
    chat([{ account: `店:${agents[0]}`, inquiries: 3, paid: 1 }]),
  ];

  test('"1" names roster 001: credited, no warning', () => {
    const o = orders([{ id: 'O1', paid: 100, agent: '1' }], { agentColumn: true });
    const r = runPayroll(workbook(...shop(['001']), o), { period: PERIOD });
    expect(r.agents.find((a) => a.agent.agentId === '001')?.measures.sales).toBe(10000);
    expect(r.issues.map((i) => i.code)).not.toContain('order-unknown-agent');
  });

  test('"01" with roster 1 and 001: credited to neither, warned as naming both, not as a stranger', () => {
    const o = orders([{ id: 'O1', paid: 100, agent: '01' }], { agentColumn: true });
    const r = runPayroll(workbook(...shop(['1', '001']), o), { period: PERIOD });
    const found = r.issues.filter((i) => i.code === 'order-ambiguous-agent');
    expect(found).toHaveLength(1);
    // 接待客服 is the fixture's 10th column (J); the order is on row 2.
    expect(found[0]).toMatchObject({ severity: 'warning', cell: 'J2', value: '01' });
    expect(found[0].message.zh).toBe('订单 O1 的客服“01”可以指花名册中的多个工号（1、001），无法判定是哪一位');
    expect(r.issues.map((i) => i.code)).not.toContain('order-unknown-agent');
    expect(r.shop.silentSales).toBe(10000);
  });
});

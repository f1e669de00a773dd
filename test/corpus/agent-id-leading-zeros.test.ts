/**
 * 工号 with leading zeros. Excel keeps a 工号 typed 001 in a roster cell of General format as the number 1,
 * while agents go on writing 001 in memos and the other sheets: those name roster 工号 1. The reverse (a
 * memo's "1" for roster 001) is as often a quantity ("送1个") as a 工号, so it names nobody.
 */
import { memoAgents } from '../../src/engine/formulas';
import { BASE, ORDERS_NAME, appendRows, baseWorkbook, setCell } from './builder';
import { run } from './expect';

describe('工号 with leading zeros', () => {
  test('a memo token with leading zeros names the roster 工号 without them, exact matches first', () => {
    const roster = new Set(['1', '2', 'KF03']);
    expect(memoAgents('客服001 送小样', roster)).toEqual(['1']);
    expect(memoAgents('0002/001', roster)).toEqual(['2', '1']);
    // Two digits are as often a day as a 工号: 11月03日 names nobody.
    expect(memoAgents('11月03日发货', new Set(['3']))).toEqual([]);
    expect(memoAgents('＃００２', roster)).toEqual(['2']);
    // Not the other way round, and letters keep their zeros.
    expect(memoAgents('送1个', new Set(['001']))).toEqual([]);
    expect(memoAgents('KF003', roster)).toEqual([]);
    // A roster holding both spellings: each is its own 工号.
    expect(memoAgents('001', new Set(['001', '1']))).toEqual(['001']);
    expect(memoAgents('0001', new Set(['001', '1']))).toEqual(['1']);
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

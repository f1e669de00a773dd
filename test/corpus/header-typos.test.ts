/**
 * A header one character off a column name ("did you mean"): the message names the header and the column it
 * was probably meant to be, so the manager corrects one character instead of hunting for it. Each typo below is
 * one edit from exactly one accepted name (counted by hand): 実/实 aside, 額 for 额, 问 for 间, 民 for 名.
 */
import { BASE, CHAT_NAME, ORDERS_NAME, ROSTER_NAME, baseWorkbook, renameHeader } from './builder';
import { expectInputError, expectOneIssue, run } from './expect';

describe('a required column missing beside a mistyped header', () => {
  test('订单报表 with 实付金額 (額 for 额): the message asks whether it is 实付金额', () => {
    const wb = baseWorkbook();
    renameHeader(wb, ORDERS_NAME, '买家实际支付金额', '实付金額');
    const err = expectInputError(wb, [
      { code: 'missing-column', sheet: ORDERS_NAME, row: 1, mentions: [ORDERS_NAME, '买家实际支付金额', '实付金額'] },
    ]);
    expect(err.issues[0].message.zh).toContain('表头“实付金額”是不是“实付金额”写错了？');
    expect(err.issues[0].message.en).toContain('is the header "实付金額" a typo of "实付金额"?');
  });

  test('付款时问 (问 for 间) and a roster 岗立 (立 for 位, too short a name to guess at) in one run', () => {
    const wb = baseWorkbook();
    renameHeader(wb, ORDERS_NAME, '订单付款时间', '付款时问');
    renameHeader(wb, ROSTER_NAME, '岗位', '岗立');
    const err = expectInputError(wb, [
      { code: 'missing-column', sheet: ROSTER_NAME, row: 1, mentions: ['岗位'] },
      { code: 'missing-column', sheet: ORDERS_NAME, row: 1, mentions: ['付款时问', '付款时间'] },
    ]);
    // Two characters: one edit is half the name, so no guess (the nearest-headers hint stays).
    expect(err.issues[0].message.en).not.toContain('typo');
  });

  test('a sheet under a name not known (10月订单), taken for orders by its header: the missing-orders stop asks too', () => {
    const wb = baseWorkbook();
    renameHeader(wb, ORDERS_NAME, '买家实际支付金额', '买家实际支付金額');
    wb.sheets.find((s) => s.name === ORDERS_NAME)!.name = '10月订单';
    const err = expectInputError(wb, [{ code: 'missing-sheet', mentions: ['10月订单', '买家实际支付金额'] }]);
    expect(err.issues[0].message.zh).toContain(
      '“10月订单”有订单列，但没有 买家实际支付金额；表头“买家实际支付金額”是不是“买家实际支付金额”写错了？',
    );
    expect(err.issues[0].message.en).toContain(
      'has orders columns but no 买家实际支付金额; is the header "买家实际支付金額" a typo of "买家实际支付金额"?',
    );
  });

  test('a header two edits from every name gets no guess', () => {
    const wb = baseWorkbook();
    renameHeader(wb, CHAT_NAME, '询单人数', '询问人次');
    const err = expectInputError(wb, [{ code: 'missing-column', sheet: CHAT_NAME, row: 1, mentions: ['询单人数'] }]);
    expect(err.issues[0].message.zh).not.toContain('写错了');
  });

  test('a real column two characters off (买家实际支付积分, points, beside a missing 买家实际支付金额) is no typo', () => {
    // Renaming it as asked would pay points as money: two Han characters changed make another word.
    const wb = baseWorkbook();
    renameHeader(wb, ORDERS_NAME, '买家实际支付金额', '买家实际支付积分');
    const err = expectInputError(wb, [
      { code: 'missing-column', sheet: ORDERS_NAME, row: 1, mentions: ['买家实际支付金额'] },
    ]);
    expect(err.issues[0].message.zh).not.toContain('写错了');
    expect(err.issues[0].message.en).not.toContain('typo');
  });

  test('主订单编号, a column of its own one character off 订单编号, is no typo of it', () => {
    const wb = baseWorkbook();
    renameHeader(wb, ORDERS_NAME, '订单编号', '主订单编号');
    const err = expectInputError(wb, [{ code: 'missing-column', sheet: ORDERS_NAME, row: 1, mentions: ['订单编号'] }]);
    expect(err.issues[0].message.zh).not.toContain('写错了');
  });

  test('买家会员民 (民 for 名): no buyer column is a warning naming the header, not the quiet Pinduoduo note', () => {
    const wb = baseWorkbook();
    renameHeader(wb, ORDERS_NAME, '买家会员名', '买家会员民');
    const r = run(wb);
    expectOneIssue(r, {
      code: 'orders-buyer-header-mistyped',
      severity: 'warning',
      sheet: ORDERS_NAME,
      row: 1,
      // The mistyped header's own cell: 买家会员名 is the order report's second column.
      column: '买家会员民 (B)',
      cell: 'B1',
      value: '买家会员民',
      mentions: ['买家会员民', '买家会员名'],
    });
    expect(r.issues('orders-no-buyer-column')).toEqual([]);
    // The run goes on as a shop without buyers: each paid order one buyer (KF01's two orders → 2).
    expect(r.agent('KF01')).toMatchObject({ sales: BASE.sales.KF01, buyers: 2 });
  });
});

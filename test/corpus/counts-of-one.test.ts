/** English messages that carry a count read right when the count is 1 ("1 orders were paid" did not). */
import { CHAT_NAME, ORDERS_NAME, appendRows, baseWorkbook, chatRow, dropColumn, orderRow } from './builder';
import { run } from './expect';

test('one order paid outside the month, one unpaid, one chat row of a stranger: counts of one in English', () => {
  const wb = baseWorkbook();
  appendRows(
    wb,
    ORDERS_NAME,
    orderRow('3100000000000000007', 'tb_gina', 60, 'KF01', '2026-09-30 23:00:00'),
    orderRow('3100000000000000008', 'tb_hank', 70, 'KF01', null),
  );
  appendRows(wb, CHAT_NAME, chatRow('暖阳旗舰店:路人', '2026-10-05', 10, 2, 1));
  const r = run(wb);
  // Rows 8 and 9 of the order sheet (header row 1, six base orders: rows 2 to 7); the chat sheet's 9th row.
  expect(r.issues('orders-outside-period')[0].message.en).toBe('Orders paid outside 2026-10: 1 (the first on row 8)');
  expect(r.issues('orders-unpaid')[0].message.en).toBe(
    'Orders with no payment time (never paid): 1 (the first on row 9)',
  );
  expect(r.issues('chat-unknown-agent')[0].message.en).toBe(
    'Chat stats name "暖阳旗舰店:路人", not on this month\'s roster (rows: 1; row 10)',
  );
  for (const i of r.json.issues) expect(i.message.en).not.toMatch(/\b1 (orders|rows|records)\b/);
});

test('one refunded order on a sheet without 总金额: the refund-convention warning reads right in English', () => {
  const wb = baseWorkbook();
  // The base sheet has 总金额; without it, order 5's refund of 20 is the sheet's one refunded order.
  dropColumn(wb, ORDERS_NAME, '总金额');
  const r = run(wb);
  expect(r.issues('orders-refund-convention-guessed')[0].message.en).toMatch(
    /^"订单报表" has refunded orders \(1\) but no 总金额/,
  );
});

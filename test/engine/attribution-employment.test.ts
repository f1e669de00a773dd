/**
 * Agents who join or leave mid-month are credited only with the orders placed while they were employed
 * (hire and leave days included): the memo of an order placed after someone left names who served the
 * buyer before, not this order's agent. Amounts by hand, in cents.
 */
import { runPayroll } from '../../src/engine';
import type { Cell } from '../../src/engine/cell';
import { roster, chat, sheet, workbook, PERIOD } from './fixture';

const people = roster([{ id: 'KF01' }, { id: 'KF03', leave: '2026-10-15' }, { id: 'KF04', hire: '2026-10-20' }]);
const someChat = chat([{ account: '店:KF01', inquiries: 10, paid: 5, received: 20 }]);

interface Placed {
  id: string;
  paid: number;
  memo?: string;
  created?: string;
  pay: string;
  buyer?: string;
}

/** An order sheet with 订单创建时间 (or without, when `withCreated` is false). */
function orderSheet(list: Placed[], withCreated = true): ReturnType<typeof sheet> {
  const header: Cell[] = ['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '商家备忘'];
  if (withCreated) header.push('订单创建时间');
  const rows: Cell[][] = [header];
  for (const o of list) {
    const r: Cell[] = [o.id, o.buyer ?? `buyer-${o.id}`, o.paid, o.pay, o.memo ?? null];
    if (withCreated) r.push(o.created ?? o.pay);
    rows.push(r);
  }
  return sheet('订单报表', rows);
}

const run = (...sheets: ReturnType<typeof sheet>[]) =>
  runPayroll(workbook(people, someChat, ...sheets), { period: PERIOD });
const salesOf = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!.measures.sales;
const notEmployed = (r: ReturnType<typeof run>) => r.issues.filter((i) => i.code === 'order-agent-not-employed');

describe('orders placed outside an agent’s days of employment', () => {
  test.each([
    // Left on the 15th: placed on the 20th is not theirs; placed on the leave day itself (paid the next day) is.
    ['KF03', ['2026-10-20 10:00:00', '2026-10-20 10:05:00'], ['2026-10-15 23:59:59', '2026-10-16 00:10:00']],
    // Hired on the 20th: from 00:00:00 that day, not the second before.
    ['KF04', ['2026-10-19 23:59:59', '2026-10-20 08:00:00'], ['2026-10-20 00:00:00', '2026-10-20 08:00:00']],
  ])('%s: an order placed outside the days employed is not theirs, one placed inside is', (id, outside, inside) => {
    const r = run(
      orderSheet([
        { id: 'OUT', paid: 100, memo: id, created: outside[0], pay: outside[1] },
        { id: 'IN', paid: 50, memo: id, created: inside[0], pay: inside[1] },
      ]),
    );
    expect(salesOf(r, id)).toBe(5000);
    expect(r.shop.silentSales).toBe(10000);
    const issues = notEmployed(r);
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([['订单报表', 2, '商家备忘 (E)', id]]);
    expect(issues[0].message.zh).toContain(`于 ${outside[0].slice(0, 10)} 下单`);
    expect(issues[0].message.en).toContain('not employed that day');
  });

  test('a memo naming an employed and a departed agent: the employed one takes the whole order', () => {
    const r = run(
      orderSheet([
        { id: 'S1', paid: 100.01, memo: 'KF01/KF03', created: '2026-10-20 10:00:00', pay: '2026-10-20 10:00:00' },
      ]),
    );
    expect(salesOf(r, 'KF01')).toBe(10001);
    expect(salesOf(r, 'KF03')).toBe(0);
    expect(r.shop.silentSales).toBe(0);
    expect(notEmployed(r)[0].action.en).toBe('credited to the employed agents only');
  });

  test('an order is taken as placed at most 90 days before its payment: created before a hire long past, it is theirs', () => {
    // KF05 hired 2026-06-15. Placed 06-01 and paid 10-05 (126 days): read as placed within the 90 days before
    // 10-05 (from 07-07), all after the hire, so credited. Placed 06-10 and paid 10-02: 114 days, likewise.
    const dated = roster([{ id: 'KF01' }, { id: 'KF05', hire: '2026-06-15' }]);
    const r = runPayroll(
      workbook(
        dated,
        someChat,
        orderSheet([
          { id: 'L1', paid: 30, memo: 'KF05', created: '2026-06-01 10:00:00', pay: '2026-10-05 10:00:00' },
          { id: 'L2', paid: 12.5, memo: 'KF05', created: '2026-06-10 10:00:00', pay: '2026-10-02 10:00:00' },
        ]),
      ),
      { period: PERIOD },
    );
    expect(r.agents.find((a) => a.agent.agentId === 'KF05')!.measures.sales).toBe(4250);
    expect(r.issues.filter((i) => i.code === 'order-agent-not-employed')).toEqual([]);
  });

  test('a leave date before the hire date is said on its cell: no day employed, off the payroll', () => {
    const swapped = roster([{ id: 'KF01' }, { id: 'KF06', hire: '2026-10-20', leave: '2026-10-05' }]);
    const r = runPayroll(workbook(swapped, someChat, orderSheet([])), { period: PERIOD });
    const said = r.issues.filter((i) => i.code === 'roster-leave-before-hire');
    // KF06 is the roster's third row; 离职日期 its eighth column.
    expect(said.map((i) => [i.severity, i.sheet, i.row, i.column, i.cell, i.value])).toEqual([
      ['warning', '花名册', 3, '离职日期 (H)', 'H3', '2026-10-05'],
    ]);
    expect(said[0].message.zh).toBe('工号 KF06 的离职日期 2026-10-05 早于入职日期 2026-10-20');
    expect(said[0].action.en).toContain('swapped');
    expect(r.agents.map((a) => a.agent.agentId)).toEqual(['KF01']);
  });

  test('without a creation time the payment day is the order’s day', () => {
    const r = run(orderSheet([{ id: 'P1', paid: 70, memo: 'KF03', pay: '2026-10-16 09:00:00' }], false));
    expect(salesOf(r, 'KF03')).toBe(0);
    expect(r.shop.silentSales).toBe(7000);
  });

  test('by the consultation records: the day the agent served the buyer counts, not the day the buyer ordered', () => {
    // KF03 served on the leave day in the evening; the buyer ordered the next morning, within 48 hours.
    const consultations = sheet('接待记录', [
      ['买家', '客服', '时间'],
      ['b1', 'KF03', '2026-10-15 20:00:00'],
    ]);
    const r = run(
      orderSheet([{ id: 'C1', buyer: 'b1', paid: 60, created: '2026-10-16 08:00:00', pay: '2026-10-16 08:01:00' }]),
      consultations,
    );
    expect(salesOf(r, 'KF03')).toBe(6000);
    expect(notEmployed(r)).toEqual([]);
  });
});

test('a weekly run says the agent was not employed in this period, not "this month"', () => {
  // KF03 left on Thursday 15 October; ISO week 2026-W43 runs Monday 19 – Sunday 25 October.
  const r = runPayroll(
    workbook(people, someChat, orderSheet([{ id: 'W1', paid: 40, memo: 'KF03', pay: '2026-10-21 09:00:00' }])),
    { period: '2026-W43' },
  );
  expect(r.shop.silentSales).toBe(4000);
  const left = r.issues.find((i) => i.code === 'agent-not-employed')!;
  expect(left.action.zh).toBe('不计入本期的绩效表与工资表');
  expect(left.action.en).toBe("left off this period's scorecard and payroll");
  const order = notEmployed(r)[0];
  expect(order.message.zh).toBe('订单 W1 归属的客服 KF03 本期不在岗');
  expect(order.message.en).toBe('Order W1 names KF03, not employed in this period');
});

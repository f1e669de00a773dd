import { runPayroll } from '../../src/engine';
import { roster, orders, chat, sheet, workbook, PERIOD } from './fixture';

const run = (...s: Parameters<typeof workbook>) => runPayroll(workbook(...s), { period: PERIOD });
const agent = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!;

describe('chat measures (docs/rules.md: Measures)', () => {
  const people = roster([
    { id: 'KF01', account: '店:小美' },
    { id: 'KF02', account: '店:小雅' },
  ]);
  const noOrders = orders([]);

  test('conversion, reply rate, weighted response, satisfaction from counts', () => {
    const r = run(
      people,
      noOrders,
      chat([
        // day 1: 100 received, 60 inquiries, 30 paid, 2 unreplied, 20 s; evaluations 8/1/1/0/0
        {
          account: '店:小美',
          date: '2026-10-01',
          received: 100,
          inquiries: 60,
          paid: 30,
          unreplied: 2,
          response: 20,
          counts: [8, 1, 1, 0, 0],
        },
        // day 2: 50 received, 40 inquiries, 24 paid, 0 unreplied, 35 s; evaluations 3/3/2/1/1
        {
          account: '店:小美',
          date: '2026-10-02',
          received: 50,
          inquiries: 40,
          paid: 24,
          unreplied: 0,
          response: 35,
          counts: [3, 3, 2, 1, 1],
        },
      ]),
    );
    const m = agent(r, 'KF01').measures;
    expect(m.conversion).toBe(54 / 100); // (30 + 24) / (60 + 40)
    expect(m.replyRate).toBe(148 / 150); // (150 − 2) / 150
    expect(m.avgResponseSec).toBe(25); // (20 × 100 + 35 × 50) / 150 = 3750 / 150
    expect(m.satisfaction).toBe(15 / 20); // (8 + 1 + 3 + 3) / 20 evaluations
    expect(m.evaluations).toBe(20);
  });

  test('a 延迟统计 day drops out of conversion instead of counting as 0', () => {
    const r = run(
      people,
      noOrders,
      chat([
        { account: '店:小美', date: '2026-10-01', received: 100, inquiries: 60, paid: 30 },
        { account: '店:小美', date: '2026-10-31', received: 100, inquiries: 50, paid: '延迟统计' },
      ]),
    );
    expect(agent(r, 'KF01').measures.conversion).toBe(0.5); // 30 / 60, not 30 / 110
    expect(r.issues.find((i) => i.code === 'chat-not-available')).toMatchObject({
      sheet: '聊天统计',
      row: 3,
      column: '询单最终付款人数 (F)',
      value: '延迟统计',
    });
  });

  test('no inquiries → conversion not available (null), never 0', () => {
    const r = run(people, noOrders, chat([{ account: '店:小美', received: 10, inquiries: 0, paid: 0 }]));
    expect(agent(r, 'KF01').measures.conversion).toBeNull();
    expect(agent(r, 'KF02').measures.conversion).toBeNull(); // no chat rows at all
    expect(agent(r, 'KF02').measures.aov).toBeNull(); // no buyers
  });

  test('satisfaction as 客户满意率, weighted by evaluations', () => {
    const s = sheet('聊天统计', [
      ['客服', '日期', '接待人数', '询单人数', '询单最终付款人数', '客户满意率', '评价人数'],
      ['店:小美', '2026-10-01', 100, 10, 5, '90%', 30],
      ['店:小美', '2026-10-02', 100, 10, 5, '100%', 10],
    ]);
    const r = run(people, noOrders, s);
    expect(agent(r, 'KF01').measures.satisfaction).toBeCloseTo((0.9 * 30 + 1 * 10) / 40, 12); // 0.925
    expect(agent(r, 'KF01').measures.evaluations).toBe(40);
  });

  test('rows of other months, summary rows and unknown accounts are left out of agents (unknown still in the shop funnel)', () => {
    const r = run(
      people,
      noOrders,
      chat([
        { account: '店:小美', date: '2026-09-30', received: 10, inquiries: 10, paid: 10 },
        { account: '店:小美', date: '2026-10-05', received: 10, inquiries: 10, paid: 4 },
        { account: '店:主账号', date: '2026-10-05', consult: 7, received: 7, inquiries: 7, paid: 1 },
        { account: '汇总', received: 999, inquiries: 999, paid: 999 },
      ]),
    );
    expect(agent(r, 'KF01').measures.inquiries).toBe(10);
    expect(r.shop.inquiries).toBe(17);
    expect(r.issues.find((i) => i.code === 'chat-unknown-agent')).toMatchObject({ row: 4, value: '店:主账号' });
  });
});

describe('reply rate is reproducible from the reported numbers', () => {
  test('days without 未回复人数 drop out of both sums; replyReceived is the denominator', () => {
    const people = roster([{ id: 'KF01', account: '店:小美' }]);
    const r = runPayroll(
      workbook(
        people,
        orders([]),
        chat([
          { account: '店:小美', date: '2026-10-01', received: 100, inquiries: 1, paid: 0, unreplied: 4 },
          { account: '店:小美', date: '2026-10-02', received: 60, inquiries: 1, paid: 0, unreplied: '延迟统计' },
        ]),
      ),
      { period: PERIOD },
    );
    const m = r.agents[0].measures;
    expect(m.received).toBe(160);
    expect(m.replyReceived).toBe(100);
    expect(m.replyRate).toBe(0.96); // (100 − 4) / 100
  });
});

import { runPayroll, InputError } from '../../src/engine';
import { roster, orders, chat, workbook, PERIOD } from './fixture';

const agents = roster([{ id: 'KF01', account: '旗舰店:小美' }, { id: 'KF02' }, { id: 'KF03' }]);
const someChat = chat([{ account: '旗舰店:小美', inquiries: 10, paid: 5, received: 20 }]);
const run = (...sheets: Parameters<typeof workbook>) => runPayroll(workbook(...sheets), { period: PERIOD });
const agent = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!;

describe('attribution (docs/rules.md: Attribution)', () => {
  test('explicit agent column first, matched by account or 工号; then the memo; else silent', () => {
    const r = run(
      agents,
      someChat,
      orders(
        [
          { id: 'A1', paid: 100, agent: '旗舰店:小美', memo: 'KF02' }, // explicit wins over memo
          { id: 'A2', paid: 200, agent: 'KF02' }, // explicit by 工号
          { id: 'A3', paid: 300, memo: '客服:KF03' }, // memo
          { id: 'A4', paid: 400, agent: '离职的人', memo: 'KF03' }, // unknown explicit → memo
          { id: 'A5', paid: 500, memo: '发顺丰' }, // silent
        ],
        { agentColumn: true },
      ),
    );
    expect(agent(r, 'KF01').measures.sales).toBe(10000);
    expect(agent(r, 'KF02').measures.sales).toBe(20000);
    expect(agent(r, 'KF03').measures.sales).toBe(30000 + 40000);
    expect(r.shop.silentSales).toBe(50000);
    expect(r.shop.silentOrders).toBe(1);
    expect(r.shop.sales).toBe(150000);
    expect(r.issues.find((i) => i.code === 'order-unknown-agent')).toMatchObject({
      sheet: '订单报表',
      row: 5,
      value: '离职的人',
    });
    expect(r.issues.find((i) => i.code === 'order-silent')).toMatchObject({ sheet: '订单报表', row: 6, value: 'A5' });
  });

  test('several agents in a memo split the net sales equally, to the cent', () => {
    // 100.01 net split three ways: 33.34 + 33.34 + 33.33; qty 3 → 1 unit each; each counts the buyer
    const r = run(agents, someChat, orders([{ id: 'S1', paid: 100.01, qty: 3, memo: 'KF01/KF02 KF03', buyer: 'tb1' }]));
    expect([agent(r, 'KF01'), agent(r, 'KF02'), agent(r, 'KF03')].map((a) => a.measures.sales)).toEqual([
      3334, 3334, 3333,
    ]);
    expect(agent(r, 'KF03').measures.units).toBe(1);
    expect(agent(r, 'KF03').measures.buyers).toBe(1);
    expect(r.shop.attributedSales).toBe(10001);
  });

  test('plan option first: the first 工号 written takes the whole order', () => {
    const plan = [
      ['键', '值'],
      ['attribution.split', 'first'],
    ];
    const r = run(agents, someChat, orders([{ id: 'S1', paid: 90, memo: 'KF02/KF01' }]), { name: '方案', rows: plan });
    expect(agent(r, 'KF02').measures.sales).toBe(9000);
    expect(agent(r, 'KF01').measures.sales).toBe(0);
  });

  test('net sales deduct postage and refunds; refund above the order gives 0 and is reported', () => {
    const r = run(
      agents,
      someChat,
      orders([
        { id: 'N1', paid: 108, postage: 8, memo: 'KF01', buyer: 'b1' }, // 100
        { id: 'N2', paid: 50, refund: 20, memo: 'KF01', buyer: 'b2' }, // 30
        { id: 'N3', paid: 60, refund: 80, memo: 'KF01', buyer: 'b3', qty: 2 }, // 0: not a buyer, no units
      ]),
    );
    const a = agent(r, 'KF01');
    expect(a.measures.sales).toBe(13000);
    expect(a.measures.buyers).toBe(2);
    expect(a.measures.units).toBe(2);
    expect(a.measures.refunds).toBe(2000 + 6000); // the N3 refund is capped at its paid amount
    expect(a.measures.refundRate).toBeCloseTo(8000 / (10800 + 5000 + 6000), 12);
    expect(r.issues.find((i) => i.code === 'order-refund-exceeds')).toMatchObject({
      row: 4,
      column: '退款金额 (I)',
      cell: 'I4',
    });
  });

  test('orders belong to the period by payment time; unpaid orders are skipped; duplicates count once', () => {
    const r = run(
      agents,
      someChat,
      orders([
        { id: 'P1', paid: 10, memo: 'KF01', pay: '2026-09-30 23:59:59' }, // last month
        { id: 'P2', paid: 20, memo: 'KF01', pay: '2026-10-01 00:00:00' },
        { id: 'P3', paid: 40, memo: 'KF01', pay: '2026-10-31 23:59:59' },
        { id: 'P4', paid: 80, memo: 'KF01', pay: null, status: '等待买家付款' },
        { id: 'P2', paid: 20, memo: 'KF01', pay: '2026-10-01 00:00:00' }, // pasted twice
      ]),
    );
    expect(agent(r, 'KF01').measures.sales).toBe(6000);
    expect(r.shop.orders).toBe(2);
    expect(r.issues.find((i) => i.code === 'order-duplicate')).toMatchObject({ row: 6, value: 'P2' });
    expect(r.issues.find((i) => i.code === 'orders-outside-period')).toMatchObject({ row: 2 });
    expect(r.issues.find((i) => i.code === 'orders-unpaid')).toBeDefined();
  });

  test('payment times in every form the two order passes share between them', () => {
    const r = run(
      agents,
      someChat,
      orders([
        { id: 'T1', paid: 10, memo: 'KF01', pay: '2026-10-05 10:00:00' }, // the export's own format (first pass)
        { id: 'T2', paid: 20, memo: 'KF01', pay: '2026/10/06 9:30' }, // another format (the general reader)
        { id: 'T3', paid: 40, memo: 'KF01', pay: 46302.5 }, // an Excel serial: 2026-10-07 12:00
        { id: 'T4', paid: 80, memo: 'KF01', pay: null }, // unpaid (row 5)
        { id: 'T5', paid: 160, memo: 'KF01', pay: '   ' }, // blank: unpaid
        { id: 'T6', paid: 320, memo: 'KF01', pay: '明天' }, // no time at all (row 7)
        { id: 'T7', paid: 640, memo: 'KF01', pay: '2026-11-01 00:00:00' }, // next month, own format
      ]),
    );
    // T1 + T2 + T3 = 70 yuan, in cents.
    expect(agent(r, 'KF01').measures.sales).toBe(7000);
    expect(r.shop.orders).toBe(3);
    const unpaid = r.issues.find((i) => i.code === 'orders-unpaid')!;
    expect(unpaid).toMatchObject({ row: 5 });
    expect(unpaid.message.en).toContain(': 2 (the first on row 5)');
    expect(r.issues.find((i) => i.code === 'order-bad-paytime')).toMatchObject({ row: 7, value: '明天' });
    expect(r.issues.find((i) => i.code === 'orders-outside-period')).toMatchObject({ row: 8 });
  });

  test('memo naming a 工号 not on the roster is reported; the order becomes silent sales', () => {
    const r = run(agents, someChat, orders([{ id: 'U1', paid: 10, memo: 'KF99' }]));
    expect(r.issues.find((i) => i.code === 'memo-unknown-id')).toMatchObject({
      row: 2,
      column: '商家备忘 (H)',
      value: 'KF99',
    });
    expect(r.shop.silentSales).toBe(1000);
  });

  test('shop sales = Σ agent sales + silent sales', () => {
    const r = run(
      agents,
      someChat,
      orders([
        { id: 'X1', paid: 33.33, memo: 'KF01/KF02/KF03' },
        { id: 'X2', paid: 12.5, memo: '' },
        { id: 'X3', paid: 7, memo: 'KF02' },
      ]),
    );
    const sum = r.agents.reduce((s, a) => s + a.measures.sales, 0);
    expect(sum + r.shop.silentSales).toBe(r.shop.sales);
  });

  test('a missing required sheet or column stops with a message naming it', () => {
    expect(() => run(agents, someChat)).toThrow(InputError);
    try {
      run(agents, orders([]), { name: '聊天统计', rows: [['旺旺', '询单人数']] });
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const issue = (e as InputError).issues[0];
      expect(issue).toMatchObject({ severity: 'fatal', code: 'missing-column', sheet: '聊天统计' });
      expect(issue.message.zh).toContain('询单最终付款人数');
      return;
    }
    throw new Error('expected an InputError');
  });
});

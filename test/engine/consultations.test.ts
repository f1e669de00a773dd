/**
 * Attribution from the consultation records (接待记录): the last or first
 * agent who served the buyer within N hours before the order's creation
 * (下单判定) or payment (付款判定). Every expected value is worked out by hand
 * in the comment beside it.
 */
import { runPayroll, payrollJson, buildOutputSheets } from '../../src/engine';
import type { Cell } from '../../src/engine/cell';
import { roster, chat, workbook, sheet, PERIOD } from './fixture';

const agents = roster([
  { id: 'KF01', account: '旗舰店:小美' },
  { id: 'KF02', account: '旗舰店:小丽' },
  { id: 'KF03', account: '旗舰店:小王' },
]);
const someChat = chat([{ account: '旗舰店:小美', inquiries: 10, paid: 5, received: 20 }]);

interface Ord {
  id: string;
  buyer: string;
  paid: number;
  created: string | null;
  pay: string;
  memo?: string;
  agent?: string;
}

/** An order report with 订单创建时间 (and an agent column when asked). */
function orderSheet(list: Ord[], agentColumn = false) {
  const header: Cell[] = ['订单编号', '买家会员名', '买家实际支付金额', '订单创建时间', '订单付款时间', '商家备忘'];
  if (agentColumn) header.push('接待客服');
  const rows: Cell[][] = [header];
  for (const o of list) {
    const r: Cell[] = [o.id, o.buyer, o.paid, o.created, o.pay, o.memo ?? null];
    if (agentColumn) r.push(o.agent ?? null);
    rows.push(r);
  }
  return sheet('订单报表', rows);
}

/** A 接待记录 export: buyer, agent, time, plus a column of the real export that is ignored. */
function consultations(list: [buyer: string, agent: string, time: Cell][]) {
  return sheet('接待记录', [
    ['买家昵称', '客服', '咨询时间', '会话ID'],
    ...list.map(([b, a, t], i) => [b, a, t, `S${i}`]),
  ]);
}

function plan(...kv: [string, string | number][]) {
  return sheet('方案', [['键', '值'], ...kv]);
}

const run = (...sheets: Parameters<typeof workbook>) => runPayroll(workbook(...sheets), { period: PERIOD });
const salesOf = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!.measures.sales;

// A buyer served by KF01 at 09:00 and KF02 at 10:00, ordering at 11:00 (paid 11:05), 100 yuan.
const twoAgents = consultations([
  ['b1', '旗舰店:小美', '2026-10-05 09:00:00'],
  ['b1', '旗舰店:小丽', '2026-10-05 10:00:00'],
]);
const order11 = orderSheet([
  { id: 'O1', buyer: 'b1', paid: 100, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:05:00' },
]);

describe('attribution from consultation records', () => {
  test('last agent by default: A at 09:00, B at 10:00, order at 11:00 → B', () => {
    const r = run(agents, someChat, order11, twoAgents);
    expect(salesOf(r, 'KF02')).toBe(10000); // 100 yuan to B
    expect(salesOf(r, 'KF01')).toBe(0);
    expect(r.shop.silentOrders).toBe(0);
    expect(r.agents.find((a) => a.agent.agentId === 'KF02')!.measures.bySource.consultation).toEqual({
      orders: 1,
      sales: 10000,
    });
  });

  test('first agent → A', () => {
    const r = run(agents, someChat, order11, twoAgents, plan(['attribution.pick', 'first']));
    expect(salesOf(r, 'KF01')).toBe(10000);
    expect(salesOf(r, 'KF02')).toBe(0);
  });

  test('a 1-hour window leaves only B, even for the first agent (10:00 is exactly 1 h before 11:00 and counts; 09:00 is 2 h before)', () => {
    const r = run(
      agents,
      someChat,
      order11,
      twoAgents,
      plan(['attribution.pick', 'first'], ['attribution.windowHours', 1]),
    );
    expect(salesOf(r, 'KF02')).toBe(10000);
    expect(salesOf(r, 'KF01')).toBe(0);
  });

  test('a window too short for any consultation: silent (10:00 is 1 h before, window 0.5 h)', () => {
    const r = run(agents, someChat, order11, twoAgents, plan(['attribution.windowHours', 0.5]));
    expect(r.shop.silentSales).toBe(10000);
    expect(r.shop.silentOrders).toBe(1);
  });

  test('consulting after the order does not count', () => {
    // b2 talks to KF01 at 11:30, after the 11:00 order (and before its 11:45 payment): under 下单判定 nobody served b2 before.
    const r = run(
      agents,
      someChat,
      consultations([['b2', '旗舰店:小美', '2026-10-05 11:30:00']]),
      orderSheet([{ id: 'O2', buyer: 'b2', paid: 80, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:45:00' }]),
    );
    expect(salesOf(r, 'KF01')).toBe(0);
    expect(r.shop.silentSales).toBe(8000);
  });

  test('下单判定 against 付款判定: created 23:50, paid 00:10 the next day', () => {
    // KF02 at 23:00 (before creation), KF03 at 23:55 (after creation, before payment).
    const c = consultations([
      ['b3', '旗舰店:小丽', '2026-10-05 23:00:00'],
      ['b3', '旗舰店:小王', '2026-10-05 23:55:00'],
    ]);
    const o = orderSheet([
      { id: 'O3', buyer: 'b3', paid: 66, created: '2026-10-05 23:50:00', pay: '2026-10-06 00:10:00' },
    ]);
    const byCreation = run(agents, someChat, c, o);
    expect(salesOf(byCreation, 'KF02')).toBe(6600); // last before 23:50 is KF02 at 23:00
    const byPayment = run(agents, someChat, c, o, plan(['attribution.reference', '付款判定']));
    expect(salesOf(byPayment, 'KF03')).toBe(6600); // last before 00:10 is KF03 at 23:55
    expect(salesOf(byPayment, 'KF02')).toBe(0);
  });

  test('a buyer who never consulted is a silent order, or goes to the memo when it names an agent', () => {
    const r = run(
      agents,
      someChat,
      twoAgents,
      orderSheet([
        { id: 'O4', buyer: 'b4', paid: 30, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:01:00' },
        { id: 'O5', buyer: 'b5', paid: 20, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:01:00', memo: 'KF03' },
      ]),
    );
    expect(r.shop.silentOrders).toBe(1); // O4
    expect(r.shop.silentSales).toBe(3000);
    expect(salesOf(r, 'KF03')).toBe(2000); // O5 by the memo
    expect(r.shop.salesBySource.memo).toEqual({ orders: 1, sales: 2000 });
    expect(r.shop.salesBySource.consultation).toEqual({ orders: 0, sales: 0 });
  });

  test('two agents at the same second split the order in whole cents (roster order takes the odd cent)', () => {
    // 100.01 yuan = 10001 cents → 5001 + 5000.
    const r = run(
      agents,
      someChat,
      consultations([
        ['b6', '旗舰店:小丽', '2026-10-07 10:00:00'],
        ['b6', 'KF01', '2026-10-07 10:00:00'],
        ['b6', '小丽', '2026-10-07 10:00:00'],
      ]),
      orderSheet([{ id: 'O6', buyer: 'b6', paid: 100.01, created: '2026-10-07 10:30:00', pay: '2026-10-07 10:31:00' }]),
    );
    expect(salesOf(r, 'KF01')).toBe(5001);
    expect(salesOf(r, 'KF02')).toBe(5000); // KF02 named twice (account and nick) at that second: still one share
    expect(r.agents.find((a) => a.agent.agentId === 'KF02')!.measures.bySource.consultation).toEqual({
      orders: 1,
      sales: 5000,
    });
    expect(r.shop.salesBySource.consultation).toEqual({ orders: 1, sales: 10001 });
  });

  test('agents are matched by account, nick without the shop prefix, or 工号; strangers reported once each with a count', () => {
    const r = run(
      agents,
      someChat,
      consultations([
        ['b7', '小美', '2026-10-08 09:00:00'], // nick → KF01
        ['b8', 'kf03', '2026-10-08 09:00:00'], // 工号 → KF03
        ['b9', '旗舰店:临时工', '2026-10-08 09:00:00'],
        ['b9', '旗舰店:临时工', '2026-10-08 09:30:00'],
        ['b10', '旗舰店:临时工', '2026-10-08 09:40:00'],
      ]),
      orderSheet([
        { id: 'O7', buyer: 'b7', paid: 10, created: '2026-10-08 10:00:00', pay: '2026-10-08 10:00:00' },
        { id: 'O8', buyer: 'b8', paid: 20, created: '2026-10-08 10:00:00', pay: '2026-10-08 10:00:00' },
        { id: 'O9', buyer: 'b9', paid: 40, created: '2026-10-08 10:00:00', pay: '2026-10-08 10:00:00' },
      ]),
    );
    expect(salesOf(r, 'KF01')).toBe(1000);
    expect(salesOf(r, 'KF03')).toBe(2000);
    expect(r.shop.silentSales).toBe(4000); // b9 only talked to the stranger
    const strangers = r.issues.filter((i) => i.code === 'consultation-unknown-agent');
    expect(strangers).toHaveLength(1);
    expect(strangers[0]).toMatchObject({ sheet: '接待记录', row: 4, column: '客服 (B)', value: '旗舰店:临时工' });
    expect(strangers[0].message.zh).toContain('共 3 条');
    expect(strangers[0].message.en).toContain('records: 3');
  });

  test('the explicit column comes first by default; the plan can put the memo before the consultations', () => {
    const c = consultations([['b1', '旗舰店:小美', '2026-10-05 10:00:00']]);
    const o = orderSheet(
      [
        {
          id: 'E1',
          buyer: 'b1',
          paid: 10,
          created: '2026-10-05 11:00:00',
          pay: '2026-10-05 11:00:00',
          agent: 'KF03',
          memo: 'KF02',
        },
        { id: 'E2', buyer: 'b1', paid: 20, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:00:00', memo: 'KF02' },
      ],
      true,
    );
    const r = run(agents, someChat, c, o);
    expect(salesOf(r, 'KF03')).toBe(1000); // E1: explicit
    expect(salesOf(r, 'KF01')).toBe(2000); // E2: consultation before memo
    expect(r.shop.salesBySource).toEqual({
      explicit: { orders: 1, sales: 1000 },
      consultation: { orders: 1, sales: 2000 },
      memo: { orders: 0, sales: 0 },
    });
    const memoFirst = run(agents, someChat, c, o, plan(['attribution.sources', '备注, 接待记录, 客服列']));
    expect(salesOf(memoFirst, 'KF02')).toBe(1000 + 2000); // both memos name KF02
    expect(memoFirst.plan.attribution.sources).toEqual(['memo', 'consultation', 'explicit']);
  });

  test('bad plan values are reported and the defaults kept', () => {
    const r = run(
      agents,
      someChat,
      order11,
      twoAgents,
      plan(['attribution.sources', 'memo,memo'], ['attribution.pick', 'middle'], ['attribution.reference', '发货判定']),
    );
    expect(r.issues.filter((i) => i.code === 'plan-bad-value').map((i) => i.row)).toEqual([2, 3, 4]);
    expect(r.plan.attribution).toMatchObject({
      sources: ['explicit', 'consultation', 'memo'],
      pick: 'last',
      reference: 'created',
    });
  });

  test('no creation time: measured from the payment time, said once per sheet', () => {
    const o = sheet('订单报表', [
      ['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间'],
      ['N1', 'b1', 10, '2026-10-05 09:30:00'],
      ['N2', 'b1', 10, '2026-10-05 10:30:00'],
    ]);
    const r = run(agents, someChat, o, twoAgents);
    expect(salesOf(r, 'KF01')).toBe(1000); // N1 paid 09:30: last before is KF01 at 09:00
    expect(salesOf(r, 'KF02')).toBe(1000); // N2 paid 10:30: KF02 at 10:00
    expect(r.issues.filter((i) => i.code === 'orders-no-created-time')).toHaveLength(1);
  });

  test('unusable consultation rows are summed up per problem, naming the first row', () => {
    const r = run(
      agents,
      someChat,
      order11,
      consultations([
        ['b1', '旗舰店:小美', 'yesterday'],
        ['', '旗舰店:小美', '2026-10-05 09:00:00'],
        ['b1', '旗舰店:小美', '2026-13-01 09:00:00'],
      ]),
    );
    expect(r.issues.find((i) => i.code === 'consultation-no-time')).toMatchObject({
      row: 2,
      column: '咨询时间 (C)',
      value: 'yesterday',
    });
    expect(r.issues.find((i) => i.code === 'consultation-no-time')!.message.en).toContain(
      'Consultation records with a missing or unreadable time: 2',
    );
    expect(r.issues.find((i) => i.code === 'consultation-no-buyer')).toMatchObject({ row: 3 });
    expect(r.shop.silentOrders).toBe(1);
  });

  test('reporting: --json salesBySource in yuan, the statement line, the audit source row', () => {
    const r = run(
      agents,
      someChat,
      twoAgents,
      orderSheet([
        { id: 'R1', buyer: 'b1', paid: 100, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:05:00' }, // consultation → KF02
        { id: 'R2', buyer: 'b9', paid: 25.5, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:05:00', memo: 'KF02' }, // memo → KF02
        { id: 'R3', buyer: 'b9', paid: 7, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:05:00' }, // silent
      ]),
    );
    const json = payrollJson(r);
    expect(json.agents.find((a) => a.agentId === 'KF02')!.salesBySource).toEqual({
      explicit: 0,
      consultation: 100,
      memo: 25.5,
    });
    expect(json.shop).toMatchObject({ silentOrders: 1, silentSales: 7 });
    const sheets = buildOutputSheets(r, 'zh');
    const statements = sheets.find((s) => s.kind === 'statements')!;
    const line = statements.rows.find((row) => row[0] === '销售额来源' && String(row[2]).includes('接待记录'));
    expect(line?.[2]).toBe('接待记录 1 笔 100.00；备注工号 1 笔 25.50');
    const audit = sheets.find((s) => s.kind === 'audit')!;
    expect(audit.rows.find((row) => row[1] === '静默销售（静默下单）')?.slice(2, 4)).toEqual(['7.00', '1 笔']);
    expect(audit.rows.find((row) => row[1] === 'attribution.sources')?.[2]).toBe('explicit,consultation,memo');
  });
});

test('the Audit counts the 接待记录 data rows as the sheet reads them: skipped rows in, blank and summary rows out', () => {
  const records = sheet('接待记录', [
    ['买家昵称', '客服', '咨询时间', '会话ID'],
    ['b1', '旗舰店:小美', '2026-10-05 09:00:00', 'S1'],
    [null, '旗舰店:小丽', '2026-10-05 10:00:00', 'S2'], // no buyer: skipped and warned, but a data row
    [],
    ['b2', '陌生人', '2026-10-05 11:00:00', 'S3'], // unknown agent: a data row
    ['b3', '旗舰店:小王', '不是时间', 'S4'], // bad time: a data row
    ['合计', null, null, '4'],
    [null, null, null, null],
  ]);
  const orders = orderSheet([
    { id: 'O1', buyer: 'b1', paid: 100, created: '2026-10-05 11:00:00', pay: '2026-10-05 11:05:00' },
  ]);
  const r = run(agents, someChat, orders, records);
  // Rows 2, 3, 5 and 6 of the sheet: 4 (row 4 and row 8 are blank, row 7 is the 合计 line).
  expect(r.inputs.find((s) => s.kind === 'consultations')).toMatchObject({ sheet: '接待记录', dataRows: 4 });
  // Served by KF01 (小美) at 09:00, ordered at 11:00: 100 yuan, in cents.
  expect(salesOf(r, 'KF01')).toBe(10000);
});

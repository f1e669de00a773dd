/**
 * Every real export layout (../shared/exports/headers.json, JD and Pinduoduo
 * from the spec's rules) as 2-D arrays through runPayroll, with sales and
 * conversion per agent worked out by hand.
 */
import type { Cell, SheetData, WorkbookData } from '../../src/engine';
import { InputError } from '../../src/engine';
import { run } from './expect';
import {
  ChatSpec,
  LAYOUT_ROSTER,
  OrderSpec,
  SHOP,
  chituDaily,
  chituPresales,
  jdOrders,
  pddOrders,
  plainChat,
  qianniuReception,
  rowOf,
  taobaoOrders,
  TAOBAO_2017,
  TAOBAO_2021,
} from './layout-builder';

const ROSTER = LAYOUT_ROSTER;

const o = (
  n: number,
  buyer: string,
  paid: number,
  postage: number,
  refund: number,
  memo: string | null,
  day: number,
  qty = 1,
): OrderSpec => ({
  id: `351531314732935${String(n).padStart(2, '0')}`,
  buyer,
  paid,
  postage,
  refund,
  qty,
  memo,
  payTime: `2026-10-${String(day).padStart(2, '0')} 10:15:00`,
});

/**
 * KF01: O1 208 − 8 postage = 200, O3 100 → 300 from tb_a and tb_c (2 buyers, 3 units).
 * KF02: O2 150 (tb_b). O4 60 names nobody: silent. Shop 510.
 */
const ORDERS: OrderSpec[] = [
  o(1, 'tb_a', 208, 8, 0, 'KF01', 3, 2),
  o(2, 'tb_b', 150, 0, 0, 'KF02', 4),
  o(3, 'tb_c', 100, 0, 0, 'KF01', 5),
  o(4, 'tb_a', 60, 0, 0, null, 6),
];

/** KF01 100 inquiries → 45 paid (45 %); KF02 80 → 30 (37.5 %); KF03 aftersales, no inquiries. */
const CHATS: ChatSpec[] = [
  { nick: '小美', date: null, received: 120, inquiries: 100, paidBuyers: 45, unreplied: 1, avgResponse: 18 },
  { nick: '小丽', date: null, received: 90, inquiries: 80, paidBuyers: 30, unreplied: 0, avgResponse: 65 },
  { nick: '阿强', date: null, received: 60, inquiries: 0, paidBuyers: 0, unreplied: 3, avgResponse: 30 },
];

const wb = (...sheets: SheetData[]): WorkbookData => ({ sheets: [ROSTER, ...sheets] });

function expectBaseSales(r: ReturnType<typeof run>) {
  expect(r.agent('KF01')).toMatchObject({ sales: 300, buyers: 2, units: 3 });
  expect(r.agent('KF02')).toMatchObject({ sales: 150, buyers: 1, units: 1 });
  expect(r.json.shop).toMatchObject({ sales: 510, silentSales: 60, orders: 4 });
}

function expectBaseChat(r: ReturnType<typeof run>) {
  expect(r.agent('KF01').conversion).toBeCloseTo(0.45, 10); // 45 / 100
  expect(r.agent('KF02').conversion).toBeCloseTo(0.375, 10); // 30 / 80
  expect(r.agent('KF03').conversion).toBeNull();
  expect(r.agent('KF01').replyRate).toBeCloseTo(119 / 120, 10);
  expect(r.agent('KF03').replyRate).toBeCloseTo(57 / 60, 10);
  expect(r.json.shop).toMatchObject({ inquiries: 180, paidBuyers: 75 }); // summary rows (9999) left out
}

const noProblems = (r: ReturnType<typeof run>) =>
  r.result.issues.filter((i) => i.severity !== 'info' && i.code !== 'agent-no-orders');

describe('order layouts', () => {
  test('淘宝 2017 (46 columns, trailing spaces in headers, ="…" order numbers, 订单备注 only)', () => {
    const r = run(
      wb(taobaoOrders('订单报表', TAOBAO_2017, ORDERS, { netted: false }), chituPresales('聊天统计', CHATS)),
    );
    expectBaseSales(r);
    expectBaseChat(r);
    expect(noProblems(r)).toEqual([]);
  });

  test('淘宝 2021 (71 columns): 工号 in 商家备忘 or 订单备注, both read, one agent counted once; 主订单编号 is no duplicate', () => {
    const orders = [...ORDERS.slice(0, 2), { ...ORDERS[2], memo: null }, ORDERS[3]];
    const sheet = taobaoOrders('订单报表', TAOBAO_2021, orders, {
      netted: false,
      memoColumn: (_, i) => (i === 0 ? '商家备忘' : '订单备注'),
    });
    // O3: KF01 in both memos → KF01 once, not split with itself.
    const memoCol = TAOBAO_2021.indexOf('商家备忘');
    const noteCol = TAOBAO_2021.indexOf('订单备注');
    sheet.rows[3][memoCol] = 'KF01';
    sheet.rows[3][noteCol] = '客服KF01 已催付';
    const r = run(wb(sheet, chituPresales('聊天统计', CHATS)));
    expectBaseSales(r);
    expect(r.codes()).not.toContain('duplicate-header');
    expect(noProblems(r)).toEqual([]);
  });

  test('京东: 订单号, 下单帐号, 应付金额 (结算金额 beside it), 运费金额, 付款确认时间, 订购数量, 商家备注', () => {
    const r = run(wb(jdOrders('订单', ORDERS), chituPresales('聊天统计', CHATS)));
    expectBaseSales(r);
    const alt = r.issues('header-alternative');
    expect(alt).toHaveLength(1);
    expect(alt[0].value).toBe('结算金额');
    expect(noProblems(r)).toEqual([]);
  });

  test('拼多多: no buyer column (each paid order one buyer, said once), tabs around cells, (元)/(件) headers, 售后状态 退款成功', () => {
    // O5 refunded in full after sale: net 0 for KF02.
    const orders = [...ORDERS, o(5, 'tb_x', 50, 0, 50, 'KF02', 7)];
    const r = run(wb(pddOrders('订单', orders), chituPresales('聊天统计', CHATS)));
    // Buyers are orders with net sales > 0: KF01 O1, O3 → 2; KF02 O2 → 1 (O5 refunded).
    expect(r.agent('KF01')).toMatchObject({ sales: 300, buyers: 2, units: 3 });
    expect(r.agent('KF02')).toMatchObject({ sales: 150, buyers: 1 });
    expect(r.agent('KF02').refundRate).toBeCloseTo(50 / 200, 10); // refund 50 over 150 + 50 paid
    expect(r.issues('orders-no-buyer-column')).toHaveLength(1);
    expect(noProblems(r)).toEqual([]);
  });

  test('no buyer column: two orders of one buyer count as two buyers (AOV = sales / orders)', () => {
    const same = [o(1, 'x', 100, 0, 0, 'KF01', 3), o(2, 'x', 50, 0, 0, 'KF01', 4)];
    const r = run(wb(pddOrders('订单', same), chituPresales('聊天统计', CHATS)));
    expect(r.agent('KF01')).toMatchObject({ sales: 150, buyers: 2, aov: 75 }); // 150 / 2
  });

  test('order numbers Excel turned into numbers (17 digits → 35153131473293580): said once, no order thrown away as a conflicting duplicate', () => {
    const sheet = taobaoOrders('订单报表', TAOBAO_2017, ORDERS, { netted: false });
    const idCol = 0;
    // 35153131473293501 … 04 are all one double away from each other's neighbours: Excel keeps 15 digits.
    sheet.rows[1][idCol] = 35153131473293580;
    sheet.rows[2][idCol] = 35153131473293580; // a different order, same number after Excel
    sheet.rows[3][idCol] = '3.51531E+16';
    const r = run(wb(sheet, chituPresales('聊天统计', CHATS)));
    expectBaseSales(r);
    const w = r.issues('order-id-as-number');
    expect(w).toHaveLength(1);
    expect(w[0].message.zh).toContain('3 个订单编号');
    expect(w[0].action.zh).toContain('CSV');
    expect(r.codes()).not.toContain('order-conflicting-duplicate');
  });
});

describe('refunds counted once', () => {
  // O5: 120 originally, 20 refunded (实付 100 in a netted report). O6: 90 refunded in full (实付 0).
  const withRefunds = [...ORDERS, o(5, 'tb_d', 120, 0, 20, 'KF02', 8), o(6, 'tb_e', 90, 0, 90, 'KF01', 9)];

  test('netted report (总金额 = 实付 + 退款): refund not deducted again, full refund no warning, refund rate over the original amount', () => {
    const r = run(
      wb(taobaoOrders('订单报表', TAOBAO_2021, withRefunds, { netted: true }), chituPresales('聊天统计', CHATS)),
    );
    // KF02: 150 + (100 − 0 postage) = 250; KF01: 300 + 0.
    expect(r.agent('KF02')).toMatchObject({ sales: 250, buyers: 2 });
    expect(r.agent('KF01')).toMatchObject({ sales: 300, buyers: 2 });
    expect(r.agent('KF02').refundRate).toBeCloseTo(20 / 270, 10); // 20 / (150 + 120)
    expect(r.agent('KF01').refundRate).toBeCloseTo(90 / 398, 10); // 90 / (208 + 100 + 90)
    expect(r.codes()).not.toContain('order-refund-exceeds');
    expect(r.result.inputs.find((i) => i.kind === 'orders')?.refundConvention).toMatchObject({
      convention: 'netted',
      source: 'total',
      nettedRows: 2,
      grossRows: 0,
    });
    expect(noProblems(r)).toEqual([]);
  });

  test('gross report (总金额 = 实付): the refund is deducted as before', () => {
    const r = run(
      wb(taobaoOrders('订单报表', TAOBAO_2017, withRefunds, { netted: false }), chituPresales('聊天统计', CHATS)),
    );
    expect(r.agent('KF02')).toMatchObject({ sales: 250 }); // 150 + 120 − 20
    expect(r.agent('KF02').refundRate).toBeCloseTo(20 / 270, 10);
    expect(r.result.inputs.find((i) => i.kind === 'orders')?.refundConvention).toMatchObject({
      convention: 'gross',
      source: 'total',
      grossRows: 2,
    });
  });

  test('plan key orders.refundConvention = gross forces a netted report to be read the old way', () => {
    const plan: SheetData = {
      name: '方案',
      rows: [
        ['键', '值'],
        ['orders.refundConvention', 'gross'],
      ],
    };
    const r = run(
      wb(taobaoOrders('订单报表', TAOBAO_2021, withRefunds, { netted: true }), chituPresales('聊天统计', CHATS), plan),
    );
    // KF02: 150 + (100 − 20) = 230; O6: refund 90 > 实付 0 → reported, capped.
    expect(r.agent('KF02')).toMatchObject({ sales: 230 });
    expect(r.agent('KF02').refundRate).toBeCloseTo(20 / 250, 10);
    expect(r.issues('order-refund-exceeds')).toHaveLength(1);
    expect(r.result.inputs.find((i) => i.kind === 'orders')?.refundConvention).toMatchObject({
      convention: 'gross',
      source: 'plan',
    });
  });

  /** A report's sheet without its 总金额 column. */
  const withoutTotal = (sheet: SheetData, header: string[]): SheetData => {
    const totalCol = header.indexOf('总金额');
    for (const row of sheet.rows) row.splice(totalCol, 1);
    return sheet;
  };
  const planWith = (convention: string): SheetData => ({
    name: '方案',
    rows: [
      ['键', '值'],
      ['orders.refundConvention', convention],
    ],
  });

  test('no 总金额: full refunds showing 实付 0 tell that 实付 is net of the refund', () => {
    // Besides O5 (20 of 120) and O6 (90 in full): O7 40 and O8 25, refunded in full.
    const more = [...withRefunds, o(7, 'tb_f', 40, 0, 40, 'KF01', 10), o(8, 'tb_g', 25, 0, 25, 'KF02', 11)];
    const sheet = withoutTotal(taobaoOrders('订单报表', TAOBAO_2021, more, { netted: true }), TAOBAO_2021);
    const r = run(wb(sheet, chituPresales('聊天统计', CHATS)));
    // As with 总金额: KF02 150 + 100 (O5 net of its 20) + 0 = 250; KF01 300 + 0 + 0 (O6, O7: 实付 0).
    expect(r.agent('KF02')).toMatchObject({ sales: 250 });
    expect(r.agent('KF01')).toMatchObject({ sales: 300 });
    expect(r.agent('KF01').refundRate).toBeCloseTo(130 / 438, 10); // (90 + 40) / (208 + 100 + 90 + 40)
    // O5–O8 refunded; O6, O7, O8 refund more than their 实付 0: 3 of 4.
    expect(r.result.inputs.find((i) => i.kind === 'orders')?.refundConvention).toMatchObject({
      convention: 'netted',
      source: 'refund-beyond-paid',
      refundedRows: 4,
      beyondPaidRows: 3,
    });
    expect(r.codes()).not.toContain('order-refund-exceeds');
    expect(r.codes()).not.toContain('orders-refund-convention-guessed');
  });

  test('no 总金额 and no refund above 实付: read as before the refund, said once, until the plan key says which', () => {
    // Only O5's partial refund (实付 100 of 120, 20 refunded): nothing tells a netted report from a gross one.
    const partial = [...ORDERS, o(5, 'tb_d', 120, 0, 20, 'KF02', 8)];
    const sheet = () => withoutTotal(taobaoOrders('订单报表', TAOBAO_2021, partial, { netted: true }), TAOBAO_2021);
    const auto = run(wb(sheet(), chituPresales('聊天统计', CHATS)));
    expect(auto.agent('KF02')).toMatchObject({ sales: 230 }); // 150 + (100 − 20): read as gross
    const said = auto.issues('orders-refund-convention-guessed');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({
      severity: 'warning',
      sheet: '订单报表',
      row: 1,
      column: expect.stringContaining('退款金额'),
    });
    expect(said[0].message.zh).toContain('有 1 笔退款订单');
    expect(said[0].action.zh).toContain('orders.refundConvention = netted');
    expect(said[0].action.en).toContain('deducted twice');
    const netted = run(wb(sheet(), chituPresales('聊天统计', CHATS), planWith('netted')));
    expect(netted.agent('KF02')).toMatchObject({ sales: 250 }); // 150 + 100
    expect(netted.codes()).not.toContain('orders-refund-convention-guessed');
    const gross = run(wb(sheet(), chituPresales('聊天统计', CHATS), planWith('gross')));
    expect(gross.agent('KF02')).toMatchObject({ sales: 230 });
    expect(gross.codes()).not.toContain('orders-refund-convention-guessed');
  });

  test('no 总金额: a lone full refund with 实付 0 is not enough to tell (O6 of O5, O6): deducted, and said', () => {
    const sheet = withoutTotal(taobaoOrders('订单报表', TAOBAO_2021, withRefunds, { netted: true }), TAOBAO_2021);
    const r = run(wb(sheet, chituPresales('聊天统计', CHATS)));
    expect(r.agent('KF02')).toMatchObject({ sales: 230 }); // 150 + (100 − 20)
    expect(r.result.inputs.find((i) => i.kind === 'orders')?.refundConvention).toMatchObject({
      convention: 'gross',
      source: 'default',
    });
    expect(r.issues('orders-refund-convention-guessed')).toHaveLength(1);
  });

  test('no 总金额: one faulty refund above 实付 among twelve does not turn a gross report netted', () => {
    // Eleven orders of 50 with 10 refunded each (KF02: 11 × 40 = 440), and one of 40 with 45 refunded (a fault: 0).
    const refunds = Array.from({ length: 11 }, (_, k) => o(10 + k, `tb_r${k}`, 50, 0, 10, 'KF02', 10 + k));
    const faulty = o(30, 'tb_z', 40, 0, 45, 'KF02', 25);
    const sheet = withoutTotal(
      taobaoOrders('订单报表', TAOBAO_2017, [...ORDERS, ...refunds, faulty], { netted: false }),
      TAOBAO_2017,
    );
    const r = run(wb(sheet, chituPresales('聊天统计', CHATS)));
    expect(r.agent('KF02')).toMatchObject({ sales: 590 }); // 150 + 440 + 0
    expect(r.result.inputs.find((i) => i.kind === 'orders')?.refundConvention).toMatchObject({
      convention: 'gross',
      source: 'default',
      refundedRows: 12,
      beyondPaidRows: 1,
    });
    expect(r.issues('order-refund-exceeds')).toHaveLength(1);
    expect(r.issues('orders-refund-convention-guessed')).toHaveLength(1);
  });

  test("the Audit sheet states each order sheet's convention", () => {
    const r = run(
      wb(taobaoOrders('订单报表', TAOBAO_2021, withRefunds, { netted: true }), chituPresales('聊天统计', CHATS)),
    );
    const { auditSheet } = jest.requireActual(
      '../../src/engine/output/audit',
    ) as typeof import('../../src/engine/output/audit');
    const text = auditSheet(r.result, 'zh')
      .rows.map((row) => row.join(' '))
      .join('\n');
    expect(text).toContain('实付已扣退款');
    expect(
      auditSheet(r.result, 'en')
        .rows.map((row) => row.join(' '))
        .join('\n'),
    ).toContain('already net of the refund');
  });
});

describe('chat layouts', () => {
  const orders = () => taobaoOrders('订单报表', TAOBAO_2017, ORDERS, { netted: false });

  test('赤兔 售前 28 columns: counts and rates, 18秒 / 1分05秒, 汇总 row', () => {
    const chats = CHATS.map((c) => ({ ...c }));
    const sheet = chituPresales('聊天统计', chats);
    sheet.rows[2][CHITU_COL('平均响应时间')] = '1分05秒';
    const r = run(wb(orders(), sheet));
    expectBaseChat(r);
    expect(r.agent('KF02').avgResponseSec).toBe(65);
    expect(r.agent('KF01').avgResponseSec).toBe(18);
  });

  test('赤兔 日报 21 columns: 延 / 修 badges, 店铺 apart from the nick, 全店 summary word in column B', () => {
    const daily: ChatSpec[] = [
      { ...CHATS[0], date: '2026-10-03', received: 70, inquiries: 60, paidBuyers: 27, unreplied: 1 },
      { ...CHATS[0], date: '2026-10-04', received: 50, inquiries: 40, paidBuyers: 18, unreplied: 0 },
      { ...CHATS[1], date: '2026-10-03', received: 50, inquiries: 50, paidBuyers: 20 },
      { ...CHATS[1], date: '2026-10-04', received: 40, inquiries: 30, paidBuyers: 10 },
      { ...CHATS[2], date: '2026-10-03' },
    ];
    const r = run(wb(orders(), chituDaily('聊天统计', daily)));
    expectBaseChat(r); // 27 + 18 = 45 of 60 + 40; 20 + 10 = 30 of 50 + 30
    expect(r.codes()).not.toContain('chat-unknown-agent');
  });

  test('千牛 咨询接待分析 12 columns: no conversion field → conversion not available (said once), nick without shop, 汇总值 / 平均值 skipped', () => {
    const r = run(wb(orders(), qianniuReception('聊天统计', CHATS)));
    for (const id of ['KF01', 'KF02', 'KF03']) expect(r.agent(id).conversion).toBeNull();
    expect(r.agent('KF01').replyRate).toBeCloseTo(119 / 120, 10);
    expect(r.agent('KF02').avgResponseSec).toBe(65);
    expect(r.agent('KF01').received).toBe(120); // 汇总值 / 平均值 rows not added
    expect(r.json.shop.consultations).toBe(270);
    expect(r.issues('chat-no-conversion')).toHaveLength(1);
    expect(r.json.shop.conversion).toBeNull();
  });

  test('rate only (询单转化率, 回复率 without counts): weighted by 接待人数 across rows', () => {
    const sheet: SheetData = {
      name: '聊天统计',
      rows: [
        ['旺旺账号', '日期', '接待人数', '询单转化率', '回复率'],
        [`${SHOP}:小美`, '2026-10-03', 100, '50%', '99%'],
        [`${SHOP}:小美`, '2026-10-04', 300, '40%', '98%'],
        [`${SHOP}:小丽`, '2026-10-03', 50, '0.36', 1],
      ],
    };
    const r = run(wb(orders(), sheet));
    expect(r.agent('KF01').conversion).toBeCloseTo((0.5 * 100 + 0.4 * 300) / 400, 10); // 0.425
    expect(r.agent('KF02').conversion).toBeCloseTo(0.36, 10);
    // 接待人数 with the rate: unreplied derived per row, 100 − 99 = 1 and 300 − 294 = 6 → 393 / 400.
    expect(r.agent('KF01').replyRate).toBeCloseTo(393 / 400, 10);
  });

  test('当日询单人数 with 询单最终付款转化率: the paid count is derived (round(33.33 % × 33) = 11)', () => {
    const sheet: SheetData = {
      name: '聊天统计',
      rows: [
        ['客服昵称', '当日询单人数', '询单最终付款转化率'],
        ['小美', 33, '33.33%'],
        ['小丽', 80, 0.375],
      ],
    };
    const r = run(wb(orders(), sheet));
    expect(r.agent('KF01')).toMatchObject({ inquiries: 33, paidBuyers: 11 });
    expect(r.agent('KF02')).toMatchObject({ inquiries: 80, paidBuyers: 30 });
    expect(r.json.shop).toMatchObject({ inquiries: 113, paidBuyers: 41 });
  });

  test.each(['询单人数延', '延 询单人数', '延询单人数', '询单人数 延', '修询单人数'])(
    'badge variant %s names 询单人数',
    (h) => {
      const sheet: SheetData = {
        name: '聊天统计',
        rows: [
          ['旺旺', h, '询单->最终付款人数延'],
          ['小美', 100, 45],
          ['小丽', 80, 30],
        ],
      };
      const r = run(wb(orders(), sheet));
      expect(r.agent('KF01').conversion).toBeCloseTo(0.45, 10);
      expect(r.agent('KF02').conversion).toBeCloseTo(0.375, 10);
    },
  );

  test('agent columns 旺旺 / 旺旺昵称 / 旺旺账号 / 子账号 / 客服昵称 / 客服 all name the agent', () => {
    for (const h of ['旺旺', '旺旺昵称', '旺旺账号', '子账号', '客服昵称', '客服']) {
      const r = run(
        wb(orders(), {
          name: '聊天统计',
          rows: [
            [h, '询单人数', '询单最终付款人数'],
            ['小美', 100, 45],
          ],
        }),
      );
      expect(r.agent('KF01').conversion).toBeCloseTo(0.45, 10);
    }
  });

  test('a nick two shops share is reported, not guessed', () => {
    const roster: SheetData = {
      name: '花名册',
      rows: [...ROSTER.rows, ['KF04', '周敏', '另一店:小美', '售前', '初级']],
    };
    const r = run({
      sheets: [
        roster,
        orders(),
        {
          name: '聊天统计',
          rows: [
            ['旺旺', '询单人数', '询单最终付款人数'],
            ['小美', 100, 45],
            [`${SHOP}:小丽`, 80, 30],
          ],
        },
      ],
    });
    expect(r.issues('chat-ambiguous-agent')).toHaveLength(1);
    expect(r.agent('KF01').conversion).toBeNull();
    expect(r.agent('KF04').conversion).toBeNull();
    expect(r.agent('KF02').conversion).toBeCloseTo(0.375, 10);
  });

  test('summary words in column B or C (汇总, 合计, 平均, 全店, Total) are skipped', () => {
    const sheet = plainChat('聊天统计', CHATS);
    for (const w of ['汇总', '合计', '平均', '全店', 'Total', '汇总值'])
      sheet.rows.push(['2026-10-31', w, 9999, 9999, 9999, 0, 1]);
    sheet.rows.push(['2026-10-31', null, '均值', 9999, 9999, 0, 1]);
    const r = run(wb(orders(), sheet));
    expect(r.agent('KF01').conversion).toBeCloseTo(0.45, 10);
    expect(r.json.shop).toMatchObject({ inquiries: 180, paidBuyers: 75 });
  });
});

describe('sheets recognised by their header', () => {
  test('ExportOrderList202411011030 and Sheet1 are read as orders and chat, and said so', () => {
    const r = run(
      wb(
        taobaoOrders('ExportOrderList202411011030', TAOBAO_2017, ORDERS, { netted: false }),
        chituPresales('Sheet1', CHATS),
      ),
    );
    expectBaseSales(r);
    expectBaseChat(r);
    expect(r.issues('sheet-recognised-by-header').map((i) => i.sheet)).toEqual([
      'ExportOrderList202411011030',
      'Sheet1',
    ]);
  });

  test('a missing sheet lists the sheets seen and what each looked like', () => {
    const sheet = taobaoOrders('ExportOrderList202411011030', TAOBAO_2017, ORDERS, { netted: false });
    const payCol = TAOBAO_2017.indexOf('订单付款时间 ');
    for (const row of sheet.rows) row.splice(payCol, 1);
    const notes: SheetData = { name: 'Sheet3', rows: [['备注'], ['十月']] };
    try {
      run(wb(sheet, chituPresales('聊天统计', CHATS), notes));
      throw new Error('expected an InputError');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const issue = (e as InputError).issues.find((i) => i.code === 'missing-sheet')!;
      expect(issue.message.zh).toContain('“ExportOrderList202411011030”有订单列，但没有 订单付款时间');
      expect(issue.message.en).toContain('"ExportOrderList202411011030" has orders columns but no 订单付款时间');
      expect(issue.message.zh).toContain('“Sheet3”没有可识别的列');
      // The names listed are the names the parser accepts.
      expect(issue.message.zh).toContain('订单 / 订单报表 / 订单列表');
    }
  });

  test('output sheets of an earlier run are never taken for inputs', () => {
    const payroll: SheetData = {
      name: '工资表 2026-09',
      rows: [
        ['工号', '姓名', '岗位', '级别', '客服旺旺'],
        ['KF09', '某', '售前', '初级', 'x'],
      ],
    };
    const r = run({
      sheets: [
        payroll,
        ROSTER,
        taobaoOrders('订单报表', TAOBAO_2017, ORDERS, { netted: false }),
        chituPresales('聊天统计', CHATS),
      ],
    });
    expect(r.json.agents.map((a) => a.agentId)).toEqual(expect.arrayContaining(['KF01', 'KF02', 'KF03']));
    expect(r.codes()).not.toContain('several-rosters');
  });

  const missingColumnFor = (header: string) => {
    const sheet: SheetData = {
      name: '聊天统计',
      rows: [
        ['旺旺', '询单人数', header],
        ['小美', 100, 45],
      ],
    };
    try {
      run(wb(taobaoOrders('订单报表', TAOBAO_2017, ORDERS, { netted: false }), sheet));
      throw new Error('expected an InputError');
    } catch (e) {
      return (e as InputError).issues.find((i) => i.code === 'missing-column')!;
    }
  };

  test('a missing column names the nearest headers seen', () => {
    // 付款人数 shares most characters with 最终付款人数 but is two characters short of it: no single typo.
    const issue = missingColumnFor('付款人数');
    expect(issue.message.zh).toContain('询单最终付款人数');
    expect(issue.message.zh).toContain('相近的列：付款人数');
    expect(issue.message.en).toContain('nearest headers in the sheet: 付款人数');
  });

  test('a header one character off a name asks whether it is that name instead', () => {
    // 最终付款人 is 最终付款人数 with 数 dropped: one edit.
    const issue = missingColumnFor('最终付款人');
    expect(issue.message.zh).toContain('表头“最终付款人”是不是“最终付款人数”写错了？');
    expect(issue.message.en).toContain('is the header "最终付款人" a typo of "最终付款人数"?');
  });
});

function CHITU_COL(h: string): number {
  return (chituPresales('x', []).rows[0] as Cell[]).indexOf(h);
}
void rowOf;

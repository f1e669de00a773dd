/**
 * Real export layouts as 2-D arrays: the header rows of ../shared/exports/headers.json
 * (copied to exports-headers.json) plus JD and Pinduoduo layouts from the spec's
 * rules, filled from one neutral description of the month's orders and chats.
 * Every layout of one description must give the same payroll.
 */
import type { Cell, SheetData } from '../../src/engine/cell';
import HEADERS from './exports-headers.json';

export const TAOBAO_2017: string[] = HEADERS.orders.taobao_2017_46.header;
export const TAOBAO_2021: string[] = HEADERS.orders.taobao_2021_71.header;
export const CHITU_PRESALES: string[] = HEADERS.chat.chitu_presales_28.header;
export const CHITU_DAILY: string[] = HEADERS.chat.chitu_daily_21.header;
export const QIANNIU_RECEPTION: string[] = HEADERS.chat.qianniu_reception_12.header;
export const JD_ORDERS = [
  '订单号',
  '商品名称',
  '下单帐号',
  '订购数量',
  '应付金额',
  '结算金额',
  '运费金额',
  '订单状态',
  '下单时间',
  '付款确认时间',
  '商家备注',
];
export const PDD_ORDERS = [
  '订单号',
  '商品',
  '订单状态',
  '商品总价(元)',
  '用户实付金额(元)',
  '邮费(元)',
  '商品数量(件)',
  '支付时间',
  '订单成交时间',
  '商家备注',
  '售后状态',
];

export const SHOP = '暖阳旗舰店';

/** The roster the layout tests share: two presales agents and one aftersales, by their 旺旺 nicks in the shop. */
export const LAYOUT_ROSTER: SheetData = {
  name: '花名册',
  rows: [
    ['工号', '姓名', '客服旺旺', '岗位', '级别'],
    ['KF01', '张晓梅', `${SHOP}:小美`, '售前', '中级'],
    ['KF02', '李丽', `${SHOP}:小丽`, '售前', '初级'],
    ['KF03', '王强', `${SHOP}:阿强`, '售后', '初级'],
  ],
};

/** One order as the shop sees it: the amount originally paid, postage, refund, memo. */
export interface OrderSpec {
  id: string;
  buyer: string;
  /** 买家实际支付金额 before any refund (yuan). */
  paid: number;
  postage: number;
  refund: number;
  qty: number;
  memo: string | null;
  payTime: string;
}

/** One agent's chat figures for a day (or the whole month when date is null). */
export interface ChatSpec {
  nick: string; // without the shop prefix
  date: string | null;
  received: number;
  inquiries: number;
  paidBuyers: number;
  unreplied: number;
  avgResponse: number;
}

/** A row of `header` with the named cells filled (headers matched after trimming). */
export function rowOf(header: string[], values: Record<string, Cell>): Cell[] {
  return header.map((h) => (h.trim() in values ? values[h.trim()] : null));
}

const money = (n: number) => n.toFixed(2);

/**
 * Taobao order report. `netted`: 买家实际支付金额 is after the refund and 总金额 keeps the original
 * (real Tmall data); otherwise 总金额 = 实付 and the refund is still to be deducted.
 * `memoColumn`: which memo an order's 工号 is written in (the 2021 layout has both).
 */
export function taobaoOrders(
  name: string,
  header: string[],
  orders: OrderSpec[],
  opts: { netted: boolean; memoColumn?: (o: OrderSpec, i: number) => '商家备忘' | '订单备注' },
): SheetData {
  const rows = orders.map((o, i) => {
    const paidCell = opts.netted ? o.paid - o.refund : o.paid;
    const memoCol = opts.memoColumn ? opts.memoColumn(o, i) : '订单备注';
    return rowOf(header, {
      订单编号: `="${o.id}"`,
      买家会员名: o.buyer,
      买家应付货款: money(o.paid - o.postage),
      买家应付邮费: money(o.postage),
      总金额: money(o.paid),
      买家实际支付金额: money(paidCell),
      订单状态: o.refund >= o.paid && o.paid > 0 ? '交易关闭' : '交易成功',
      订单创建时间: o.payTime,
      订单付款时间: o.payTime,
      宝贝总数量: o.qty,
      [memoCol]: o.memo,
      退款金额: money(o.refund),
      主订单编号: `="${o.id.slice(0, -2)}00"`,
      买家服务费: '0元',
      订单关闭原因: '订单未关闭',
    });
  });
  return { name, rows: [[...header], ...rows] };
}

/** JD: 应付金额 is what the buyer paid; no refund column (orders given without refunds). */
export function jdOrders(name: string, orders: OrderSpec[]): SheetData {
  return {
    name,
    rows: [
      [...JD_ORDERS],
      ...orders.map((o) =>
        rowOf(JD_ORDERS, {
          订单号: o.id,
          商品名称: '保温杯',
          下单帐号: o.buyer,
          订购数量: o.qty,
          应付金额: o.paid,
          结算金额: o.paid - o.postage,
          运费金额: o.postage,
          订单状态: '完成',
          下单时间: o.payTime,
          付款确认时间: o.payTime,
          商家备注: o.memo,
        }),
      ),
    ],
  };
}

/** Pinduoduo: no buyer column, tabs around the cell text, (元) / (件) in headers. */
export function pddOrders(name: string, orders: OrderSpec[]): SheetData {
  const tab = (v: string | number | null) => (v === null ? null : `\t${v}\t`);
  return {
    name,
    rows: [
      [...PDD_ORDERS],
      ...orders.map((o) =>
        rowOf(PDD_ORDERS, {
          订单号: tab(o.id),
          商品: tab('保温杯'),
          订单状态: tab('已收货'),
          '商品总价(元)': tab(money(o.paid - o.postage)),
          '用户实付金额(元)': tab(money(o.paid)),
          '邮费(元)': tab(money(o.postage)),
          '商品数量(件)': tab(o.qty),
          支付时间: tab(o.payTime),
          订单成交时间: tab(o.payTime),
          商家备注: tab(o.memo),
          售后状态: tab(o.refund > 0 ? '退款成功' : '无售后或售后取消'),
        }),
      ),
    ],
  };
}

const pct = (num: number, den: number) => (den === 0 ? '0.00%' : `${((num / den) * 100).toFixed(2)}%`);

/** 赤兔 售前 (28 columns): period rows, 客服 as shop:nick, rates beside the counts, reply as a rate only. */
export function chituPresales(name: string, chats: ChatSpec[], summary = true): SheetData {
  const rows = chats.map((c) =>
    rowOf(CHITU_PRESALES, {
      客服: `${SHOP}:${c.nick}`,
      接待人数: c.received,
      询单人数: c.inquiries,
      '询单->最终付款人数': c.paidBuyers,
      '询单->最终付款成功率': pct(c.paidBuyers, c.inquiries),
      客服回复率: pct(c.received - c.unreplied, c.received),
      平均响应时间: `${c.avgResponse}秒`,
      首次响应时间: '00:00:10',
      客服答问比: '1.20',
    }),
  );
  const total = rowOf(CHITU_PRESALES, { 客服: '汇总', 接待人数: 9999, 询单人数: 9999, '询单->最终付款人数': 9999 });
  return { name, rows: [[...CHITU_PRESALES], ...rows, ...(summary ? [total] : [])] };
}

/** 赤兔 日报 (21 columns): daily rows, 店铺 and 旺旺 (nick only) apart, 延 / 修 badges in the header. */
export function chituDaily(name: string, chats: ChatSpec[]): SheetData {
  const rows = chats.map((c) =>
    rowOf(CHITU_DAILY, {
      日期: c.date,
      店铺: SHOP,
      旺旺: c.nick,
      接待人数: c.received,
      询单人数延: c.inquiries,
      '询单->最终付款人数延': c.paidBuyers,
      '询单->最终付款成功率延': pct(c.paidBuyers, c.inquiries),
      未回复人数: c.unreplied,
      '平均响应(秒)': c.avgResponse,
      客单价修: '120.00',
      客件数修: '1.1',
    }),
  );
  // A summary row whose word is in column B (店铺), the date in column A.
  const total = rowOf(CHITU_DAILY, {
    日期: chats[0]?.date ?? null,
    店铺: '全店',
    接待人数: 9999,
    询单人数延: 9999,
    '询单->最终付款人数延': 9999,
  });
  return { name, rows: [[...CHITU_DAILY], ...rows, total] };
}

/** 千牛 咨询接待分析 (12 columns): no conversion field at all; nick without the shop; 汇总值 / 平均值 rows. */
export function qianniuReception(name: string, chats: ChatSpec[]): SheetData {
  const rows = chats.map((c) =>
    rowOf(QIANNIU_RECEPTION, {
      旺旺昵称: c.nick,
      咨询人数: c.received,
      接待人数: c.received,
      未回复人数: c.unreplied,
      有效接待人数: c.received,
      '平均响应时长（秒)': c.avgResponse,
      旺旺回复率: ((c.received - c.unreplied) / c.received).toFixed(4),
      '首次响应时长（秒)': 10,
      答问比: 1.2,
      旺旺分组: '售前组',
    }),
  );
  const sum = rowOf(QIANNIU_RECEPTION, { 旺旺昵称: '汇总值', 咨询人数: 9999, 接待人数: 9999, 未回复人数: 99 });
  const avg = rowOf(QIANNIU_RECEPTION, { 旺旺昵称: '平均值', 咨询人数: 999, 接待人数: 999, 未回复人数: 9 });
  return { name, rows: [[...QIANNIU_RECEPTION], ...rows, sum, avg] };
}

/** The project's plain layout (the corpus base's columns). */
export const PLAIN_CHAT = ['旺旺', '日期', '接待人数', '询单人数', '询单最终付款人数', '未回复人数', '平均响应(秒)'];
export function plainChat(name: string, chats: ChatSpec[]): SheetData {
  return {
    name,
    rows: [
      [...PLAIN_CHAT],
      ...chats.map((c) => [
        `${SHOP}:${c.nick}`,
        c.date,
        c.received,
        c.inquiries,
        c.paidBuyers,
        c.unreplied,
        c.avgResponse,
      ]),
    ],
  };
}

/** `n` varied orders for the reader tests: plain and Chinese buyers, postage, refunds, quantities, memos (some none), payment days. */
export function variedOrders(n: number): OrderSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `30002026100100${String(i).padStart(5, '0')}`,
    buyer: i % 3 === 0 ? `阳光小鱼${i}` : `tb_buyer${i}`,
    paid: 100 + i,
    postage: i % 2 ? 10 : 0,
    refund: i % 9 === 0 ? 20 : 0,
    qty: 1 + (i % 3),
    memo: i % 4 === 0 ? null : `KF0${1 + (i % 5)} 已核对`,
    payTime: `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 09:15:00`,
  }));
}

/** `n` 赤兔 presales rows of one day for the reader tests: 小美0…, received 30 + i. */
export function variedChats(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    nick: `小美${i}`,
    date: '2026-10-02',
    received: 30 + i,
    inquiries: 12,
    paidBuyers: 5,
    unreplied: 1,
    avgResponse: 18,
  }));
}

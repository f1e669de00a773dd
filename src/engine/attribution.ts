/**
 * SPEC §3 attribution: which agent an order's sales belong to — the explicit
 * agent column, else 工号 tokens in the memo (split equally, or the first),
 * else silent sales credited to nobody.
 */
import type { AgentResolver } from './agents';
import { ACTION, IssueLog } from './issues';
import { memoAgents, netSalesCents } from './formulas';
import { Cents, formatYuan, splitCents } from './money';
import type { Plan } from './plan/defaults';
import type { Order } from './parse/orders';

export interface SalesAcc {
  sales: Cents;
  paid: Cents;
  refunds: Cents;
  /** Units of unsplit orders, and of split orders by number of agents (n → Σ qty); exact, so row order never changes the result. */
  unitsWhole: number;
  unitsSplit: Map<number, number>;
  orders: number;
  buyers: Set<string>;
}

/** Units credited, Σ qty / n summed in a fixed order. */
export function unitsOf(acc: SalesAcc): number {
  let u = acc.unitsWhole;
  for (const n of [...acc.unitsSplit.keys()].sort((a, b) => a - b)) u += acc.unitsSplit.get(n)! / n;
  return u;
}

export interface ShopSales {
  orders: number;
  sales: Cents;
  attributed: Cents;
  silent: Cents;
  silentOrders: number;
  paid: Cents;
  refunds: Cents;
}

export function emptySalesAcc(): SalesAcc {
  return { sales: 0, paid: 0, refunds: 0, unitsWhole: 0, unitsSplit: new Map(), orders: 0, buyers: new Set() };
}

/** Credits orders to agents as they are read; `employed` are the agentIds on this month's payroll. */
export class Attributor {
  readonly byAgent = new Map<string, SalesAcc>();
  readonly shop: ShopSales = { orders: 0, sales: 0, attributed: 0, silent: 0, silentOrders: 0, paid: 0, refunds: 0 };
  private unknown: string[] = [];

  constructor(private resolver: AgentResolver, private employed: ReadonlySet<string>, private plan: Plan, private log: IssueLog) {}

  private accOf(id: string): SalesAcc {
    let acc = this.byAgent.get(id);
    if (!acc) this.byAgent.set(id, (acc = emptySalesAcc()));
    return acc;
  }

  add(o: Order): void {
    const { resolver, employed, plan, log, shop, unknown } = this;
    const { deductPostage, deductRefund } = plan.netSales;
    const net = netSalesCents(o.paid, o.postage, o.refund, deductPostage, deductRefund);
    shop.orders++;
    shop.sales += net;
    shop.paid += o.paid;
    shop.refunds += o.refund;
    let ids: string[] = [];
    if (o.agentText) {
      const a = resolver.resolve(o.agentText);
      if (a) ids = [a.agentId];
      else log.at('warning', 'order-unknown-agent', o.table.where(o.rowIndex, 'agent'), o.agentText,
        { zh: `订单 ${o.orderId} 的客服“${o.agentText}”不在花名册中`, en: `Order ${o.orderId}: agent "${o.agentText}" is not on the roster` },
        { zh: '改按备注中的工号归属', en: 'attributed by the memo instead' });
    }
    if (ids.length === 0 && o.memo) {
      unknown.length = 0;
      ids = memoAgents(o.memo, resolver.ids, unknown);
      const pattern = resolver.idPattern;
      if (pattern && unknown.length > 0) {
        const strangers = unknown.filter((u) => pattern.test(u));
        if (strangers.length > 0) log.at('warning', 'memo-unknown-id', o.table.where(o.rowIndex, 'memo'), o.memo,
          { zh: `订单 ${o.orderId} 的备注写了不在花名册中的工号 ${strangers.join('、')}`, en: `Order ${o.orderId}: memo names agent ID ${strangers.join(', ')}, not on the roster` },
          ids.length ? { zh: '只归属花名册中的工号', en: 'credited to the roster IDs only' } : ACTION.silent);
      }
      if (ids.length > 1 && plan.attribution.split === 'first') ids = ids.slice(0, 1);
    }
    if (ids.length > 0 && !ids.every((id) => employed.has(id))) {
      const gone = ids.filter((id) => !employed.has(id));
      log.at('warning', 'order-agent-not-employed', o.table.where(o.rowIndex, o.agentText ? 'agent' : 'memo'), gone.join(','),
        { zh: `订单 ${o.orderId} 归属的客服 ${gone.join('、')} 本月不在岗`, en: `Order ${o.orderId} names ${gone.join(', ')}, not employed this month` },
        ids.length > gone.length ? { zh: '只归属在岗客服', en: 'credited to the employed agents only' } : ACTION.silent);
      ids = ids.filter((id) => employed.has(id));
    }
    if (ids.length === 0) {
      shop.silent += net;
      shop.silentOrders++;
      log.at('info', 'order-silent', o.table.where(o.rowIndex, o.table.has('memo') ? 'memo' : 'orderId'), o.orderId,
        { zh: `订单 ${o.orderId}（净销售额 ${formatYuan(net)}）没有归属客服`, en: `Order ${o.orderId} (net sales ${formatYuan(net)}) names no agent` }, ACTION.silent);
      return;
    }
    shop.attributed += net;
    const n = ids.length;
    if (n === 1) {
      const acc = this.accOf(ids[0]);
      acc.sales += net;
      acc.paid += o.paid;
      acc.refunds += o.refund;
      acc.orders++;
      if (net > 0) {
        acc.unitsWhole += o.qty;
        if (o.buyer) acc.buyers.add(o.buyer);
      }
      return;
    }
    // Split order: equal shares in whole cents, the odd cents to the agents written first.
    const netShares = splitCents(net, n);
    const paidShares = splitCents(o.paid, n);
    const refundShares = splitCents(o.refund, n);
    for (let i = 0; i < n; i++) {
      const acc = this.accOf(ids[i]);
      acc.sales += netShares[i];
      acc.paid += paidShares[i];
      acc.refunds += refundShares[i];
      acc.orders++;
      if (net > 0) {
        acc.unitsSplit.set(n, (acc.unitsSplit.get(n) ?? 0) + o.qty);
        if (o.buyer) acc.buyers.add(o.buyer);
      }
    }
  }
}

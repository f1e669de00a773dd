/** Pipeline stage: the shop's figures and name, from what the earlier stages counted. */
import type { Agent, ShopFigures } from '../model';
import { ratio } from '../formulas';
import type { PeriodData } from './read-sheets';

export function shopFiguresOf({ sales, chat }: PeriodData): ShopFigures {
  return {
    orders: sales.shop.orders,
    sales: sales.shop.sales,
    attributedSales: sales.shop.attributed,
    silentSales: sales.shop.silent,
    silentOrders: sales.shop.silentOrders,
    salesBySource: sales.shop.bySource,
    silentShare: ratio(sales.shop.silent, sales.shop.sales),
    paid: sales.shop.paid,
    refunds: sales.shop.refunds,
    consultations: chat.shop.consultations,
    inquiries: chat.shop.inquiries,
    paidBuyers: chat.shop.paidBuyers,
    conversion: ratio(chat.shop.paidBuyers, chat.shop.inquiries),
  };
}

/** The most common shop prefix of the agents' accounts ("暖阳旗舰店:小美" → "暖阳旗舰店"). */
export function shopNameOf(agents: Pick<Agent, 'account'>[]): string {
  const counts = new Map<string, number>();
  for (const a of agents) {
    const i = Math.max(a.account.lastIndexOf(':'), a.account.lastIndexOf('：'));
    if (i > 0) counts.set(a.account.slice(0, i).trim(), (counts.get(a.account.slice(0, i).trim()) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [name, c] of counts) if (c > n || (c === n && name < best)) [best, n] = [name, c];
  return best;
}

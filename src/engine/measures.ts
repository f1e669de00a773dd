/** Measures (docs/rules.md) for one agent, from their credited orders and chat rows. */
import type { Measures } from './model';
import {
  aov as aovOf,
  conversion as conversionOf,
  refundRate as refundRateOf,
  replyRate as replyRateOf,
  upt as uptOf,
  ratio,
} from './formulas';
import { SalesAcc, emptySalesAcc, unitsOf } from './attribution';
import { ChatAcc, emptyChatAcc } from './parse/chat';

export function measuresOf(sales: SalesAcc = emptySalesAcc(), chat: ChatAcc = emptyChatAcc()): Measures {
  const buyers = sales.buyers;
  const units = unitsOf(sales);
  return {
    sales: sales.sales,
    buyers,
    units,
    orders: sales.orders,
    paid: sales.paid,
    refunds: sales.refunds,
    aov: aovOf(sales.sales / 100, buyers),
    upt: uptOf(units, buyers),
    consultations: chat.consultations,
    received: chat.received,
    inquiries: chat.inquiries,
    paidBuyers: chat.paidBuyers,
    unreplied: chat.unreplied,
    replyReceived: chat.replyReceived,
    conversion:
      chat.inquiries > 0 || chat.convRateWeight === 0
        ? conversionOf(chat.inquiries, chat.paidBuyers)
        : weightedRate(chat.convRateWeightedPpm, chat.convRateWeight),
    replyRate:
      chat.replyReceived > 0 || chat.replyRateWeight === 0
        ? replyRateOf(chat.replyReceived, chat.unreplied)
        : weightedRate(chat.replyRateWeightedPpm, chat.replyRateWeight),
    avgResponseSec: chat.respWeight > 0 ? chat.respWeightedMs / chat.respWeight / 1000 : null,
    satisfaction:
      chat.satAll > 0
        ? ratio(chat.satGood, chat.satAll)
        : chat.satRateWeight > 0
          ? chat.satRateWeightedPpm / chat.satRateWeight / 1e6
          : null,
    evaluations: chat.evaluations,
    refundRate: refundRateOf(sales.refunds / 100, sales.paid / 100),
    firstResponseSec: chat.firstWeight > 0 ? chat.firstWeightedMs / chat.firstWeight / 1000 : null,
    answerRatio: chat.answerWeight > 0 ? chat.answerWeightedPpm / chat.answerWeight / 1e6 : null,
    chatRows: chat.rows,
    bySource: sales.bySource,
  };
}

/** A rate given per row (no counts in the export), weighted by 接待人数; null when nothing weighs. */
function weightedRate(weightedPpm: number, weight: number): number | null {
  return weight > 0 ? weightedPpm / weight / 1e6 : null;
}

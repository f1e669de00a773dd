/**
 * Which agent an order's sales belong to: the sources of the plan in turn —
 * the explicit agent column, the consultation records (the last or first
 * agent who served the buyer within N hours before the order), 工号 tokens
 * in the memo (split equally, or the first) — else silent sales credited to
 * nobody. docs/rules.md explains the choices.
 */
import type { AgentResolver } from './agents';
import { ACTION, IssueLog } from './issues';
import { netSalesCents } from './formulas';
import { scanMemo } from './memo';
import { cellText } from './text';
import { Cents, centsShare, formatYuan } from './money';
import type { Plan } from './plan/defaults';
import type { Order } from './parse/orders';
import { hashRange } from './hashing';
import { DistinctBuyers } from './distinct-buyers';
import { ConsultationIndex, serialToSeconds } from './consultations';
import { formatSerial } from './dates';
import type { AttributionSource, LocalText, SalesBySource } from './model';
import { joined, joinedText, msg } from './messages';
import { ConflictingIds } from './conflicting-ids';

export interface SalesAcc {
  sales: Cents;
  paid: Cents;
  refunds: Cents;
  /** Units of unsplit orders, and of split orders by number of agents (n → Σ qty); exact, so row order never changes the result. */
  unitsWhole: number;
  unitsSplit: Map<number, number>;
  orders: number;
  /** Distinct buyers of the orders with net sales > 0 (counted by Attributor.totals()). */
  buyers: number;
  bySource: SalesBySource;
}

export function emptyBySource(): SalesBySource {
  return { explicit: { orders: 0, sales: 0 }, consultation: { orders: 0, sales: 0 }, memo: { orders: 0, sales: 0 } };
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
  /** Orders and net sales credited by each source (a split order counted once). */
  bySource: SalesBySource;
}

export function emptySalesAcc(): SalesAcc {
  return {
    sales: 0,
    paid: 0,
    refunds: 0,
    unitsWhole: 0,
    unitsSplit: new Map(),
    orders: 0,
    buyers: 0,
    bySource: emptyBySource(),
  };
}

/**
 * Days an order can be placed before it is paid: Taobao closes an unpaid order within days, a presale's
 * balance falls due within weeks. The day of service (placing, or the consultation inside the attribution
 * window) lies between that many days before the payment and the payment day.
 */
const LONGEST_ORDER_DAYS = 90;

/** What the next sources are, for the message when the agent column names a stranger. */
const SOURCE_TEXT: Record<AttributionSource, LocalText> = {
  explicit: msg('attribution.sourceText.explicit'),
  consultation: msg('attribution.sourceText.consultation'),
  memo: msg('attribution.sourceText.memo'),
};

function fallbackAction(rest: AttributionSource[]): LocalText {
  if (rest.length === 0) return ACTION.silent;
  return msg('attribution.fallback', {
    sources: joinedText(
      rest.map((r) => SOURCE_TEXT[r]),
      '、',
      ', then ',
    ),
  });
}

/**
 * Credits orders to agents as they are read; `employed` are the agentIds on this period's payroll. An agent
 * is credited only with orders placed while employed (hire and leave days included): someone who left on
 * the 15th did not serve a buyer who ordered on the 20th, whatever the memo says.
 */
export class Attributor {
  /** Accumulators by the agent's index in the roster's memo table: an array read per order, not a Map. */
  private readonly accs: (SalesAcc | undefined)[] = [];
  /** Who sold to whom, counted per agent once the orders are in (totals()). */
  private readonly buyers: DistinctBuyers;
  private readonly employedAt: Uint8Array;
  /** Each agent's first and last day employed (serial days, ±Infinity without a date), by memo index. */
  private readonly firstDay: Float64Array;
  private readonly lastDay: Float64Array;
  /** How many days before its payment an order's day of service can lie (see LONGEST_ORDER_DAYS). */
  private readonly lookBackDays: number;
  readonly shop: ShopSales = {
    orders: 0,
    sales: 0,
    attributed: 0,
    silent: 0,
    silentOrders: 0,
    paid: 0,
    refunds: 0,
    bySource: emptyBySource(),
  };
  /** The plan's sources that can apply (consultations only with a 接待记录 sheet), and what to say when the agent column fails. */
  private readonly sources: AttributionSource[];
  private readonly afterExplicit: LocalText;
  private readonly windowSeconds: number;
  /** Order sheets already told that they have no creation time. */
  private readonly noCreated = new Set<Order['table']>();
  /** Scratch arrays reused for every order: a million orders, no array each. */
  private found: number[] = [];
  private unknown: string[] = [];
  private ambiguous: string[] = [];
  private memoLeftovers = { unknown: this.unknown, ambiguous: this.ambiguous };
  /** The agent column's few distinct spellings, resolved once each to an agent index or -1 (bounded: a column of junk cannot grow it without limit). */
  private named = new Map<string, number>();
  /** Conflicting roster 工号 the current order names, and per 工号 the orders naming it (reported once, at the roster). */
  private citedConflicting: string[] = [];
  readonly conflictingCited = new Map<string, { orders: number; net: Cents }>();

  constructor(
    private resolver: AgentResolver,
    employed: ReadonlySet<string>,
    private plan: Plan,
    private log: IssueLog,
    /** How many order rows may come (the buyer count is made at that size). */
    orderRows = 0,
    private consultations: ConsultationIndex | null = null,
    /** 工号 listed twice on the roster with different details: an order naming one is not told "not on the roster". */
    private conflictingIds: ConflictingIds = new ConflictingIds(),
  ) {
    this.sources = plan.attribution.sources.filter((s) => s !== 'consultation' || consultations);
    this.afterExplicit = fallbackAction(this.sources.slice(this.sources.indexOf('explicit') + 1));
    this.windowSeconds = Math.round(plan.attribution.windowHours * 3600);
    this.lookBackDays = Math.max(LONGEST_ORDER_DAYS, Math.ceil(this.windowSeconds / 86400) + 1);
    this.buyers = new DistinctBuyers(orderRows);
    const ids = resolver.memoIds;
    this.employedAt = new Uint8Array(ids.size);
    this.firstDay = new Float64Array(ids.size).fill(-Infinity);
    this.lastDay = new Float64Array(ids.size).fill(Infinity);
    for (let i = 0; i < ids.size; i++) {
      this.employedAt[i] = employed.has(ids.key(i)) ? 1 : 0;
      const a = resolver.get(ids.key(i));
      if (a?.hireDate != null) this.firstDay[i] = Math.floor(a.hireDate);
      if (a?.leaveDate != null) this.lastDay[i] = Math.floor(a.leaveDate);
    }
  }

  /**
   * The day the credited agents served the buyer: the consultation's day, or for the agent column and the
   * memo the day the order was placed (its payment day when the sheet gives no creation time).
   */
  private serviceDay(o: Order, source: AttributionSource): number {
    if (source === 'consultation' && this.consultations) return Math.floor(this.consultations.creditedAt / 86400);
    return Math.floor(o.createdAt() ?? o.paidAt);
  }

  /** Whether every credited agent is on this period's payroll and was employed on the day of service (-1: not looked up yet). */
  private allServing(o: Order, ids: number[], n: number, source: AttributionSource): boolean {
    let day = -1;
    const paidDay = Math.floor(o.paidAt);
    for (let k = 0; k < n; k++) {
      const i = ids[k];
      if (this.employedAt[i] === 0) return false;
      // An agent employed from well before the payment day to it or later (always, without dates) served the
      // buyer whatever the day: most rosters date everyone, and a million orders need not read their creation time.
      if (paidDay - this.lookBackDays >= this.firstDay[i] && paidDay <= this.lastDay[i]) continue;
      if (day < 0) day = this.serviceDay(o, source);
      if (day < this.firstDay[i] || day > this.lastDay[i]) return false;
    }
    return true;
  }

  private servedOn(i: number, day: number): boolean {
    return this.employedAt[i] === 1 && day >= this.firstDay[i] && day <= this.lastDay[i];
  }

  private accOf(i: number): SalesAcc {
    return (this.accs[i] ??= emptySalesAcc());
  }

  /** The index of the agent an agent-column cell names, or -1. */
  private agentNamed(text: string): number {
    let i = this.named.get(text);
    if (i === undefined) {
      const a = this.resolver.resolve(text);
      i = a ? this.resolver.memoIds.indexOf(a.agentId) : -1;
      if (this.named.size < 10000) this.named.set(text, i);
    }
    return i;
  }

  /** Each agent's sales once every order is added, by agentId. */
  totals(): Map<string, SalesAcc> {
    const out = new Map<string, SalesAcc>();
    const buyers = this.buyers.countByAgent(this.accs.length);
    this.accs.forEach((acc, i) => {
      if (!acc) return;
      out.set(this.resolver.memoIds.key(i), { ...acc, buyers: buyers[i] });
    });
    return out;
  }

  add(o: Order): void {
    const { resolver, employedAt, log, shop } = this;
    const { deductPostage, deductRefund } = this.plan.netSales;
    const net = netSalesCents(o.paid, o.postage, o.refund, deductPostage, deductRefund);
    shop.orders++;
    shop.sales += net;
    shop.paid += o.paid;
    shop.refunds += o.refund;
    // Agents credited: their indexes ids[0, n) (a scratch array reused for every order), from the first source that names one.
    let ids = this.found;
    let n = 0;
    let source: AttributionSource = 'memo';
    for (let s = 0; s < this.sources.length && n === 0; s++) {
      source = this.sources[s];
      n =
        source === 'explicit'
          ? this.fromAgentColumn(o, ids)
          : source === 'consultation'
            ? this.fromConsultations(o, ids)
            : this.fromMemo(o, ids);
    }
    if (this.citedConflicting.length > 0) {
      for (const id of this.citedConflicting) {
        const c = this.conflictingCited.get(id) ?? { orders: 0, net: 0 };
        this.conflictingCited.set(id, { orders: c.orders + 1, net: c.net + net });
      }
      this.citedConflicting.length = 0;
    }
    if (n > 0 && !this.allServing(o, ids, n, source)) {
      const named = ids.slice(0, n);
      const day = this.serviceDay(o, source);
      const goneAt = named.filter((i) => !this.servedOn(i, day));
      const gone = goneAt.map((i) => resolver.memoIds.key(i));
      log.at(
        'warning',
        'order-agent-not-employed',
        o.table.where(o.rowIndex, source === 'explicit' ? 'agent' : source === 'consultation' ? 'buyer' : memoField(o)),
        gone.join(','),
        notEmployedMessage(o.orderId, gone, source, goneAt.every((i) => employedAt[i]) ? day : null),
        n > gone.length ? msg('order-agent-not-employed.action') : ACTION.silent,
      );
      ids = named.filter((i) => this.servedOn(i, day));
      n = ids.length;
    }
    if (n === 0) {
      shop.silent += net;
      shop.silentOrders++;
      // Cut from the row once (a CSV's store cuts it anew each time it is asked for).
      const orderId = o.orderId;
      log.at(
        'info',
        'order-silent',
        o.table.where(o.rowIndex, memoField(o)),
        orderId,
        msg('order-silent', { orderId, yuan: formatYuan(net) }),
        ACTION.silent,
        undefined,
        net,
      );
      return;
    }
    shop.attributed += net;
    shop.bySource[source].orders++;
    shop.bySource[source].sales += net;
    // A sale (net > 0) counts its buyer for every agent credited with it: hashed once.
    const countsBuyer = net > 0 && o.hasBuyer;
    const buyerHash = countsBuyer ? hashRange(o.buyerText, o.buyerFrom, o.buyerTo, false) : 0;
    if (n === 1) {
      const acc = this.accOf(ids[0]);
      acc.sales += net;
      acc.paid += o.paid;
      acc.refunds += o.refund;
      acc.orders++;
      const bs = acc.bySource[source];
      bs.orders++;
      bs.sales += net;
      if (net > 0) {
        acc.unitsWhole += o.qty;
        if (countsBuyer) this.buyers.add(ids[0], o.buyerText, o.buyerFrom, o.buyerTo, buyerHash);
      }
      return;
    }
    // Split order: equal shares in whole cents, the odd cents to the agents written first.
    for (let i = 0; i < n; i++) {
      const acc = this.accOf(ids[i]);
      const netShare = centsShare(net, n, i);
      acc.sales += netShare;
      acc.paid += centsShare(o.paid, n, i);
      acc.refunds += centsShare(o.refund, n, i);
      acc.orders++;
      const bs = acc.bySource[source];
      bs.orders++;
      bs.sales += netShare;
      if (net > 0) {
        acc.unitsSplit.set(n, (acc.unitsSplit.get(n) ?? 0) + o.qty);
        if (countsBuyer) this.buyers.add(ids[i], o.buyerText, o.buyerFrom, o.buyerTo, buyerHash);
      }
    }
  }

  /** The agent the explicit column names (0 or 1 written to ids); a stranger is reported. */
  private fromAgentColumn(o: Order, ids: number[]): number {
    if (!o.agentText) return 0;
    const a = this.agentNamed(o.agentText);
    if (a >= 0) {
      ids[0] = a;
      return 1;
    }
    const conflicting = this.conflictingIds.size > 0 ? this.conflictingIds.named(o.agentText) : undefined;
    if (conflicting !== undefined) {
      this.noteConflicting([conflicting]);
      return 0;
    }
    const alike = this.resolver.idsWrittenAlike(o.agentText);
    if (alike) {
      // 01 for roster 工号 1 and 001: on the roster, but as two people, so neither is guessed.
      const text = msg('order-ambiguous-agent', { orderId: o.orderId, agentText: o.agentText, ids: joined(alike) });
      this.log.at(
        'warning',
        'order-ambiguous-agent',
        o.table.where(o.rowIndex, 'agent'),
        o.agentText,
        text,
        this.afterExplicit,
      );
      return 0;
    }
    this.log.at(
      'warning',
      'order-unknown-agent',
      o.table.where(o.rowIndex, 'agent'),
      o.agentText,
      msg('order-unknown-agent', { orderId: o.orderId, agentText: o.agentText }),
      this.afterExplicit,
    );
    return 0;
  }

  /** Roster 工号 in the memo (split, or the first with plan option first); unknown 工号 reported. */
  private fromMemo(o: Order, ids: number[]): number {
    if (!o.memo) return 0;
    const { resolver, unknown } = this;
    let n = scanMemo(o.memo, resolver.memoIds, ids, this.memoLeftovers);
    if (this.ambiguous.length > 0) this.noteAmbiguous(o, n);
    if (this.conflictingIds.size > 0 && unknown.length > 0) this.noteConflicting(unknown);
    const pattern = resolver.idPattern;
    if (pattern && unknown.length > 0 && unknown.some((u) => pattern.test(u))) {
      // Most memos' other tokens (a tracking number, a phone) are no 工号: no list is made for them.
      const strangers = unknown.filter((u) => pattern.test(u) && !this.conflictingIds.has(u));
      if (strangers.length > 0)
        this.log.at(
          'warning',
          'memo-unknown-id',
          o.table.where(o.rowIndex, memoField(o)),
          o.memo,
          msg('memo-unknown-id', { orderId: o.orderId, strangers: joined(strangers) }),
          n > 0 ? msg('memo-unknown-id.action') : ACTION.silent,
        );
    }
    if (n > 1 && this.plan.attribution.split === 'first') n = 1;
    return n;
  }

  /** A memo number that two roster 工号 share (1 for 001 and 1): credited to neither, and said. */
  private noteAmbiguous(o: Order, n: number): void {
    const ids = this.resolver.memoIds;
    for (const token of this.ambiguous)
      this.log.at(
        'warning',
        'memo-ambiguous-id',
        o.table.where(o.rowIndex, memoField(o)),
        o.memo,
        msg('memo-ambiguous-id', { orderId: o.orderId, token, ids: joined(ids.writtenAlike(token)) }),
        n > 0 ? msg('memo-unknown-id.action') : ACTION.silent,
      );
  }

  /** Keeps the tokens that are conflicting roster 工号 (each once) for add() to count. */
  private noteConflicting(unknown: string[]): void {
    for (const u of unknown)
      if (this.conflictingIds.has(u) && !this.citedConflicting.includes(u)) this.citedConflicting.push(u);
  }

  /** The last (or first) agent who served the buyer within the window before the order; a tie at the same second gives several. */
  private fromConsultations(o: Order, ids: number[]): number {
    if (!o.hasBuyer || !this.consultations) return 0;
    return this.consultations.credit(
      o.buyer,
      serialToSeconds(this.referenceTime(o)),
      this.windowSeconds,
      this.plan.attribution.pick,
      ids,
    );
  }

  /** The order's creation time (下单判定) or payment time (付款判定); without a creation time, the payment time, said once per sheet or per order. */
  private referenceTime(o: Order): number {
    if (this.plan.attribution.reference === 'payment') return o.paidAt;
    const created = o.createdAt();
    if (created !== null) return created;
    if (o.createdCol < 0) {
      if (!this.noCreated.has(o.table)) {
        this.noCreated.add(o.table);
        this.log.at(
          'warning',
          'orders-no-created-time',
          { sheet: o.table.sheet.name, row: o.table.headerIndex + 1 },
          null,
          msg('orders-no-created-time', { name: o.table.sheet.name }),
          msg('orders-no-created-time.action'),
        );
      }
    } else {
      this.log.at(
        'warning',
        'order-bad-created-time',
        o.table.where(o.rowIndex, 'created'),
        cellText(o.cell(o.createdCol)),
        msg('order-bad-created-time', { orderId: o.orderId }),
        msg('order-bad-created-time.action'),
      );
    }
    return o.paidAt;
  }
}

/** Why the order is not credited to `gone`: not on this period's payroll, or (day given) not employed on the day they served. */
/**
 * The column a memo problem points at: 商家备忘 when it holds text, else 订单备注 (many layouts carry only that one),
 * else the order number: an issue always names a column.
 */
function memoField(o: Order): string {
  const t = o.table;
  if (t.has('memo') && (!t.has('note') || cellText(o.cell(t.col('memo')!)) !== '')) return 'memo';
  return t.has('note') ? 'note' : 'orderId';
}

function notEmployedMessage(orderId: string, gone: string[], source: AttributionSource, day: number | null): LocalText {
  const names = { orderId, gone: joined(gone) };
  const byConsultation = source === 'consultation';
  if (day === null)
    return byConsultation
      ? msg('order-agent-not-employed', names)
      : msg('order-agent-not-employed.order-names-not-employed-this', names);
  const on = { ...names, date: formatSerial(day) };
  return byConsultation
    ? msg('order-agent-not-employed.consultation-day', on)
    : msg('order-agent-not-employed.order-day', on);
}

/**
 * Invariants of attribution by consultation records, whatever the rule:
 * shop sales = Σ agent sales + silent sales, and nothing depends on the
 * order of the rows (consultations or orders).
 */
import fc from 'fast-check';
import { runPayroll } from '../../src/engine';
import type { Cell } from '../../src/engine/cell';
import { seededShuffle } from '../support/seeded-shuffle';
import { roster, chat, workbook, sheet, PERIOD } from './fixture';

const people = roster([
  { id: 'KF01', account: '店:a' },
  { id: 'KF02', account: '店:b' },
  { id: 'KF03', account: '店:c', leave: '2026-09-30' },
  { id: 'KF04', account: '店:d' },
]);
const stats = chat([{ account: '店:a', inquiries: 10, paid: 5, received: 20 }]);
const AGENTS = ['店:a', 'b', 'KF02', '店:c', 'KF04', '店:陌生人'];
const SOURCES = ['explicit', 'consultation', 'memo'];

/** Minutes of 2026-10 from day 1 to day 3; coarse (10-minute steps) so ties at the same second happen. */
const minuteArb = fc.integer({ min: 0, max: 3 * 24 * 6 - 1 }).map((k) => k * 10);
const timeText = (minutes: number) => {
  const d = Math.floor(minutes / 1440) + 1,
    h = Math.floor((minutes % 1440) / 60),
    m = minutes % 60;
  return `2026-10-0${d} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
};

const consultationArb = fc.record({
  buyer: fc.integer({ min: 1, max: 6 }),
  agent: fc.constantFrom(...AGENTS),
  at: minuteArb,
});
const orderArb = fc.record({
  buyer: fc.integer({ min: 1, max: 8 }),
  paid: fc.integer({ min: 0, max: 100000 }).map((c) => c / 100),
  created: minuteArb,
  payDelay: fc.constantFrom(0, 10, 20, 600),
  memo: fc.subarray(['KF01', 'KF02', 'KF04'], { maxLength: 2 }).map((xs) => xs.join('/')),
  agent: fc.constantFrom('', '', 'KF01', '店:d', '不认识'),
});
const planArb = fc.record({
  pick: fc.constantFrom('first', 'last'),
  window: fc.constantFrom(0, 1, 6, 48),
  reference: fc.constantFrom('created', 'payment'),
  sources: fc.shuffledSubarray(SOURCES, { minLength: 1 }),
});

type C = { buyer: number; agent: string; at: number };
type O = { buyer: number; paid: number; created: number; payDelay: number; memo: string; agent: string };

function build(cs: C[], os: O[], p: { pick: string; window: number; reference: string; sources: string[] }) {
  const consult = sheet('接待记录', [
    ['买家', '客服', '时间'],
    ...cs.map((c): Cell[] => [`buyer${c.buyer}`, c.agent, timeText(c.at)]),
  ]);
  const orders = sheet('订单报表', [
    ['订单编号', '买家会员名', '买家实际支付金额', '订单创建时间', '订单付款时间', '商家备忘', '接待客服'],
    ...os.map((o, i): Cell[] => [
      `N${i}`,
      `buyer${o.buyer}`,
      o.paid,
      timeText(o.created),
      timeText(o.created + o.payDelay),
      o.memo,
      o.agent,
    ]),
  ]);
  const plan = sheet('方案', [
    ['键', '值'],
    ['attribution.pick', p.pick],
    ['attribution.windowHours', p.window],
    ['attribution.reference', p.reference],
    ['attribution.sources', p.sources.join(',')],
  ]);
  return runPayroll(workbook(people, stats, orders, consult, plan), { period: PERIOD });
}

const outcome = (r: ReturnType<typeof build>) => ({
  agents: r.agents
    .map((a) => ({
      id: a.agent.agentId,
      sales: a.measures.sales,
      orders: a.measures.orders,
      buyers: a.measures.buyers,
      bySource: a.measures.bySource,
    }))
    .sort((x, y) => (x.id < y.id ? -1 : 1)),
  silent: r.shop.silentSales,
  silentOrders: r.shop.silentOrders,
  bySource: r.shop.salesBySource,
});

describe('consultation attribution invariants (fast-check)', () => {
  test('shop sales = Σ agent sales + silent sales, and Σ per source = attributed, whatever the rule', () => {
    fc.assert(
      fc.property(
        fc.array(consultationArb, { maxLength: 30 }),
        fc.array(orderArb, { maxLength: 25 }),
        planArb,
        (cs, os, p) => {
          const r = build(cs, os, p);
          expect(r.agents.reduce((s, a) => s + a.measures.sales, 0) + r.shop.silentSales).toBe(r.shop.sales);
          const b = r.shop.salesBySource;
          expect(b.explicit.sales + b.consultation.sales + b.memo.sales).toBe(r.shop.attributedSales);
          expect(b.explicit.orders + b.consultation.orders + b.memo.orders + r.shop.silentOrders).toBe(r.shop.orders);
          for (const a of r.agents) {
            const s = a.measures.bySource;
            expect(s.explicit.sales + s.consultation.sales + s.memo.sales).toBe(a.measures.sales);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  test('attribution does not depend on the order of the consultation rows or the order rows', () => {
    fc.assert(
      fc.property(
        fc.array(consultationArb, { maxLength: 30 }),
        fc.array(orderArb, { minLength: 1, maxLength: 20 }),
        planArb,
        fc.infiniteStream(fc.nat()),
        (cs, os, p, seeds) => {
          const shuffle = seededShuffle(seeds);
          expect(outcome(build(shuffle(cs), shuffle(os), p))).toEqual(outcome(build(cs, os, p)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { runPayroll, buildOutputSheets, financeCsv } from '../../src/engine';
import { commissionCents, tierBonusCents } from '../../src/engine/formulas';
import { toCents } from '../../src/engine/money';
import type { Cell } from '../../src/engine/cell';
import { seededShuffle } from '../support/seeded-shuffle';
import { roster, chat, workbook, PERIOD } from './fixture';

const ids = ['KF01', 'KF02', 'KF03', 'KF04'];
const people = roster([
  { id: 'KF01', account: 'a' },
  { id: 'KF02', account: 'b', status: '试用' },
  { id: 'KF03', account: 'c', role: '售中', hire: '2026-10-12' },
  { id: 'KF04', account: 'd', role: '售后' },
]);
const stats = chat([
  { account: 'a', received: 120, inquiries: 80, paid: 41, unreplied: 1, response: 22, counts: [10, 5, 1, 0, 0] },
  { account: 'b', received: 90, inquiries: 50, paid: 26, unreplied: 0, response: 31, counts: [8, 2, 0, 1, 0] },
  { account: 'c', received: 60, inquiries: 20, paid: 5, unreplied: 2, response: 40, counts: [3, 3, 0, 0, 0] },
  { account: 'd', received: 70, inquiries: 3, paid: 0, unreplied: 0, response: 18, counts: [30, 5, 0, 0, 0] },
]);

const orderArb = fc.record({
  paid: fc.integer({ min: 0, max: 500000 }).map((c) => c / 100),
  postage: fc.constantFrom(0, 6, 8),
  refund: fc.integer({ min: 0, max: 600000 }).map((c) => c / 100),
  qty: fc.integer({ min: 1, max: 4 }),
  memo: fc.subarray(ids, { maxLength: 3 }).map((xs) => xs.join('/')),
  buyer: fc.integer({ min: 1, max: 30 }).map((n) => `buyer${n}`),
  day: fc.integer({ min: 1, max: 31 }),
});

type GenOrder = {
  paid: number;
  postage: number;
  refund: number;
  qty: number;
  memo: string;
  buyer: string;
  day: number;
};

function ordersSheet(list: GenOrder[]) {
  const rows: Cell[][] = [
    [
      '订单编号',
      '买家会员名',
      '买家应付邮费',
      '买家实际支付金额',
      '订单付款时间',
      '宝贝总数量',
      '商家备忘',
      '退款金额',
    ],
  ];
  list.forEach((o, i) =>
    rows.push([
      `="${1000 + i}"`,
      o.buyer,
      o.postage,
      o.paid,
      `2026-10-${String(o.day).padStart(2, '0')} 10:00:00`,
      o.qty,
      o.memo,
      o.refund,
    ]),
  );
  return { name: '订单报表', rows };
}

const FIXED = new Date('2026-11-01T00:00:00Z');

describe('invariants (fast-check)', () => {
  test('gross pay = Σ rounded components; shop sales = Σ agent sales + silent sales', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { maxLength: 40 }), (list) => {
        const r = runPayroll(workbook(people, ordersSheet(list), stats), { period: PERIOD, generatedAt: FIXED });
        for (const a of r.agents) {
          const p = a.pay;
          expect(p.grossPay).toBe(
            p.basePay + p.performanceBonus + p.conversionBonus + p.commission + p.awards - p.fines,
          );
          for (const k of ['basePay', 'performanceBonus', 'conversionBonus', 'commission', 'awards', 'fines'] as const)
            expect(Number.isInteger(p[k])).toBe(true);
        }
        expect(r.agents.reduce((s, a) => s + a.measures.sales, 0) + r.shop.silentSales).toBe(r.shop.sales);
      }),
      { numRuns: 60 },
    );
  });

  test('results do not depend on row order (orders, roster, chat)', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 1, maxLength: 30 }), fc.infiniteStream(fc.nat()), (list, seeds) => {
        const shuffle = seededShuffle(seeds);
        // Same orders (same order numbers), rows in another order.
        const sheetA = ordersSheet(list);
        const sheetB = { name: '订单报表', rows: [sheetA.rows[0], ...shuffle(sheetA.rows.slice(1))] };
        const rosterB = { name: '花名册', rows: [people.rows[0], ...shuffle(people.rows.slice(1))] };
        const chatB = { name: '聊天统计', rows: [stats.rows[0], ...shuffle(stats.rows.slice(1))] };
        const a = runPayroll(workbook(people, sheetA, stats), { period: PERIOD, generatedAt: FIXED, checksums: false });
        const b = runPayroll(workbook(rosterB, sheetB, chatB), {
          period: PERIOD,
          generatedAt: FIXED,
          checksums: false,
        });
        const values = (r: typeof a) =>
          JSON.stringify(
            buildOutputSheets(r, 'zh')
              .filter((s) => s.kind !== 'issues' && s.kind !== 'audit')
              .map((s) => s.rows),
          );
        expect(values(b)).toBe(values(a));
        expect(financeCsv(b, 'zh')).toBe(financeCsv(a, 'zh'));
      }),
      { numRuns: 40 },
    );
  });

  test('commission is monotone in sales and never above the top rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (s, d) => {
        const c1 = commissionCents(s, [50000, 100000], [0.005, 0.01, 0.015]);
        const c2 = commissionCents(s + d, [50000, 100000], [0.005, 0.01, 0.015]);
        expect(c2).toBeGreaterThanOrEqual(c1);
        expect(c1).toBeLessThanOrEqual(Math.round(s * 0.015) + 1);
      }),
    );
  });

  test('conversion bonus: every whole-percent conversion from 50 % gets 800 + 400 per full 2 points', () => {
    for (let pct = 0; pct <= 100; pct++) {
      const expected = pct < 50 ? 0 : 800 + 400 * Math.floor((pct - 50) / 2);
      expect(tierBonusCents(pct / 100, 0.5, 800, 0.02, 400)).toBe(toCents(expected));
    }
  });
});

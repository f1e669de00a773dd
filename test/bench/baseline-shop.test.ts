/**
 * The LibreOffice baseline compares the engine with SUMIFS formulas cell by cell, so its shop must hold only
 * orders both attribute alike. Since the engine credits an agent only with orders placed while employed, the
 * demo roster's KF006 (hired on the 15th) and KF197 (left on the 20th) broke that: 6 cells differed in the
 * bench. Here the formulas' results are worked out by plain sums over the rows (no engine code) and compared.
 */
import { runPayroll } from '../../src/engine';
import { baselineShop, ORDERS_SHEET } from '../../bench/baseline-workbook';

test('the baseline shop: engine sales and buyers per agent equal the SUMIFS over its rows', () => {
  const shop = baselineShop(4000, 'sorted');
  const orders = shop.data.sheets.find((s) => s.name === ORDERS_SHEET)!.rows.slice(1);
  // What SUMIFS(实付, 备忘, 工号) and the distinct-buyer helper give: cents summed, buyers counted once.
  const cents = new Map<string, number>();
  const buyers = new Map<string, Set<string>>();
  for (const [, buyer, paid, , memo] of orders) {
    const id = String(memo);
    cents.set(id, (cents.get(id) ?? 0) + Math.round(Number(paid) * 100));
    buyers.set(id, (buyers.get(id) ?? new Set()).add(String(buyer)));
  }
  const r = runPayroll(shop.data, { period: '2026-10' });
  for (const id of shop.agentIds) {
    const a = r.agents.find((x) => x.agent.agentId === id)!;
    expect([id, a.measures.sales, a.measures.buyers]).toEqual([id, cents.get(id) ?? 0, buyers.get(id)?.size ?? 0]);
  }
  // The two agents employed part of the month have orders only on their days (15th on; up to the 20th).
  const day = (t: unknown) => Number(String(t).slice(8, 10));
  const daysOf = (id: string) => orders.filter((o) => o[4] === id).map((o) => day(o[3]));
  expect(Math.min(...daysOf('KF006'))).toBeGreaterThanOrEqual(15);
  expect(Math.max(...daysOf('KF197'))).toBeLessThanOrEqual(20);
  expect(daysOf('KF006').length).toBeGreaterThan(0);
});

/**
 * CS.SCORE, CS.BANDSCORE and CS.WEIGHTED reproduce the scores of a plan the
 * manager wrote: the demo month with refund rate (lower better) and a 主管评分
 * scored through bands added to the default KPIs, ratings from a 评分 sheet.
 */
import { generateDemoWorkbook, runPayroll, PayrollResult } from '../../src/engine';
import { roundTo } from '../../src/engine/money';
import { BANDSCORE, SCORE, WEIGHTED } from '../../src/functions/functions';
import { r, run, v } from '../support/cell';
import { addRefundAndSupervisor } from '../support/custom-kpis';

const PERIOD = '2026-10';
let result: PayrollResult;

function shown(f: () => number | string): number | string | null {
  const out = run(f);
  if ('value' in out) return out.value;
  if (out.error !== '#N/A') throw new Error(`${out.error}: ${out.message}`);
  return null;
}

beforeAll(() => {
  const wb = generateDemoWorkbook({ period: PERIOD, agents: 20, orders: 3000, seed: 3 });
  // Every third agent has no rating (not available); the others get 55, 62, 70 … cycling through every band.
  addRefundAndSupervisor(wb, {
    refundWeights: { presales: 0, insales: 10, aftersales: 10 },
    refundCap: 1.5,
    supervisorWeights: { presales: 10, insales: 0, aftersales: 20 },
    supervisorNameEn: 'supervisor rating',
    rating: (i) => (i % 3 !== 2 ? 55 + ((i * 7) % 45) : null),
  });
  result = runPayroll(wb, { period: PERIOD });
});

test('the custom KPIs are in force, with ratings in several bands and some not available', () => {
  const supervisor = result.agents.flatMap((a) => a.kpis.filter((k) => k.key === 'supervisor'));
  expect(new Set(supervisor.map((k) => k.score))).toEqual(new Set([0, 70, 85, 100, null]));
  expect(result.agents.some((a) => a.kpis.some((k) => k.key === 'refund' && k.score !== null))).toBe(true);
});

test('every KPI score, the total and the weighted score through CS.SCORE / CS.BANDSCORE / CS.WEIGHTED', () => {
  const defs = new Map(result.plan.kpis.map((d) => [d.key, d]));
  for (const a of result.agents) {
    const id = a.agent.agentId;
    const scores = a.kpis.map((k) => {
      const d = defs.get(k.key)!;
      return d.bands
        ? shown(() => BANDSCORE(v(k.actual), d.bandsText))
        : shown(() => SCORE(v(k.actual), v(k.target), d.lowerIsBetter, d.cap ?? result.plan.scoreCap));
    });
    expect([id, scores]).toEqual([id, a.kpis.map((k) => k.score)]);
    const weighted = shown(() => WEIGHTED(r(scores), r(a.kpis.map((k) => k.weight))));
    expect([id, weighted === null ? null : roundTo((weighted as number) - a.qa.deducted, 2)]).toEqual([id, a.score]);
  }
});

/**
 * CS.SCORE, CS.BANDSCORE and CS.WEIGHTED reproduce the scores of a plan the
 * manager wrote: the demo month with refund rate (lower better) and a 主管评分
 * scored through bands added to the default KPIs, ratings from a 评分 sheet.
 */
import { defaultPlan, generateDemoWorkbook, runPayroll, PayrollResult } from '../../src/engine';
import type { Cell, KpiDef } from '../../src/engine';
import { planSheet } from '../../src/engine/plan/plan-sheet';
import { roundTo } from '../../src/engine/money';
import { BANDSCORE, SCORE, WEIGHTED } from '../../src/functions/functions';
import { r, run, v } from '../support/cell';

const PERIOD = '2026-10';
const BANDS = '优 ≥ 90 → 100, 良 ≥ 75 → 85, 中 ≥ 60 → 70, 差 → 0';
let result: PayrollResult;

function shown(f: () => number | string): number | string | null {
  const out = run(f);
  if ('value' in out) return out.value;
  if (out.error !== '#N/A') throw new Error(`${out.error}: ${out.message}`);
  return null;
}

beforeAll(() => {
  const wb = generateDemoWorkbook({ period: PERIOD, agents: 20, orders: 3000, seed: 3 });
  const plan = defaultPlan();
  const elements = plan.kpis[0].elements;
  const extra: KpiDef[] = [
    {
      key: 'refund',
      name: { zh: '退款率', en: 'refund rate' },
      measure: 'refundRate',
      lowerIsBetter: true,
      target: 0.05,
      targetByLevel: {},
      weights: { presales: 0, insales: 10, aftersales: 10 },
      cap: 1.5,
      bands: null,
      bandsText: '',
      elements,
    },
    {
      key: 'supervisor',
      name: { zh: '主管评分', en: 'supervisor rating' },
      measure: 'rating:主管评分',
      lowerIsBetter: false,
      target: null,
      targetByLevel: {},
      weights: { presales: 10, insales: 0, aftersales: 20 },
      cap: null,
      bands: null,
      bandsText: BANDS,
      elements,
    },
  ];
  plan.kpis.push(...extra);
  const roster = wb.sheets.find((s) => s.name === '花名册')!;
  const ids = roster.rows.slice(1).map((row) => String(row[0]));
  // Every third agent has no rating (not available); the others get 55, 62, 70 … cycling through every band.
  const ratings: Cell[][] = [['工号', '项目', '分数']];
  ids.forEach((id, i) => {
    if (i % 3 !== 2) ratings.push([id, '主管评分', 55 + ((i * 7) % 45)]);
  });
  wb.sheets.push(planSheet(plan, 'zh'), { name: '评分', rows: ratings });
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

/**
 * The custom plan two suites share: the default KPIs plus two a manager might
 * add — refund rate (lower is better, target 5 %) and a 主管评分 scored through
 * bands — with a 评分 sheet rating the roster. Weights, cap and ratings stay
 * with each test, which hand-picks them for what it checks.
 */
import { defaultPlan } from '../../src/engine';
import type { Cell, KpiDef, WorkbookData } from '../../src/engine';
import { planSheet } from '../../src/engine/plan/plan-sheet';

export const SUPERVISOR_BANDS = '优 ≥ 90 → 100, 良 ≥ 75 → 85, 中 ≥ 60 → 70, 差 → 0';

export interface RefundAndSupervisor {
  refundWeights: KpiDef['weights'];
  refundCap: number | null;
  supervisorWeights: KpiDef['weights'];
  supervisorNameEn: string;
  /** The 主管评分 of the roster's i-th agent; null: not rated. */
  rating: (i: number) => number | null;
}

/** Adds the plan sheet and the 评分 sheet to a demo workbook. */
export function addRefundAndSupervisor(wb: WorkbookData, o: RefundAndSupervisor): void {
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
      weights: o.refundWeights,
      cap: o.refundCap,
      bands: null,
      bandsText: '',
      elements,
    },
    {
      key: 'supervisor',
      name: { zh: '主管评分', en: o.supervisorNameEn },
      measure: 'rating:主管评分',
      lowerIsBetter: false,
      target: null,
      targetByLevel: {},
      weights: o.supervisorWeights,
      cap: null,
      bands: null,
      bandsText: SUPERVISOR_BANDS,
      elements,
    },
  ];
  plan.kpis.push(...extra);
  const roster = wb.sheets.find((s) => s.name === '花名册')!;
  const ids = roster.rows.slice(1).map((row) => String(row[0]));
  const ratings: Cell[][] = [['工号', '项目', '分数']];
  ids.forEach((id, i) => {
    const score = o.rating(i);
    if (score !== null) ratings.push([id, '主管评分', score]);
  });
  wb.sheets.push(planSheet(plan, 'zh'), { name: '评分', rows: ratings });
}

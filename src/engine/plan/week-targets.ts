/**
 * Weekly targets (seed 004 assesses conversion weekly). By default a week is
 * scored against the month's targets; a Plan key `week.target.*` set above 0
 * replaces that built-in KPI's target in weekly runs only. 0 means "the
 * month's target".
 */
import type { Level, LocalText } from '../model';
import { LEVELS } from '../model';
import type { Period } from '../dates';
import type { Plan } from './defaults';
import type { PlanKey, ValueKind } from './catalog';

type RatioKey = 'conversion' | 'aov' | 'replyRate' | 'avgResponse' | 'satisfaction';

export interface WeekTargets {
  salesByLevel: Record<Level, number>;
  conversion: number;
  aov: number;
  replyRate: number;
  avgResponse: number;
  satisfaction: number;
}

export function defaultWeekTargets(): WeekTargets {
  return { salesByLevel: { junior: 0, intermediate: 0, senior: 0, expert: 0 }, conversion: 0, aov: 0, replyRate: 0, avgResponse: 0, satisfaction: 0 };
}

const LEVEL_LABEL: Record<Level, LocalText> = { junior: { zh: '初级', en: 'junior' }, intermediate: { zh: '中级', en: 'intermediate' }, senior: { zh: '高级', en: 'senior' }, expert: { zh: '资深', en: 'expert' } };
const SAME: LocalText = { zh: '（0 = 沿用月度目标）', en: " (0 = the month's target)" };

const RATIO_KEYS: [RatioKey, LocalText, ValueKind][] = [
  ['conversion', { zh: '询单转化率', en: 'conversion' }, 'percent'],
  ['aov', { zh: '客单价（元）', en: 'AOV (yuan)' }, 'number'],
  ['replyRate', { zh: '回复率', en: 'reply rate' }, 'percent'],
  ['avgResponse', { zh: '平均响应（秒）', en: 'avg response (s)' }, 'number'],
  ['satisfaction', { zh: '满意率', en: 'satisfaction' }, 'percent'],
];

/** The `week.target.*` Plan keys. */
export function weekTargetKeys(): PlanKey[] {
  const keys: PlanKey[] = [];
  for (const level of LEVELS) {
    keys.push({ key: `week.target.sales.${level}`, kind: 'number', min: 0,
      label: { zh: `周目标：销售额·${LEVEL_LABEL[level].zh}（元）${SAME.zh}`, en: `weekly target: sales · ${LEVEL_LABEL[level].en} (yuan)${SAME.en}` },
      get: (p) => p.weekTargets.salesByLevel[level], set: (p, v) => (p.weekTargets.salesByLevel[level] = v as number) });
  }
  for (const [k, label, kind] of RATIO_KEYS) {
    keys.push({ key: `week.target.${k}`, kind, min: 0,
      label: { zh: `周目标：${label.zh}${SAME.zh}`, en: `weekly target: ${label.en}${SAME.en}` },
      get: (p) => p.weekTargets[k], set: (p, v) => (p.weekTargets[k] = v as number) });
  }
  return keys;
}

/** In a weekly run, the weekly targets that are set replace the month's on the plan's KPIs of those keys. */
export function applyWeekTargets(plan: Plan, period: Period): void {
  if (period.kind !== 'week') return;
  const sales = plan.kpis.find((d) => d.key === 'sales');
  if (sales) for (const level of LEVELS) if (plan.weekTargets.salesByLevel[level] > 0) sales.targetByLevel[level] = plan.weekTargets.salesByLevel[level];
  for (const [k] of RATIO_KEYS) {
    const def = plan.kpis.find((d) => d.key === k);
    if (def && plan.weekTargets[k] > 0) {
      def.target = plan.weekTargets[k];
      def.targetByLevel = {};
    }
  }
}

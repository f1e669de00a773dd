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
import { msg } from '../messages';

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
  return {
    salesByLevel: { junior: 0, intermediate: 0, senior: 0, expert: 0 },
    conversion: 0,
    aov: 0,
    replyRate: 0,
    avgResponse: 0,
    satisfaction: 0,
  };
}

const LEVEL_LABEL: Record<Level, LocalText> = {
  junior: msg('plan.week-targets.levelLabel.junior'),
  intermediate: msg('plan.week-targets.levelLabel.intermediate'),
  senior: msg('plan.week-targets.levelLabel.senior'),
  expert: msg('plan.week-targets.levelLabel.expert'),
};
const SAME: LocalText = msg('plan.week-targets.0-the-month-s-target');

const RATIO_KEYS: [RatioKey, LocalText, ValueKind][] = [
  ['conversion', msg('plan.week-targets.conversion'), 'percent'],
  ['aov', msg('plan.week-targets.aov-yuan'), 'number'],
  ['replyRate', msg('plan.week-targets.reply-rate'), 'percent'],
  ['avgResponse', msg('plan.week-targets.avg-response-s'), 'number'],
  ['satisfaction', msg('plan.week-targets.satisfaction'), 'percent'],
];

/** The `week.target.*` Plan keys. */
export function weekTargetKeys(): PlanKey[] {
  const keys: PlanKey[] = [];
  for (const level of LEVELS) {
    keys.push({
      key: `week.target.sales.${level}`,
      kind: 'number',
      min: 0,
      label: msg('plan.week-targets.label', { LEVEL_LABEL: LEVEL_LABEL[level], SAME }),
      get: (p) => p.weekTargets.salesByLevel[level],
      set: (p, v) => (p.weekTargets.salesByLevel[level] = v as number),
    });
  }
  for (const [k, label, kind] of RATIO_KEYS) {
    keys.push({
      key: `week.target.${k}`,
      kind,
      min: 0,
      label: msg('plan.week-targets.label.weekly-target', { label, SAME }),
      get: (p) => p.weekTargets[k],
      set: (p, v) => (p.weekTargets[k] = v as number),
    });
  }
  return keys;
}

/** In a weekly run, the weekly targets that are set replace the month's on the plan's KPIs of those keys. */
export function applyWeekTargets(plan: Plan, period: Period): void {
  if (period.kind !== 'week') return;
  const sales = plan.kpis.find((d) => d.key === 'sales');
  if (sales)
    for (const level of LEVELS)
      if (plan.weekTargets.salesByLevel[level] > 0) sales.targetByLevel[level] = plan.weekTargets.salesByLevel[level];
  for (const [k] of RATIO_KEYS) {
    const def = plan.kpis.find((d) => d.key === k);
    if (def && plan.weekTargets[k] > 0) {
      def.target = plan.weekTargets[k];
      def.targetByLevel = {};
    }
  }
}

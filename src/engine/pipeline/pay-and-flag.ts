/** Pipeline stages: pay each agent, then flag what a manager must look at (streaks, fatal QA, dismissal, part month, trend). */
import type { AdjustmentLine, AgentResult, LocalText, Pay, StarAward } from '../model';
import { ROLES } from '../model';
import { Period, previousPeriod } from '../dates';
import { computePay } from '../pay';
import type { Plan } from '../plan/defaults';
import { agentTrend, SCORE_FELL_FLAG, scoreFellTwice } from '../trend';
import { PERIOD_UNIT } from '../period-rules';
import type { PeriodData } from './read-sheets';
import type { Scored } from './score';
import { msg } from '../messages';

export function payAndFlag(
  scored: Scored[],
  ranks: Map<string, number>,
  stars: Map<string, StarAward[]>,
  data: PeriodData,
  plan: Plan,
  period: Period,
): AgentResult[] {
  const results: AgentResult[] = scored.map((x) => {
    const id = x.agent.agentId;
    const adj = [...(data.adjustments.get(id) ?? []), ...(data.disputes.adjustments.get(id) ?? [])];
    const st = stars.get(id) ?? [];
    const { pay, statement } = computePay(
      {
        agent: x.agent,
        measures: x.measures,
        score: x.score,
        grade: x.grade,
        fatal: x.qa.fatal,
        stars: st,
        adjustments: adj,
      },
      plan,
      period,
    );
    const streak = failureStreak(id, x.grade === '不达标', period, data.history);
    const streakFlag =
      streak >= plan.streak.eliminationAt ? 'elimination' : streak >= plan.streak.warningAt ? 'warning' : 'none';
    const scoreFalling = scoreFellTwice(id, x.score, period, data.earlierCards);
    const flags = flagsOf(
      x,
      { streak, streakFlag, dismissal: adj.find((a) => a.dismissalReview), pay, scoreFalling },
      period,
    );
    const trend = agentTrend(
      id,
      {
        period: period.key,
        score: x.score,
        grade: x.grade,
        sales: x.measures.sales / 100,
        conversion: x.measures.conversion,
      },
      data.trendPeriods,
      data.earlierCards,
    );
    return {
      agent: x.agent,
      measures: x.measures,
      kpis: x.kpis,
      qa: x.qa,
      score: x.score,
      grade: x.grade,
      rank: ranks.get(id)!,
      stars: st,
      adjustments: adj,
      pay,
      statement,
      failureStreak: streak,
      streakFlag,
      flags,
      trend,
      scoreFalling,
    };
  });
  const roleOrder = new Map(ROLES.map((r, i) => [r, i]));
  return results.sort(
    (a, b) =>
      roleOrder.get(a.agent.role)! - roleOrder.get(b.agent.role)! ||
      a.rank - b.rank ||
      (a.agent.agentId < b.agent.agentId ? -1 : 1),
  );
}

interface FlagFacts {
  streak: number;
  streakFlag: AgentResult['streakFlag'];
  /** The adjustment that puts the agent up for dismissal review, if any. */
  dismissal: AdjustmentLine | undefined;
  pay: Pay;
  scoreFalling: boolean;
}

function flagsOf(
  x: Scored,
  { streak, streakFlag, dismissal, pay, scoreFalling }: FlagFacts,
  period: Period,
): LocalText[] {
  const flags: LocalText[] = [];
  if (x.qa.fatal) flags.push(msg('pipeline.pay-and-flag.fatal-qa-item'));
  const unit = PERIOD_UNIT[period.kind];
  if (streakFlag === 'elimination')
    flags.push(msg('pipeline.pay-and-flag.failed-in-a-row-elimination', { streak, unit }));
  else if (streakFlag === 'warning') flags.push(msg('pipeline.pay-and-flag.failed-in-a-row-warning', { streak, unit }));
  if (dismissal)
    flags.push(
      msg('pipeline.pay-and-flag.violation-this-month-dismissal-review', { ordinal: String(dismissal.ordinal) }),
    );
  if (pay.daysEmployed < pay.daysInMonth)
    flags.push(
      msg('pipeline.pay-and-flag.employed-days', { daysEmployed: pay.daysEmployed, daysInMonth: pay.daysInMonth }),
    );
  if (x.agent.status === 'probation') flags.push(msg('pipeline.pay-and-flag.probation'));
  if (scoreFalling) flags.push(SCORE_FELL_FLAG);
  return flags;
}

/** Consecutive failed months ending with this one, from earlier scorecards in the workbook. */
function failureStreak(
  agentId: string,
  failedNow: boolean,
  period: Period,
  history: Map<string, Map<string, boolean>>,
): number {
  if (!failedNow) return 0;
  let n = 1;
  for (let back = 1; ; back++) {
    const m = history.get(previousPeriod(period, back).key);
    if (!m || m.get(agentId) !== true) return n;
    n++;
  }
}

/**
 * Trends across periods of one kind (months with months, weeks with weeks):
 * each agent's score, grade, sales and conversion and the shop's figures for
 * up to the last 6 periods (this one included), read from earlier scorecards.
 */
import type { Grade } from './formulas';
import type { LocalText } from './model';
import { parsePeriod, Period, previousPeriod } from './dates';
import type { EarlierScorecard } from './parse/history';
import type { ShopPoint } from './output/shop-trend-block';
import { msg } from './messages';

export const TREND_LENGTH = 6;

export interface TrendPoint {
  period: string;
  score: number | null;
  grade: Grade | null;
  /** yuan */
  sales: number | null;
  conversion: number | null;
}

/** Earlier periods of the same kind as `period`, oldest first, at most TREND_LENGTH − 1 of them. */
export function earlierPeriodsOfKind(period: Period, cards: Map<string, EarlierScorecard>): string[] {
  const keys = [...cards.keys()]
    .map((k) => parsePeriod(k))
    .filter((p): p is Period => !!p && p.kind === period.kind && p.end <= period.start)
    .sort((a, b) => a.start - b.start)
    .map((p) => p.key);
  return keys.slice(-(TREND_LENGTH - 1));
}

export function agentTrend(
  agentId: string,
  now: TrendPoint,
  earlier: string[],
  cards: Map<string, EarlierScorecard>,
): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const key of earlier) {
    const a = cards.get(key)?.agents.get(agentId);
    if (a)
      points.push({
        period: key,
        score: a.score,
        grade: a.grade as Grade | null,
        sales: a.sales,
        conversion: a.conversion,
      });
  }
  points.push(now);
  return points;
}

/**
 * Did the score fall two periods in a row: lower now than in the period just
 * before, which was lower than the one before that (consecutive periods only)?
 */
export function scoreFellTwice(
  agentId: string,
  now: number | null,
  period: Period,
  cards: Map<string, EarlierScorecard>,
): boolean {
  const p1 = cards.get(previousPeriod(period, 1).key)?.agents.get(agentId)?.score ?? null;
  const p2 = cards.get(previousPeriod(period, 2).key)?.agents.get(agentId)?.score ?? null;
  return now !== null && p1 !== null && p2 !== null && now < p1 && p1 < p2;
}

export const SCORE_FELL_FLAG: LocalText = msg('trend.score-fell-two-periods-in');

export function shopTrend(now: ShopPoint, earlier: string[], cards: Map<string, EarlierScorecard>): ShopPoint[] {
  const points: ShopPoint[] = [];
  for (const key of earlier) {
    const s = cards.get(key)?.shop;
    if (s) points.push(s);
  }
  points.push(now);
  return points;
}

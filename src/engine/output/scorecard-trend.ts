/**
 * The scorecard's trend parts: one score column per earlier period of the
 * same kind, the change since the last one, the shop-trend block below the
 * notes, and the native charts the add-in draws over them.
 */
import type { AgentResult, Lang } from '../model';
import { ROLES } from '../model';
import type { PayrollResult } from '../run';
import { parsePeriod } from '../dates';
import type { AfterBlock, ChartSpec, ColumnSpec, OutCell } from './sheet-spec';
import { ROLE_TEXT } from './labels';
import { shopTrendRows } from './shop-trend-block';
import { roundTo } from '../money';
import { message, phrase } from '../messages';

/** Earlier periods in any agent's trend, oldest first. */
export function trendPeriods(r: PayrollResult): string[] {
  const keys = new Set<string>();
  for (const a of r.agents) for (const p of a.trend) if (p.period !== r.period) keys.add(p.period);
  return [...keys].sort((x, y) => (parsePeriod(x)?.start ?? 0) - (parsePeriod(y)?.start ?? 0));
}

export function trendColumns(periods: string[], lang: Lang): ColumnSpec[] {
  return [
    ...periods.map((p): ColumnSpec => ({
      key: `trend.${p}`,
      header: message('col.scorecard.trend', { period: p }, lang),
      format: 'decimal2',
      width: 13,
    })), // "总分 2026-07": two CJK characters count double
    { key: 'scoreChange', header: phrase('col.scorecard.change', lang), format: 'decimal2', width: 9 },
  ];
}

/** The agent's earlier scores (blank where absent) and the change since the period just before this one. */
export function trendCells(a: AgentResult, periods: string[]): OutCell[] {
  const byPeriod = new Map(a.trend.map((p) => [p.period, p.score]));
  const before = a.trend.length >= 2 ? a.trend[a.trend.length - 2].score : null;
  const change = a.score !== null && before !== null ? roundTo(a.score - before, 2) : null;
  return [...periods.map((p) => byPeriod.get(p) ?? null), change];
}

export function shopTrendBlock(r: PayrollResult, lang: Lang): AfterBlock {
  return shopTrendRows(r.shopTrend, lang);
}

/** Scores by agent, one bar chart per role; shop sales (columns) and conversion (line) over the periods. */
export function scorecardCharts(r: PayrollResult, lang: Lang, columns: ColumnSpec[]): ChartSpec[] {
  const nameCol = columns.findIndex((c) => c.key === 'name');
  const scoreCol = columns.findIndex((c) => c.key === 'score');
  const charts: ChartSpec[] = [];
  for (const role of ROLES) {
    const first = r.agents.findIndex((a) => a.agent.role === role);
    if (first < 0) continue;
    let rows = 0;
    while (first + rows < r.agents.length && r.agents[first + rows].agent.role === role) rows++;
    charts.push({
      name: `Scores_${role}`,
      title: message('chart.role-scores', { role: ROLE_TEXT[role], period: r.period }, lang),
      type: 'barClustered',
      series: [
        {
          name: phrase('chart.score', lang),
          values: { area: 'data', column: scoreCol, firstRow: first, rows },
          categories: { area: 'data', column: nameCol, firstRow: first, rows },
        },
      ],
    });
  }
  const n = r.shopTrend.length;
  // The block: title, header, then one row per period (shop-trend-block.ts).
  const block = (column: number) => ({ area: 'after' as const, column, firstRow: 2, rows: n });
  charts.push({
    name: 'Shop_trend',
    title: phrase('chart.shop-trend', lang),
    type: 'columnClustered',
    series: [
      { name: phrase('chart.shop-sales', lang), values: block(1), categories: block(0) },
      {
        name: phrase('col.scorecard.conversion', lang),
        values: block(3),
        categories: block(0),
        lineOnSecondaryAxis: true,
      },
    ],
  });
  return charts;
}

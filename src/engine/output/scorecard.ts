import type { Lang, BuiltinKpiKey, AgentResult, LocalText } from '../model';
import type { PayrollResult } from '../run';
import type { Plan } from '../plan/defaults';
import type { KpiDef } from '../plan/kpis';
import { kpiMeasure } from '../plan/kpis';
import type { ColumnFormat, ColumnSpec } from './sheet-spec';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns, headed } from './columns';
import { scorecardCharts, shopTrendBlock, trendCells, trendColumns, trendPeriods } from './scorecard-trend';
import { widenForBlock } from './shop-trend-block';
import { GRADE_COLORS, GRADE_TEXT, LEVEL_TEXT, ROLE_TEXT, SHEET_TITLES, sheetName, tableKey } from './labels';
import { message, msg, phrase } from '../messages';

const KPI_SCORE_HEADERS: Record<BuiltinKpiKey, LocalText> = {
  sales: msg('col.scorecard.kpi-score.sales'),
  conversion: msg('col.scorecard.kpi-score.conversion'),
  aov: msg('col.scorecard.kpi-score.aov'),
  replyRate: msg('col.scorecard.kpi-score.replyRate'),
  avgResponse: msg('col.scorecard.kpi-score.avgResponse'),
  satisfaction: msg('col.scorecard.kpi-score.satisfaction'),
};

/** Measures the scorecard always shows; a KPI on any other measure (a rating, first response, 答问比) gets a value column of its own. */
const SHOWN_MEASURES = new Set([
  'sales',
  'buyers',
  'units',
  'aov',
  'upt',
  'conversion',
  'replyRate',
  'avgResponse',
  'satisfaction',
  'refundRate',
]);
const extraValueKpis = (plan: Plan) =>
  plan.kpis.filter((d) => {
    const m = kpiMeasure(d);
    return m.kind === 'rating' || !SHOWN_MEASURES.has(m.def.key);
  });
const FORMAT_OF: Record<string, ColumnFormat> = {
  percent: 'percent',
  money: 'money',
  seconds: 'decimal1',
  number: 'decimal2',
};

function scoreHeader(d: KpiDef): LocalText {
  return (KPI_SCORE_HEADERS as Record<string, LocalText>)[d.key] ?? msg('col.scorecard.kpi-score', { name: d.name });
}

function defsFor(plan: Plan) {
  const i = FIXED_DEFS.findIndex((d) => d('en').key === 'qaDeducted');
  return [
    ...FIXED_DEFS.slice(0, i),
    ...extraValueKpis(plan).map((d) => {
      const m = kpiMeasure(d);
      return headed(`actual.${d.key}`, d.name, m.kind === 'rating' ? 'decimal2' : FORMAT_OF[m.def.unit], 10);
    }),
    ...plan.kpis.map((d) => headed(`score.${d.key}`, scoreHeader(d), 'decimal2', 10)),
    ...FIXED_DEFS.slice(i),
  ];
}

const FIXED_DEFS = [
  col('col.scorecard.rank', 'integer', 6),
  col('col.agentId', 'text', 9),
  col('col.name', 'text', 10),
  col('col.role', 'text', 8),
  col('col.level', 'text', 8),
  col('col.scorecard.sales', 'money', 14),
  col('col.scorecard.buyers', 'integer', 9),
  col('col.scorecard.units', 'decimal1', 9),
  col('col.scorecard.aov', 'money', 10),
  col('col.scorecard.upt', 'decimal2', 8),
  col('col.scorecard.inquiries', 'integer', 9),
  col('col.scorecard.paidBuyers', 'integer', 10),
  col('col.scorecard.conversion', 'percent', 10),
  col('col.scorecard.replyRate', 'percent', 9),
  col('col.scorecard.avgResponse', 'decimal1', 10),
  col('col.scorecard.satisfaction', 'percent', 9),
  col('col.scorecard.refundRate', 'percent', 9),
  col('col.scorecard.qaDeducted', 'decimal1', 9),
  col('col.scorecard.score', 'decimal2', 9),
  col('col.scorecard.grade', 'text', 8),
  col('col.scorecard.stars', 'text', 18),
  col('col.scorecard.streak', 'integer', 10),
  col('col.scorecard.flags', 'text', 28),
];

function row(a: AgentResult, lang: Lang, plan: Plan): OutCell[] {
  const m = a.measures;
  const kpiOf = (d: KpiDef) => a.kpis.find((x) => x.key === d.key);
  return [
    a.rank,
    a.agent.agentId,
    a.agent.name,
    ROLE_TEXT[a.agent.role][lang],
    LEVEL_TEXT[a.agent.level][lang],
    m.sales / 100,
    m.buyers,
    m.units,
    m.aov,
    m.upt,
    m.inquiries,
    m.paidBuyers,
    m.conversion,
    m.replyRate,
    m.avgResponseSec,
    m.satisfaction,
    m.refundRate,
    ...extraValueKpis(plan).map((d) => kpiOf(d)?.actual ?? null),
    ...plan.kpis.map((d) => kpiOf(d)?.score ?? null),
    a.qa.deducted,
    a.score,
    GRADE_TEXT[a.grade][lang],
    a.stars.map((s) => s.label[lang]).join(lang === 'zh' ? '、' : ', '),
    a.failureStreak,
    a.flags.map((f) => f[lang]).join(lang === 'zh' ? '；' : '; '),
  ];
}

const isKpiColumn = (c: ColumnSpec) => c.key.startsWith('actual.') || c.key.startsWith('score.');

/**
 * Excel refuses a table whose column names repeat (the workbook needs repair, and the add-in's table is renamed by
 * Excel): a KPI column named like an earlier column (two KPIs both named 主管评分, or one named 总分) gets its KPI key
 * added, "主管评分 (sup2)". The other columns keep their names: the next run reads 总分 and 等级 back by name.
 */
function uniqueKpiHeaders(cols: ColumnSpec[]): ColumnSpec[] {
  const norm = (h: string) => h.trim().toLowerCase();
  const taken = new Set(cols.filter((c) => !isKpiColumn(c)).map((c) => norm(c.header)));
  return cols.map((c) => {
    if (!isKpiColumn(c)) return c;
    const kpiKey = c.key.slice(c.key.indexOf('.') + 1);
    let header = c.header;
    for (let n = 1; taken.has(norm(header)); n++) header = `${c.header} (${kpiKey}${n > 1 ? ` ${n}` : ''})`;
    taken.add(norm(header));
    return header === c.header ? c : { ...c, header };
  });
}

/** 绩效: one row per agent, per role block, ranked. Blank = not available. */
export function scorecardSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const periods = trendPeriods(r);
  const after = shopTrendBlock(r, lang);
  let cols = uniqueKpiHeaders([...columns(defsFor(r.plan), lang), ...trendColumns(periods, lang)]);
  if (after) {
    const widths = widenForBlock(
      cols.map((c) => c.width),
      after,
    );
    cols = cols.map((c, i) => (widths[i] === c.width ? c : { ...c, width: widths[i] }));
  }
  return {
    kind: 'scorecard',
    name: sheetName('scorecard', r.period, lang),
    columns: cols,
    rows: r.agents.map((a) => [...row(a, lang, r.plan), ...trendCells(a, periods)]),
    after,
    charts: scorecardCharts(r, lang, cols),
    colorScales: ['score', ...periods.map((p) => `trend.${p}`), 'scoreChange'],
    notes: [
      phrase('scorecard.note.blank', lang),
      message('scorecard.note.rank', { audit: SHEET_TITLES.audit, period: r.period }, lang),
    ],
    tableName: `Scorecard_${tableKey(r.period)}_${lang}`,
    freezeHeader: true,
    autoFilter: true,
    protect: false,
    highlights: (Object.keys(GRADE_COLORS) as (keyof typeof GRADE_COLORS)[]).map((g) => ({
      columnKey: 'grade',
      equals: GRADE_TEXT[g][lang],
      fill: GRADE_COLORS[g],
    })),
  };
}

import type { Lang, BuiltinKpiKey, AgentResult } from '../model';
import type { PayrollResult } from '../run';
import type { Plan } from '../plan/defaults';
import type { KpiDef } from '../plan/kpis';
import { kpiMeasure } from '../plan/kpis';
import type { ColumnFormat } from './sheet-spec';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { scorecardCharts, shopTrendBlock, trendCells, trendColumns, trendPeriods } from './scorecard-trend';
import { widenForBlock } from './shop-trend-block';
import { GRADE_COLORS, GRADE_TEXT, LEVEL_TEXT, ROLE_TEXT, sheetName, tableKey } from './labels';

const KPI_SCORE_HEADERS: Record<BuiltinKpiKey, [string, string]> = {
  sales: ['销售额得分', 'Sales score'],
  conversion: ['转化率得分', 'Conversion score'],
  aov: ['客单价得分', 'AOV score'],
  replyRate: ['回复率得分', 'Reply-rate score'],
  avgResponse: ['响应得分', 'Response score'],
  satisfaction: ['满意率得分', 'Satisfaction score'],
};

/** Measures the scorecard always shows; a KPI on any other measure (a rating, first response, 答问比) gets a value column of its own. */
const SHOWN_MEASURES = new Set(['sales', 'buyers', 'units', 'aov', 'upt', 'conversion', 'replyRate', 'avgResponse', 'satisfaction', 'refundRate']);
const extraValueKpis = (plan: Plan) => plan.kpis.filter((d) => { const m = kpiMeasure(d); return m.kind === 'rating' || !SHOWN_MEASURES.has(m.def.key); });
const FORMAT_OF: Record<string, ColumnFormat> = { percent: 'percent', money: 'money', seconds: 'decimal1', number: 'decimal2' };

function scoreHeader(d: KpiDef): [string, string] {
  return (KPI_SCORE_HEADERS as Record<string, [string, string]>)[d.key] ?? [`${d.name.zh}得分`, `${d.name.en} score`];
}

function defsFor(plan: Plan) {
  const i = FIXED_DEFS.findIndex((d) => d('en').key === 'qaDeducted');
  return [
    ...FIXED_DEFS.slice(0, i),
    ...extraValueKpis(plan).map((d) => { const m = kpiMeasure(d); return col(`actual.${d.key}`, d.name.zh, d.name.en, m.kind === 'rating' ? 'decimal2' : FORMAT_OF[m.def.unit], 10); }),
    ...plan.kpis.map((d) => col(`score.${d.key}`, scoreHeader(d)[0], scoreHeader(d)[1], 'decimal2', 10)),
    ...FIXED_DEFS.slice(i),
  ];
}

const FIXED_DEFS = [
  col('rank', '排名', 'Rank', 'integer', 6),
  col('agentId', '工号', 'Agent ID', 'text', 9),
  col('name', '姓名', 'Name', 'text', 10),
  col('role', '岗位', 'Role', 'text', 8),
  col('level', '级别', 'Level', 'text', 8),
  col('sales', '客服销售额', 'Sales', 'money', 14),
  col('buyers', '销售人数', 'Buyers', 'integer', 9),
  col('units', '销售量', 'Units', 'decimal1', 9),
  col('aov', '客单价', 'AOV', 'money', 10),
  col('upt', '客件数', 'UPT', 'decimal2', 8),
  col('inquiries', '询单人数', 'Inquiries', 'integer', 9),
  col('paidBuyers', '询单付款人数', 'Paid buyers', 'integer', 10),
  col('conversion', '询单转化率', 'Conversion', 'percent', 10),
  col('replyRate', '回复率', 'Reply rate', 'percent', 9),
  col('avgResponse', '平均响应(秒)', 'Avg response (s)', 'decimal1', 10),
  col('satisfaction', '满意率', 'Satisfaction', 'percent', 9),
  col('refundRate', '退款率', 'Refund rate', 'percent', 9),
  col('qaDeducted', '质检扣分', 'QA deducted', 'decimal1', 9),
  col('score', '总分', 'Total score', 'decimal2', 9),
  col('grade', '等级', 'Grade', 'text', 8),
  col('stars', '星级奖项', 'Stars', 'text', 18),
  col('streak', '连续不达标(月)', 'Failed months in a row', 'integer', 10),
  col('flags', '提示', 'Flags', 'text', 28),
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

/** 绩效: one row per agent, per role block, ranked. Blank = not available. */
export function scorecardSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const periods = trendPeriods(r);
  const after = shopTrendBlock(r, lang);
  let cols = [...columns(defsFor(r.plan), lang), ...trendColumns(periods, lang)];
  if (after) {
    const widths = widenForBlock(cols.map((c) => c.width), after);
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
    notes: lang === 'zh'
      ? ['空白 = 不适用（分母为 0 或无数据，不按 0 计）。得分不适用的指标不参与总分，其余权重按比例放大到 100。', `排名：同岗位内按总分降序，同分按销售额降序；同分同销售额并列。方案详见“审计 ${r.period}”。`]
      : ['Blank = not available (zero denominator or no data, never 0). KPIs not available drop out and the other weights scale to 100.', `Rank: within role by total score, then sales; equal score and sales share a rank. Plan in force: see "Audit ${r.period}".`],
    tableName: `Scorecard_${tableKey(r.period)}_${lang}`,
    freezeHeader: true,
    autoFilter: true,
    protect: false,
    highlights: (Object.keys(GRADE_COLORS) as (keyof typeof GRADE_COLORS)[]).map((g) => ({ columnKey: 'grade', equals: GRADE_TEXT[g][lang], fill: GRADE_COLORS[g] })),
  };
}

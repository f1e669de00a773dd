/**
 * 工资测算 / What-if: one agent's period inputs as editable cells, and every
 * KPI score, the total, the grade and each pay component as live =CS.*
 * formulas over those cells and the plan's numbers. Cached values are the
 * payroll's, so the sheet reads right before any recalculation. It is its own
 * workbook (CLI) or sheet (add-in), never part of the finance workbook.
 */
import type { AgentResult, Lang, LocalText } from '../model';
import type { PayrollResult } from '../run';
import type { KpiDef } from '../plan/kpis';
import { kpiMeasure } from '../plan/kpis';
import { GRADES } from '../formulas';
import { GRADE_TEXT } from '../output/labels';
import type { ColumnSpec, OutCell, SheetSpec } from '../output/sheet-spec';

/** Columns: item, value, and for KPI rows target, weight, cap or bands, score; a note. */
const COLS: [string, string, string][] = [
  ['item', '项目', 'Item'], ['value', '值', 'Value'], ['target', '目标', 'Target'], ['weight', '权重', 'Weight'],
  ['cap', '上限 / 分段', 'Cap / bands'], ['score', '得分', 'Score'], ['note', '说明', 'Note'],
];

type Cached = number | string;
const f = (formula: string, value: Cached | null): OutCell => ({ formula, value: value ?? '' });
const blankable = (x: number | null | undefined): OutCell => (x === null || x === undefined ? null : x);

/** The sheet's name: 测算 KF07 2026-10 / What-if KF07 2026-10. */
export function whatIfSheetName(agentId: string, period: string, lang: Lang): string {
  return `${lang === 'zh' ? '测算' : 'What-if'} ${agentId} ${period}`.slice(0, 31);
}

class Rows {
  readonly rows: OutCell[][] = [];
  readonly bold: number[] = [];
  /** Add a row; returns its Excel row number (the header is row 1). */
  add(cells: Partial<Record<'item' | 'value' | 'target' | 'weight' | 'cap' | 'score' | 'note', OutCell>>): number {
    this.rows.push(COLS.map(([k]) => cells[k as keyof typeof cells] ?? null));
    return this.rows.length + 1;
  }
  section(title: string): void {
    this.bold.push(this.rows.length);
    this.add({ item: title });
  }
}

export function whatIfSheet(r: PayrollResult, agentId: string, lang: Lang): SheetSpec {
  const a = r.agents.find((x) => x.agent.agentId === agentId.trim().toUpperCase());
  if (!a) throw new Error(`agent ${agentId} is not on the payroll of ${r.period}`);
  const zh = lang === 'zh';
  const L = (t: LocalText) => t[lang];
  const T = (zhText: string, en: string) => (zh ? zhText : en);
  const plan = r.plan;
  const m = a.measures;
  const out = new Rows();
  out.add({ item: T(`${a.agent.agentId} ${a.agent.name} · ${r.period} 工资测算`, `${a.agent.agentId} ${a.agent.name} · what-if ${r.period}`),
    note: T('改动“本期数据”和“方案”两节中的数值，得分、等级和工资随之重算。需要已加载“客服绩效”加载项：未加载时 CS.* 单元格只显示生成时的缓存值，不会重算。本表不属于发给财务的工资表。',
      'Change the inputs or plan numbers and the scores, grade and pay recalculate. Needs the CS Performance add-in: without it the CS.* cells show the values cached when the sheet was made and do not recalculate. This sheet is not part of the finance workbook.') });

  // Inputs of the period (editable).
  out.section(T('本期数据（可修改）', 'Period inputs (editable)'));
  const input = (zhText: string, en: string, v: OutCell, note?: string) => out.add({ item: T(zhText, en), value: v, note: note ?? null });
  const sales = input('客服销售额（元）', 'Sales (yuan)', m.sales / 100);
  const buyers = input('销售人数', 'Buyers', m.buyers);
  const units = input('销售量', 'Units', m.units);
  const inquiries = input('询单人数', 'Inquiries', m.inquiries);
  const paidBuyers = input('询单最终付款人数', 'Paid buyers', m.paidBuyers);
  const received = input('接待人数（回复率）', 'Received (reply rate)', m.replyReceived);
  const unreplied = input('未回复人数', 'Unreplied', m.unreplied);
  const avgResponse = input('平均响应(秒)', 'Avg response (s)', blankable(m.avgResponseSec), T('空白 = 不适用', 'blank = not available'));
  const firstResponse = input('首次响应(秒)', 'First response (s)', blankable(m.firstResponseSec), T('空白 = 不适用', 'blank = not available'));
  const satisfaction = input('满意率', 'Satisfaction', blankable(m.satisfaction), T('小数，0.95 = 95%', 'a fraction, 0.95 = 95%'));
  const answerRatio = input('答问比', 'Answer ratio', blankable(m.answerRatio));
  const refunds = input('退款金额（元）', 'Refunds (yuan)', m.refunds / 100);
  const paid = input('实付金额（元）', 'Amount paid (yuan)', m.paid / 100);
  const ratingCells = new Map<string, number>();
  for (const d of plan.kpis) {
    const ref = kpiMeasure(d);
    if (ref.kind !== 'rating' || ratingCells.has(ref.item)) continue;
    const k = a.kpis.find((x) => x.key === d.key);
    ratingCells.set(ref.item, input(`评分：${ref.item}`, `Rating: ${ref.item}`, blankable(k?.actual), T('评分表的平均值；空白 = 不适用（不计为 0）', 'mean of the Ratings rows; blank = not available (not 0)')));
  }
  const qa = input('质检扣分', 'QA points deducted', a.qa.deducted);
  const fatal = input('质检致命项', 'Fatal QA item', a.qa.fatal, T('TRUE / FALSE', 'TRUE / FALSE'));
  const base = input('底薪（元）', 'Base pay (yuan)', a.pay.basePay / 100, T('已按级别、试用期和在岗天数计算', 'by level, probation and days employed'));
  const awards = input('奖励（元）', 'Awards (yuan)', a.pay.awards / 100);
  const fines = input('罚款（元）', 'Fines (yuan)', a.pay.fines / 100);

  // Measures computed from the inputs.
  out.section(T('指标（公式）', 'Measures (formulas)'));
  // An export with rates but no counts (real layouts) gives the rate itself: it becomes the input.
  const rateOnly = (zhText: string, en: string, count: number, rate: number | null, formula: string): number =>
    count === 0 && rate !== null
      ? out.add({ item: T(zhText, en), value: rate, note: T('导出只有比率、没有人数：直接修改此值', 'the export gives the rate, not the counts: edit this value') })
      : out.add({ item: T(zhText, en), value: f(formula, rate) });
  const conversion = rateOnly('询单转化率', 'Conversion', m.inquiries, m.conversion, `IFNA(CS.CONVERSION(B${inquiries},B${paidBuyers}),"")`);
  const replyRate = rateOnly('回复率', 'Reply rate', m.replyReceived, m.replyRate, `IFNA(CS.REPLYRATE(B${received},B${unreplied}),"")`);
  const direct = (row: number) => `IF(B${row}="","",B${row})`;
  const actualFormula = (d: KpiDef): string => {
    const ref = kpiMeasure(d);
    if (ref.kind === 'rating') return direct(ratingCells.get(ref.item)!);
    switch (ref.def.key) {
      case 'conversion': return `B${conversion}`;
      case 'aov': return `IFNA(CS.AOV(B${sales},B${buyers}),"")`;
      case 'upt': return `IFNA(CS.UPT(B${units},B${buyers}),"")`;
      case 'replyRate': return `B${replyRate}`;
      case 'refundRate': return `IFNA(CS.REFUNDRATE(B${refunds},B${paid}),"")`;
      case 'sales': return `B${sales}`;
      case 'buyers': return `B${buyers}`;
      case 'units': return `B${units}`;
      case 'avgResponse': return direct(avgResponse);
      case 'firstResponse': return direct(firstResponse);
      case 'satisfaction': return direct(satisfaction);
      case 'answerRatio': return direct(answerRatio);
      default: throw new Error(`no what-if formula for measure ${ref.def.key}`);
    }
  };

  // KPIs of the agent's role: actual, target, weight, cap or bands, score.
  out.section(T('考核指标（目标、权重、上限可修改）', 'KPIs (targets, weights and caps editable)'));
  const defs = new Map(plan.kpis.map((d) => [d.key, d]));
  const kpiRows: number[] = [];
  for (const k of a.kpis) {
    const d = defs.get(k.key)!;
    const row = out.rows.length + 2;
    const score = d.bands
      ? `IFNA(CS.BANDSCORE(B${row},E${row}),"")`
      : `IFNA(CS.SCORE(B${row},C${row},${d.lowerIsBetter ? 'TRUE' : 'FALSE'},E${row}),"")`;
    kpiRows.push(out.add({
      item: L(d.name), value: f(actualFormula(d), k.actual), target: d.bands ? null : k.target, weight: k.weight,
      cap: d.bands ? d.bandsText : d.cap ?? plan.scoreCap, score: f(score, k.score),
      note: d.bands ? T('按分段计分', 'scored by band') : d.lowerIsBetter ? T('越低越好', 'lower is better') : null,
    }));
  }
  // Pay rules of the plan (editable).
  out.section(T('方案（可修改）', 'Plan (editable)'));
  const [g1, g2, g3] = [plan.grades.gold, plan.grades.silver, plan.grades.bronze].map((v, i) => out.add({ item: `${L(GRADE_TEXT[GRADES[i]])} ≥`, value: v }));
  const perfBase = out.add({ item: T('绩效奖金基数（元）', 'Performance bonus base (yuan)'), value: plan.performanceBase[a.agent.level] });
  const coef = GRADES.map((g) => out.add({ item: T(`绩效系数·${GRADE_TEXT[g].zh}`, `Coefficient · ${GRADE_TEXT[g].en}`), value: plan.gradeCoefficient[g] }));
  const cb = plan.conversionBonus;
  const eligible = out.add({ item: T('适用转化奖金', 'Conversion bonus applies'), value: !cb.presalesOnly || a.agent.role === 'presales', note: cb.presalesOnly ? T('仅售前', 'presales only') : null });
  const start = out.add({ item: T('转化奖金起点', 'Conversion bonus start'), value: cb.start });
  const startAmount = out.add({ item: T('起点金额（元）', 'Amount at start (yuan)'), value: cb.startAmount });
  const step = out.add({ item: T('每档（百分点）', 'Step'), value: cb.step });
  const stepAmount = out.add({ item: T('每档金额（元）', 'Amount per step (yuan)'), value: cb.stepAmount });
  const bounds = plan.commission.bounds.map((b, i) => out.add({ item: T(`提成分档上限 ${i + 1}（元）`, `Commission bound ${i + 1} (yuan)`), value: b }));
  const rates = plan.commission.rates.map((x, i) => out.add({ item: T(`提成比例 ${i + 1}`, `Commission rate ${i + 1}`), value: x }));
  const mode = out.add({ item: T('提成方式', 'Commission mode'), value: plan.commission.mode, note: 'marginal / flat' });

  // Results.
  out.section(T('结果（公式）', 'Results (formulas)'));
  const range = (col: string) => `${col}${kpiRows[0]}:${col}${kpiRows[kpiRows.length - 1]}`;
  const weighted = kpiRows.length > 0 ? `IFNA(CS.WEIGHTED(${range('F')},${range('D')}),"")` : '""';
  const total = out.add({ item: T('总分', 'Total score'), value: f(`IF(${weighted}="","",ROUND(${weighted}-B${qa},2))`, a.score), note: T('加权得分 − 质检扣分', 'weighted score − QA points') });
  const label = (i: number) => `"${L(GRADE_TEXT[GRADES[i]])}"`;
  const grade = out.add({ item: T('等级', 'Grade'), value: f(`IF(OR(B${fatal},B${total}=""),${label(3)},IF(B${total}>=B${g1},${label(0)},IF(B${total}>=B${g2},${label(1)},IF(B${total}>=B${g3},${label(2)},${label(3)}))))`, L(GRADE_TEXT[a.grade])) });
  const perf = out.add({ item: T('绩效奖金', 'Performance bonus'), value: f(`ROUND(B${perfBase}*IF(B${grade}=${label(0)},B${coef[0]},IF(B${grade}=${label(1)},B${coef[1]},IF(B${grade}=${label(2)},B${coef[2]},B${coef[3]}))),2)`, a.pay.performanceBonus / 100) });
  const conv = out.add({ item: T('转化奖金', 'Conversion bonus'), value: f(`IF(AND(B${eligible},B${conversion}<>""),CS.TIERBONUS(B${conversion},B${start},B${startAmount},B${step},B${stepAmount}),0)`, a.pay.conversionBonus / 100) });
  const comm = out.add({ item: T('提成', 'Commission'), value: f(`CS.COMMISSION(B${sales},B${bounds[0]}:B${bounds[bounds.length - 1]},B${rates[0]}:B${rates[rates.length - 1]},B${mode})`, a.pay.commission / 100) });
  out.add({ item: T('应发工资', 'Gross pay'), value: f(`ROUND(B${base}+B${perf}+B${conv}+B${comm}+B${awards}-B${fines},2)`, a.pay.grossPay / 100) });
  out.bold.push(out.rows.length - 1);

  const columns: ColumnSpec[] = COLS.map(([key, zhText, en]) => ({ key, header: zh ? zhText : en, format: key === 'item' || key === 'note' ? 'text' : 'general', width: key === 'note' ? 48 : key === 'item' ? 26 : 12 }));
  return {
    kind: 'whatif',
    name: whatIfSheetName(a.agent.agentId, r.period, lang),
    columns,
    rows: out.rows,
    freezeHeader: true,
    autoFilter: false,
    protect: false,
    boldRows: out.bold,
  };
}

/** The payroll's agent, for callers that check the 工号 before building. */
export function findAgent(r: PayrollResult, agentId: string): AgentResult | undefined {
  return r.agents.find((x) => x.agent.agentId === agentId.trim().toUpperCase());
}

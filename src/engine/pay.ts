/**
 * Pay components (docs/rules.md: Pay), each rounded half-up to the cent once, gross
 * the sum of the rounded components; every line carries the rule and the
 * numbers behind it for the agent's statement (工资条).
 */
import type { AdjustmentLine, Agent, Measures, Pay, StarAward, StatementLine, LocalText } from './model';
import { commissionCents, tierBonusCents, tierSteps, Grade } from './formulas';
import { decimalOf, divRoundHalfUp, pow10 } from './decimal';
import { Cents, formatYuan, mulCents, toCents } from './money';
import type { Period } from './dates';
import type { Plan } from './plan/defaults';
import { monthShare, MonthShare, shareOfCents, shareText } from './period-share';

const LEVEL_ZH = { junior: '初级', intermediate: '中级', senior: '高级', expert: '资深' } as const;
const GRADE_EN: Record<Grade, string> = { 金牌: 'gold', 银牌: 'silver', 铜牌: 'bronze', 不达标: 'fail' };
const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
const rate = (x: number) => `${+(x * 100).toPrecision(10)}%`;

/** Calendar days employed in the period; hire and leave dates both count. */
export function daysEmployed(agent: Agent, period: Period): number {
  const first = period.start;
  const last = period.end - 1;
  const from = Math.max(first, agent.hireDate ?? first);
  const to = Math.min(last, agent.leaveDate ?? last);
  return Math.max(0, to - from + 1);
}

/**
 * A week or range the plan pays (`period.pay`): the share of each monthly
 * amount its days earn, over the days employed when base pay is prorated.
 * Null for a month, whose amounts stay as they are.
 */
export function periodShare(agent: Agent, plan: Plan, period: Period): MonthShare | null {
  if (period.kind === 'month' || !plan.periodPay) return null;
  if (!plan.prorate) return monthShare(period.start, period.end);
  const from = Math.max(period.start, agent.hireDate ?? period.start);
  const to = Math.min(period.end, agent.leaveDate === null || agent.leaveDate === undefined ? period.end : agent.leaveDate + 1);
  return monthShare(from, Math.max(from, to));
}

const factorOf = (x: number) => {
  const d = decimalOf(x);
  return { digits: d.digits, scale: pow10(d.scale) };
};

export interface PayInput {
  agent: Agent;
  measures: Measures;
  score: number | null;
  grade: Grade;
  fatal: boolean;
  stars: StarAward[];
  adjustments: AdjustmentLine[];
}

export function computePay(x: PayInput, plan: Plan, period: Period): { pay: Pay; statement: StatementLine[] } {
  const { agent, measures: m } = x;
  const days = daysEmployed(agent, period);
  const dim = period.days;
  const lines: StatementLine[] = [];

  // Base pay: level base × probation rate × days employed / days in month.
  const levelBase = toCents(plan.basePay[agent.level]);
  const factor = agent.status === 'probation' ? plan.probationRate : 1;
  const f = decimalOf(factor);
  const num = plan.prorate ? days : dim;
  const share = periodShare(agent, plan, period);
  const basePay = share
    ? shareOfCents(levelBase, share, { digits: f.digits, scale: pow10(f.scale) })
    : Number(divRoundHalfUp(BigInt(levelBase) * f.digits * BigInt(num), pow10(f.scale) * BigInt(dim)));
  const prob = agent.status === 'probation' ? { zh: ` × 试用期 ${rate(factor)}`, en: ` × probation ${rate(factor)}` } : { zh: '', en: '' };
  const ofPeriod = share ? { zh: ` × 本期 ${shareText(share).zh}`, en: ` × ${shareText(share).en} this period` } : { zh: '', en: '' };
  const pro = share ? ofPeriod : plan.prorate && days !== dim ? { zh: ` × 在岗 ${days}/${dim} 天`, en: ` × ${days}/${dim} days employed` } : { zh: '', en: '' };
  lines.push({ component: 'basePay', amount: basePay, explanation: {
    zh: `${LEVEL_ZH[agent.level]}底薪 ${formatYuan(levelBase)}${prob.zh}${pro.zh} = ${formatYuan(basePay)}`,
    en: `${agent.level} base ${formatYuan(levelBase)}${prob.en}${pro.en} = ${formatYuan(basePay)}`,
  } });

  // Performance bonus: level base × grade coefficient.
  const perfBase = toCents(plan.performanceBase[agent.level]);
  const coef = plan.gradeCoefficient[x.grade];
  const performanceBonus = share ? shareOfCents(perfBase, share, factorOf(coef)) : mulCents(perfBase, coef);
  const why: LocalText = x.fatal
    ? { zh: '（本月有质检致命项，评为不达标）', en: ' (fatal QA item this month: graded fail)' }
    : x.score === null ? { zh: '（无可用指标，评为不达标）', en: ' (no KPI available: graded fail)' } : { zh: `（总分 ${x.score.toFixed(2)}）`, en: ` (score ${x.score.toFixed(2)})` };
  lines.push({ component: 'performanceBonus', amount: performanceBonus, explanation: {
    zh: `绩效基数 ${formatYuan(perfBase)} × ${x.grade}系数 ${coef}${why.zh}${ofPeriod.zh} = ${formatYuan(performanceBonus)}`,
    en: `performance base ${formatYuan(perfBase)} × ${GRADE_EN[x.grade]} coefficient ${coef}${why.en}${ofPeriod.en} = ${formatYuan(performanceBonus)}`,
  } });

  // Conversion bonus (seed 004): presales only by default.
  const cb = plan.conversionBonus;
  let conversionBonus: Cents = 0;
  let cbText: LocalText;
  if (cb.presalesOnly && agent.role !== 'presales') cbText = { zh: '仅售前岗位适用', en: 'presales only' };
  else if (m.conversion === null) cbText = { zh: '无询单数据（不适用）', en: 'no inquiries (not available)' };
  else {
    conversionBonus = tierBonusCents(m.conversion, cb.start, cb.startAmount, cb.step, cb.stepAmount);
    const steps = tierSteps(m.conversion, cb.start, cb.step);
    if (steps < 0) cbText = { zh: `询单转化率 ${pct(m.conversion)} < ${rate(cb.start)} → 0`, en: `conversion ${pct(m.conversion)} < ${rate(cb.start)} → 0` };
    else {
      const reached = cb.start + steps * cb.step;
      cbText = {
        zh: `询单转化率 ${pct(m.conversion)}（${m.paidBuyers}/${m.inquiries}）≥ ${rate(+reached.toPrecision(12))} → ${formatYuan(toCents(cb.startAmount))} + ${steps} × ${formatYuan(toCents(cb.stepAmount))} = ${formatYuan(conversionBonus)}`,
        en: `conversion ${pct(m.conversion)} (${m.paidBuyers}/${m.inquiries}) ≥ ${rate(+reached.toPrecision(12))} → ${formatYuan(toCents(cb.startAmount))} + ${steps} × ${formatYuan(toCents(cb.stepAmount))} = ${formatYuan(conversionBonus)}`,
      };
    }
  }
  if (share && conversionBonus !== 0) {
    const monthly = conversionBonus;
    conversionBonus = shareOfCents(monthly, share);
    cbText = { zh: `${cbText.zh}${ofPeriod.zh} = ${formatYuan(conversionBonus)}`, en: `${cbText.en}${ofPeriod.en} = ${formatYuan(conversionBonus)}` };
  }
  lines.push({ component: 'conversionBonus', amount: conversionBonus, explanation: cbText });

  // Commission: marginal (or flat) on net sales.
  // A paid week's tiers are the month's bounds times its share: its sales are a week's, not a month's.
  const c = plan.commission;
  const bounds = share ? c.bounds.map((b) => shareOfCents(toCents(b), share) / 100) : c.bounds;
  const commission = commissionCents(m.sales, bounds, c.rates, c.mode);
  const cText = commissionText(m.sales, bounds, c.rates, c.mode, commission);
  const boundsNote = share && m.sales > 0 && bounds.length > 0
    ? { zh: `（档位 = 月度档位${ofPeriod.zh}：${bounds.map((b) => formatYuan(toCents(b))).join(' / ')}）`, en: ` (tiers = monthly tiers${ofPeriod.en}: ${bounds.map((b) => formatYuan(toCents(b))).join(' / ')})` }
    : { zh: '', en: '' };
  lines.push({ component: 'commission', amount: commission, explanation: { zh: cText.zh + boundsNote.zh, en: cText.en + boundsNote.en } });

  // Awards: stars, PK, rewards, project bonuses.
  const awardParts: { zh: string; en: string; amount: Cents }[] = [];
  for (const s of x.stars) {
    if (!share) awardParts.push({ zh: s.label.zh, en: s.label.en, amount: s.amount });
    else awardParts.push({ zh: `${s.label.zh} ${formatYuan(s.amount)}${ofPeriod.zh}`, en: `${s.label.en} ${formatYuan(s.amount)}${ofPeriod.en}`, amount: shareOfCents(s.amount, share) });
  }
  for (const a of x.adjustments) {
    if (a.type === 'reward') awardParts.push({ zh: `奖励${a.reason ? `：${a.reason}` : ''}`, en: `reward${a.reason ? `: ${a.reason}` : ''}`, amount: a.amount });
    if (a.type === 'dispute' && a.amount > 0) awardParts.push({ zh: `申诉通过：${a.reason}`, en: `dispute approved: ${a.reason}`, amount: a.amount });
    if (a.type === 'project') awardParts.push({ zh: `项目奖金${a.reason ? `：${a.reason}` : ''}`, en: `project bonus${a.reason ? `: ${a.reason}` : ''}`, amount: a.amount });
  }
  const awards = awardParts.reduce((s, p) => s + p.amount, 0);
  lines.push({ component: 'awards', amount: awards, explanation: listText(awardParts, awards, { zh: '无', en: 'none' }) });

  // Fines: fines and escalating violations.
  const fineParts: { zh: string; en: string; amount: Cents }[] = [];
  for (const a of x.adjustments) {
    if (a.type === 'dispute' && a.amount < 0) fineParts.push({ zh: `申诉通过：${a.reason}`, en: `dispute approved: ${a.reason}`, amount: -a.amount });
    if (a.type === 'fine') fineParts.push({ zh: `罚款${a.reason ? `：${a.reason}` : ''}`, en: `fine${a.reason ? `: ${a.reason}` : ''}`, amount: a.amount });
    if (a.type === 'violation') fineParts.push({
      zh: `第 ${a.ordinal} 次违规${a.reason ? `（${a.reason}）` : ''}${a.dismissalReview ? '，开除审查' : ''}`,
      en: `violation #${a.ordinal}${a.reason ? ` (${a.reason})` : ''}${a.dismissalReview ? ', dismissal review' : ''}`,
      amount: a.amount,
    });
  }
  const fines = fineParts.reduce((s, p) => s + p.amount, 0);
  lines.push({ component: 'fines', amount: fines, explanation: listText(fineParts, fines, { zh: '无', en: 'none' }) });

  const grossPay = basePay + performanceBonus + conversionBonus + commission + awards - fines;
  lines.push({ component: 'grossPay', amount: grossPay, explanation: {
    zh: `${formatYuan(basePay)} + ${formatYuan(performanceBonus)} + ${formatYuan(conversionBonus)} + ${formatYuan(commission)} + ${formatYuan(awards)} − ${formatYuan(fines)} = ${formatYuan(grossPay)}`,
    en: `${formatYuan(basePay)} + ${formatYuan(performanceBonus)} + ${formatYuan(conversionBonus)} + ${formatYuan(commission)} + ${formatYuan(awards)} − ${formatYuan(fines)} = ${formatYuan(grossPay)}`,
  } });

  return { pay: { basePay, performanceBonus, conversionBonus, commission, awards, fines, grossPay, daysEmployed: days, daysInMonth: dim }, statement: lines };
}

function listText(parts: { zh: string; en: string; amount: Cents }[], total: Cents, empty: LocalText): LocalText {
  if (parts.length === 0) return empty;
  return {
    zh: `${parts.map((p) => `${p.zh} ${formatYuan(p.amount)}`).join('；')} = ${formatYuan(total)}`,
    en: `${parts.map((p) => `${p.en} ${formatYuan(p.amount)}`).join('; ')} = ${formatYuan(total)}`,
  };
}

function commissionText(sales: Cents, bounds: number[], rates: number[], mode: 'marginal' | 'flat', total: Cents): LocalText {
  if (sales <= 0) return { zh: '销售额为 0', en: 'no sales' };
  const bc = bounds.map(toCents);
  if (mode === 'flat') {
    let tier = 0;
    while (tier < bc.length && sales > bc[tier]) tier++;
    return { zh: `销售额 ${formatYuan(sales)} × ${rate(rates[tier])}（全额按所达档位）= ${formatYuan(total)}`, en: `sales ${formatYuan(sales)} × ${rate(rates[tier])} (flat, reached tier) = ${formatYuan(total)}` };
  }
  const slices: string[] = [];
  let lower = 0;
  for (let i = 0; i <= bc.length; i++) {
    const upper = i < bc.length ? bc[i] : sales;
    const top = Math.min(sales, upper);
    if (top > lower) slices.push(`${formatYuan(top - lower)} × ${rate(rates[i])}`);
    if (sales <= upper) break;
    lower = upper;
  }
  return { zh: `销售额 ${formatYuan(sales)}：${slices.join(' + ')} = ${formatYuan(total)}`, en: `sales ${formatYuan(sales)}: ${slices.join(' + ')} = ${formatYuan(total)}` };
}

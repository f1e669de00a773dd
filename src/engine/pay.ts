/**
 * Pay components (docs/rules.md: Pay), each rounded half-up to the cent once, gross
 * the sum of the rounded components; every line carries the rule and the
 * numbers behind it for the agent's statement (工资条).
 */
import type { AdjustmentLine, Agent, Measures, Pay, StarAward, StatementLine, LocalText } from './model';
import { commissionCents, tierBonusCents, tierSteps, Grade } from './formulas';
import { decimalOf, divFloor, divRoundHalfUp, pow10 } from './decimal';
import { Cents, formatYuan, mulCents, toCents } from './money';
import type { Period } from './dates';
import type { Plan } from './plan/defaults';
import { monthShare, MonthShare, shareOfCents, shareText } from './period-share';
import { joined, joinedText, msg } from './messages';
import { GRADE_TEXT, inSentence, LEVEL_TEXT } from './messages/labels';

/** One amount of the awards or fines line, with what it is for. */
interface Part {
  label: LocalText;
  amount: Cents;
}
/**
 * A ratio as a percent with at most 2 decimals, cut rather than rounded, so the statement never
 * shows a value at a tier it has not reached: 733/1309 = 55.9969 % reads 55.99 % ≥ 54 %, not 56 % ≥ 54 %.
 */
const pctCut = (x: number) => {
  const d = decimalOf(x);
  const hundredths = d.scale <= 4 ? d.digits * pow10(4 - d.scale) : divFloor(d.digits, pow10(d.scale - 4));
  return `${Number(hundredths) / 100}%`;
};
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
  const to = Math.min(
    period.end,
    agent.leaveDate === null || agent.leaveDate === undefined ? period.end : agent.leaveDate + 1,
  );
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
  const f = factorOf(factor);
  const num = plan.prorate ? days : dim;
  const share = periodShare(agent, plan, period);
  const basePay = share
    ? shareOfCents(levelBase, share, f)
    : Number(divRoundHalfUp(BigInt(levelBase) * f.digits * BigInt(num), f.scale * BigInt(dim)));
  const prob = agent.status === 'probation' ? msg('pay.probation', { rate: rate(factor) }) : '';
  const ofPeriod = share ? msg('pay.this-period', { shareText: shareText(share) }) : '';
  const pro = share ? ofPeriod : plan.prorate && days !== dim ? msg('pay.days-employed', { days, dim }) : '';
  lines.push({
    component: 'basePay',
    amount: basePay,
    explanation: msg('pay.base', {
      level: inSentence(LEVEL_TEXT[agent.level]),
      levelBase: formatYuan(levelBase),
      probation: prob,
      prorated: pro,
      basePay: formatYuan(basePay),
    }),
  });

  // Performance bonus: level base × grade coefficient.
  const perfBase = toCents(plan.performanceBase[agent.level]);
  const coef = plan.gradeCoefficient[x.grade];
  const performanceBonus = share ? shareOfCents(perfBase, share, factorOf(coef)) : mulCents(perfBase, coef);
  const why: LocalText = x.fatal
    ? msg('pay.fatal-qa-item-this-month')
    : x.score === null
      ? msg('pay.no-kpi-available-graded-fail')
      : msg('pay.score', { score: x.score.toFixed(2) });
  lines.push({
    component: 'performanceBonus',
    amount: performanceBonus,
    explanation: msg('pay.performance.of-period', {
      perfBase: formatYuan(perfBase),
      grade: inSentence(GRADE_TEXT[x.grade]),
      coef,
      why,
      ofPeriod,
      bonus: formatYuan(performanceBonus),
    }),
  });

  // Conversion bonus (seed 004): presales only by default.
  const cb = plan.conversionBonus;
  let conversionBonus: Cents = 0;
  let cbText: LocalText;
  if (cb.presalesOnly && agent.role !== 'presales') cbText = msg('pay.presales-only');
  else if (m.conversion === null) cbText = msg('pay.no-inquiries-not-available');
  else {
    conversionBonus = tierBonusCents(m.conversion, cb.start, cb.startAmount, cb.step, cb.stepAmount);
    const steps = tierSteps(m.conversion, cb.start, cb.step);
    if (steps < 0) cbText = msg('pay.conversion-0', { conversion: pctCut(m.conversion), rate: rate(cb.start) });
    else {
      const reached = cb.start + steps * cb.step;
      cbText = msg('pay.conversion', {
        conversion: pctCut(m.conversion),
        paidBuyers: m.paidBuyers,
        inquiries: m.inquiries,
        rate: rate(+reached.toPrecision(12)),
        toCents: formatYuan(toCents(cb.startAmount)),
        steps,
        toCents2: formatYuan(toCents(cb.stepAmount)),
        conversionBonus: formatYuan(conversionBonus),
      });
    }
  }
  if (share && conversionBonus !== 0) {
    const monthly = conversionBonus;
    conversionBonus = shareOfCents(monthly, share);
    cbText = msg('pay.conversion-of-period', { cbText, ofPeriod, conversionBonus: formatYuan(conversionBonus) });
  }
  lines.push({ component: 'conversionBonus', amount: conversionBonus, explanation: cbText });

  // Commission: marginal (or flat) on net sales.
  // A paid week's tiers are the month's bounds times its share: its sales are a week's, not a month's.
  const c = plan.commission;
  const bounds = share ? c.bounds.map((b) => shareOfCents(toCents(b), share) / 100) : c.bounds;
  const commission = commissionCents(m.sales, bounds, c.rates, c.mode);
  const cText = commissionText(m.sales, bounds, c.rates, c.mode, commission);
  const boundsNote =
    share && m.sales > 0 && bounds.length > 0
      ? msg('pay.tiers-monthly-tiers', {
          ofPeriod,
          bounds: joined(
            bounds.map((b) => formatYuan(toCents(b))),
            ' / ',
            ' / ',
          ),
        })
      : '';
  lines.push({
    component: 'commission',
    amount: commission,
    explanation: msg('pay.commission-with-note', { text: cText, note: boundsNote }),
  });

  // Awards: stars, PK, rewards, project bonuses.
  const reason = (a: AdjustmentLine) => (a.reason ? msg('pay.reason', { reason: a.reason }) : '');
  const awardParts: Part[] = [];
  for (const s of x.stars) {
    if (!share) awardParts.push({ label: s.label, amount: s.amount });
    else
      awardParts.push({
        label: msg('pay.part.of-period', { label: s.label, monthly: formatYuan(s.amount), ofPeriod }),
        amount: shareOfCents(s.amount, share),
      });
  }
  for (const a of x.adjustments) {
    if (a.type === 'reward' && a.amount > 0)
      awardParts.push({ label: msg('pay.reward', { reason: reason(a) }), amount: a.amount });
    if (a.type === 'dispute' && a.amount > 0)
      awardParts.push({ label: msg('pay.dispute-approved', { reason: a.reason }), amount: a.amount });
    if (a.type === 'project' && a.amount > 0)
      awardParts.push({ label: msg('pay.project-bonus', { reason: reason(a) }), amount: a.amount });
  }
  const awards = awardParts.reduce((s, p) => s + p.amount, 0);
  lines.push({ component: 'awards', amount: awards, explanation: listText(awardParts, awards, msg('pay.none')) });

  // Fines: fines and escalating violations.
  const fineParts: Part[] = [];
  for (const a of x.adjustments) {
    if (a.type === 'dispute' && a.amount < 0)
      fineParts.push({ label: msg('pay.dispute-approved', { reason: a.reason }), amount: -a.amount });
    if (a.type === 'fine') fineParts.push({ label: msg('pay.fine', { reason: reason(a) }), amount: a.amount });
    // A reward or project bonus written negative takes it back: a deduction, with what it reverses.
    if ((a.type === 'reward' || a.type === 'project') && a.amount < 0) {
      const label = msg(a.type === 'reward' ? 'pay.reward' : 'pay.project-bonus', { reason: reason(a) });
      fineParts.push({ label: msg('pay.reversed', { label }), amount: -a.amount });
    }
    if (a.type === 'violation')
      fineParts.push({
        label: msg('pay.violation', {
          ordinal: String(a.ordinal),
          reason: a.reason ? msg('pay.violation-reason', { reason: a.reason }) : '',
          dismissal: a.dismissalReview ? msg('pay.dismissal-review') : '',
        }),
        amount: a.amount,
      });
  }
  const fines = fineParts.reduce((s, p) => s + p.amount, 0);
  lines.push({ component: 'fines', amount: fines, explanation: listText(fineParts, fines, msg('pay.none')) });

  const grossPay = basePay + performanceBonus + conversionBonus + commission + awards - fines;
  lines.push({
    component: 'grossPay',
    amount: grossPay,
    explanation: msg('pay.explanation', {
      basePay: formatYuan(basePay),
      performanceBonus: formatYuan(performanceBonus),
      conversionBonus: formatYuan(conversionBonus),
      commission: formatYuan(commission),
      awards: formatYuan(awards),
      fines: formatYuan(fines),
      grossPay: formatYuan(grossPay),
    }),
  });

  return {
    pay: {
      basePay,
      performanceBonus,
      conversionBonus,
      commission,
      awards,
      fines,
      grossPay,
      daysEmployed: days,
      daysInMonth: dim,
    },
    statement: lines,
  };
}

function listText(parts: Part[], total: Cents, empty: LocalText): LocalText {
  if (parts.length === 0) return empty;
  const each = parts.map((p) => msg('pay.part', { label: p.label, amount: formatYuan(p.amount) }));
  return msg('pay.parts', { parts: joinedText(each, '；', '; '), total: formatYuan(total) });
}

function commissionText(
  sales: Cents,
  bounds: number[],
  rates: number[],
  mode: 'marginal' | 'flat',
  total: Cents,
): LocalText {
  if (sales <= 0) return msg('pay.no-sales');
  const bc = bounds.map(toCents);
  if (mode === 'flat') {
    let tier = 0;
    while (tier < bc.length && sales > bc[tier]) tier++;
    return msg('pay.sales-flat-reached-tier', {
      sales: formatYuan(sales),
      rate: rate(rates[tier]),
      total: formatYuan(total),
    });
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
  return msg('pay.sales', { sales: formatYuan(sales), slices: joined(slices, ' + ', ' + '), total: formatYuan(total) });
}

/** Stars (200 each, ties all win) and the optional PK awards (docs/rules.md: Stars and PK). */
import type { Agent, LocalText, Measures, StarAward, StarKey } from './model';
import { ROLES } from './model';
import { toCents } from './money';
import type { Plan } from './plan/defaults';
import { msg } from './messages';
import type { MessageCode, MessageParam } from './messages';

interface Candidate {
  agent: Agent;
  m: Measures;
}

const STAR_LABEL: Record<StarKey, LocalText> = {
  salesStar: msg('stars.starLabel.salesStar'),
  conversionStar: msg('stars.starLabel.conversionStar'),
  aovStar: msg('stars.starLabel.aovStar'),
  serviceStar: msg('stars.starLabel.serviceStar'),
};

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const yuan = (x: number) => x.toFixed(2);

type StarPlan = Plan['stars'];

/**
 * One star: who competes (a role or everyone), the measure whose highest holder wins, and the
 * count that must first reach the plan's minimum. The detail message's placeholders are named
 * after these very keys, so one function writes all four details.
 */
type StarRule = [
  key: StarKey,
  among: 'presales' | 'all',
  measure: 'sales' | 'conversion' | 'aov' | 'satisfaction',
  shown: (value: number) => string,
  threshold?: [count: 'inquiries' | 'buyers' | 'evaluations', min: Exclude<keyof StarPlan, 'amount'>],
];

const STAR_RULES: StarRule[] = [
  ['salesStar', 'presales', 'sales', (cents) => yuan(cents / 100)],
  ['conversionStar', 'presales', 'conversion', pct, ['inquiries', 'conversionMinInquiries']],
  ['aovStar', 'presales', 'aov', yuan, ['buyers', 'aovMinBuyers']],
  ['serviceStar', 'all', 'satisfaction', pct, ['evaluations', 'serviceMinEvaluations']],
];

const STAR_DETAIL: Record<StarKey, MessageCode> = {
  salesStar: 'stars.highest-presales-sales',
  conversionStar: 'stars.highest-presales-conversion-inquiries',
  aovStar: 'stars.highest-presales-aov-buyers',
  serviceStar: 'stars.highest-satisfaction-evaluations',
};

function entersFor([, , , , threshold]: StarRule, m: Measures, s: StarPlan): boolean {
  return !threshold || m[threshold[0]] >= s[threshold[1]];
}

/** The winner's value, and the count against its minimum, under the placeholders named after them. */
function starDetail([key, , measure, shown, threshold]: StarRule, m: Measures, s: StarPlan): LocalText {
  const params: Record<string, MessageParam> = { [measure]: shown(m[measure]!) };
  if (threshold) {
    const [count, min] = threshold;
    params[count] = m[count];
    params[min] = s[min];
  }
  // The code is picked at run time, so msg cannot check the params against it; the catalog test checks the placeholders.
  return (msg as (code: MessageCode, params: Record<string, MessageParam>) => LocalText)(STAR_DETAIL[key], params);
}

/** Everyone holding the highest value wins (ties all win). */
function best(cands: Candidate[], value: (c: Candidate) => number | null): Candidate[] {
  let top = -Infinity;
  let winners: Candidate[] = [];
  for (const c of cands) {
    const v = value(c);
    if (v === null || !(v > 0)) continue;
    if (v > top) {
      top = v;
      winners = [c];
    } else if (v === top) winners.push(c);
  }
  return winners;
}

export function awardStars(all: Candidate[], plan: Plan): Map<string, StarAward[]> {
  const out = new Map<string, StarAward[]>();
  const give = (c: Candidate, key: StarKey | 'pk', label: LocalText, amount: number, detail: LocalText) => {
    const list = out.get(c.agent.agentId) ?? [];
    list.push({ key, label, amount: toCents(amount), detail });
    out.set(c.agent.agentId, list);
  };
  for (const rule of STAR_RULES) {
    const [key, among, measure] = rule;
    const pool = all.filter((c) => (among === 'all' || c.agent.role === among) && entersFor(rule, c.m, plan.stars));
    for (const c of best(pool, (c) => c.m[measure]))
      give(c, key, STAR_LABEL[key], plan.stars.amount, starDetail(rule, c.m, plan.stars));
  }
  if (plan.pk.enabled) {
    const contests: { label: LocalText; value: (c: Candidate) => number | null; lower?: boolean }[] = [
      { label: msg('stars.label'), value: (c) => c.m.sales },
      { label: msg('stars.label.pk-conversion'), value: (c) => c.m.conversion },
      { label: msg('stars.label.pk-avg-response'), value: (c) => c.m.avgResponseSec, lower: true },
      { label: msg('stars.label.pk-received'), value: (c) => c.m.received },
    ];
    for (const role of ROLES) {
      const group = all.filter((c) => c.agent.role === role);
      for (const contest of contests) {
        const ranked = group
          .map((c) => ({ c, v: contest.value(c) }))
          .filter((x): x is { c: Candidate; v: number } => x.v !== null && (contest.lower ? x.v >= 0 : x.v > 0));
        ranked.sort((a, b) => (contest.lower ? a.v - b.v : b.v - a.v));
        ranked.forEach((x, i) => {
          let rank = i + 1;
          for (let j = i - 1; j >= 0 && ranked[j].v === x.v; j--) rank = j + 1;
          if (rank <= plan.pk.amounts.length)
            give(
              x.c,
              'pk',
              contest.label,
              plan.pk.amounts[rank - 1],
              msg('stars.rank', { label: contest.label, rank }),
            );
        });
      }
    }
  }
  return out;
}

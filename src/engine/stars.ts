/** Stars (200 each, ties all win) and the optional PK awards (docs/rules.md: Stars and PK). */
import type { Agent, LocalText, Measures, StarAward, StarKey } from './model';
import { ROLES } from './model';
import { toCents } from './money';
import type { Plan } from './plan/defaults';
import { msg } from './messages';

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
  const s = plan.stars;
  const presales = all.filter((c) => c.agent.role === 'presales');
  for (const c of best(presales, (c) => c.m.sales))
    give(
      c,
      'salesStar',
      STAR_LABEL.salesStar,
      s.amount,
      msg('stars.highest-presales-sales', { sales: yuan(c.m.sales / 100) }),
    );
  for (const c of best(
    presales.filter((c) => c.m.inquiries >= s.conversionMinInquiries),
    (c) => c.m.conversion,
  ))
    give(
      c,
      'conversionStar',
      STAR_LABEL.conversionStar,
      s.amount,
      msg('stars.highest-presales-conversion-inquiries', {
        conversion: pct(c.m.conversion!),
        inquiries: c.m.inquiries,
        conversionMinInquiries: s.conversionMinInquiries,
      }),
    );
  for (const c of best(
    presales.filter((c) => c.m.buyers >= s.aovMinBuyers),
    (c) => c.m.aov,
  ))
    give(
      c,
      'aovStar',
      STAR_LABEL.aovStar,
      s.amount,
      msg('stars.highest-presales-aov-buyers', {
        aov: yuan(c.m.aov!),
        buyers: c.m.buyers,
        aovMinBuyers: s.aovMinBuyers,
      }),
    );
  for (const c of best(
    all.filter((c) => c.m.evaluations >= s.serviceMinEvaluations),
    (c) => c.m.satisfaction,
  ))
    give(
      c,
      'serviceStar',
      STAR_LABEL.serviceStar,
      s.amount,
      msg('stars.highest-satisfaction-evaluations', {
        satisfaction: pct(c.m.satisfaction!),
        evaluations: c.m.evaluations,
        serviceMinEvaluations: s.serviceMinEvaluations,
      }),
    );
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

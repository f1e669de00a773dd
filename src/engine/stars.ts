/** Stars (200 each, ties all win) and the optional PK awards (docs/rules.md: Stars and PK). */
import type { Agent, LocalText, Measures, StarAward, StarKey } from './model';
import { ROLES } from './model';
import { toCents } from './money';
import type { Plan } from './plan/defaults';

interface Candidate {
  agent: Agent;
  m: Measures;
}

const STAR_LABEL: Record<StarKey, LocalText> = {
  salesStar: { zh: '业绩之星', en: 'Sales star' },
  conversionStar: { zh: '转化率之星', en: 'Conversion star' },
  aovStar: { zh: '客单价之星', en: 'AOV star' },
  serviceStar: { zh: '服务之星', en: 'Service star' },
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
  for (const c of best(presales, (c) => c.m.sales)) give(c, 'salesStar', STAR_LABEL.salesStar, s.amount, { zh: `售前最高销售额 ${yuan(c.m.sales / 100)}`, en: `highest presales sales ${yuan(c.m.sales / 100)}` });
  for (const c of best(presales.filter((c) => c.m.inquiries >= s.conversionMinInquiries), (c) => c.m.conversion)) give(c, 'conversionStar', STAR_LABEL.conversionStar, s.amount, { zh: `售前最高询单转化率 ${pct(c.m.conversion!)}（询单 ${c.m.inquiries} ≥ ${s.conversionMinInquiries}）`, en: `highest presales conversion ${pct(c.m.conversion!)} (inquiries ${c.m.inquiries} ≥ ${s.conversionMinInquiries})` });
  for (const c of best(presales.filter((c) => c.m.buyers >= s.aovMinBuyers), (c) => c.m.aov)) give(c, 'aovStar', STAR_LABEL.aovStar, s.amount, { zh: `售前最高客单价 ${yuan(c.m.aov!)}（销售人数 ${c.m.buyers} ≥ ${s.aovMinBuyers}）`, en: `highest presales AOV ${yuan(c.m.aov!)} (buyers ${c.m.buyers} ≥ ${s.aovMinBuyers})` });
  for (const c of best(all.filter((c) => c.m.evaluations >= s.serviceMinEvaluations), (c) => c.m.satisfaction)) give(c, 'serviceStar', STAR_LABEL.serviceStar, s.amount, { zh: `全员最高满意率 ${pct(c.m.satisfaction!)}（评价 ${c.m.evaluations} ≥ ${s.serviceMinEvaluations}）`, en: `highest satisfaction ${pct(c.m.satisfaction!)} (evaluations ${c.m.evaluations} ≥ ${s.serviceMinEvaluations})` });
  if (plan.pk.enabled) {
    const contests: { label: LocalText; value: (c: Candidate) => number | null; lower?: boolean }[] = [
      { label: { zh: 'PK·销售额', en: 'PK · sales' }, value: (c) => c.m.sales },
      { label: { zh: 'PK·询单转化率', en: 'PK · conversion' }, value: (c) => c.m.conversion },
      { label: { zh: 'PK·平均响应', en: 'PK · avg response' }, value: (c) => c.m.avgResponseSec, lower: true },
      { label: { zh: 'PK·接待人数', en: 'PK · received' }, value: (c) => c.m.received },
    ];
    for (const role of ROLES) {
      const group = all.filter((c) => c.agent.role === role);
      for (const contest of contests) {
        const ranked = group.map((c) => ({ c, v: contest.value(c) })).filter((x): x is { c: Candidate; v: number } => x.v !== null && (contest.lower ? x.v >= 0 : x.v > 0));
        ranked.sort((a, b) => (contest.lower ? a.v - b.v : b.v - a.v));
        ranked.forEach((x, i) => {
          let rank = i + 1;
          for (let j = i - 1; j >= 0 && ranked[j].v === x.v; j--) rank = j + 1;
          if (rank <= plan.pk.amounts.length) give(x.c, 'pk', contest.label, plan.pk.amounts[rank - 1], { zh: `${contest.label.zh} 第 ${rank} 名`, en: `${contest.label.en}: rank ${rank}` });
        });
      }
    }
  }
  return out;
}

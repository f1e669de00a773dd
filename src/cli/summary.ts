/** The short ranked summary cs-kpi prints after a run, in the manager's language (words from the catalog). */
import { formatYuan, GRADE_TEXT, type Lang, type PayrollResult, ROLE_TEXT, ROLES, wordsIn } from '../engine';

/** Names as they fit on one terminal line: a CSV can bring a name of 40,000 characters or with a line break. */
const NAME_SHOWN = 20;
function shownName(name: string): string {
  const chars = Array.from(name.replace(/\s+/g, ' '));
  return chars.length > NAME_SHOWN ? `${chars.slice(0, NAME_SHOWN).join('')}…` : chars.join('');
}

export function summaryText(r: PayrollResult, lang: Lang): string {
  const say = wordsIn(lang);
  const lines: string[] = [];
  const share = r.shop.silentShare === null ? 'N/A' : `${(r.shop.silentShare * 100).toFixed(1)}%`;
  const gross = r.agents.reduce((s, a) => s + a.pay.grossPay, 0);
  // A week or range is an assessment: no pay is stated for it.
  const pay = r.paysPeriod ? say('summary.pay.total', { gross: formatYuan(gross) }) : say('summary.pay.none');
  lines.push(
    say('summary.head', {
      shop: r.shopName ? r.shopName + ' ' : '',
      period: r.period,
      agents: r.agents.length,
      sales: formatYuan(r.shop.sales),
      silentOrders: r.shop.silentOrders,
      silentSales: formatYuan(r.shop.silentSales),
      share,
      pay,
    }),
  );
  for (const role of ROLES) {
    const group = r.agents.filter((a) => a.agent.role === role);
    if (group.length === 0) continue;
    lines.push(say('summary.role', { role: ROLE_TEXT[role][lang], n: group.length }));
    for (const a of group.slice(0, 3)) {
      const stars = a.stars.map((s) => s.label[lang]).join(lang === 'zh' ? '、' : ', ');
      const score = a.score === null ? 'N/A' : a.score.toFixed(2);
      const grossPay = r.paysPeriod ? `  ¥${formatYuan(a.pay.grossPay)}` : '';
      lines.push(
        `  ${String(a.rank).padStart(2)}. ${a.agent.agentId} ${shownName(a.agent.name)}  ${score}  ${GRADE_TEXT[a.grade][lang]}${grossPay}${stars ? `  ★ ${stars}` : ''}`,
      );
    }
  }
  const n = (s: string) => r.issues.filter((i) => i.severity === s).length;
  lines.push(say('summary.issues', { errors: n('error'), warnings: n('warning'), infos: n('info') }));
  return lines.join('\n');
}

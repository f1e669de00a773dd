/** The short ranked summary cs-kpi prints after a run. */
import { formatYuan, GRADE_TEXT, type Lang, type PayrollResult, ROLE_TEXT, ROLES } from '../engine';

export function summaryText(r: PayrollResult, lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const share = r.shop.silentShare === null ? 'N/A' : `${(r.shop.silentShare * 100).toFixed(1)}%`;
  const gross = r.agents.reduce((s, a) => s + a.pay.grossPay, 0);
  // A week or range is an assessment: no pay is stated for it.
  const pay = !r.paysPeriod
    ? { zh: '（考核期，不计工资）', en: ' (assessment: no pay)' }
    : { zh: `，应发工资合计 ¥${formatYuan(gross)}`, en: `, gross pay total ¥${formatYuan(gross)}` };
  lines.push(
    zh
      ? `CS Performance 客服绩效 ${r.shopName ? r.shopName + ' ' : ''}${r.period}：${r.agents.length} 名客服，店铺销售额 ¥${formatYuan(r.shop.sales)}，静默下单 ${r.shop.silentOrders} 笔 ¥${formatYuan(r.shop.silentSales)}（占 ${share}）${pay.zh}`
      : `CS Performance ${r.shopName ? r.shopName + ' ' : ''}${r.period}: ${r.agents.length} agents, shop sales ¥${formatYuan(r.shop.sales)}, silent orders ${r.shop.silentOrders} (¥${formatYuan(r.shop.silentSales)}, ${share})${pay.en}`,
  );
  for (const role of ROLES) {
    const group = r.agents.filter((a) => a.agent.role === role);
    if (group.length === 0) continue;
    lines.push(
      zh ? `${ROLE_TEXT[role].zh}（${group.length} 人）前三：` : `${ROLE_TEXT[role].en} (${group.length}) top 3:`,
    );
    for (const a of group.slice(0, 3)) {
      const stars = a.stars.map((s) => s.label[lang]).join(zh ? '、' : ', ');
      lines.push(
        `  ${String(a.rank).padStart(2)}. ${a.agent.agentId} ${a.agent.name}  ${a.score === null ? 'N/A' : a.score.toFixed(2)}  ${GRADE_TEXT[a.grade][lang]}${!r.paysPeriod ? '' : `  ¥${formatYuan(a.pay.grossPay)}`}${stars ? `  ★ ${stars}` : ''}`,
      );
    }
  }
  const n = (s: string) => r.issues.filter((i) => i.severity === s).length;
  lines.push(
    zh
      ? `数据问题：错误 ${n('error')}，警告 ${n('warning')}，提示 ${n('info')}`
      : `Data problems: ${n('error')} errors, ${n('warning')} warnings, ${n('info')} info`,
  );
  return lines.join('\n');
}

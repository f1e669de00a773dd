import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { PLAN_KEYS, formatPlanValue } from '../plan/catalog';
import { INPUT_KIND_TEXT, sheetName } from './labels';
import { kpiAuditRows } from './kpi-notes';
import { salesBySourceText } from './sources';
import { describeRefundConvention } from '../parse/refund-convention';

const DEFS = [
  col('section', '类别', 'Section', 'text', 12),
  col('item', '项目', 'Item', 'text', 34),
  col('value', '值', 'Value', 'text', 68),
  col('note', '说明', 'Note', 'text', 44),
];


/** 审计: what produced these numbers — plan in force, inputs with checksums, time, version. */
export function auditSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const zh = lang === 'zh';
  const L = (a: string, b: string) => (zh ? a : b);
  const rows: OutCell[][] = [];
  const yuan = (c: number) => (c / 100).toFixed(2);
  rows.push([L('生成', 'Run'), L('月份', 'Period'), r.period, null]);
  rows.push([L('生成', 'Run'), L('生成时间 (UTC)', 'Generated at (UTC)'), r.generatedAt, null]);
  rows.push([L('生成', 'Run'), L('版本', 'Version'), `CS Performance ${r.version}`, null]);
  rows.push([L('生成', 'Run'), L('客服人数', 'Agents'), String(r.agents.length), null]);
  if (r.shopName) rows.push([L('店铺', 'Shop'), L('店铺名称', 'Shop name'), r.shopName, L('取自花名册客服旺旺的店铺前缀', 'from the shop prefix of the roster accounts')]);
  rows.push([L('店铺', 'Shop'), L('订单数', 'Paid orders'), String(r.shop.orders), L('本月付款、去重后', 'paid in the period, deduplicated')]);
  rows.push([L('店铺', 'Shop'), L('店铺销售额', 'Shop sales'), yuan(r.shop.sales), L('= 客服销售额合计 + 静默销售', '= Σ agent sales + silent sales')]);
  rows.push([L('店铺', 'Shop'), L('客服销售额合计', 'Attributed sales'), yuan(r.shop.attributedSales), null]);
  rows.push([L('店铺', 'Shop'), L('静默销售（静默下单）', 'Silent sales (silent orders)'), yuan(r.shop.silentSales), `${r.shop.silentOrders} ${L('笔', 'orders')}`]);
  rows.push([L('店铺', 'Shop'), L('客服销售额来源', 'Attributed sales by source'), salesBySourceText(r.shop.salesBySource, lang), L('按方案 attribution.sources 的顺序归属', 'in the order of plan key attribution.sources')]);
  const issueCount = (s: string) => r.issues.filter((i) => i.severity === s).length;
  rows.push([L('数据问题', 'Issues'), L('错误 / 警告 / 提示', 'errors / warnings / info'), `${issueCount('error')} / ${issueCount('warning')} / ${issueCount('info')}`, L(`详见“数据问题 ${r.period}”`, `see "Issues ${r.period}"`)]);
  for (const s of r.inputs) {
    rows.push([L('输入表', 'Input sheet'), `${INPUT_KIND_TEXT[s.kind][lang]}：${s.sheet}`, `SHA-256 ${s.checksum}`, L(`表头第 ${s.headerRow} 行，数据 ${s.dataRows} 行`, `header on row ${s.headerRow}, ${s.dataRows} data rows`)]);
    // Its own section: the input-sheet rows are read back as sheet → checksum by the next run's comparison.
    if (s.refundConvention) rows.push([L('退款口径', 'Refund convention'), s.sheet, describeRefundConvention(s.refundConvention)[lang], null]);
  }
  for (const k of PLAN_KEYS) {
    if (k.kpiKey) continue; // shown in the KPI rows below
    const v = formatPlanValue(k, k.get(r.plan));
    rows.push([L('方案', 'Plan'), k.key, String(v), k.label[lang]]);
  }
  rows.push(...kpiAuditRows(r.plan, lang));
  return {
    kind: 'audit',
    name: sheetName('audit', r.period, lang),
    columns: columns(DEFS, lang),
    rows,
    freezeHeader: true,
    autoFilter: true,
    protect: true,
  };
}

import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { PLAN_KEYS, formatPlanValue } from '../plan/catalog';
import { INPUT_KIND_TEXT, SHEET_TITLES, sheetName } from './labels';
import { message, phrase, type PlainCode } from '../messages';
import { kpiAuditRows } from './kpi-notes';
import { salesBySourceText } from './sources';
import { describeRefundConvention } from '../parse/refund-convention';
import { CHECKSUM_METHOD } from '../sha256';
import { auditDateCells, localSerial, withZone } from './audit-time';

const DEFS = [
  col('col.audit.section', 'text', 12),
  col('col.item', 'text', 34),
  col('col.value', 'text', 68),
  col('col.note', 'text', 44),
];

/** 审计: what produced these numbers — plan in force, inputs with checksums, time, version. */
export function auditSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const say = (code: PlainCode) => phrase(code, lang);
  const rows: OutCell[][] = [];
  const yuan = (c: number) => (c / 100).toFixed(2);
  const [run, shop] = [say('audit.section.run'), say('audit.section.shop')];
  rows.push([run, say('col.period'), r.period, null]);
  // A date cell in the run's local time, its zone in the label; the JSON output keeps the ISO UTC time.
  const offset = r.utcOffsetMinutes;
  rows.push([run, withZone(say('audit.generatedAt'), offset), localSerial(new Date(r.generatedAt), offset), null]);
  rows.push([run, say('audit.version'), `CS Performance ${r.version}`, null]);
  rows.push([run, say('audit.agents'), String(r.agents.length), null]);
  rows.push([run, say('audit.checksumMethod'), String(CHECKSUM_METHOD), say('audit.checksumMethod.note')]);
  if (r.shopName) rows.push([shop, say('audit.shopName'), r.shopName, say('audit.shopName.note')]);
  rows.push([shop, say('audit.orders'), String(r.shop.orders), say('audit.orders.note')]);
  rows.push([shop, say('audit.shopSales'), yuan(r.shop.sales), say('audit.shopSales.note')]);
  rows.push([shop, say('audit.attributedSales'), yuan(r.shop.attributedSales), null]);
  rows.push([
    shop,
    say('audit.silentSales'),
    yuan(r.shop.silentSales),
    message('audit.silentOrders', { n: r.shop.silentOrders }, lang),
  ]);
  rows.push([
    shop,
    say('audit.salesBySource'),
    salesBySourceText(r.shop.salesBySource, lang),
    say('audit.salesBySource.note'),
  ]);
  const issueCount = (s: string) => r.issues.filter((i) => i.severity === s).length;
  rows.push([
    say('audit.section.issues'),
    say('audit.issueCounts'),
    `${issueCount('error')} / ${issueCount('warning')} / ${issueCount('info')}`,
    message('audit.issueCounts.note', { issues: SHEET_TITLES.issues, period: r.period }, lang),
  ]);
  for (const s of r.inputs) {
    // "花名册：Roster": the next run's comparison reads the sheet name after the first "：".
    rows.push([
      say('audit.section.input'),
      `${INPUT_KIND_TEXT[s.kind][lang]}：${s.sheet}`,
      `SHA-256 ${s.checksum}`,
      message('audit.input.note', { headerRow: s.headerRow, dataRows: s.dataRows }, lang),
    ]);
    // Its own section: the input-sheet rows are read back as sheet → checksum by the next run's comparison.
    if (s.refundConvention)
      rows.push([say('audit.section.refund'), s.sheet, describeRefundConvention(s.refundConvention)[lang], null]);
  }
  for (const k of PLAN_KEYS) {
    if (k.kpiKey) continue; // shown in the KPI rows below
    const v = formatPlanValue(k, k.get(r.plan));
    rows.push([say('audit.section.plan'), k.key, String(v), k.label[lang]]);
  }
  rows.push(...kpiAuditRows(r.plan, lang));
  return {
    kind: 'audit',
    name: sheetName('audit', r.period, lang),
    columns: columns(DEFS, lang),
    rows,
    dateCells: auditDateCells(rows),
    freezeHeader: true,
    autoFilter: true,
    protect: true,
  };
}

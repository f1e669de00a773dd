/**
 * The shop's figures per period, written as a small block below the
 * scorecard's notes. It is what the chart of shop sales and conversion plots,
 * and what a later run reads back for its shop trend: an earlier scorecard
 * carries its own period's shop figures (and the periods before it).
 */
import type { Cell } from '../cell';
import type { Lang } from '../model';
import { parseNumber, parsePercent } from '../numbers';
import { cellText, normalizeKey } from '../text';
import { parsePeriod } from '../dates';
import type { AfterBlock } from './sheet-spec';

export interface ShopPoint {
  period: string;
  /** yuan */
  sales: number;
  silentShare: number | null;
  conversion: number | null;
}

const TITLE = { zh: '店铺趋势', en: 'Shop trend' } as const;
const HEADERS = {
  zh: ['期间', '店铺销售额', '静默销售占比', '询单转化率'],
  en: ['Period', 'Shop sales', 'Silent share', 'Conversion'],
} as const;

/** Rows of the block: a title, a header, one row per period (oldest first). Ratios rounded to 4 places, sales to the cent. */
export function shopTrendRows(points: ShopPoint[], lang: Lang): AfterBlock {
  const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
  return { headerRows: 2, formats: ['text', 'money', 'percent', 'percent'], rows: [
    [lang === 'zh' ? `${TITLE.zh}（本期及往期，供图表和以后的趋势读取）` : `${TITLE.en} (this and earlier periods, for the chart and later trends)`],
    [...HEADERS[lang]],
    ...points.map((p) => [p.period, Math.round(p.sales * 100) / 100, r4(p.silentShare), r4(p.conversion)]),
  ] };
}

/** The block's points, from a sheet's rows; [] when it has none (scorecards written before trends). */
export function readShopTrendBlock(rows: Cell[][]): ShopPoint[] {
  const title = rows.findIndex((r) => {
    const t = normalizeKey(cellText(r?.[0]));
    return t.startsWith(normalizeKey(TITLE.zh)) || t.startsWith(normalizeKey(TITLE.en));
  });
  if (title < 0) return [];
  const out: ShopPoint[] = [];
  for (let i = title + 2; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const period = parsePeriod(cellText(r[0]));
    if (!period) break;
    const sales = parseNumber(r[1]);
    if (sales.kind !== 'value') continue;
    const ratio = (v: Cell | undefined) => {
      const p = parsePercent(v);
      return p.kind === 'value' ? p.value : null;
    };
    out.push({ period: period.key, sales: sales.value, silentShare: ratio(r[2]), conversion: ratio(r[3]) });
  }
  return out;
}

/**
 * The shop's figures per period, written as a small block below the
 * scorecard's notes. It is what the chart of shop sales and conversion plots,
 * and what a later run reads back for its shop trend: an earlier scorecard
 * carries its own period's shop figures (and the periods before it).
 */
import type { Cell } from '../cell';
import type { Lang } from '../model';
import { parseNumber, parseWrittenRatio } from '../numbers';
import { cellText, normalizeKey } from '../text';
import { parsePeriod } from '../dates';
import type { AfterBlock } from './sheet-spec';
import { shownNumberChars, textChars } from './column-widths';
import { message, msg } from '../messages';

export interface ShopPoint {
  period: string;
  /** yuan */
  sales: number;
  silentShare: number | null;
  conversion: number | null;
}

const TITLE = msg('output.shop-trend-block.shop-trend');
const HEADERS = [
  msg('shop-trend.header.period'),
  msg('shop-trend.header.sales'),
  msg('shop-trend.header.silentShare'),
  msg('shop-trend.header.conversion'),
];

/** Rows of the block: a title, a header, one row per period (oldest first). Ratios rounded to 4 places, sales to the cent. */
export function shopTrendRows(points: ShopPoint[], lang: Lang): AfterBlock {
  const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
  return {
    headerRows: 2,
    formats: ['text', 'money', 'percent', 'percent'],
    rows: [
      [message('shop-trend.title-row', { title: TITLE }, lang)],
      HEADERS.map((h) => h[lang]),
      ...points.map((p) => [p.period, Math.round(p.sales * 100) / 100, r4(p.silentShare), r4(p.conversion)]),
    ],
  };
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
      const p = parseWrittenRatio(v);
      return p.kind === 'value' ? p.value : null;
    };
    out.push({ period: period.key, sales: sales.value, silentShare: ratio(r[2]), conversion: ratio(r[3]) });
  }
  return out;
}

/** Characters a value needs as shown (a CJK character takes two), so the block's columns can be made wide enough. */
function shownWidth(value: Cell | undefined, format: AfterBlock['formats'][number]): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return shownNumberChars(value, format) || String(value).length;
  return textChars(String(value));
}

/**
 * The block sits under the scorecard's first columns (rank, 工号…), which are
 * narrow: without this its periods and amounts show as "2026-0" and "###".
 * The title row is left out: it may run on into the next cells.
 */
export function widenForBlock(
  widths: (number | undefined)[],
  block: AfterBlock,
  fallback = 12,
): (number | undefined)[] {
  return widths.map((w, c) => {
    if (c >= block.formats.length) return w;
    const need = Math.max(0, ...block.rows.slice(1).map((r) => shownWidth(r[c] as Cell, block.formats[c]))) + 2;
    return need > (w ?? fallback) ? need : w;
  });
}

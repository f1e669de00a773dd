import type { Lang, SalesBySource } from '../model';
import { ATTRIBUTION_SOURCES } from '../model';
import { formatYuan } from '../money';

const SOURCE_LABEL = {
  explicit: ['客服列', 'agent column'],
  consultation: ['接待记录', 'consultation records'],
  memo: ['备注工号', 'memo IDs'],
} as const;

/** "接待记录 5 笔 1,200.00；备注工号 3 笔 450.00": how many orders and how much net sales each attribution source credited. */
export function salesBySourceText(b: SalesBySource, lang: Lang): string {
  const zh = lang === 'zh';
  const parts = ATTRIBUTION_SOURCES.filter((s) => b[s].orders > 0).map((s) =>
    zh ? `${SOURCE_LABEL[s][0]} ${b[s].orders} 笔 ${formatYuan(b[s].sales)}` : `${SOURCE_LABEL[s][1]}: ${b[s].orders} orders, ${formatYuan(b[s].sales)}`);
  if (parts.length === 0) return zh ? '没有归属的订单' : 'no orders credited';
  return parts.join(zh ? '；' : '; ');
}

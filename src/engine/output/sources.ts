import type { Lang, SalesBySource } from '../model';
import { ATTRIBUTION_SOURCES } from '../model';
import { formatYuan } from '../money';
import { message, phrase } from '../messages';

const SOURCE_LABEL = { explicit: 'source.explicit', consultation: 'source.consultation', memo: 'source.memo' } as const;

/** "接待记录 5 笔 1,200.00；备注工号 3 笔 450.00": how many orders and how much net sales each attribution source credited. */
export function salesBySourceText(b: SalesBySource, lang: Lang): string {
  const parts = ATTRIBUTION_SOURCES.filter((s) => b[s].orders > 0).map((s) =>
    message(
      'sources.part',
      { source: phrase(SOURCE_LABEL[s], lang), orders: b[s].orders, sales: formatYuan(b[s].sales) },
      lang,
    ),
  );
  if (parts.length === 0) return phrase('sources.none', lang);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

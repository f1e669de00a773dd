/** Numbers as the pane shows them; null (not available) reads as N/A / 不适用. */
import { type Cents, formatYuan, type Lang } from '../engine';
import { strings } from './i18n';

export function formatMoney(c: Cents): string {
  return `¥${formatYuan(c)}`;
}

export function formatPercent(fraction: number | null, lang: Lang): string {
  if (fraction === null || !Number.isFinite(fraction)) return strings(lang).na;
  return `${(fraction * 100).toFixed(1)}%`;
}

export function formatScore(score: number | null, lang: Lang): string {
  if (score === null || !Number.isFinite(score)) return strings(lang).na;
  return score.toFixed(2);
}

/** Sheet names in a sentence: 「A」、「B」 in Chinese, "A", "B" in English. */
export function listNames(names: string[], lang: Lang): string {
  return lang === 'zh' ? names.map((n) => `“${n}”`).join('、') : names.map((n) => `"${n}"`).join(', ');
}

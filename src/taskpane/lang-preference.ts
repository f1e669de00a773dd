/** The manager's language choice, remembered across sessions; until they switch, Office's display language (`fallback`) or Chinese. */
import type { Lang } from '../engine';

const KEY = 'cs-performance.lang';

export function loadLang(fallback: Lang = 'zh'): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    return saved === 'en' || saved === 'zh' ? saved : fallback;
  } catch {
    return fallback; // storage can be blocked in some webviews
  }
}

/** The first language before the manager chooses: English for a non-Chinese Office, Chinese otherwise. */
export function langFromDisplayLanguage(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  return /^zh\b/i.test(tag) ? 'zh' : 'en';
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // not remembered; the switch still works for this session
  }
}

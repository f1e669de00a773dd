/** The manager's language choice, remembered across sessions; Chinese until they switch. */
import type { Lang } from '../engine/model';

const KEY = 'cs-performance.lang';

export function loadLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh'; // storage can be blocked in some webviews
  }
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // not remembered; the switch still works for this session
  }
}

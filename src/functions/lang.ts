/**
 * The language of the functions' messages. In the shared runtime the pane and
 * the functions run in one page (Microsoft: "Run your add-in code in a shared
 * JavaScript runtime": custom functions can call Office.js and share the
 * pane's globals), so the manager's choice in the pane, remembered in
 * localStorage, applies to the cells too; before any choice, Office's display
 * language (Office.context.displayLanguage, e.g. "zh-CN", "en-US"); else Chinese.
 */
import type { Lang } from '../engine';
import { langFromDisplayLanguage, loadLang } from '../taskpane/lang-preference';

function displayLanguage(): string | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  } catch {
    return undefined; // Office not initialised in this page (a plain browser, a test)
  }
}

/** Read when a cell needs a message (only on errors), so a switch in the pane applies at the next recalculation. */
export function functionsLang(): Lang {
  return loadLang(langFromDisplayLanguage(displayLanguage()) ?? 'zh');
}

/** What the pane takes from Office before the manager chooses: theme and first language. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor, isDark, langFromDisplayLanguage, watchTheme } from '../../src/taskpane/office-host';
import { loadLang } from '../../src/taskpane/lang-preference';

test('Black and Dark Gray Office themes (isDarkTheme) give the dark pane; Colorful and White the light one', () => {
  expect(fluentThemeFor({ isDarkTheme: true, bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
  expect(fluentThemeFor({ isDarkTheme: false, bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
  expect(fluentThemeFor(undefined)).toBe(webLightTheme); // outside Office
});

test('a host that gives only colours is judged by the background luminance', () => {
  expect(isDark({ bodyBackgroundColor: '#1F1F1F' })).toBe(true); // luminance ≈ 0.014
  expect(isDark({ bodyBackgroundColor: '#E6E6E6' })).toBe(false); // ≈ 0.79
  expect(isDark({ bodyBackgroundColor: 'not a colour' })).toBe(false);
});

test('the first language follows Office display language; a saved choice wins', () => {
  expect(langFromDisplayLanguage('zh-CN')).toBe('zh');
  expect(langFromDisplayLanguage('zh-TW')).toBe('zh');
  expect(langFromDisplayLanguage('en-US')).toBe('en');
  expect(langFromDisplayLanguage('ja-JP')).toBe('en');
  expect(langFromDisplayLanguage(undefined)).toBeUndefined();
  const store = new Map<string, string>();
  const g = globalThis as unknown as { localStorage?: unknown };
  const saved = g.localStorage;
  g.localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
  try {
    expect(loadLang('en')).toBe('en'); // nothing saved: Office's language
    expect(loadLang()).toBe('zh'); // nothing saved, no Office: Chinese
    store.set('cs-performance.lang', 'zh');
    expect(loadLang('en')).toBe('zh'); // the manager chose Chinese
  } finally {
    g.localStorage = saved;
  }
});

test('the theme change event, where the host raises it, re-themes the pane; a host without it is left alone', () => {
  const seen: unknown[] = [];
  let handler: ((a: { officeTheme?: { isDarkTheme: boolean } }) => void) | null = null;
  const ctx = {
    officeTheme: { isDarkTheme: false },
    document: { addHandlerAsync: (_t: string, h: typeof handler) => void (handler = h) },
  };
  watchTheme(ctx, 'officeThemeChanged', (t) => seen.push(t));
  handler!({ officeTheme: { isDarkTheme: true } });
  expect(seen).toEqual([{ isDarkTheme: true }]);
  const throwing = {
    document: {
      addHandlerAsync: () => {
        throw new Error('not supported');
      },
    },
  };
  expect(() => watchTheme(throwing, 'officeThemeChanged', () => undefined)).not.toThrow();
  expect(() => watchTheme({}, undefined, () => undefined)).not.toThrow();
});

/**
 * What the pane takes from its Office host before the manager chooses
 * anything: the theme (Office.context.officeTheme: isDarkTheme is true for
 * the Black and Dark Gray themes; bodyBackgroundColor is the pane's
 * background) and the display language (Office.context.displayLanguage, an
 * RFC 1766 tag such as "zh-CN" or "en-US"). Outside Office every value is
 * missing and the defaults hold: light theme, Chinese.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export interface HostTheme {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (WCAG), or null for anything else. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? '');
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark Office themes get Fluent's dark theme; a host that only gives colours is judged by its background. */
export function isDark(theme: HostTheme | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const l = luminance(theme.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

export function fluentThemeFor(theme: HostTheme | null | undefined): Theme {
  return isDark(theme) ? webDarkTheme : webLightTheme;
}

// Beside the saved choice, so the custom functions read the language without the pane's theme code.
export { langFromDisplayLanguage } from './lang-preference';

/** The parts of Office.context the pane reads (all optional: hosts and tests differ). */
export interface OfficeContextLike {
  officeTheme?: HostTheme;
  displayLanguage?: string;
  diagnostics?: { version?: string; platform?: string };
  document?: {
    addHandlerAsync?: (
      type: string,
      handler: (args: { officeTheme?: HostTheme }) => void,
      callback?: (r: unknown) => void,
    ) => void;
  };
}

/**
 * Calls `onChange` when the host raises OfficeThemeChanged. The event is
 * documented for Outlook (Mailbox 1.14); where Excel does not raise it the
 * registration fails quietly and the theme read at start stays.
 */
export function watchTheme(
  ctx: OfficeContextLike | undefined,
  eventType: string | undefined,
  onChange: (theme: HostTheme) => void,
): void {
  const add = ctx?.document?.addHandlerAsync;
  if (!add || !eventType) return;
  try {
    add.call(
      ctx.document,
      eventType,
      (args) => onChange(args.officeTheme ?? ctx.officeTheme ?? {}),
      () => undefined,
    );
  } catch {
    // not supported by this host
  }
}

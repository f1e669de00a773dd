/** Chromium for the pane tests and the long-task bench: headless, offline, a page as wide as Excel's task pane. */
import { chromium, type Browser, type Page } from 'playwright-core';

/** `executablePath`: test/support/tools.ts's CHROMIUM (not imported here: it needs jest's globals, the bench has none). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A page about the width of Excel's task pane; its errors go to `pageErrors`; office.js is answered by a stub. */
export async function newPanePage(browser: Browser, pageErrors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // office.js is replaced by the injected fakes (and the machine may be offline).
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/javascript',
      body: '/* office.js: replaced by the fake host */',
    }),
  );
  return page;
}

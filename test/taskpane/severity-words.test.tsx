/** @jest-environment jsdom */
// One label set: the pane's issue list names each severity with the same word the Issues sheet writes
// (they once read 严重/Note in the pane and 无法生成/Info in the sheet).
import './dom-polyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { Issue, Lang, PayrollResult, Severity } from '../../src/engine';
import { issuesSheet } from '../../src/engine/output/issues-sheet';
import { ValidationReport } from '../../src/taskpane/components/ValidationReport';
import { LangProvider } from '../../src/taskpane/lang-context';

const PERIOD = '2026-10';
const issue = (severity: Severity, row: number, zh: string, en: string): Issue => ({
  severity,
  code: `test-${severity}`,
  sheet: '订单',
  row,
  column: '实付金额',
  cell: `E${row}`,
  value: 'x',
  message: { zh, en },
  action: { zh: '已跳过该行', en: 'row skipped' },
});
const ISSUES = [
  issue('error', 2, '第一条错误', 'the error'),
  issue('warning', 3, '一条警告', 'the warning'),
  issue('info', 4, '一条提示', 'the note'),
];

/** The Issues sheet's Severity cell of each issue, by its message. */
function sheetWords(lang: Lang): Map<string, string> {
  const sheet = issuesSheet({ period: PERIOD, issues: ISSUES } as unknown as PayrollResult, lang);
  const sev = sheet.columns.findIndex((c) => c.key === 'severity');
  const msg = sheet.columns.findIndex((c) => c.key === 'message');
  return new Map(sheet.rows.map((row) => [String(row[msg]), String(row[sev])]));
}

/** The badge the pane shows beside each issue, by its message. */
function paneWords(lang: Lang): Map<string, string> {
  const { container, unmount } = render(
    <LangProvider initialLang={lang}>
      <FluentProvider theme={webLightTheme}>
        <ValidationReport period={PERIOD} issues={ISSUES} fatal={[]} onSelectCell={() => {}} />
      </FluentProvider>
    </LangProvider>,
  );
  const out = new Map<string, string>();
  for (const li of container.querySelectorAll('li')) {
    const badge = li.querySelector('.fui-Badge')!.textContent!;
    const found = ISSUES.find((i) => li.textContent!.includes(i.message[lang]))!;
    out.set(found.message[lang], badge);
  }
  unmount();
  return out;
}

test.each(['zh', 'en'] as Lang[])(
  '%s: the pane shows each issue with the severity word of its Issues sheet row',
  (lang) => {
    const sheet = sheetWords(lang);
    const pane = paneWords(lang);
    expect(pane.size).toBe(3);
    expect(pane).toEqual(sheet);
  },
);

test('the words: 错误/警告/提示 and Error/Warning/Info, in the sheet and the pane alike', () => {
  const expected = {
    zh: new Map([
      ['第一条错误', '错误'],
      ['一条警告', '警告'],
      ['一条提示', '提示'],
    ]),
    en: new Map([
      ['the error', 'Error'],
      ['the warning', 'Warning'],
      ['the note', 'Info'],
    ]),
  };
  for (const lang of ['zh', 'en'] as Lang[]) {
    expect(paneWords(lang)).toEqual(expected[lang]);
    expect(sheetWords(lang)).toEqual(expected[lang]);
  }
});

/** @jest-environment jsdom */
// The pane's change list says of a changed input sheet what the Audit sheet's change list says: its data rows
// before → after, or that they are as many, and once why the changed cell cannot be named. It said only 已改动.
// Every expected text below is written out by hand from the catalog's words.
import './dom-polyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { Lang, PayRunChanges } from '../../src/engine';
import { ChangeListDialog } from '../../src/taskpane/components/ChangeListDialog';
import { LangProvider } from '../../src/taskpane/lang-context';

const CHANGES: PayRunChanges = {
  period: '2026-10',
  earlierGeneratedAt: '2026-11-02 09:30',
  agents: [],
  inputs: [
    { sheet: '订单', change: 'changed', before: 'aa', after: 'bb', rows: [120, 121] },
    { sheet: '花名册', change: 'changed', before: 'cc', after: 'dd', rows: [4, 4] },
    // An earlier audit without the rows note: nothing is said of rows.
    { sheet: '聊天统计', change: 'changed', before: 'ee', after: 'ff', rows: [null, 30] },
    { sheet: '奖惩', change: 'added', before: null, after: 'gg', rows: [null, 1] },
  ],
  plan: [],
};

function inputLines(lang: Lang, changes: PayRunChanges, listName: string): string[] {
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initialLang={lang}>
        <ChangeListDialog period="2026-10" changes={changes} onAccept={() => {}} onDismiss={() => {}} />
      </LangProvider>
    </FluentProvider>,
  );
  const list = screen.getByRole('list', { name: listName, hidden: true });
  return within(list)
    .getAllByRole('listitem', { hidden: true })
    .map((li) => li.textContent ?? '');
}

test('zh: rows before → after, as many rows, unknown rows, an added sheet; the note once', () => {
  expect(inputLines('zh', CHANGES, '改动过的输入表')).toEqual([
    '订单：已改动：数据 120 → 121 行',
    '花名册：已改动：数据行数未变（4 行），是单元格的值变了',
    '聊天统计：已改动',
    '奖惩：新增',
  ]);
  expect(
    screen.getAllByText(
      '审计表只保存每张输入表的校验值，不保存单元格，所以说不出改的是哪个单元格：请与上次生成（2026-11-02 09:30）时所用的表对照',
    ),
  ).toHaveLength(1);
});

test('en: the same details in English', () => {
  expect(inputLines('en', CHANGES, 'Input sheets changed')).toEqual([
    '订单：changed: 120 → 121 data rows',
    '花名册：changed: as many data rows as before (4): cell values differ',
    '聊天统计：changed',
    '奖惩：added',
  ]);
  expect(
    screen.getByText(
      'the Audit sheet keeps a checksum of each input sheet, not its cells, so the changed cell cannot be named: compare with the sheet as it was when the earlier run was generated (2026-11-02 09:30)',
    ),
  ).toBeTruthy();
});

test('no changed sheet (only one added): no note about cells', () => {
  const added = { ...CHANGES, inputs: CHANGES.inputs.slice(3) };
  expect(inputLines('zh', added, '改动过的输入表')).toEqual(['奖惩：新增']);
  expect(screen.queryByText(/审计表只保存每张输入表的校验值/)).toBeNull();
});

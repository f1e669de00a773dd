/** @jest-environment jsdom */
import './dom-polyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { CONVERSION } from '../../src/functions/functions';
import { Diagnostics } from '../../src/taskpane/components/Diagnostics';
import { LangProvider } from '../../src/taskpane/lang-context';
import type { Lang } from '../../src/engine/model';
import type { WorkbookPort } from '../../src/excel/workbook-port';
import { FakeExcel } from '../excel-fake';
import { MemoryPort } from './memory-port';

function fake(): FakeExcel {
  const f = FakeExcel.fromWorkbookData({ sheets: [{ name: '花名册', rows: [['工号'], ['KF01']] }] });
  f.model.customFunctions = { 'CS.CONVERSION': (a, b) => CONVERSION([[a]], [[b]]) };
  return f;
}

function show(port: WorkbookPort, lang: Lang = 'zh') {
  return render(
    <LangProvider initialLang={lang}>
      <FluentProvider theme={webLightTheme}>
        <Diagnostics port={port} />
      </FluentProvider>
    </LangProvider>,
  );
}

test('诊断: runs the self-check in the (fake) workbook and shows every item passing, with copyable text', async () => {
  const excel = fake();
  show(new OfficeWorkbook(excel.run, {}, { version: '16.0.18000.20000', platform: 'OfficeOnline' }));
  fireEvent.click(screen.getByRole('button', { name: '诊断' }));
  fireEvent.click(await screen.findByRole('button', { name: '运行自检' }));
  expect(await screen.findByText('全部 14 项通过。', {}, { timeout: 20_000 })).toBeTruthy();
  expect(screen.getByTestId('check-customFunction').textContent).toBe('CS.* 函数可以计算');
  const box = screen.getByRole('textbox') as HTMLTextAreaElement;
  expect(box.value.split('\n')[0]).toBe('CS Performance self-check · Office 16.0.18000.20000 · OfficeOnline');
  expect(box.value).toContain('PASS  以 = 或 + 开头的文字保持为文字 (inertText)');
  expect(excel.sheetNames()).toEqual(['花名册']);
}, 30_000);

test('Diagnostics in English names the failing item and warns about a 1904 workbook', async () => {
  const excel = fake();
  excel.model.date1904 = true;
  excel.model.customFunctions = {};
  show(new OfficeWorkbook(excel.run), 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Diagnostics' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Run self-check' }));
  expect(
    await screen.findByText('1 of 14 checks failed: please send the result below to support.', {}, { timeout: 20_000 }),
  ).toBeTruthy();
  expect(screen.getByText(/uses the 1904 date system/)).toBeTruthy();
  await waitFor(() =>
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain(
      'FAIL  A CS.* function calculates (customFunction)',
    ),
  );
}, 30_000);

test('a workbook port without a self-check (outside Excel) shows no Diagnostics panel', () => {
  show(new MemoryPort());
  expect(screen.queryByRole('button', { name: '诊断' })).toBeNull();
});

/** @jest-environment jsdom */
import './dom-polyfills';
import { act, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { InNextTask } from '../../src/taskpane/components/InNextTask';
import { ResultSummary } from '../../src/taskpane/components/ResultSummary';
import { LangProvider } from '../../src/taskpane/lang-context';
import { runPayroll } from '../../src/engine/run';
import { workbook } from '../engine/fixture';
import { smallShop } from '../periods/small-shop';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('the children are not in the first commit, and are there once the next task has run', () => {
  render(
    <div>
      <p>results</p>
      <InNextTask>
        <p>charts</p>
      </InNextTask>
    </div>,
  );
  expect(screen.getByText('results')).toBeTruthy();
  expect(screen.queryByText('charts')).toBeNull();
  act(() => jest.runOnlyPendingTimers());
  expect(screen.getByText('charts')).toBeTruthy();
});

test('unmounted before its task ran: nothing is set on it afterwards (the timer is cleared)', () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
  const { unmount } = render(
    <InNextTask>
      <p>charts</p>
    </InNextTask>,
  );
  unmount();
  expect(jest.getTimerCount()).toBe(0);
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});

test("the results' summary shows its figures and the shop trend one task after its numbers", () => {
  const result = runPayroll(workbook(...smallShop()), { period: '2026-10' });
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initialLang="zh">
        <ResultSummary result={result} scorecardSheet={undefined} onOpenSheet={() => {}} onDownloadCsv={() => {}} />
      </LangProvider>
    </FluentProvider>,
  );
  expect(screen.queryByRole('figure', { name: '店铺趋势' })).toBeNull();
  act(() => jest.runOnlyPendingTimers());
  expect(screen.getByRole('figure', { name: '店铺趋势' })).toBeTruthy();
});

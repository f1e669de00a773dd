/** @jest-environment jsdom */
import '../taskpane/dom-polyfills';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TrendCharts } from '../../src/taskpane/components/TrendCharts';
import { LangProvider } from '../../src/taskpane/lang-context';
import { runPayroll } from '../../src/engine/run';
import type { Cell } from '../../src/engine/cell';
import { sheet, workbook } from '../engine/fixture';
import { smallShop } from './small-shop';

function earlier(period: string, shopSales: number, conversion: number) {
  const rows: Cell[][] = [
    ['工号', '等级', '总分'],
    ['KF01', '银牌', 91],
  ];
  rows.push(
    [],
    ['店铺趋势'],
    ['期间', '店铺销售额', '静默销售占比', '询单转化率'],
    [period, shopSales, 0.05, conversion],
  );
  return sheet(`绩效 ${period}`, rows);
}

// The real engine on a small shop with two earlier months: presales 甲 and 乙, aftersales 丙.
const result = runPayroll(workbook(...smallShop(), earlier('2026-08', 5000, 0.3), earlier('2026-09', 6000, 0.35)), {
  period: '2026-10',
});

function renderCharts(lang: 'zh' | 'en' = 'zh') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initialLang={lang}>
        <TrendCharts result={result} />
      </LangProvider>
    </FluentProvider>,
  );
}

test('the shop trend draws one bar per period and the conversion line', () => {
  renderCharts();
  const shop = screen.getByRole('figure', { name: '店铺趋势' });
  const svg = shop.querySelector('svg');
  expect(svg).not.toBeNull();
  // Aug, Sep, Oct: one bar each, labelled with the period, the sales and the conversion line's point.
  // October: 1,000 + 3,000 yuan; (20 + 60) / 200 inquiries = 40 %.
  const bars = [...shop.querySelectorAll('rect[role="option"]')].map((r) => r.getAttribute('aria-label'));
  expect(bars).toEqual([
    '2026-08. 销售额（元）, 5000. 询单转化率 (%), 30.',
    '2026-09. 销售额（元）, 6000. 询单转化率 (%), 35.',
    '2026-10. 销售额（元）, 4000. 询单转化率 (%), 40.',
  ]);
  expect(within(shop).getAllByText('询单转化率 (%)').length).toBeGreaterThan(0);
  expect(screen.queryByText(/趋势从下一期开始/)).toBeNull();
});

test("the selected role's scores: presales first, aftersales after choosing it", () => {
  renderCharts();
  const presales = screen.getByRole('figure', { name: '售前总分' });
  expect(within(presales).getAllByText('甲').length).toBeGreaterThan(0);
  expect(within(presales).getAllByText('乙').length).toBeGreaterThan(0);
  expect(within(presales).queryByText('丙')).toBeNull();

  fireEvent.click(screen.getByRole('combobox'));
  fireEvent.click(screen.getByRole('option', { name: '售后' }));
  const after = screen.getByRole('figure', { name: '售后总分' });
  expect(within(after).getAllByText('丙').length).toBeGreaterThan(0);
});

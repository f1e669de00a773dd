/**
 * Native charts on an output sheet, queued with its other finishing touches
 * (so they are written in the same atomic swap): one series per spec series,
 * its values and categories set explicitly, a ratio as a line on the
 * secondary axis. ExcelApi 1.7 (series.add, setValues, setXAxisValues,
 * chartType) and 1.8 (axisGroup); the manifest asks for 1.9.
 */
import type { AbsoluteBlock, ChartPlan } from './chart-plan';

const TYPE: Record<ChartPlan['type'], Excel.ChartType> = {
  barClustered: 'BarClustered' as Excel.ChartType,
  columnClustered: 'ColumnClustered' as Excel.ChartType,
};

export function queueCharts(ws: Excel.Worksheet, charts: ChartPlan[]): void {
  const cells = (b: AbsoluteBlock) => ws.getRangeByIndexes(b.row, b.column, b.rows, 1);
  for (const c of charts) {
    const [first, ...rest] = c.series;
    const chart = ws.charts.add(TYPE[c.type], cells(first.values), 'Columns' as Excel.ChartSeriesBy);
    chart.name = c.name;
    chart.title.text = c.title;
    chart.setPosition(ws.getCell(c.from.row, c.from.column), ws.getCell(c.to.row, c.to.column));
    const s0 = chart.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(cells(first.categories));
    for (const s of rest) {
      const series = chart.series.add(s.name);
      series.setValues(cells(s.values));
      series.setXAxisValues(cells(s.categories));
      if (s.lineOnSecondaryAxis) {
        series.chartType = 'Line' as Excel.ChartType;
        series.axisGroup = 'Secondary' as Excel.ChartAxisGroup;
      }
    }
  }
}

/**
 * A SheetSpec's charts with every series as an absolute block of cells, and
 * where each chart sits: side by side below everything else on the sheet.
 */
import type { CellBlock, ChartSpec, SheetSpec } from '../engine';

/** 0-based sheet row and column, `rows` tall, one column wide. */
export interface AbsoluteBlock {
  row: number;
  column: number;
  rows: number;
}

export interface ChartPlan {
  name: string;
  title: string;
  type: ChartSpec['type'];
  series: { name: string; values: AbsoluteBlock; categories: AbsoluteBlock; lineOnSecondaryAxis: boolean }[];
  /** Top-left and bottom-right cells the chart covers (0-based). */
  from: { row: number; column: number };
  to: { row: number; column: number };
}

export const CHART_COLUMNS = 8;
export const CHART_ROWS = 16;

/** `afterStart`: sheet row of the `after` block's first row; `usedRows`: rows the sheet's values take. */
export function planCharts(spec: SheetSpec, afterStart: number, usedRows: number): ChartPlan[] {
  const top = usedRows + 1;
  const abs = (b: CellBlock): AbsoluteBlock => ({
    row: (b.area === 'data' ? 1 : afterStart) + b.firstRow,
    column: b.column,
    rows: b.rows,
  });
  return (spec.charts ?? [])
    .filter(
      (c) =>
        c.series.length > 0 &&
        c.series.every((s) => s.values.rows > 0 && s.values.column >= 0 && s.categories.column >= 0),
    )
    .map((c, i) => ({
      name: c.name,
      title: c.title,
      type: c.type,
      series: c.series.map((s) => ({
        name: s.name,
        values: abs(s.values),
        categories: abs(s.categories),
        lineOnSecondaryAxis: !!s.lineOnSecondaryAxis,
      })),
      from: { row: top, column: i * CHART_COLUMNS },
      to: { row: top + CHART_ROWS - 1, column: (i + 1) * CHART_COLUMNS - 1 },
    }));
}

/**
 * Charts on a worksheet, as documented for Office.js:
 * - `worksheet.charts.add(type, sourceData, seriesBy)` creates a chart from a
 *   range; with seriesBy "Columns" (or "Auto" on a single column) each column
 *   of the source is one series (ExcelApi 1.1,
 *   https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)).
 *   The fake does not guess header rows or category columns: the adapter
 *   passes the values alone and sets categories with setXAxisValues.
 * - `chart.series.add(name)`, `series.setValues(range)`, `series.setXAxisValues(range)`,
 *   `series.chartType` (ExcelApi 1.7), `series.axisGroup` (ExcelApi 1.8)
 *   (https://learn.microsoft.com/javascript/api/excel/excel.chartseries).
 * - `chart.name`, `chart.title.text`, `chart.setPosition(startCell, endCell)`
 *   (https://learn.microsoft.com/javascript/api/excel/excel.chart).
 * - A chart belongs to its sheet: deleting the sheet deletes it; its series
 *   keep pointing at their cells when the sheet is renamed (the fake stores
 *   sheet id and cells, not the address text). Adding one to a protected
 *   sheet fails with AccessDenied.
 */
import { parseAddress, qualifiedAddress, Rect } from './address';
import { FakeClientObject } from './client-object';
import { FakeCollection } from './collection';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import type { ChartModel, ChartSeriesModel, SheetModel } from './model';
import { jsonBytes } from './payload';
import { FakeRange } from './range-proxies';

const CHART_TYPES = new Set([
  'BarClustered',
  'ColumnClustered',
  'Line',
  'Pie',
  'BarStacked',
  'ColumnStacked',
  'LineMarkers',
  'XYScatter',
  'Area',
]);

type CellsRef = { sheetId: string; rect: Rect };

function cellsOf(range: FakeRange): CellsRef {
  const t = range.resolve();
  return { sheetId: t.sheet.id, rect: t.rect };
}

export class FakeChartCollection extends FakeCollection<FakeChart, ChartModel> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }

  add(type: string, sourceData: FakeRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): FakeChart {
    this.context.api('ChartCollection.add');
    return new FakeChart(this.context, this.sheet, () => {
      const s = this.sheet();
      s.assertEditable('adding a chart');
      if (!CHART_TYPES.has(type))
        throw new FakeOfficeError('InvalidArgument', `The argument is invalid (chart type '${type}').`);
      const src = cellsOf(sourceData);
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && src.rect.rows < src.rect.cols);
      const n = byRows ? src.rect.rows : src.rect.cols;
      const series: ChartSeriesModel[] = Array.from({ length: n }, (_, i) => ({
        name: `Series${i + 1}`,
        values: {
          sheetId: src.sheetId,
          rect: byRows ? { ...src.rect, r0: src.rect.r0 + i, rows: 1 } : { ...src.rect, c0: src.rect.c0 + i, cols: 1 },
        },
        xValues: null,
        chartType: type,
        axisGroup: 'Primary',
      }));
      const chart: ChartModel = {
        id: `{FAKE-CHART-${s.charts.length + 1}-${Date.now() % 100000}}`,
        name: `Chart ${s.charts.length + 1}`,
        type,
        title: '',
        series,
        position: null,
      };
      s.charts.push(chart);
      return chart;
    });
  }

  getItem(name: string): FakeChart {
    this.context.api('ChartCollection.getItem');
    return new FakeChart(
      this.context,
      this.sheet,
      () => {
        const c = this.sheet().charts.find((x) => x.name === name);
        if (!c) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (chart '${name}').`);
        return c;
      },
      'getChart',
    );
  }

  protected override currentModels(): ChartModel[] {
    return this.sheet().charts.slice();
  }
  protected override proxyFor(model: ChartModel): FakeChart {
    return new FakeChart(this.context, this.sheet, model);
  }
}

export class FakeChart extends FakeClientObject {
  private chart: ChartModel | undefined;
  readonly title: { text: string };
  private readonly seriesCollection: FakeChartSeriesCollection;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
    bind: (() => ChartModel) | ChartModel,
    kind = 'addChart',
  ) {
    super(context);
    if (typeof bind === 'function') {
      this.queue(kind, 48, () => {
        this.chart = bind();
        this.setNull(false);
      });
    } else {
      this.chart = bind;
      this.markNotNull();
    }
    const edit = (what: string, bytes: number, fn: (c: ChartModel) => void) =>
      this.queue(what, bytes, () => fn(this.model()));
    const api = (m: string) => context.api(m);
    this.title = {
      set text(v: string) {
        api('Chart.title');
        api('ChartTitle.text');
        edit('chartTitle', jsonBytes(v), (c) => (c.title = v));
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake');
      },
    };
    this.seriesCollection = new FakeChartSeriesCollection(context, () => this.model());
  }

  get series(): FakeChartSeriesCollection {
    this.context.api('Chart.series');
    return this.seriesCollection;
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(v: string) {
    this.context.api('Chart.name');
    this.queue('chartName', jsonBytes(v), () => (this.model().name = v));
  }

  /** `chart.delete()` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-delete-member(1)). */
  delete(): void {
    this.context.api('Chart.delete');
    this.queue('deleteChart', 16, () => {
      const s = this.sheet();
      s.assertEditable('deleting a chart');
      const c = this.model();
      s.charts.splice(s.charts.indexOf(c), 1);
    });
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.context.api('Chart.setPosition');
    this.queue('chartPosition', 32, () => {
      const rectOf = (x: FakeRange | string) => (typeof x === 'string' ? parseAddress(x) : cellsOf(x).rect);
      const from = rectOf(startCell);
      this.model().position = { from, to: endCell === undefined ? from : rectOf(endCell) };
    });
  }

  model(): ChartModel {
    if (!this.chart)
      throw new FakeOfficeError('InvalidOperation', 'The chart was used before the request that creates it ran.');
    if (!this.sheet().charts.includes(this.chart))
      throw new FakeOfficeError('ItemNotFound', 'The chart no longer exists.');
    return this.chart;
  }

  protected override readProperty(name: string): unknown {
    const c = this.model();
    if (name === 'name') return c.name;
    if (name === 'id') return c.id;
    throw new FakeOfficeError('InvalidArgument', `The fake chart has no property '${name}'.`);
  }
  protected override defaultProperties(): string[] {
    return ['name', 'id'];
  }
  protected override isTargetNull(): boolean {
    return false;
  }
  protected override sheetNameForFaults(): string | undefined {
    return undefined;
  }
}

export class FakeChartSeriesCollection extends FakeCollection<FakeChartSeries, ChartSeriesModel> {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => ChartModel,
  ) {
    super(context);
  }

  getItemAt(index: number): FakeChartSeries {
    this.context.api('ChartSeriesCollection.getItemAt');
    return new FakeChartSeries(this.context, () => {
      const s = this.chart().series[index];
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (series ${index}).`);
      return s;
    });
  }

  add(name?: string, index?: number): FakeChartSeries {
    this.context.api('ChartSeriesCollection.add');
    return new FakeChartSeries(this.context, () => {
      const c = this.chart();
      const s: ChartSeriesModel = {
        name: name ?? `Series${c.series.length + 1}`,
        values: null,
        xValues: null,
        chartType: c.type,
        axisGroup: 'Primary',
      };
      c.series.splice(index ?? c.series.length, 0, s);
      return s;
    });
  }

  protected override currentModels(): ChartSeriesModel[] {
    return this.chart().series.slice();
  }
  protected override proxyFor(model: ChartSeriesModel): FakeChartSeries {
    return new FakeChartSeries(this.context, model);
  }
}

export class FakeChartSeries extends FakeClientObject {
  private series: ChartSeriesModel | undefined;

  constructor(context: FakeRequestContext, bind: (() => ChartSeriesModel) | ChartSeriesModel) {
    super(context);
    if (typeof bind === 'function') {
      this.queue('getSeries', 24, () => {
        this.series = bind();
        this.setNull(false);
      });
    } else {
      this.series = bind;
      this.markNotNull();
    }
  }

  private edit(kind: string, bytes: number, fn: (s: ChartSeriesModel) => void): void {
    this.queue(kind, bytes, () => {
      if (!this.series)
        throw new FakeOfficeError('InvalidOperation', 'The series was used before the request that finds it ran.');
      fn(this.series);
    });
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(v: string) {
    this.context.api('ChartSeries.name');
    this.edit('seriesName', jsonBytes(v), (s) => (s.name = v));
  }
  set chartType(v: string) {
    this.context.api('ChartSeries.chartType');
    if (!CHART_TYPES.has(v))
      throw new FakeOfficeError('InvalidArgument', `The argument is invalid (chart type '${v}').`);
    this.edit('seriesChartType', jsonBytes(v), (s) => (s.chartType = v));
  }
  set axisGroup(v: 'Primary' | 'Secondary') {
    this.context.api('ChartSeries.axisGroup');
    if (v !== 'Primary' && v !== 'Secondary')
      throw new FakeOfficeError('InvalidArgument', `The argument is invalid (axis group '${String(v)}').`);
    this.edit('seriesAxisGroup', jsonBytes(v), (s) => (s.axisGroup = v));
  }

  setValues(source: FakeRange): void {
    this.context.api('ChartSeries.setValues');
    this.edit('seriesValues', 32, (s) => (s.values = cellsOf(source)));
  }
  setXAxisValues(source: FakeRange): void {
    this.context.api('ChartSeries.setXAxisValues');
    this.edit('seriesXValues', 32, (s) => (s.xValues = cellsOf(source)));
  }

  protected override readProperty(name: string): unknown {
    if (!this.series)
      throw new FakeOfficeError('InvalidOperation', 'The series was used before the request that finds it ran.');
    if (name === 'name') return this.series.name;
    if (name === 'chartType') return this.series.chartType;
    if (name === 'axisGroup') return this.series.axisGroup;
    throw new FakeOfficeError('InvalidArgument', `The fake series has no property '${name}'.`);
  }
  protected override defaultProperties(): string[] {
    return ['name', 'chartType', 'axisGroup'];
  }
  protected override isTargetNull(): boolean {
    return false;
  }
  protected override sheetNameForFaults(): string | undefined {
    return undefined;
  }
}

/** A test's view of a series' cells: "'Sheet'!A2:A9", with the sheet's current name. */
export function seriesAddress(sheets: SheetModel[], ref: CellsRef | null): string | null {
  if (!ref) return null;
  const s = sheets.find((x) => x.id === ref.sheetId);
  return s ? qualifiedAddress(s.name, ref.rect) : null;
}

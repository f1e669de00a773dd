/** Workbook, application, worksheet collection and worksheet proxies. */
import { MAX_COLS, MAX_ROWS, Rect, parseAddress } from './address';
import { FakeClientObject } from './client-object';
import { FakeCollection } from './collection';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import { SheetModel } from './model';
import { OP_OVERHEAD_BYTES, jsonBytes } from './payload';
import { FakeRange, RangeTarget } from './range-proxies';
import { FakeTableCollection } from './table-proxies';
import { DAYS_1900_TO_1904, serialFromDate } from './dates';
import { FakeChartCollection } from './chart-proxies';
import { FakeClientResult, InsertWorksheetOptions, insertSourceSheets, readSourceWorkbook } from './insert-workbook';
import { FakeSettingCollection } from './setting-proxies';

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.api('Application.suspendApiCalculationUntilNextSync');
    this.context.calculationSuspended = true;
    this.context.enqueue({ kind: 'suspendCalculation', bytes: 48, apply: () => undefined });
  }
}

/** workbook.functions: the DATE worksheet function, evaluated without a cell (its year is read in the workbook's date system). */
export class FakeFunctions {
  constructor(private readonly context: FakeRequestContext) {}

  date(year: number, month: number, day: number): { value: number; load(p?: string): unknown } {
    this.context.api('Functions.date');
    const result = { value: NaN, load: () => result };
    let computed = NaN;
    this.context.enqueue({
      kind: 'function',
      bytes: 64,
      apply: () => {
        const serial = serialFromDate(year, month, day, false);
        computed = serial === undefined ? NaN : this.context.model.date1904 ? serial - DAYS_1900_TO_1904 : serial;
        this.context.respond(16, () => (result.value = computed));
      },
    });
    return result;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly functions: FakeFunctions;
  private readonly settingCollection: FakeSettingCollection;

  constructor(readonly context: FakeRequestContext) {
    this.settingCollection = new FakeSettingCollection(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.functions = new FakeFunctions(context);
  }

  /** The sheets of an .xlsx (base64) inserted into this workbook; the file crosses the wire, so it counts in the request. */
  insertWorksheetsFromBase64(base64File: string, options: InsertWorksheetOptions = {}): FakeClientResult<string[]> {
    this.context.api('Workbook.insertWorksheetsFromBase64');
    const result = new FakeClientResult<string[]>();
    const source = readSourceWorkbook(base64File);
    let parsed: Awaited<typeof source> = null;
    this.context.enqueue({
      kind: 'insertWorksheets',
      bytes:
        OP_OVERHEAD_BYTES +
        jsonBytes(base64File) +
        jsonBytes({ ...options, relativeTo: typeof options.relativeTo === 'string' ? options.relativeTo : undefined }),
      ready: source.then((s) => (parsed = s)),
      apply: () => {
        const ids = insertSourceSheets(this.context.model, parsed, options);
        this.context.respond(jsonBytes(ids), () => result.set(ids));
      },
    });
    return result;
  }

  get settings(): FakeSettingCollection {
    this.context.api('Workbook.settings');
    return this.settingCollection;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, SheetModel> {
  /** By name (case-insensitive) or by id, like Office.js. */
  getItem(key: string): FakeWorksheet {
    this.context.api('WorksheetCollection.getItem');
    return new FakeWorksheet(this.context, () => {
      const s = this.context.model.findSheet(key);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (worksheet '${key}').`);
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.api('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(key) ?? null);
  }

  add(name?: string): FakeWorksheet {
    this.context.api('WorksheetCollection.add');
    return new FakeWorksheet(this.context, () => this.context.model.addSheet(name), 'addSheet', jsonBytes(name ?? ''));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const id = this.context.model.activeSheetId;
      return this.context.model.sheetById(id ?? '');
    });
  }

  protected override currentModels(): SheetModel[] {
    return this.context.model.sheets.slice();
  }

  protected override proxyFor(model: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, model);
  }
}

export class FakeWorksheet extends FakeClientObject {
  private sheetId: string | null | undefined;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  readonly autoFilter: {
    apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void;
    remove(): void;
  };
  readonly tables: FakeTableCollection;
  readonly pageLayout: FakePageLayout;
  private readonly chartCollection: FakeChartCollection;

  constructor(
    context: FakeRequestContext,
    bind: (() => SheetModel | null) | SheetModel,
    kind = 'getWorksheet',
    bytes = 24,
  ) {
    super(context);
    if (bind instanceof SheetModel) {
      this.sheetId = bind.id;
      this.markNotNull();
    } else {
      this.queue(kind, bytes, () => {
        const s = bind();
        this.sheetId = s ? s.id : null;
        this.setNull(s === null);
      });
    }
    this.protection = new FakeWorksheetProtection(this);
    this.tables = new FakeTableCollection(context, () => this.model());
    this.pageLayout = new FakePageLayout(this);
    this.chartCollection = new FakeChartCollection(context, () => this.model());
    this.freezePanes = {
      freezeRows: (count = 1) => this.use('Worksheet.freezePanes').edit('freeze', 8, (s) => (s.frozenRows = count)),
      unfreeze: () => this.edit('freeze', 0, (s) => (s.frozenRows = 0)),
    };
    this.autoFilter = {
      apply: (range) =>
        this.use('Worksheet.autoFilter').edit('autoFilter', 32, (s) => {
          const rect = typeof range === 'string' ? parseAddress(range) : range.resolve().rect;
          s.assertEditable('auto filter');
          const table = this.context.model.tablesOf(s).find((t) => overlapsRect(t.rect, rect));
          if (table)
            throw new FakeOfficeError('InvalidOperation', 'A sheet AutoFilter cannot be applied over a table.');
          s.autoFilter = rect;
        }),
      remove: () => this.edit('autoFilter', 0, (s) => (s.autoFilter = null)),
    };
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(v: string) {
    this.use('Worksheet.name').edit('renameSheet', jsonBytes(v), (s) => this.context.model.renameSheet(s, v));
  }
  get id(): string {
    return this.loaded('id');
  }
  get position(): number {
    return this.loaded('position');
  }
  set position(v: number) {
    this.use('Worksheet.position').edit('moveSheet', 8, (s) => {
      const sheets = this.context.model.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length)
        throw new FakeOfficeError('InvalidArgument', `Position ${v} is out of range.`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }
  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(v: string) {
    this.use('Worksheet.visibility').edit('visibility', v.length, (s) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
        throw new FakeOfficeError('InvalidArgument', `Bad visibility ${v}`);
      if (v !== 'Visible' && !this.context.model.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
    });
  }

  delete(): void {
    this.use('Worksheet.delete').edit('deleteSheet', 0, (s) => this.context.model.deleteSheet(s));
  }

  activate(): void {
    this.use('Worksheet.activate').edit('activate', 0, (s) => (this.context.model.activeSheetId = s.id));
  }

  getRange(address?: string): FakeRange {
    this.context.api('Worksheet.getRange');
    return this.range(() =>
      address === undefined ? { r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context.api('Worksheet.getRangeByIndexes');
    return this.range(() => ({ r0: startRow, c0: startColumn, rows: rowCount, cols: columnCount }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.range(() => ({ r0: row, c0: column, rows: 1, cols: 1 }));
  }

  /** Excel answers A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    this.context.api('Worksheet.getUsedRange');
    return this.range((s) => s.usedRect(valuesOnly) ?? { r0: 0, c0: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.api('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.context, () => {
      if (this.sheetId === null) return null;
      const s = this.model();
      const rect = s.usedRect(valuesOnly);
      return rect ? { sheet: s, rect } : null;
    });
  }

  /** The sheet this proxy is bound to (only valid while a batch runs). */
  model(): SheetModel {
    if (this.sheetId === undefined)
      throw new FakeOfficeError('InvalidOperation', 'The worksheet was used before the request that finds it ran.');
    if (this.sheetId === null) throw this.nullTargetError();
    return this.context.model.sheetById(this.sheetId);
  }

  get charts(): FakeChartCollection {
    this.context.api('Worksheet.charts');
    return this.chartCollection;
  }

  /** Record the member and return this, so a call reads `this.use(member).edit(…)`. */
  use(member: string): this {
    this.context.api(member);
    return this;
  }

  edit(kind: string, bytes: number, fn: (s: SheetModel) => void): void {
    this.queue(kind, bytes, () => fn(this.model()));
  }

  protected override readProperty(name: string): unknown {
    const s = this.model();
    switch (name) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this.context.model.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake worksheet has no property '${name}'.`);
    }
  }
  protected override defaultProperties(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected override isTargetNull(): boolean {
    return this.sheetId === null;
  }
  protected override sheetNameForFaults(): string | undefined {
    return this.context.model.sheets.find((s) => s.id === this.sheetId)?.name;
  }

  private range(rect: (s: SheetModel) => Rect): FakeRange {
    return new FakeRange(this.context, (): RangeTarget => {
      const sheet = this.model();
      return { sheet, rect: rect(sheet) };
    });
  }
}

function overlapsRect(a: Rect, b: Rect): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

export class FakeWorksheetProtection extends FakeClientObject {
  constructor(private readonly sheet: FakeWorksheet) {
    super(sheet.context);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.sheet.use('Worksheet.protection').edit('protect', jsonBytes(options ?? {}) + (password?.length ?? 0), (s) => {
      if (s.protection.protected) throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      s.protection = { protected: true, options: { ...(options ?? {}) } };
    });
  }

  unprotect(): void {
    this.sheet
      .use('Worksheet.protection')
      .edit('unprotect', 0, (s) => (s.protection = { protected: false, options: {} }));
  }

  protected override readProperty(name: string): unknown {
    if (name === 'protected') return this.sheet.model().protection.protected;
    if (name === 'options') return { ...this.sheet.model().protection.options };
    throw new FakeOfficeError('InvalidArgument', `The fake protection has no property '${name}'.`);
  }
  protected override defaultProperties(): string[] {
    return ['protected', 'options'];
  }
  protected override isTargetNull(): boolean {
    return false;
  }
  protected override sheetNameForFaults(): string | undefined {
    return undefined;
  }
}

/**
 * Page setup: orientation, zoom, centre header. Fit-to-pages follows the
 * sheet's pageSetup in the file format (ECMA-376 Part 1, 18.3.1.64
 * pageSetup): fitToWidth and fitToHeight both default to 1, and 0 means "as
 * many pages as needed". So setting only horizontalFitToPages = 1 leaves the
 * height at 1 page: the whole sheet squeezed onto one page. The typings add
 * that a fit value "can be null if percentage scale is used".
 */
export class FakePageLayout extends FakeClientObject {
  readonly headersFooters: { defaultForAllPages: { centerHeader: string } };

  constructor(private readonly sheet: FakeWorksheet) {
    super(sheet.context);
    this.headersFooters = {
      defaultForAllPages: {
        set centerHeader(v: string) {
          sheet.use('Worksheet.pageLayout').edit('pageLayout', jsonBytes(v), (s) => (s.pageLayout.centerHeader = v));
        },
        get centerHeader(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake');
        },
      },
    };
  }

  set orientation(v: 'Portrait' | 'Landscape') {
    if (v !== 'Portrait' && v !== 'Landscape')
      throw new FakeOfficeError('InvalidArgument', `Bad orientation ${String(v)}`);
    this.sheet.use('Worksheet.pageLayout').edit('pageLayout', v.length, (s) => (s.pageLayout.orientation = v));
  }
  get orientation(): 'Portrait' | 'Landscape' {
    return this.loaded('orientation');
  }

  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.sheet.use('Worksheet.pageLayout').edit('pageLayout', jsonBytes(v), (s) => {
      const fits = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      const height = this.context.excel.ignoresFitHeight ? undefined : v.verticalFitToPages;
      if (fits)
        s.pageLayout.zoom = { horizontalFitToPages: v.horizontalFitToPages ?? 1, verticalFitToPages: height ?? 1 };
      else s.pageLayout.zoom = { scale: v.scale };
    });
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    return this.loaded('zoom');
  }

  protected override readProperty(name: string): unknown {
    const layout = this.sheet.model().pageLayout;
    if (name === 'zoom') {
      const z = layout.zoom;
      return z && z.scale === undefined
        ? { horizontalFitToPages: z.horizontalFitToPages, verticalFitToPages: z.verticalFitToPages, scale: null }
        : { scale: z?.scale ?? 100 };
    }
    if (name === 'orientation') return layout.orientation;
    throw new FakeOfficeError('InvalidArgument', `The fake page layout has no property '${name}'.`);
  }
  protected override defaultProperties(): string[] {
    return ['orientation', 'zoom'];
  }
  protected override isTargetNull(): boolean {
    return false;
  }
  protected override sheetNameForFaults(): string | undefined {
    return undefined;
  }
}

/** Tables: added on a range, named workbook-wide (names must be unique). */
import { parseAddress } from './address';
import { FakeClientObject, FakeFoundObject } from './client-object';
import { FakeCollection } from './collection';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import type { SheetModel, TableModel } from './model';
import { jsonBytes } from './payload';
import { FakeRange } from './range-proxies';

export class FakeTable extends FakeClientObject {
  private tableId: string | null | undefined;

  constructor(context: FakeRequestContext, bind: (() => TableModel | null) | TableModel, kind = 'getTable') {
    super(context);
    if (typeof bind !== 'function') {
      this.tableId = bind.id;
      this.markNotNull();
    } else {
      this.queue(kind, 24, () => {
        const t = bind();
        this.tableId = t ? t.id : null;
        this.setNull(t === null);
      });
    }
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(v: string) {
    this.context.api('Table.name');
    this.queue('renameTable', jsonBytes(v), () => this.context.model.renameTable(this.model(), v));
  }

  get id(): string {
    return this.loaded('id');
  }

  get style(): string {
    return this.loaded('style');
  }
  set style(v: string) {
    this.context.api('Table.style');
    this.queue('tableStyle', jsonBytes(v), () => {
      const t = this.model();
      this.context.model.sheetById(t.sheetId).assertEditable('table style');
      t.style = v;
    });
  }

  get showFilterButton(): boolean {
    return this.loaded('showFilterButton');
  }
  set showFilterButton(v: boolean) {
    this.context.api('Table.showFilterButton');
    this.queue('tableFilterButton', 5, () => {
      const t = this.model();
      this.context.model.sheetById(t.sheetId).assertEditable('table filter');
      t.showFilterButton = v;
    });
  }

  /**
   * Removes the table (ExcelApi 1.1, typings `Excel.Table.delete`: "Deletes the table"). Whether its cells
   * stay is not stated; the fake keeps them (the adapter clears the sheet right after, so it does not rely on either).
   * Structured references to it become #REF! (table-refs.ts).
   */
  delete(): void {
    this.context.api('Table.delete');
    this.queue('deleteTable', 0, () => {
      const t = this.model();
      this.context.model.sheetById(t.sheetId).assertEditable('deleting a table');
      this.context.model.deleteTable(t);
    });
  }

  /** ExcelApi 1.13: the table over a new range (model.ts#resizeTable has the rules). */
  resize(newRange: FakeRange | string): void {
    this.context.api('Table.resize');
    this.queue('resizeTable', 24, () => {
      const t = this.model();
      const rect = typeof newRange === 'string' ? parseAddress(newRange) : newRange.resolve().rect;
      if (typeof newRange !== 'string' && newRange.resolve().sheet.id !== t.sheetId)
        throw new FakeOfficeError('InvalidArgument', 'The new range must be on the table’s sheet.');
      this.context.model.resizeTable(t, rect);
    });
  }

  /** ExcelApi 1.1: the range the table covers (header and body), as it is when the request runs. */
  getRange(): FakeRange {
    this.context.api('Table.getRange');
    return new FakeRange(this.context, () => {
      const t = this.model();
      return { sheet: this.context.model.sheetById(t.sheetId), rect: t.rect };
    });
  }

  get columns(): FakeTableColumnCollection {
    this.context.api('Table.columns');
    return new FakeTableColumnCollection(this.context, () => this.model());
  }

  model(): TableModel {
    if (this.tableId === undefined)
      throw new FakeOfficeError('InvalidOperation', 'The table was used before the request that creates it ran.');
    if (this.tableId === null) throw this.nullTargetError();
    const t = this.context.model.tables.find((x) => x.id === this.tableId);
    if (!t) throw new FakeOfficeError('ItemNotFound', 'The table no longer exists.');
    return t;
  }

  protected override readProperty(name: string): unknown {
    const t = this.model();
    switch (name) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'style':
        return t.style;
      case 'showFilterButton':
        return t.showFilterButton;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake table has no property '${name}'.`);
    }
  }
  protected override defaultProperties(): string[] {
    return ['name', 'id', 'style', 'showFilterButton'];
  }
  protected override isTargetNull(): boolean {
    return this.tableId === null;
  }
  protected override sheetNameForFaults(): string | undefined {
    const t = this.context.model.tables.find((x) => x.id === this.tableId);
    return t ? this.context.model.sheets.find((s) => s.id === t.sheetId)?.name : undefined;
  }
}

/** worksheet.tables (sheet given) or workbook.tables (sheet null). */
export class FakeTableCollection extends FakeCollection<FakeTable, TableModel> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(context);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    this.context.api('TableCollection.add');
    return new FakeTable(
      this.context,
      () => {
        if (!hasHeaders) throw new FakeOfficeError('InvalidArgument', 'The fake only supports tables with headers.');
        if (address instanceof FakeRange) {
          const t = address.resolve();
          return this.context.model.addTable(t.sheet, t.rect);
        }
        const sheet = address.includes('!') ? this.sheetFromAddress(address) : this.ownSheet();
        return this.context.model.addTable(sheet, parseAddress(address));
      },
      'addTable',
    );
  }

  getItem(name: string): FakeTable {
    this.context.api('TableCollection.getItem');
    return new FakeTable(this.context, () => {
      const t = this.find(name);
      if (!t) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (table '${name}').`);
      return t;
    });
  }

  getItemOrNullObject(name: string): FakeTable {
    this.context.api('TableCollection.getItemOrNullObject');
    return new FakeTable(this.context, () => this.find(name) ?? null);
  }

  protected override currentModels(): TableModel[] {
    return this.sheet ? this.context.model.tablesOf(this.sheet()) : this.context.model.tables.slice();
  }

  protected override proxyFor(model: TableModel): FakeTable {
    return new FakeTable(this.context, model);
  }

  private find(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.currentModels().find((t) => t.name.toLowerCase() === lower);
  }

  private ownSheet(): SheetModel {
    if (!this.sheet)
      throw new FakeOfficeError('InvalidArgument', 'workbook.tables.add needs a sheet-qualified address.');
    return this.sheet();
  }

  private sheetFromAddress(address: string): SheetModel {
    const name = address
      .slice(0, address.lastIndexOf('!'))
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const s = this.context.model.findSheet(name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (sheet '${name}').`);
    return s;
  }
}

/** A table's column, by name (its header) or position. */
export class FakeTableColumn extends FakeFoundObject {
  private index: number | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly table: () => TableModel,
    /** A loaded collection's item knows its position; getItem finds it when the request runs. */
    find: number | ((t: TableModel) => number),
  ) {
    super(context);
    if (typeof find === 'number') {
      this.index = find;
      this.markNotNull();
      return;
    }
    this.queue('getTableColumn', 24, () => {
      const i = find(this.table());
      if (i < 0) throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist (table column).");
      this.index = i;
      this.markNotNull();
    });
  }

  get name(): string {
    return this.loaded('name');
  }

  /** ExcelApi 1.1: deletes the column from the table (model.ts#deleteTableColumn). */
  delete(): void {
    this.context.api('TableColumn.delete');
    this.queue('deleteTableColumn', 0, () => this.context.model.deleteTableColumn(this.table(), this.at()));
  }

  private at(): number {
    if (this.index === undefined)
      throw new FakeOfficeError('InvalidOperation', 'The column was used before it was found.');
    return this.index;
  }

  protected override readProperty(name: string): unknown {
    if (name === 'name') return this.table().columns[this.at()];
    if (name === 'index') return this.at();
    throw new FakeOfficeError('InvalidArgument', `The fake table column has no property '${name}'.`);
  }
  protected override defaultProperties(): string[] {
    return ['name', 'index'];
  }
}

/** table.columns: load their names, get one by name, insert one (ExcelApi 1.1: at an index below the count). */
export class FakeTableColumnCollection extends FakeCollection<FakeTableColumn, number> {
  /** Found when each operation runs: the table as it is then. */
  private readonly table: () => TableModel;

  constructor(context: FakeRequestContext, table: () => TableModel) {
    super(context);
    this.table = table;
  }

  getItem(name: string): FakeTableColumn {
    this.context.api('TableColumnCollection.getItem');
    return new FakeTableColumn(this.context, this.table, (t) =>
      t.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase()),
    );
  }

  add(index: number): FakeTableColumn {
    this.context.api('TableColumnCollection.add');
    this.context.enqueue({
      kind: 'addTableColumn',
      bytes: 24,
      apply: () => this.context.model.insertTableColumn(this.table(), index),
    });
    return new FakeTableColumn(this.context, this.table, () => index);
  }

  protected override currentModels(): number[] {
    return this.table().columns.map((_, i) => i);
  }

  protected override proxyFor(index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, this.table, index);
  }
}

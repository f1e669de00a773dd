/**
 * The fake workbook's state: what Excel would hold after each sync. Proxy
 * objects (proxies.ts) never touch it directly; queued operations do, when
 * the request context syncs.
 */
import { MAX_COLS, Rect, contains, overlaps } from './address';
import { InputOptions, Scalar, interpretInput } from './cell-input';
import { FakeOfficeError } from './errors';
import { CustomFunctionTable, evaluateFormula } from './evaluate';
import { retargetSheet } from './sheet-refs';
import { retargetTableRef, type TableColumnReader } from './table-refs';

export type FormatKey = 'bold' | 'fontColor' | 'fillColor' | 'horizontalAlignment';

export interface FormatRecord {
  rect: Rect;
  key: FormatKey;
  value: unknown;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string; // "CellValue" | "ContainsText" | …
  rule: Record<string, unknown> | null;
  fill: string | null;
  fontColor: string | null;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  style: string;
  showFilterButton: boolean;
  /** Column names, from the header cells (table-refs.ts: a changed header cell renames its column). */
  columns: string[];
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  centerHeader: string;
}

export interface ChartSeriesModel {
  name: string;
  values: { sheetId: string; rect: Rect } | null;
  xValues: { sheetId: string; rect: Rect } | null;
  chartType: string;
  axisGroup: 'Primary' | 'Secondary';
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  series: ChartSeriesModel[];
  position: { from: Rect; to: Rect } | null;
}

const cellKey = (r: number, c: number): number => r * MAX_COLS + c;

export class SheetModel {
  values: (Scalar | undefined)[][] = [];
  formulas: (string | undefined)[][] = [];
  numberFormats: (string | undefined)[][] = [];
  formulaCells = new Set<number>();
  formats: FormatRecord[] = [];
  columnWidths = new Map<number, number>();
  autofitCount = 0;
  frozenRows = 0;
  protection: { protected: boolean; options: Record<string, unknown> } = { protected: false, options: {} };
  autoFilter: Rect | null = null;
  conditionalFormats: ConditionalFormatModel[] = [];
  pageLayout: PageLayoutModel = { orientation: 'Portrait', zoom: null, centerHeader: '' };
  visibility: Visibility = 'Visible';
  /** Cells unlocked through range.format.protection.locked = false; every other cell is locked, as in a new Excel sheet. */
  unlocked: Rect[] = [];
  /** Set by the workbook: finds another sheet for a formula's cross-sheet reference. */
  otherSheet: (name: string) => SheetModel | undefined = () => undefined;
  /** Set by the workbook: the body cells of a table column, for a structured reference. */
  tableColumn: TableColumnReader = () => null;
  /** Set by the workbook: the custom functions registered with it. */
  customFunctions: () => CustomFunctionTable = () => ({});
  charts: ChartModel[] = [];
  /** Merged areas (fake.merge): `values` gives the merge's value in its top-left cell only, "" in the others. */
  merges: Rect[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** Merge as Excel's Merge & Center does: the top-left value stays, the other cells are emptied. */
  merge(rect: Rect): void {
    for (let r = rect.r0; r < rect.r0 + rect.rows; r++)
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++) {
        if (r === rect.r0 && c === rect.c0) continue;
        if (this.values[r]) this.values[r][c] = undefined;
        if (this.formulas[r]?.[c] !== undefined) this.formulas[r][c] = undefined;
      }
    this.merges.push(rect);
  }

  /** Excel refuses most edits on a protected sheet. */
  assertEditable(what: string): void {
    if (this.protection.protected) {
      throw new FakeOfficeError(
        'AccessDenied',
        `The cell or chart you're trying to change is on a protected sheet (${what} on '${this.name}').`,
      );
    }
  }

  valueAt(r: number, c: number): Scalar | undefined {
    return this.values[r]?.[c];
  }

  formulaAt(r: number, c: number): string | undefined {
    return this.formulas[r]?.[c];
  }

  numberFormatAt(r: number, c: number): string {
    return this.numberFormats[r]?.[c] ?? 'General';
  }

  setNumberFormat(r: number, c: number, format: unknown): void {
    if (format === null || format === undefined) return;
    (this.numberFormats[r] ??= [])[c] = String(format);
  }

  /**
   * Locked is the default for every cell; on a protected sheet a locked cell cannot be edited, and sorting
   * a range that holds one is refused whatever allowSort says ("Lock or unlock specific areas of a protected
   * worksheet", https://support.microsoft.com/office/75481b72-db8a-4267-8c43-042a5f2cd93a: "Users can't sort
   * ranges that contain locked cells on a protected worksheet, regardless of this setting").
   */
  isLocked(r: number, c: number): boolean {
    return !this.unlocked.some((u) => contains(u, r, c));
  }

  sortAllowed(rect: Rect): boolean {
    if (!this.protection.protected) return true;
    if (!this.protection.options.allowSort) return false;
    for (let r = rect.r0; r < rect.r0 + rect.rows; r++)
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++) if (this.isLocked(r, c)) return false;
    return true;
  }

  /** Store what an add-in wrote into one cell (null leaves the cell as it is, like Office.js). */
  write(r: number, c: number, input: unknown, options: InputOptions = {}): void {
    if (input === null || input === undefined) return;
    if (typeof input === 'number' && !Number.isFinite(input)) {
      throw new FakeOfficeError('InvalidArgument', `The argument is invalid (a non-finite number at row ${r + 1}).`);
    }
    if (typeof input === 'object')
      throw new FakeOfficeError('InvalidArgument', 'The argument is invalid (an object in a cell).');
    const stored = interpretInput(input, this.numberFormatAt(r, c), options);
    const key = cellKey(r, c);
    if (this.formulas[r]?.[c] !== undefined) {
      this.formulas[r][c] = undefined;
      this.formulaCells.delete(key);
    }
    const row = (this.values[r] ??= []);
    if (stored.kind === 'empty') row[c] = undefined;
    else if (stored.kind === 'value') {
      row[c] = stored.value;
      if (stored.numberFormat && this.numberFormatAt(r, c) === 'General')
        this.setNumberFormat(r, c, stored.numberFormat);
    } else {
      (this.formulas[r] ??= [])[c] = stored.formula;
      this.formulaCells.add(key);
      row[c] = undefined;
    }
  }

  /** Formulas are recalculated at the end of every sync. */
  recalc(): void {
    if (this.formulaCells.size === 0) return;
    const rowLimit = this.values.length + 1;
    for (let pass = 0; pass < 2; pass++) {
      for (const key of this.formulaCells) {
        const r = Math.floor(key / MAX_COLS);
        const c = key % MAX_COLS;
        const f = this.formulas[r]?.[c];
        if (f !== undefined)
          (this.values[r] ??= [])[c] = evaluateFormula(
            f,
            (rr, cc) => this.valueAt(rr, cc),
            rowLimit,
            (name, rr, cc) => this.readOther(name, rr, cc),
            this.customFunctions(),
            this.tableColumn,
          );
      }
    }
  }

  /** Bounds of cells holding something; `valuesOnly: false` also counts number-formatted cells. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    const scan = (grid: unknown[][]): void => {
      for (let r = 0; r < grid.length; r++) {
        const row = grid[r];
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          if (row[c] === undefined) continue;
          if (r < r0) r0 = r;
          if (r > r1) r1 = r;
          if (c < c0) c0 = c;
          if (c > c1) c1 = c;
        }
      }
    };
    scan(this.values);
    scan(this.formulas);
    if (!valuesOnly) scan(this.numberFormats);
    if (r1 < 0) return null;
    return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** A cell of another sheet, for a cross-sheet reference; undefined sheet → #REF!. */
  private readOther(name: string, r: number, c: number): Scalar | undefined | null {
    const other = this.otherSheet(name);
    return other ? other.valueAt(r, c) : null;
  }

  /** Point this sheet's formulas at a renamed sheet, or at #REF! when it was deleted. */
  retarget(from: string, to: string | null): void {
    this.rewriteFormulas((f) => retargetSheet(f, from, to));
  }

  rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const key of this.formulaCells) {
      const r = Math.floor(key / MAX_COLS);
      const c = key % MAX_COLS;
      const f = this.formulas[r]?.[c];
      if (f !== undefined) this.formulas[r][c] = rewrite(f);
    }
  }

  /** Rows r0…r0+rows−1 gain an empty cell at `col` (delta 1) or lose theirs (delta −1); the cells to the right move. */
  shiftRowCells(r0: number, rows: number, col: number, delta: 1 | -1): void {
    for (let r = r0; r < r0 + rows; r++) {
      for (const grid of [this.values, this.formulas, this.numberFormats] as unknown[][][]) {
        const row = grid[r];
        if (!row || row.length <= col) continue;
        if (delta === 1) row.splice(col, 0, undefined);
        else row.splice(col, 1);
      }
      for (let c = 0; c < MAX_COLS && c <= (this.formulas[r]?.length ?? 0) + 1; c++)
        this.formulaCells.delete(cellKey(r, c));
      this.formulas[r]?.forEach((f, c) => {
        if (f !== undefined) this.formulaCells.add(cellKey(r, c));
      });
    }
  }

  formatAt(r: number, c: number, key: FormatKey): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f.key === key && contains(f.rect, r, c)) return f.value;
    }
    return undefined;
  }

  clone(): SheetModel {
    const copy = new SheetModel(this.id, this.name);
    const grid = <T>(g: T[][]): T[][] => g.map((row) => (row ? row.slice() : row));
    copy.values = grid(this.values);
    copy.formulas = grid(this.formulas);
    copy.numberFormats = grid(this.numberFormats);
    copy.formulaCells = new Set(this.formulaCells);
    copy.formats = this.formats.map((f) => ({ ...f, rect: { ...f.rect } }));
    copy.columnWidths = new Map(this.columnWidths);
    copy.autofitCount = this.autofitCount;
    copy.frozenRows = this.frozenRows;
    copy.protection = { protected: this.protection.protected, options: { ...this.protection.options } };
    copy.autoFilter = this.autoFilter ? { ...this.autoFilter } : null;
    copy.conditionalFormats = this.conditionalFormats.map((cf) => ({
      ...cf,
      rect: { ...cf.rect },
      rule: cf.rule ? { ...cf.rule } : null,
    }));
    copy.pageLayout = { ...this.pageLayout, zoom: this.pageLayout.zoom ? { ...this.pageLayout.zoom } : null };
    copy.visibility = this.visibility;
    copy.unlocked = this.unlocked.map((u) => ({ ...u }));
    copy.merges = this.merges.map((m) => ({ ...m }));
    copy.charts = this.charts.map((c) => ({
      ...c,
      series: c.series.map((s) => ({ ...s })),
      position: c.position ? { ...c.position } : null,
    }));
    return copy;
  }
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  activeSheetId: string | null = null;
  /** Workbook uses the 1904 date system (File > Options > Advanced); dates typed in are 1,462 less. */
  date1904 = false;
  /** Custom functions the workbook can calculate, e.g. the CS.* functions registered by a test. */
  customFunctions: CustomFunctionTable = {};
  selection: { sheetId: string; rect: Rect } | null = null;
  /** workbook.settings of the add-in: key → value as JSON (setting-proxies.ts). */
  settings = new Map<string, string>();
  private counter = 0;
  private sheetNumber = 0;
  private tableNumber = 0;

  findSheet(key: string): SheetModel | undefined {
    const byId = this.sheets.find((s) => s.id === key);
    if (byId) return byId;
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel {
    const s = this.sheets.find((x) => x.id === id);
    if (!s)
      throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist (the worksheet was deleted).");
    return s;
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === '') {
      do finalName = `Sheet${++this.sheetNumber}`;
      while (this.findByName(finalName));
    }
    this.checkSheetName(finalName, null);
    const sheet = new SheetModel(`{FAKE-SHEET-${++this.counter}}`, finalName);
    this.wire(sheet);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkSheetName(name, sheet);
    const before = sheet.name;
    sheet.name = name;
    for (const s of this.sheets) s.retarget(before, name);
  }

  deleteSheet(sheet: SheetModel): void {
    // A very hidden sheet cannot be deleted until it is made visible or hidden (OfficeDev/office-js#365, "by design"; docs/excel/excel-add-ins-worksheets.md).
    if (sheet.visibility === 'VeryHidden')
      throw new FakeOfficeError('InvalidOperation', `The very hidden sheet '${sheet.name}' cannot be deleted.`);
    if (this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length === 0) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const s of this.sheets) s.retarget(sheet.name, null);
    for (const t of this.tablesOf(sheet)) this.deleteTable(t);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  addTable(sheet: SheetModel, rect: Rect): TableModel {
    sheet.assertEditable('adding a table');
    if (rect.rows < 2)
      throw new FakeOfficeError('InvalidArgument', 'A table needs a header row and at least one data row.');
    for (const t of this.tables) {
      if (t.sheetId === sheet.id && overlaps(t.rect, rect)) {
        throw new FakeOfficeError('InvalidOperation', "A table can't overlap another table.");
      }
    }
    if (sheet.autoFilter && overlaps(sheet.autoFilter, rect)) {
      throw new FakeOfficeError('InvalidOperation', "A table can't overlap a range that has a sheet-level AutoFilter.");
    }
    let name: string;
    do name = `Table${++this.tableNumber}`;
    while (this.findTable(name));
    const table: TableModel = {
      id: `{FAKE-TABLE-${++this.counter}}`,
      name,
      sheetId: sheet.id,
      rect,
      style: 'TableStyleMedium2',
      showFilterButton: true,
      columns: [],
    };
    table.columns = this.headerNames(sheet, rect, []);
    this.tables.push(table);
    return table;
  }

  /** Table.delete: the table goes, and every structured reference to it becomes #REF!. */
  deleteTable(table: TableModel): void {
    this.tables = this.tables.filter((x) => x !== table);
    this.rewriteAllFormulas((f) => retargetTableRef(f, table.name, null, null));
  }

  /**
   * Table.resize (ExcelApi 1.13; typings: "The new range must overlap with the original table range and the
   * headers (or the top of the table) must be in the same row"). Columns that stay keep their names (and the
   * references to them); columns cut off take their references to #REF!; new ones are named from their header cells.
   */
  resizeTable(table: TableModel, rect: Rect): void {
    const sheet = this.sheetById(table.sheetId);
    sheet.assertEditable('resizing a table');
    if (rect.r0 !== table.rect.r0 || !overlaps(rect, table.rect))
      throw new FakeOfficeError('InvalidArgument', 'The new range must overlap the table and keep its header row.');
    if (rect.rows < 2) throw new FakeOfficeError('InvalidArgument', 'A table needs a header row and a data row.');
    if (this.tables.some((t) => t !== table && t.sheetId === sheet.id && overlaps(t.rect, rect)))
      throw new FakeOfficeError('InvalidOperation', "A table can't overlap another table.");
    // Columns keep their place on the sheet.
    const shift = table.rect.c0 - rect.c0;
    const names: string[] = new Array<string>(rect.cols).fill('');
    table.columns.forEach((name, i) => {
      const at = i + shift;
      if (at >= 0 && at < rect.cols) names[at] = name;
      else this.dropColumnRefs(table, name);
    });
    table.rect = rect;
    table.columns = this.headerNames(sheet, rect, names);
  }

  /** TableColumn.delete: the column's cells leave the table rows (cells to the right move left). */
  deleteTableColumn(table: TableModel, index: number): void {
    const sheet = this.sheetById(table.sheetId);
    sheet.assertEditable('deleting a table column');
    if (table.columns.length === 1) throw new FakeOfficeError('InvalidOperation', 'A table needs a column.');
    this.dropColumnRefs(table, table.columns[index]);
    sheet.shiftRowCells(table.rect.r0, table.rect.rows, table.rect.c0 + index, -1);
    table.columns.splice(index, 1);
    table.rect = { ...table.rect, cols: table.rect.cols - 1 };
  }

  /** TableColumnCollection.add(index) (ExcelApi 1.1: an index below the column count): a blank column named Column1, Column2 … */
  insertTableColumn(table: TableModel, index: number): void {
    const sheet = this.sheetById(table.sheetId);
    sheet.assertEditable('adding a table column');
    if (!(index >= 0 && index < table.columns.length))
      throw new FakeOfficeError('InvalidArgument', 'The column index must be below the column count (ExcelApi 1.1).');
    sheet.shiftRowCells(table.rect.r0, table.rect.rows, table.rect.c0 + index, 1);
    table.columns.splice(index, 0, '');
    table.rect = { ...table.rect, cols: table.rect.cols + 1 };
    table.columns = this.headerNames(sheet, table.rect, table.columns);
  }

  /** The body cells of a table's column (neither its header nor anything below the table); null → #REF!. */
  readTableColumn(tableName: string, column: string): (Scalar | undefined)[] | null {
    const t = this.findTable(tableName);
    const i = t ? t.columns.findIndex((c) => c.toLowerCase() === column.toLowerCase()) : -1;
    if (!t || i < 0) return null;
    const sheet = this.sheetById(t.sheetId);
    return Array.from({ length: t.rect.rows - 1 }, (_, k) => sheet.valueAt(t.rect.r0 + 1 + k, t.rect.c0 + i));
  }

  /** A header cell that changed renames its column, and the references to it follow (run before each recalculation). */
  syncTableHeaders(): void {
    for (const t of this.tables) {
      const names = this.headerNames(this.sheetById(t.sheetId), t.rect, t.columns, true);
      names.forEach((name, i) => {
        const before = t.columns[i];
        if (before !== undefined && name !== before)
          this.rewriteAllFormulas((f) => retargetTableRef(f, t.name, before, () => `${t.name}[${name}]`));
      });
      t.columns = names;
    }
  }

  private dropColumnRefs(table: TableModel, column: string): void {
    this.rewriteAllFormulas((f) => retargetTableRef(f, table.name, column, null));
  }

  private rewriteAllFormulas(rewrite: (formula: string) => string): void {
    for (const s of this.sheets) s.rewriteFormulas(rewrite);
  }

  /**
   * Column names: a header cell's text where `headersWin` or the column has no name yet, else the name it
   * has; a blank header gives Column1, Column2 …; Excel keeps names unique in a table by adding a number.
   */
  private headerNames(sheet: SheetModel, rect: Rect, current: string[], headersWin = false): string[] {
    const names: string[] = [];
    const taken = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
    for (let i = 0; i < rect.cols; i++) {
      const cell = sheet.valueAt(rect.r0, rect.c0 + i);
      const text = cell === undefined || cell === '' ? '' : String(cell);
      let name = headersWin || !current[i] ? text || current[i] || '' : current[i];
      for (let k = 1; name === ''; k++) if (!taken(`Column${k}`)) name = `Column${k}`;
      const base = name;
      for (let k = 2; taken(name); k++) name = `${base}${k}`;
      names.push(name);
    }
    return names;
  }

  renameTable(table: TableModel, name: string): void {
    this.sheetById(table.sheetId).assertEditable('renaming a table');
    if (table.name === name) return;
    const before = table.name;
    if (!TABLE_NAME.test(name) || name.length > 255 || LOOKS_LIKE_CELL.test(name)) {
      throw new FakeOfficeError('InvalidArgument', `The table name '${name}' is not valid.`);
    }
    const other = this.findTable(name);
    if (other && other !== table)
      throw new FakeOfficeError('ItemAlreadyExists', `A table named '${name}' already exists.`);
    table.name = name;
    this.rewriteAllFormulas((f) => retargetTableRef(f, before, null, (col) => `${name}[${col}]`));
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  tablesOf(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheetId === sheet.id);
  }

  /** Twice over the sheets, so a sheet that reads a later sheet's formula sees its new value (Excel follows dependencies). */
  recalc(): void {
    this.syncTableHeaders();
    for (let pass = 0; pass < 2; pass++) for (const s of this.sheets) s.recalc();
  }

  clone(): WorkbookModel {
    const copy = new WorkbookModel();
    copy.sheets = this.sheets.map((s) => s.clone());
    copy.tables = this.tables.map((t) => ({ ...t, rect: { ...t.rect }, columns: [...t.columns] }));
    copy.activeSheetId = this.activeSheetId;
    copy.date1904 = this.date1904;
    copy.settings = new Map(this.settings);
    copy.customFunctions = this.customFunctions;
    for (const s of copy.sheets) copy.wire(s);
    copy.selection = this.selection ? { sheetId: this.selection.sheetId, rect: { ...this.selection.rect } } : null;
    copy.counter = this.counter;
    copy.sheetNumber = this.sheetNumber;
    copy.tableNumber = this.tableNumber;
    return copy;
  }

  /** Connects a sheet's formulas to the rest of the workbook. */
  private wire(sheet: SheetModel): void {
    sheet.otherSheet = (n) => this.findByName(n);
    sheet.customFunctions = () => this.customFunctions;
    sheet.tableColumn = (t, c) => this.readTableColumn(t, c);
  }

  private findByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  private checkSheetName(name: string, self: SheetModel | null): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === 'history'
    ) {
      throw new FakeOfficeError('InvalidArgument', `The sheet name '${name}' is not valid.`);
    }
    const other = this.findByName(name);
    if (other && other !== self)
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  }
}

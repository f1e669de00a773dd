/**
 * A WorkbookPort over an in-memory map of sheets, for the pane's tests. It
 * records what the pane asked for and can hold a read open (to test Cancel)
 * or fail a call (to test error messages).
 */
import type { Cell, WorkbookData } from '../../src/engine/cell';
import { isFormulaCell, type SheetSpec } from '../../src/engine/output/sheet-spec';
import type { ReadProgress, SheetInfo, WorkbookPort, WriteProgress } from '../../src/excel/workbook-port';

type Rows = Cell[][];

export class MemoryPort implements WorkbookPort {
  readonly sheets = new Map<string, Rows>();
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly activated: string[] = [];
  readonly written: SheetSpec[][] = [];
  readonly replaced: string[][] = [];
  readonly reads: string[][] = [];
  readonly headerReads: string[][] = [];
  /** When set, readSheets waits for this before returning (and honours abort meanwhile). */
  holdReads: Promise<void> | null = null;
  /** When set, the next call of that name rejects with this error. */
  failNext: Partial<Record<keyof WorkbookPort, unknown>> = {};

  constructor(initial: Record<string, Rows> = {}) {
    for (const [name, rows] of Object.entries(initial)) this.sheets.set(name, rows);
  }

  private maybeFail(op: keyof WorkbookPort): void {
    if (op in this.failNext) {
      const err = this.failNext[op];
      delete this.failNext[op];
      throw err;
    }
  }

  private find(name: string): string | undefined {
    const key = name.toLowerCase();
    return [...this.sheets.keys()].find((n) => n.toLowerCase() === key);
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.maybeFail('listSheets');
    return [...this.sheets].map(([name, rows]) => ({
      name,
      rowCount: rows.length,
      columnCount: Math.max(0, ...rows.map((r) => r.length)),
    }));
  }

  async readSheets(
    names: string[],
    onProgress?: (p: ReadProgress) => void,
    signal?: AbortSignal,
  ): Promise<WorkbookData> {
    this.maybeFail('readSheets');
    this.reads.push(names);
    if (this.holdReads) {
      const hold = this.holdReads;
      await new Promise<void>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
        void hold.then(resolve);
      });
    }
    return {
      sheets: names.map((name) => {
        const rows = this.sheets.get(this.find(name) ?? name);
        if (!rows) throw Object.assign(new Error(`sheet ${name} not found`), { code: 'ItemNotFound' });
        onProgress?.({ sheet: name, rowsRead: rows.length, rowsTotal: rows.length });
        return { name, rows: rows.map((r) => [...r]) };
      }),
    };
  }

  async readHeaderRows(names: string[]): Promise<WorkbookData> {
    this.maybeFail('readHeaderRows');
    this.headerReads.push(names);
    const present = names.map((n) => this.find(n)).filter((n): n is string => n !== undefined);
    return {
      sheets: present.map((name) => ({
        name,
        rows: this.sheets
          .get(name)!
          .slice(0, 20)
          .map((r) => [...r]),
      })),
    };
  }

  async writeOutputs(
    specs: SheetSpec[],
    replace: string[],
    onProgress?: (p: WriteProgress) => void,
    signal?: AbortSignal,
  ): Promise<void> {
    this.maybeFail('writeOutputs');
    if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    this.written.push(specs);
    this.replaced.push(replace);
    for (const name of [...replace, ...specs.map((s) => s.name)]) {
      const existing = this.find(name);
      if (existing) this.sheets.delete(existing);
    }
    for (const s of specs) {
      const cells = (row: SheetSpec['rows'][number]): Cell[] => row.map((c) => (isFormulaCell(c) ? c.value : c));
      const rows: Rows = [
        s.columns.map((c) => c.header),
        ...s.rows.map(cells),
        ...(s.totalsRow ? [cells(s.totalsRow)] : []),
      ];
      this.sheets.set(s.name, rows);
      onProgress?.({ sheet: s.name, rowsWritten: s.rows.length, rowsTotal: s.rows.length });
    }
  }

  async writeInputSheets(
    sheets: { name: string; rows: Cell[][] }[],
    onProgress?: (p: WriteProgress) => void,
  ): Promise<void> {
    this.maybeFail('writeInputSheets');
    for (const s of sheets) {
      const existing = this.find(s.name);
      if (existing) this.sheets.delete(existing);
      this.sheets.set(
        s.name,
        s.rows.map((r) => [...r]),
      );
      onProgress?.({ sheet: s.name, rowsWritten: s.rows.length, rowsTotal: s.rows.length });
    }
  }

  /** Whether insertWorkbook is offered (ExcelApi 1.13 in the real host). */
  workbookInsert = true;
  /** Each .xlsx inserted, as base64. */
  readonly insertedWorkbooks: string[] = [];

  canInsertWorkbook(): boolean {
    return this.workbookInsert;
  }

  /** Like Excel: every sheet of the file at the end, a taken name gets " (2)". */
  async insertWorkbook(base64: string): Promise<string[]> {
    this.maybeFail('insertWorkbook');
    this.insertedWorkbooks.push(base64);
    // Loaded here, not at the top: ExcelJS needs the uuid shim only import-files.test.tsx sets up under jsdom.
    const { default: ExcelJS } = await import('exceljs');
    const { toWorkbookData } = await import('../../src/cli/xlsx-read');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const names: string[] = [];
    for (const s of toWorkbookData(wb).sheets) {
      let name = s.name;
      for (let i = 2; this.find(name); i++) name = `${s.name} (${i})`;
      this.sheets.set(name, s.rows);
      names.push(name);
    }
    return names;
  }

  async renameSheet(from: string, to: string): Promise<void> {
    this.maybeFail('renameSheet');
    const rows = this.sheets.get(from);
    if (!rows || this.find(to)) throw new Error(`cannot rename ${from} to ${to}`);
    // Keep the workbook order: rebuild the map with the new name in the old place.
    const entries = [...this.sheets.entries()].map(([n, r]): [string, Rows] => [n === from ? to : n, r]);
    this.sheets.clear();
    for (const [n, r] of entries) this.sheets.set(n, r);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.maybeFail('selectCell');
    this.selected.push({ sheet, cell });
  }

  async activateSheet(name: string): Promise<void> {
    this.maybeFail('activateSheet');
    this.activated.push(name);
  }

  /** workbook.settings, as JSON like the file keeps them. */
  readonly settings = new Map<string, string>();

  async readSetting(key: string): Promise<unknown> {
    this.maybeFail('readSetting');
    const json = this.settings.get(key);
    return json === undefined ? null : JSON.parse(json);
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    this.maybeFail('writeSetting');
    if (value === null) this.settings.delete(key);
    else this.settings.set(key, JSON.stringify(value));
  }
}

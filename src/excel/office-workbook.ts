/**
 * The workbook port over Office.js: the only code that talks to `Excel.*`.
 * Give it `Excel.run` in the add-in, or a fake's `run` in tests.
 */
import type { FileProblem, SheetSpec, WorkbookData } from '../engine';
import { ExcelRun, WriteResult, writeSheetsAtomically } from './atomic-write';
import { DEFAULT_LIMITS, RequestLimits } from './chunking';
import { hostHasExcelApi } from './merged-areas';
import { listSheets, readHeaderRows, readSheets } from './read-sheets';
import { planFromInput, planFromSpec } from './render-plan';
import { SelfCheckReport, runSelfCheck } from './self-check';
import type { ReadProgress, SheetInfo, WorkbookPort, WriteProgress } from './workbook-port';

export type { ExcelRun };

/** What the last read or write did, for tests and the benchmark. */
export interface TransferStats {
  chunks: number;
  rows: number;
  /** Cells fetched: the columns the engine does not read are left in Excel. */
  cells: number;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly limits: RequestLimits;
  lastRead: TransferStats = { chunks: 0, rows: 0, cells: 0 };
  private lastReadNotes: FileProblem[] = [];
  lastWrite: WriteResult = { chunks: 0, rows: 0, retries: 0, printFitNotApplied: [] };
  /** Read whole used ranges, as before the engine chose columns: for the benchmark's before/after and differential tests. */
  readEveryColumn = false;

  constructor(
    private readonly run: ExcelRun,
    limits: Partial<RequestLimits> = {},
    /** Office.context.diagnostics (version, platform), for the self-check report. */
    private readonly host: { version: string; platform: string } = { version: 'unknown', platform: 'unknown' },
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  listSheets(): Promise<SheetInfo[]> {
    return listSheets(this.run);
  }

  /** Sheets that do not exist are left out (the engine reports missing sheets by name). */
  async readSheets(
    names: string[],
    onProgress?: (p: ReadProgress) => void,
    signal?: AbortSignal,
  ): Promise<WorkbookData> {
    const { data, chunks, cells, notes } = await readSheets(
      this.run,
      names,
      { limits: this.limits, everyColumn: this.readEveryColumn },
      onProgress,
      signal,
    );
    this.lastRead = { chunks, rows: data.sheets.reduce((n, s) => n + s.rows.length, 0), cells };
    this.lastReadNotes = notes;
    return data;
  }

  readNotes(): FileProblem[] {
    return this.lastReadNotes;
  }

  readHeaderRows(names: string[]): Promise<WorkbookData> {
    return readHeaderRows(this.run, names, this.limits);
  }

  async writeOutputs(
    sheets: SheetSpec[],
    replace: string[],
    onProgress?: (p: WriteProgress) => void,
    signal?: AbortSignal,
  ): Promise<void> {
    this.lastWrite = await writeSheetsAtomically(this.run, sheets.map(planFromSpec), replace, {
      limits: this.limits,
      onProgress,
      signal,
    });
  }

  /** Plain values; every string is stored as text, so "=…", "00123" or "TRUE" come back exactly as given. */
  async writeInputSheets(
    sheets: { name: string; rows: (string | number | boolean | null)[][] }[],
    onProgress?: (p: WriteProgress) => void,
  ): Promise<void> {
    const plans = sheets.map((s) => planFromInput(s.name, s.rows));
    this.lastWrite = await writeSheetsAtomically(this.run, plans, [], { limits: this.limits, onProgress });
  }

  canInsertWorkbook(): boolean {
    return supportsWorkbookInsert();
  }

  async insertWorkbook(base64: string): Promise<string[]> {
    return this.run(async (ctx) => {
      const before = ctx.workbook.worksheets;
      before.load('items/name');
      await ctx.sync();
      const had = new Set(before.items.map((w) => w.name));
      // 'End' is WorksheetPositionType.end as the typings accept it: no need for the Excel enum object, which stand-in hosts lack.
      ctx.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
      await ctx.sync();
      const after = ctx.workbook.worksheets;
      after.load('items/name');
      await ctx.sync();
      return after.items.map((w) => w.name).filter((n) => !had.has(n));
    });
  }

  async renameSheet(from: string, to: string): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(from).name = to;
      await ctx.sync();
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  async readSetting(key: string): Promise<unknown> {
    return this.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject(key);
      setting.load('value');
      await ctx.sync();
      return setting.isNullObject ? null : (setting.value as unknown);
    });
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    await this.run(async (ctx) => {
      if (value !== null) ctx.workbook.settings.add(key, value);
      else {
        const setting = ctx.workbook.settings.getItemOrNullObject(key);
        await ctx.sync();
        if (!setting.isNullObject) setting.delete();
      }
      await ctx.sync();
    });
  }

  selfCheck(): Promise<SelfCheckReport> {
    return runSelfCheck(this.run, this.host);
  }

  async activateSheet(name: string): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).activate();
      await ctx.sync();
    });
  }
}

/** insertWorksheetsFromBase64 needs ExcelApi 1.13 (Excel 2021+, Microsoft 365, Excel on the web). */
function supportsWorkbookInsert(): boolean {
  return hostHasExcelApi('1.13');
}

/** The adapter inside Excel. */
export function createOfficeWorkbook(limits: Partial<RequestLimits> = {}): OfficeWorkbook {
  return new OfficeWorkbook((batch) => Excel.run(batch), limits);
}

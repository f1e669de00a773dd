/**
 * The workbook port over Office.js: the only code that talks to `Excel.*`.
 * Give it `Excel.run` in the add-in, or a fake's `run` in tests.
 */
import type { WorkbookData } from '../engine/cell';
import type { SheetSpec } from '../engine/output/sheet-spec';
import { ExcelRun, writeSheetsAtomically } from './atomic-write';
import { DEFAULT_LIMITS, RequestLimits } from './chunking';
import { listSheets, readSheets } from './read-sheets';
import { planFromInput, planFromSpec } from './render-plan';
import type { ReadProgress, SheetInfo, WorkbookPort, WriteProgress } from './workbook-port';

export type { ExcelRun };

/** What the last read or write did, for tests and the benchmark. */
export interface TransferStats {
  chunks: number;
  rows: number;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly limits: RequestLimits;
  lastRead: TransferStats = { chunks: 0, rows: 0 };
  lastWrite: TransferStats = { chunks: 0, rows: 0 };

  constructor(
    private readonly run: ExcelRun,
    limits: Partial<RequestLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  listSheets(): Promise<SheetInfo[]> {
    return listSheets(this.run);
  }

  /** Sheets that do not exist are left out (the engine reports missing sheets by name). */
  async readSheets(names: string[], onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookData> {
    const { data, chunks } = await readSheets(this.run, names, this.limits, onProgress, signal);
    this.lastRead = { chunks, rows: data.sheets.reduce((n, s) => n + s.rows.length, 0) };
    return data;
  }

  async writeOutputs(sheets: SheetSpec[], replace: string[], onProgress?: (p: WriteProgress) => void, signal?: AbortSignal): Promise<void> {
    this.lastWrite = await writeSheetsAtomically(this.run, sheets.map(planFromSpec), replace, { limits: this.limits, onProgress, signal });
  }

  /** Plain values; every string is stored as text, so "=…", "00123" or "TRUE" come back exactly as given. */
  async writeInputSheets(sheets: { name: string; rows: (string | number | boolean | null)[][] }[], onProgress?: (p: WriteProgress) => void): Promise<void> {
    const plans = sheets.map((s) => planFromInput(s.name, s.rows));
    this.lastWrite = await writeSheetsAtomically(this.run, plans, [], { limits: this.limits, onProgress });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  async activateSheet(name: string): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).activate();
      await ctx.sync();
    });
  }
}

/** The adapter inside Excel. */
export function createOfficeWorkbook(limits: Partial<RequestLimits> = {}): OfficeWorkbook {
  return new OfficeWorkbook((batch) => Excel.run(batch), limits);
}

/**
 * An in-memory Excel for tests: `fake.run` stands in for `Excel.run`.
 * Counts every sync and the largest request and response, enforces Excel on
 * the web's 5 MB payload limit, and can be told to fail a chosen sync or
 * operation so tests can prove what a failure leaves behind.
 */
import type { Cell, WorkbookData } from '../../src/engine/cell';
import { parseAddress, rectAddress } from './address';
import { FakeRequestContext, OpInfo, QueuedOp } from './context';
import { FakeErrorCode, FakeOfficeError } from './errors';
import { SheetModel, WorkbookModel } from './model';
import { PAYLOAD_LIMIT_BYTES } from './payload';
import { MANIFEST_SETS, checkMember } from './requirements';
import { seriesAddress } from './chart-proxies';

export interface SyncRecord {
  /** 1-based round-trip number. */
  index: number;
  ops: number;
  kinds: Record<string, number>;
  requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  /** The batch wrote cell values or formulas. */
  writesCells: boolean;
  failed?: string;
}

export interface FakeStats {
  /** Every `context.sync()` call, including ones with nothing queued. */
  syncCalls: number;
  /** Syncs that carried at least one operation to "Excel". */
  roundTrips: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  log: SyncRecord[];
}

export interface SheetSnapshot {
  name: string;
  values: Cell[][];
  formulas: Cell[][];
  numberFormats: string[][];
  protected: boolean;
  visibility: string;
  tables: string[];
  charts: string[];
}

/** A chart as a test wants to see it: series cells as addresses on the sheet's current name. */
export interface ChartView {
  name: string;
  type: string;
  title: string;
  series: { name: string; values: string | null; xValues: string | null; chartType: string; axisGroup: string }[];
  position: { from: string; to: string } | null;
}

export interface CellView {
  value: Cell;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  fill: string | null;
}

type SyncFault = { atRoundTrip: number; code: FakeErrorCode; message: string };
type OpFault = { when: (op: OpInfo) => boolean; code: FakeErrorCode; message: string };

const emptyStats = (): FakeStats => ({ syncCalls: 0, roundTrips: 0, maxRequestBytes: 0, maxResponseBytes: 0, log: [] });

export class FakeExcel {
  model = new WorkbookModel();
  stats: FakeStats = emptyStats();
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  /** The requirement sets the add-in declares; a member above them throws ApiNotFound (null: no check). */
  declaredSets: Record<string, string> | null = { ...MANIFEST_SETS };
  /** Every Excel member a batch used, e.g. "Worksheet.getRangeByIndexes". */
  apiUsed = new Set<string>();
  /** Behave like a host that drops verticalFitToPages (to test that the adapter reads the fit back). */
  ignoresFitHeight = false;
  /** Office version and platform the self-check reports. */
  diagnostics = { version: '16.0 (fake)', platform: 'Fake' };
  /**
   * Real Excel does a batch in its own process and answers in a later task of
   * the page, so the page can paint between syncs. Off by default (the Node
   * tests run faster); the browser's long-task measurement turns it on.
   */
  asyncSync = false;
  /** When set, each batch's run time (performance.now() start and end), to tell the fake's work from the add-in's. */
  ownWork: { start: number; end: number }[] | null = null;
  private syncFaults: SyncFault[] = [];
  private opFaults: OpFault[] = [];

  /** A new workbook has one sheet, like Excel. */
  static empty(): FakeExcel {
    const fake = new FakeExcel();
    fake.model.addSheet('Sheet1');
    return fake;
  }

  /** Sheets holding exactly these values (as if read from Excel: strings stay strings). */
  static fromWorkbookData(data: WorkbookData): FakeExcel {
    const fake = new FakeExcel();
    for (const s of data.sheets) {
      const sheet = fake.model.addSheet(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === '') return;
          (sheet.values[r] ??= [])[c] = v;
        }),
      );
    }
    if (fake.model.sheets.length === 0) fake.model.addSheet('Sheet1');
    return fake;
  }

  /** Stand-in for `Excel.run`: queued work left at the end of the batch is synced, as Excel.run does. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  };

  /** Between the add-in's task and Excel's, and back: a new task when asyncSync, else a microtask as before. */
  handOver(): Promise<void> {
    return this.asyncSync ? new Promise((resolve) => setTimeout(resolve, 0)) : Promise.resolve();
  }

  noteOwnWork(start: number, end: number): void {
    this.ownWork?.push({ start, end });
  }

  /** Make the k-th round trip from now fail before anything in it is applied (k = 1: the next one). */
  failOnSync(k: number, code: FakeErrorCode = 'GeneralException', message = `Injected failure on sync ${k}`): void {
    this.syncFaults.push({ atRoundTrip: this.stats.roundTrips + k, code, message });
  }

  /** Make the first operation matching `when` fail; operations before it in the same sync stay applied. */
  failOnOperation(
    when: (op: OpInfo) => boolean,
    code: FakeErrorCode = 'GeneralException',
    message = 'Injected operation failure',
  ): void {
    this.opFaults.push({ when, code, message });
  }

  useApi(member: string): void {
    checkMember(member, this.declaredSets, this.apiUsed);
  }

  clearFaults(): void {
    this.syncFaults = [];
    this.opFaults = [];
  }

  resetStats(): void {
    this.stats = emptyStats();
    this.syncFaults = [];
  }

  /** An independent copy of the workbook (stats and faults are not copied). */
  clone(): FakeExcel {
    const copy = new FakeExcel();
    copy.model = this.model.clone();
    copy.payloadLimit = this.payloadLimit;
    return copy;
  }

  /** Called by the request context on sync. */
  executeBatch(ops: QueuedOp[], calculationSuspended: boolean, responseBytes: () => number): void {
    this.stats.syncCalls++;
    if (ops.length === 0) return;
    const index = ++this.stats.roundTrips;
    const kinds: Record<string, number> = {};
    let requestBytes = 64;
    for (const op of ops) {
      requestBytes += op.bytes;
      kinds[op.kind] = (kinds[op.kind] ?? 0) + 1;
    }
    const record: SyncRecord = {
      index,
      ops: ops.length,
      kinds,
      requestBytes,
      responseBytes: 0,
      calculationSuspended,
      writesCells: Boolean(kinds.setValues || kinds.setFormulas),
    };
    this.stats.log.push(record);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);

    const fault = this.syncFaults.find((f) => f.atRoundTrip === index);
    if (fault) {
      this.syncFaults = this.syncFaults.filter((f) => f !== fault);
      record.failed = fault.code;
      throw new FakeOfficeError(fault.code, fault.message);
    }
    if (requestBytes > this.payloadLimit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} bytes).`,
      );
    }
    try {
      for (const op of ops) {
        const opFault = this.opFaults.find((f) => f.when({ kind: op.kind, sheet: op.sheetName?.() }));
        if (opFault) {
          this.opFaults = this.opFaults.filter((f) => f !== opFault);
          throw new FakeOfficeError(opFault.code, opFault.message, op.kind);
        }
        op.apply();
      }
    } catch (e) {
      record.failed = e instanceof FakeOfficeError ? e.code : String(e);
      throw e;
    } finally {
      this.model.recalc();
    }
    record.responseBytes = responseBytes();
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, record.responseBytes);
    if (record.responseBytes > this.payloadLimit) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${record.responseBytes} bytes).`,
      );
    }
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel {
    const s = this.model.findSheet(name);
    if (!s || s.id === name)
      throw new Error(`No sheet named '${name}' in the fake (has: ${this.sheetNames().join(', ')})`);
    return s;
  }

  /** Everything a comparison needs: names, order, values, formulas, number formats, protection, tables. */
  snapshot(): SheetSnapshot[] {
    return this.model.sheets.map((s) => {
      const used = s.usedRect(false);
      const rows = used ? used.r0 + used.rows : 0;
      const cols = used ? used.c0 + used.cols : 0;
      const grid = <T>(cell: (r: number, c: number) => T): T[][] =>
        Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));
      return {
        name: s.name,
        values: grid((r, c) => s.valueAt(r, c) ?? null),
        formulas: grid((r, c) => s.formulaAt(r, c) ?? s.valueAt(r, c) ?? null),
        numberFormats: grid((r, c) => s.numberFormatAt(r, c)),
        protected: s.protection.protected,
        visibility: s.visibility,
        tables: this.model.tablesOf(s).map((t) => t.name),
        charts: s.charts.map((c) => c.name),
      };
    });
  }

  /** The charts on a sheet, in the order they were added. */
  charts(sheetName: string): ChartView[] {
    const s = this.sheet(sheetName);
    return s.charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      series: c.series.map((x) => ({
        name: x.name,
        values: seriesAddress(this.model.sheets, x.values),
        xValues: seriesAddress(this.model.sheets, x.xValues),
        chartType: x.chartType,
        axisGroup: x.axisGroup,
      })),
      position: c.position ? { from: rectAddress(c.position.from), to: rectAddress(c.position.to) } : null,
    }));
  }

  /** Merge cells as Excel's Merge & Center does: the top-left value stays, the other cells are emptied. */
  merge(sheetName: string, address: string): void {
    this.sheet(sheetName).merge(parseAddress(address));
  }

  /** One cell as a test wants to see it. */
  cell(sheetName: string, address: string): CellView {
    const s = this.sheet(sheetName);
    const { r0: r, c0: c } = parseAddress(address);
    return {
      value: s.valueAt(r, c) ?? null,
      formula: s.formulaAt(r, c) ?? null,
      numberFormat: s.numberFormatAt(r, c),
      bold: s.formatAt(r, c, 'bold') === true,
      fill: (s.formatAt(r, c, 'fillColor') as string | undefined) ?? null,
    };
  }

  /** The fill a conditional format gives this cell (newest rule first, as Excel orders them), or null. */
  conditionalFillAt(sheetName: string, address: string): string | null {
    const s = this.sheet(sheetName);
    const { r0: r, c0: c } = parseAddress(address);
    const value = s.valueAt(r, c);
    const text = value === undefined ? '' : String(value).toLowerCase();
    for (let i = s.conditionalFormats.length - 1; i >= 0; i--) {
      const cf = s.conditionalFormats[i];
      const inside =
        r >= cf.rect.r0 && r < cf.rect.r0 + cf.rect.rows && c >= cf.rect.c0 && c < cf.rect.c0 + cf.rect.cols;
      if (!inside || !cf.rule) continue;
      if (cf.type === 'CellValue' && cf.rule.operator === 'EqualTo') {
        const m = /^="((?:[^"]|"")*)"$/.exec(String(cf.rule.formula1));
        const expected = m
          ? m[1].replace(/""/g, '"').toLowerCase()
          : String(cf.rule.formula1).replace(/^=/, '').toLowerCase();
        if (text === expected) return cf.fill;
      } else if (cf.type === 'ContainsText') {
        const t = String(cf.rule.text).toLowerCase();
        const op = cf.rule.operator;
        const hit =
          op === 'BeginsWith'
            ? text.startsWith(t)
            : op === 'EndsWith'
              ? text.endsWith(t)
              : op === 'NotContains'
                ? !text.includes(t)
                : text.includes(t);
        if (hit) return cf.fill;
      }
    }
    return null;
  }
}

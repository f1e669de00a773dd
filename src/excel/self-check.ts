/**
 * The in-Excel self-check (诊断 / Diagnostics): exercises, in a scratch sheet
 * it removes afterwards, every Excel behaviour the adapter relies on, and
 * reports pass or fail per item. docs/excel-behaviour.md says which
 * documentation each item confirms. Nothing outside the scratch sheets is
 * written.
 */
import type { ExcelRun } from './atomic-write';
import { ONE_PAGE_WIDE } from './decorate';
import { TEXT_FORMAT } from './cell-safety';
import { keepsTable } from './self-check-keep-table';
import { mergedCells } from './self-check-merges';

export type SelfCheckId =
  | 'inertText'
  | 'numberFormatArrays'
  | 'protection'
  | 'autoFilter'
  | 'printFit'
  | 'renameKeepsReferences'
  | 'rewriteKeepsReferences'
  | 'copyKeepsReferences'
  | 'largeRequest'
  | 'customFunction'
  | 'dateSerial'
  | 'dateSystem'
  | 'mergedCells'
  | 'keepsTable';

export interface SelfCheckItem {
  id: SelfCheckId;
  ok: boolean;
  /** What was seen, for the copyable report (English; values as Excel gave them). */
  detail: string;
}

export interface SelfCheckEnvironment {
  /** Office.context.diagnostics: version and platform, as documented. */
  version: string;
  platform: string;
  /** Waits between polls while a custom function is still calculating (#BUSY!). */
  sleep?: (ms: number) => Promise<void>;
  /** Bytes of the large request (default about 4 MB). */
  largeRequestBytes?: number;
}

export interface SelfCheckReport {
  version: string;
  platform: string;
  items: SelfCheckItem[];
  /** The workbook uses the 1904 date system (dates it holds are 1,462 days less). */
  date1904: boolean | null;
}

const SCRATCH = '~cs-selfcheck';
const LARGE_DEFAULT = 4_000_000;

/** Run every check; a check that throws is reported as failed with Excel's message, the rest still run. */
export async function runSelfCheck(run: ExcelRun, env: SelfCheckEnvironment): Promise<SelfCheckReport> {
  const token = Math.random().toString(36).slice(2, 8);
  const a = `${SCRATCH} ${token}`;
  const b = `${SCRATCH}b ${token}`;
  const items: SelfCheckItem[] = [];
  let date1904: boolean | null = null;
  const check = async (
    id: SelfCheckId,
    body: () => Promise<string | { ok: boolean; detail: string }>,
  ): Promise<void> => {
    try {
      const r = await body();
      items.push(typeof r === 'string' ? { id, ok: true, detail: r } : { id, ...r });
    } catch (e) {
      items.push({ id, ok: false, detail: messageOf(e) });
    }
  };
  try {
    await run(async (ctx) => {
      ctx.workbook.worksheets.add(a);
      ctx.workbook.worksheets.add(b);
      await ctx.sync();
    });
    await check('inertText', () => inertText(run, a));
    await check('numberFormatArrays', () => numberFormatArrays(run, a));
    await check('dateSystem', async () => {
      const r = await dateSystem(run);
      date1904 = r.date1904;
      return { ok: true, detail: r.detail };
    });
    await check('dateSerial', () => dateSerial(run, a, date1904 ?? false));
    await check('renameKeepsReferences', () => renameKeepsReferences(run, a, b, token));
    await check('rewriteKeepsReferences', () => rewriteKeepsReferences(run, token));
    await check('copyKeepsReferences', () => copyKeepsReferences(run, token));
    await check('customFunction', () => customFunction(run, a, env.sleep ?? defaultSleep));
    await check('largeRequest', () => largeRequest(run, a, env.largeRequestBytes ?? LARGE_DEFAULT));
    await check('printFit', () => printFit(run, a));
    await check('autoFilter', () => autoFilter(run, a));
    await check('protection', () => protection(run, a));
    await check('mergedCells', () => mergedCells(run, `${SCRATCH}m ${token}`));
    await check('keepsTable', () =>
      keepsTable(
        run,
        { table: `${SCRATCH}t ${token}`, content: `${SCRATCH}u ${token}`, reference: a },
        `cs_check_${token}`,
      ),
    );
  } finally {
    await removeScratch(run, token);
  }
  return { version: env.version, platform: env.platform, items, date1904 };
}

function expectEqual(what: string, got: unknown, want: unknown): { ok: boolean; detail: string } {
  const ok = JSON.stringify(got) === JSON.stringify(want);
  return { ok, detail: `${what}: ${JSON.stringify(got)}${ok ? '' : ` (expected ${JSON.stringify(want)})`}` };
}

/** Text cells keep "=1+1" and "+1" as text: the adapter's defence against formula injection. */
async function inertText(run: ExcelRun, sheet: string): Promise<{ ok: boolean; detail: string }> {
  return run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange('A1:B1');
    range.numberFormat = [[TEXT_FORMAT, TEXT_FORMAT]];
    range.values = [['=1+1', '+1']];
    range.load('values');
    await ctx.sync();
    return expectEqual('values', range.values, [['=1+1', '+1']]);
  });
}

async function numberFormatArrays(run: ExcelRun, sheet: string): Promise<{ ok: boolean; detail: string }> {
  return run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange('A2:B3');
    const formats = [
      ['0.00', '@'],
      ['0%', '"¥"#,##0.00'],
    ];
    range.numberFormat = formats;
    range.load('numberFormat');
    await ctx.sync();
    return expectEqual('numberFormat', range.numberFormat, formats);
  });
}

/** DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 one. */
async function dateSystem(run: ExcelRun): Promise<{ date1904: boolean; detail: string }> {
  return run(async (ctx) => {
    const r = ctx.workbook.functions.date(1904, 1, 1);
    r.load('value');
    await ctx.sync();
    const date1904 = r.value === 0;
    return { date1904, detail: `DATE(1904,1,1) = ${r.value}: ${date1904 ? '1904' : '1900'} date system` };
  });
}

async function dateSerial(run: ExcelRun, sheet: string, date1904: boolean): Promise<{ ok: boolean; detail: string }> {
  // 2026-10-05 is day 46,300 after 1899-12-30 (the 1900 system's day 0 as JavaScript dates count it).
  const want = Math.round((Date.UTC(2026, 9, 5) - Date.UTC(1899, 11, 30)) / 86_400_000) - (date1904 ? 1462 : 0);
  return run(async (ctx) => {
    const cell = ctx.workbook.worksheets.getItem(sheet).getRange('A4');
    cell.numberFormat = [['yyyy-mm-dd']];
    cell.values = [[want]];
    cell.load('values,text');
    await ctx.sync();
    const ok = cell.values[0][0] === want;
    return {
      ok,
      detail: `values: ${JSON.stringify(cell.values[0][0])}, shown as ${JSON.stringify(cell.text[0][0])}${ok ? '' : ` (expected ${want})`}`,
    };
  });
}

/** A formula on one sheet pointing at another keeps working when that sheet is renamed. */
async function renameKeepsReferences(
  run: ExcelRun,
  a: string,
  b: string,
  token: string,
): Promise<{ ok: boolean; detail: string }> {
  return run(async (ctx) => {
    const target = ctx.workbook.worksheets.getItem(b);
    target.getRange('M40').values = [[42]];
    const ref = ctx.workbook.worksheets.getItem(a).getRange('C1');
    ref.formulas = [[`='${b}'!M40`]];
    await ctx.sync();
    target.name = `${SCRATCH}c ${token}`;
    ref.load('values,formulas');
    await ctx.sync();
    return expectEqual(`after rename, ${String(ref.formulas[0][0])} gives`, ref.values[0][0], 42);
  });
}

/** Clearing a sheet and writing it again (regeneration in place) keeps references to it. */
async function rewriteKeepsReferences(run: ExcelRun, token: string): Promise<{ ok: boolean; detail: string }> {
  return run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(`${SCRATCH}c ${token}`);
    sheet.getRange('A1:M40').clear();
    sheet.getRange('M40').values = [[43]];
    const ref = ctx.workbook.worksheets.getItem(`${SCRATCH} ${token}`).getRange('C1');
    ref.load('values');
    await ctx.sync();
    return expectEqual('after clear and rewrite the reference gives', ref.values[0][0], 43);
  });
}

/**
 * What a regeneration does to an existing output sheet: clear it ("All") and copy a temporary sheet's cells
 * in with copyFrom. The reference to it must follow, the copied SUM must calculate and text stay text.
 */
async function copyKeepsReferences(run: ExcelRun, token: string): Promise<{ ok: boolean; detail: string }> {
  return run(async (ctx) => {
    const temp = ctx.workbook.worksheets.add(`${SCRATCH}d ${token}`);
    temp.getRange('A1').numberFormat = [[TEXT_FORMAT]];
    temp.getRange('A1').values = [['=1+1']];
    temp.getRange('M39').values = [[44]];
    temp.getRange('M40').formulas = [['=SUM(M39:M39)']];
    const target = ctx.workbook.worksheets.getItem(`${SCRATCH}c ${token}`);
    target.getRange().clear('All');
    target.getRange('A1:M40').copyFrom(temp.getRange('A1:M40'), 'All');
    const ref = ctx.workbook.worksheets.getItem(`${SCRATCH} ${token}`).getRange('C1');
    const text = target.getRange('A1');
    ref.load('values');
    text.load('values');
    await ctx.sync();
    return expectEqual(
      'after clear and copyFrom the reference and the copied text give',
      [ref.values[0][0], text.values[0][0]],
      [44, '=1+1'],
    );
  });
}

/** A CS.* function in a cell: custom functions calculate asynchronously, so #BUSY! is polled away. */
async function customFunction(
  run: ExcelRun,
  sheet: string,
  sleep: (ms: number) => Promise<void>,
): Promise<{ ok: boolean; detail: string }> {
  const address = 'D1';
  await run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).formulas = [['=CS.CONVERSION(200,106)']];
    await ctx.sync();
  });
  let last: unknown = null;
  for (let attempt = 0; attempt < 20; attempt++) {
    last = await run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem(sheet).getRange(address).load('values');
      await ctx.sync();
      return cell.values[0][0];
    });
    if (last !== '#BUSY!' && last !== '#GETTING_DATA') break;
    await sleep(250);
  }
  return expectEqual('=CS.CONVERSION(200,106)', last, 0.53); // 106 / 200
}

/** One request of about 4 MB (CJK text, 3 UTF-8 bytes a character) goes through. */
async function largeRequest(run: ExcelRun, sheet: string, bytes: number): Promise<{ ok: boolean; detail: string }> {
  const cols = 10;
  const text = '客服绩效自检'.repeat(10); // 60 characters, 180 UTF-8 bytes, 120 UTF-16 bytes
  const rows = Math.ceil(bytes / (cols * (180 + 3)));
  const data = Array.from({ length: rows }, () => Array.from({ length: cols }, () => text));
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.getRangeByIndexes(100, 0, rows, cols).values = data;
    const last = ws.getRangeByIndexes(100 + rows - 1, cols - 1, 1, 1).load('values');
    await ctx.sync();
    ws.getRangeByIndexes(100, 0, rows, cols).clear();
    await ctx.sync();
    return expectEqual(
      `${rows} × ${cols} cells of CJK text (≈${((rows * cols * 183) / 1e6).toFixed(1)} MB): last cell`,
      last.values[0][0],
      text,
    );
  });
}

async function printFit(run: ExcelRun, sheet: string): Promise<{ ok: boolean; detail: string }> {
  return run(async (ctx) => {
    const layout = ctx.workbook.worksheets.getItem(sheet).pageLayout;
    layout.zoom = ONE_PAGE_WIDE;
    layout.load('zoom');
    await ctx.sync();
    const z = layout.zoom;
    return expectEqual('zoom (pages wide, tall)', [z.horizontalFitToPages, z.verticalFitToPages], [1, 0]);
  });
}

async function autoFilter(run: ExcelRun, sheet: string): Promise<string> {
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.getRange('F1:G3').values = [
      ['工号', '等级'],
      ['1001', '金牌'],
      ['1002', '银牌'],
    ];
    ws.autoFilter.apply(ws.getRange('F1:G3'));
    await ctx.sync();
    return 'autoFilter.apply on F1:G3 accepted';
  });
}

/** The sheet protection the payroll gets: a locked cell refuses a write, filtering stays allowed. */
async function protection(run: ExcelRun, sheet: string): Promise<{ ok: boolean; detail: string }> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.protection.protect({ allowAutoFilter: true, allowFormatColumns: true, allowSort: false });
    await ctx.sync();
  });
  let refused = false;
  try {
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange('F2').values = [['changed']];
      await ctx.sync();
    });
  } catch {
    refused = true;
  }
  const state = await run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem(sheet).protection.load('protected');
    await ctx.sync();
    const isProtected = p.protected;
    ctx.workbook.worksheets.getItem(sheet).protection.unprotect();
    await ctx.sync();
    return isProtected;
  });
  return {
    ok: state && refused,
    detail: `protected: ${state}; a write to a locked cell was ${refused ? 'refused' : 'ACCEPTED'}`,
  };
}

/** Remove every scratch sheet of this run, whatever state a failed check left it in. */
async function removeScratch(run: ExcelRun, token: string): Promise<void> {
  await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    for (const s of sheets.items) {
      if (s.name.startsWith(SCRATCH) && s.name.endsWith(token)) {
        s.protection.unprotect();
        s.delete();
      }
    }
    await ctx.sync();
  });
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function messageOf(e: unknown): string {
  const o = e as { code?: unknown; message?: unknown } | null;
  const code = typeof o?.code === 'string' ? `${o.code}: ` : '';
  return `${code}${typeof o?.message === 'string' ? o.message : String(e)}`;
}

/** The report as plain text a manager can copy into a message. */
export function selfCheckText(report: SelfCheckReport, label: (id: SelfCheckId) => string): string {
  const lines = [`CS Performance self-check · Office ${report.version} · ${report.platform}`];
  for (const item of report.items) lines.push(`${item.ok ? 'PASS' : 'FAIL'}  ${label(item.id)} — ${item.detail}`);
  const failed = report.items.filter((i) => !i.ok).length;
  lines.push(
    failed === 0 ? `All ${report.items.length} checks passed.` : `${failed} of ${report.items.length} checks failed.`,
  );
  return lines.join('\n');
}

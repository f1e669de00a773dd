/**
 * Side-by-side: the same KPIs by the engine and by SUMIFS/COUNTIFS formulas
 * recalculated by LibreOffice headless, on the same shop, compared cell by
 * cell. LibreOffice runs twice on the same file:
 *  - converted to CSV with a fresh profile that forces recalculation on load
 *    (the values compared, and the "open + recalculate" time);
 *  - opened by a macro in a recalc-never profile that times calculateAll()
 *    inside LibreOffice (the recalculation alone).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { runPayroll, type AgentResult } from '../src/engine';
import {
  CSV_EVERY_SHEET,
  ConvertResult,
  RecalcTiming,
  convert,
  makeProfile,
  sheetCsvPath,
  timeRecalculation,
} from '../test/support/libreoffice';
import { baselineShop, DistinctMethod, KPI_HEADER, KPI_SHEET, writeBaselineXlsx } from './baseline-workbook';
import { parseCsvRecords } from './csv-records';
import { timed } from './timing';
import { asReadFromExcel } from './as-read';

export interface ProcessTime {
  wallMs: number;
  cpuMs: number | null;
}

export interface BaselineResult {
  orders: number;
  method: DistinctMethod;
  formulas: number;
  /** First run; warmMs = best of three runs after it. */
  engine: { wallMs: number; cpuMs: number; warmMs: number };
  /** soffice converting with forced recalculation: start, load, recalculate, export. */
  openRecalculate: ProcessTime;
  /** calculateAll() timed inside LibreOffice (null when the timing macro did not report). */
  inside: RecalcTiming | null;
  insideNote?: string;
  agentsCompared: number;
  cellsCompared: number;
  /** Every difference between the spreadsheet and the engine (empty when identical). */
  mismatches: string[];
  error?: string;
}

const PERIOD = '2026-10';

const processTime = (r: ConvertResult): ProcessTime => ({
  wallMs: r.wallMs,
  cpuMs: r.cpuSec === null ? null : r.cpuSec * 1000,
});

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

/** Compare the recalculated KPI sheet with the engine's measures, agent by agent. */
function compare(records: string[][], agents: AgentResult[]): { mismatches: string[]; agents: number; cells: number } {
  const mismatches: string[] = [];
  const header = records[0] ?? [];
  if (header.join('|') !== KPI_HEADER.join('|'))
    return { mismatches: [`KPI sheet header is ${header.join(',')}`], agents: 0, cells: 0 };
  const byId = new Map(agents.map((a) => [a.agent.agentId, a]));
  let cells = 0;
  let compared = 0;
  for (const rec of records.slice(1)) {
    if (!rec[0]) continue;
    const a = byId.get(rec[0]);
    if (!a) {
      mismatches.push(`${rec[0]}: on the KPI sheet, not in the engine's result`);
      continue;
    }
    byId.delete(rec[0]);
    compared++;
    const m = a.measures;
    const num = (i: number) => (rec[i] === '' ? null : Number(rec[i]));
    const check = (
      label: string,
      lo: number | null,
      engine: number | null,
      same: (x: number, y: number) => boolean,
    ) => {
      cells++;
      if (lo === null || engine === null ? lo !== engine : !same(lo, engine))
        mismatches.push(`${rec[0]} ${label}: spreadsheet ${lo}, engine ${engine}`);
    };
    const salesYuan = num(2);
    check(
      'sales (cents)',
      salesYuan === null ? null : Math.round(salesYuan * 100),
      m.sales,
      (x, y) => x === y && Math.abs(salesYuan! * 100 - y) < 1e-3,
    );
    check('buyers', num(3), m.buyers, (x, y) => x === y);
    check('inquiries', num(4), m.inquiries, (x, y) => x === y);
    check('paid buyers', num(5), m.paidBuyers, (x, y) => x === y);
    check('conversion', num(6), m.conversion, (x, y) => close(x, y, 1e-9));
    check('AOV', num(7), m.aov, (x, y) => close(x, y, 1e-9));
  }
  for (const id of byId.keys()) mismatches.push(`${id}: in the engine's result, missing from the KPI sheet`);
  return { mismatches, agents: compared, cells };
}

/** `timingProfile` is a profile from makeRecalcTimingProfile, used by one run at a time. */
export async function runBaseline(
  soffice: string,
  timingProfile: string | null,
  workDir: string,
  orders: number,
  method: DistinctMethod,
  timeoutMs: number,
): Promise<BaselineResult> {
  await fs.mkdir(workDir, { recursive: true });
  const shop = baselineShop(orders, method, PERIOD);
  const file = path.join(workDir, `kpi-${method}-${orders}.xlsx`);
  const { formulas } = await writeBaselineXlsx(shop, file);
  asReadFromExcel(shop.data); // after writing the .xlsx: the engine gets cells as a reader delivers them, LibreOffice reads the file

  // First run (compiling included: what a user waits for), then the best of three more (the engine alone,
  // as calculateAll() inside an already open LibreOffice is the recalculation alone).
  const engine = timed(() => runPayroll(shop.data, { period: PERIOD, checksums: false }));
  let warmMs = Infinity;
  for (let i = 0; i < 3; i++)
    warmMs = Math.min(warmMs, timed(() => runPayroll(shop.data, { period: PERIOD, checksums: false })).wallMs);
  const result: BaselineResult = {
    orders,
    method,
    formulas,
    engine: { wallMs: engine.wallMs, cpuMs: engine.cpuMs, warmMs },
    openRecalculate: { wallMs: NaN, cpuMs: null },
    inside: null,
    agentsCompared: 0,
    cellsCompared: 0,
    mismatches: [],
  };

  const profileDir = await makeProfile(path.join(workDir, 'profile-recalc'), 'always');
  const outDir = path.join(workDir, 'csv');
  const conv = await convert([file], { soffice, to: CSV_EVERY_SHEET, outDir, profileDir, timeoutMs });
  result.openRecalculate = processTime(conv);
  if (conv.timedOut) return { ...result, error: `LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s` };
  if (conv.code !== 0) return { ...result, error: `soffice exited ${conv.code}: ${conv.unexpected.join(' | ')}` };
  const records = parseCsvRecords(await fs.readFile(sheetCsvPath(outDir, file, KPI_SHEET), 'utf8'));
  const c = compare(records, engine.value.agents);
  Object.assign(result, { agentsCompared: c.agents, cellsCompared: c.cells, mismatches: c.mismatches });

  if (timingProfile) {
    const t = await timeRecalculation(soffice, timingProfile, file, timeoutMs);
    result.inside = t.timing;
    if (!t.timing)
      result.insideNote = t.process.timedOut
        ? 'the timing macro did not finish in time'
        : `the timing macro did not report (exit ${t.process.code}) ${t.process.unexpected.join(' | ')}`;
  }
  return result;
}

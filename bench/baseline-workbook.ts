/**
 * The spreadsheet way, for the side-by-side baseline: a shop whose KPIs
 * (sales, buyers, conversion, AOV per agent) are SUMIFS/COUNTIFS formulas in a
 * 'KPI公式' sheet, one row per agent, over the orders and chat sheets.
 *
 * The orders are ones the engine attributes exactly as the formulas do: one
 * 工号 as the whole memo, every order paid in the period, no postage, refunds,
 * splits or duplicates, so net sales = 买家实际支付金额. The chat sheet is the
 * demo's (赤兔 layout, 延迟统计 cells included); inquiries are summed only on
 * days whose paid-buyers cell is a number, as the engine treats 延迟统计 as
 * not available.
 *
 * Buyers (distinct 买家会员名 per agent) need a helper column; two ways:
 *  - 'sorted':   orders sorted by 工号 then buyer (what a manager does with
 *                Data › Sort first); helper = 1 where (工号, buyer) differs from
 *                the row above. One cheap formula per row: favours the
 *                spreadsheet.
 *  - 'countifs': orders as exported (unsorted); helper =
 *                1/COUNTIFS(工号列, 工号, 买家列, 买家), summed per agent — the
 *                SUMPRODUCT(1/COUNTIFS) idiom as a helper column. Quadratic in
 *                the rows: minutes at 100k.
 */
import ExcelJS from 'exceljs';
import { generateDemoWorkbook, Random, type Cell, type SheetData, type WorkbookData } from '../src/engine';

export type DistinctMethod = 'sorted' | 'countifs';

export const ORDERS_SHEET = '订单报表';
export const CHAT_SHEET = '聊天统计';
export const KPI_SHEET = 'KPI公式';
export const KPI_HEADER = [
  '工号',
  '客服旺旺',
  '销售额',
  '销售人数',
  '询单人数',
  '询单付款人数',
  '询单转化率',
  '客单价',
];

export interface BaselineShop {
  /** What the engine reads: roster, orders (without the helper column), chat. */
  data: WorkbookData;
  agentIds: string[];
  accounts: Map<string, string>;
  method: DistinctMethod;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function baselineShop(orders: number, method: DistinctMethod, period = '2026-10', agents = 200): BaselineShop {
  const demo = generateDemoWorkbook({ period, orders: 1, agents, minimal: true, seed: 20261001 });
  const roster = demo.sheets.find((s) => s.name === '花名册')!;
  const chat = demo.sheets.find((s) => s.name === CHAT_SHEET)!;
  // The demo agents are the first rows of the roster; the last row left before this month.
  const people = roster.rows.slice(1, 1 + agents);
  const agentIds = people.map((r) => String(r[0]));
  const accounts = new Map(people.map((r) => [String(r[0]), String(r[2])]));

  const [year, month] = period.split('-').map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // The engine credits an agent only with orders placed while employed: each agent's orders fall on those days.
  const employed = people.map((r) => employedDays(roster.rows[0], r, year, month, days));
  const rnd = new Random(7 + orders);
  const rows: Cell[][] = [];
  for (let i = 0; i < orders; i++) {
    const a = rnd.int(0, agentIds.length - 1);
    // Regular customers come back to the same agent; the rest are anyone.
    const buyer = rnd.chance(0.4) ? `tb${a}x${rnd.int(0, 24)}` : `tb${rnd.int(1, Math.max(1000, orders))}`;
    const paid = Math.round((19.9 + rnd.next() * 480) * 100) / 100;
    const payTime = `${year}-${pad2(month)}-${pad2(rnd.int(employed[a].from, employed[a].to))} ${pad2(rnd.int(8, 23))}:${pad2(rnd.int(0, 59))}:${pad2(rnd.int(0, 59))}`;
    rows.push([String(3_000_000_000_000 + i * 7), buyer, paid, payTime, agentIds[a]]);
  }
  if (method === 'sorted')
    rows.sort((x, y) => cmp(x[4] as string, y[4] as string) || cmp(x[1] as string, y[1] as string));
  const orderSheet: SheetData = {
    name: ORDERS_SHEET,
    rows: [['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '商家备忘'], ...rows],
  };
  return { data: { sheets: [roster, orderSheet, chat] }, agentIds, accounts, method };
}

/** Day of the month (1-based) of a roster date cell ('2026-10-15', '2026/10/20' or an Excel serial); null if blank. */
function dayOf(v: Cell, year: number, month: number): number | null {
  if (v === null || v === '') return null;
  const d =
    typeof v === 'number'
      ? new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86_400_000)
      : new Date(`${String(v).trim().replace(/\//g, '-')}T00:00:00Z`);
  const at = d.getUTCFullYear() * 12 + d.getUTCMonth() - (year * 12 + month - 1);
  return at < 0 ? -Infinity : at > 0 ? Infinity : d.getUTCDate();
}

/** The days of the month an agent is employed (入职日期 to 离职日期, both included). */
function employedDays(
  header: Cell[],
  row: Cell[],
  year: number,
  month: number,
  days: number,
): { from: number; to: number } {
  const at = (word: string) => header.findIndex((h) => String(h ?? '').trim() === word);
  const hired = dayOf(row[at('入职日期')] ?? null, year, month);
  const left = dayOf(row[at('离职日期')] ?? null, year, month);
  return { from: Math.max(1, hired ?? 1), to: Math.min(days, left ?? days) };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const q = (sheet: string) => `'${sheet}'`;

/** The .xlsx LibreOffice recalculates: the input sheets, the helper column, and the KPI formulas. Cached results are 0. */
export async function writeBaselineXlsx(shop: BaselineShop, file: string): Promise<{ formulas: number }> {
  const wb = new ExcelJS.Workbook();
  const [roster, orders, chat] = shop.data.sheets;
  const values = (s: SheetData) => {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    return ws;
  };
  values(roster);
  const ws = wb.addWorksheet(orders.name);
  const last = orders.rows.length; // Excel row of the last order
  ws.addRow([...orders.rows[0], '新买家(辅助列)']);
  for (let i = 1; i < orders.rows.length; i++) {
    const r = i + 1;
    const helper =
      shop.method === 'sorted'
        ? `IF(AND(E${r}=E${r - 1},B${r}=B${r - 1}),0,1)`
        : `1/COUNTIFS($E$2:$E$${last},E${r},$B$2:$B$${last},B${r})`;
    ws.addRow([...orders.rows[i], { formula: helper, result: 0 }]);
  }
  values(chat);

  const O = q(ORDERS_SHEET);
  const C = q(CHAT_SHEET);
  const chatFirst = chat.rows.findIndex((r) => r[0] === '客服') + 2;
  const chatLast = chat.rows.length;
  const col = (L: string) => `${C}!$${L}$${chatFirst}:$${L}$${chatLast}`;
  const ord = (L: string) => `${O}!$${L}$2:$${L}$${last}`;
  const kpi = wb.addWorksheet(KPI_SHEET);
  kpi.addRow(KPI_HEADER);
  shop.agentIds.forEach((id, i) => {
    const r = i + 2;
    const buyers =
      shop.method === 'sorted'
        ? `SUMIFS(${ord('F')},${ord('E')},$A${r})`
        : `ROUND(SUMIFS(${ord('F')},${ord('E')},$A${r}),6)`;
    const f = (formula: string) => ({ formula, result: 0 });
    kpi.addRow([
      id,
      shop.accounts.get(id)!,
      f(`SUMIFS(${ord('C')},${ord('E')},$A${r})`),
      f(buyers),
      f(`SUMIFS(${col('E')},${col('A')},$B${r},${col('F')},">=0")`),
      f(`SUMIFS(${col('F')},${col('A')},$B${r})`),
      f(`IF(E${r}>0,F${r}/E${r},"")`),
      f(`IF(D${r}>0,C${r}/D${r},"")`),
    ]);
  });
  await wb.xlsx.writeFile(file);
  return { formulas: orders.rows.length - 1 + shop.agentIds.length * 6 };
}

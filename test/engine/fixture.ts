/** Small hand-made workbooks for rule tests: every number in a test is visible in the test. */
import type { Cell, SheetData, WorkbookData } from '../../src/engine/cell';
import { kpiHeaderRow } from '../../src/engine/plan/kpi-sheet';
import { CHAT_HEADER } from '../corpus/builder';

export const PERIOD = '2026-10';

export interface AgentRow {
  id: string;
  name?: string;
  account?: string;
  role?: '售前' | '售中' | '售后';
  level?: '初级' | '中级' | '高级' | '资深';
  status?: '试用' | '正式';
  hire?: string | null;
  leave?: string | null;
}

export interface OrderRow {
  id: string;
  buyer?: string;
  paid: number | string;
  postage?: number | string;
  refund?: number | string;
  qty?: number;
  memo?: string | null;
  pay?: string | number | null;
  status?: string;
  agent?: string;
}

export interface ChatRow {
  account: string;
  date?: string;
  consult?: number | string;
  received?: number | string;
  inquiries: number | string;
  paid: number | string;
  unreplied?: number | string;
  response?: number | string;
  counts?: [number, number, number, number, number];
}

/** Orders `${prefix}0` … `${prefix}${n - 1}`, each from its own buyer (the prefix in lower case); `rest(i)` gives the others. */
export function numberedOrders(
  n: number,
  prefix: string,
  rest: (i: number) => Omit<OrderRow, 'id' | 'buyer'>,
): OrderRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    buyer: `${prefix.toLowerCase()}${i}`,
    ...rest(i),
  }));
}

export function roster(agents: AgentRow[]): SheetData {
  const rows: Cell[][] = [['工号', '姓名', '客服旺旺', '岗位', '级别', '状态', '入职日期', '离职日期']];
  for (const a of agents)
    rows.push([
      a.id,
      a.name ?? `客服${a.id}`,
      a.account ?? `店:${a.id}`,
      a.role ?? '售前',
      a.level ?? '初级',
      a.status ?? '正式',
      a.hire ?? null,
      a.leave ?? null,
    ]);
  return { name: '花名册', rows };
}

export function orders(list: OrderRow[], opts: { name?: string; agentColumn?: boolean } = {}): SheetData {
  const header: Cell[] = [
    '订单编号',
    '买家会员名',
    '买家应付邮费',
    '买家实际支付金额',
    '订单状态',
    '订单付款时间',
    '宝贝总数量',
    '商家备忘',
    '退款金额',
  ];
  if (opts.agentColumn) header.push('接待客服');
  const rows: Cell[][] = [header];
  for (const o of list) {
    const r: Cell[] = [
      o.id,
      o.buyer ?? `buyer-${o.id}`,
      o.postage ?? 0,
      o.paid,
      o.status ?? '交易成功',
      o.pay === undefined ? '2026-10-10 12:00:00' : o.pay,
      o.qty ?? 1,
      o.memo ?? null,
      o.refund ?? 0,
    ];
    if (opts.agentColumn) r.push(o.agent ?? null);
    rows.push(r);
  }
  return { name: opts.name ?? '订单报表', rows };
}

export function chat(list: ChatRow[]): SheetData {
  const rows: Cell[][] = [CHAT_HEADER.slice()];
  for (const c of list) {
    const [vs, s, n, d, vd] = c.counts ?? [0, 0, 0, 0, 0];
    rows.push([
      c.account,
      c.date ?? '2026-10-10',
      c.consult ?? c.received ?? 0,
      c.received ?? 0,
      c.inquiries,
      c.paid,
      c.unreplied ?? 0,
      c.response ?? 20,
      vs,
      s,
      n,
      d,
      vd,
    ]);
  }
  return { name: '聊天统计', rows };
}

export function sheet(name: string, rows: Cell[][]): SheetData {
  return { name, rows };
}

/** A Plan sheet: key/value rows, a blank row, then the KPI table (zh headers) with the given rows. */
export function planWithKpis(kv: Cell[][], kpis: Record<string, Cell>[]): SheetData {
  const header = kpiHeaderRow('zh');
  return sheet('方案', [
    ['键', '值', '说明'],
    ...kv,
    [null, null, null],
    header,
    ...kpis.map((k) => header.map((h) => k[h as string] ?? null)),
  ]);
}

export function workbook(...sheets: SheetData[]): WorkbookData {
  return { sheets };
}

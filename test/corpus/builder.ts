/**
 * The corpus's small valid shop: 4 agents, 6 orders with memos, 2 days of chat
 * stats per agent. Every case starts from `baseWorkbook()` (a fresh deep copy)
 * and breaks one thing the way a real 订单报表 / 千牛 / 赤兔 export breaks it.
 *
 * The expected figures of the untouched base are in `BASE`: a case asserts the
 * broken thing is reported and everything else still comes out as in `BASE`.
 */
import type { Cell, SheetData, WorkbookData } from '../../src/engine/cell';

export const PERIOD = '2026-10';

export const ROSTER_NAME = '花名册';
export const ORDERS_NAME = '订单报表';
export const CHAT_NAME = '聊天统计';

export const ROSTER_HEADER: Cell[] = ['工号', '姓名', '客服旺旺', '岗位', '级别', '状态', '入职日期', '离职日期'];
export const ORDER_HEADER: Cell[] = [
  '订单编号',
  '买家会员名',
  '买家应付货款',
  '买家应付邮费',
  '总金额',
  '买家实际支付金额',
  '订单状态',
  '订单创建时间',
  '订单付款时间',
  '宝贝总数量',
  '商家备忘',
  '退款金额',
];
export const CHAT_HEADER: Cell[] = [
  '旺旺',
  '日期',
  '咨询人数',
  '接待人数',
  '询单人数',
  '询单最终付款人数',
  '未回复人数',
  '平均响应(秒)',
  '很满意',
  '满意',
  '一般',
  '不满意',
  '很不满意',
];

const ROSTER_ROWS: Cell[][] = [
  ['KF01', '张晓梅', '暖阳旗舰店:小美', '售前', '中级', '正式', '2025-03-01', null],
  ['KF02', '李丽', '暖阳旗舰店:小丽', '售前', '初级', '正式', '2025-06-15', null],
  ['KF03', '王强', '暖阳旗舰店:阿强', '售中', '高级', '正式', '2024-01-10', null],
  ['KF04', '赵安', '暖阳旗舰店:小安', '售后', '初级', '正式', '2025-09-01', null],
];

/** One order row: 订单编号 … 退款金额 (12 columns, ORDER_HEADER). */
function order(
  id: string,
  buyer: string,
  paid: number,
  postage: number,
  memo: string | null,
  pay: Cell,
  qty = 1,
  refund = 0,
): Cell[] {
  const goods = paid - postage;
  return [`="${id}"`, buyer, goods, postage, paid, paid, '交易成功', '2026-10-03 09:58:00', pay, qty, memo, refund];
}

const ORDER_ROWS: Cell[][] = [
  order('3100000000000000001', 'tb_alice', 208, 8, 'KF01', '2026-10-03 10:15:00', 2),
  order('3100000000000000002', 'tb_bob', 150, 0, '#KF02', '2026-10-04 11:00:00'),
  order('3100000000000000003', 'tb_carol', 300, 0, 'KF01/KF03', '2026-10-05 20:30:00', 2),
  order('3100000000000000004', 'tb_dave', 99.5, 0, '客服:KF03', '2026-10-06 08:05:09'),
  order('3100000000000000005', 'tb_erin', 120, 0, 'KF02 送小样', '2026-10-07 13:45:00', 1, 20),
  order('3100000000000000006', 'tb_frank', 80, 0, null, '2026-10-08 16:00:00'),
];

/** One chat row: account, date, consultations, received, inquiries, paid buyers, unreplied, avg response, 5 evaluation counts. */
const CHAT_ROWS: Cell[][] = [
  ['暖阳旗舰店:小美', '2026-10-03', 60, 60, 40, 22, 0, 20, 8, 2, 0, 0, 0],
  ['暖阳旗舰店:小美', '2026-10-04', 50, 50, 30, 14, 1, 30, 5, 3, 1, 0, 1],
  ['暖阳旗舰店:小丽', '2026-10-03', 40, 40, 20, 8, 0, 25, 3, 1, 0, 0, 0],
  ['暖阳旗舰店:小丽', '2026-10-04', 30, 30, 10, 5, 2, 35, 2, 1, 1, 0, 0],
  ['暖阳旗舰店:阿强', '2026-10-03', 30, 30, 10, 4, 0, 15, 4, 0, 0, 0, 0],
  ['暖阳旗舰店:阿强', '2026-10-04', 20, 20, 10, 6, 0, 25, 2, 2, 0, 0, 0],
  ['暖阳旗舰店:小安', '2026-10-03', 25, 25, 2, 0, 1, 40, 6, 2, 1, 1, 0],
  ['暖阳旗舰店:小安', '2026-10-04', 35, 35, 0, 0, 0, 20, 4, 3, 0, 0, 0],
];

/** What the base workbook gives (money in yuan, as payrollJson reports it). */
export const BASE = {
  agents: ['KF01', 'KF02', 'KF03', 'KF04'],
  sales: { KF01: 350, KF02: 250, KF03: 249.5, KF04: 0 } as Record<string, number>,
  buyers: { KF01: 2, KF02: 2, KF03: 2, KF04: 0 } as Record<string, number>,
  units: { KF01: 3, KF02: 2, KF03: 2, KF04: 0 } as Record<string, number>,
  inquiries: { KF01: 70, KF02: 30, KF03: 20, KF04: 2 } as Record<string, number>,
  paidBuyers: { KF01: 36, KF02: 13, KF03: 10, KF04: 0 } as Record<string, number>,
  received: { KF01: 110, KF02: 70, KF03: 50, KF04: 60 } as Record<string, number>,
  shopSales: 929.5,
  silentSales: 80,
  orders: 6,
  /** Sheet rows (Excel 1-based) of the order rows: header is row 1. */
  orderRow: (i: number) => i + 2,
  orderId: (i: number) => `31000000000000000${String(i + 1).padStart(2, '0')}`,
};

export interface BaseOptions {
  /** Extra sheets appended after roster, orders and chat. */
  extra?: SheetData[];
}

const copyRows = (rows: Cell[][]): Cell[][] => rows.map((r) => [...r]);

export function rosterSheet(rows: Cell[][] = ROSTER_ROWS, header: Cell[] = ROSTER_HEADER): SheetData {
  return { name: ROSTER_NAME, rows: [[...header], ...copyRows(rows)] };
}
export function ordersSheet(rows: Cell[][] = ORDER_ROWS, header: Cell[] = ORDER_HEADER): SheetData {
  return { name: ORDERS_NAME, rows: [[...header], ...copyRows(rows)] };
}
export function chatSheet(rows: Cell[][] = CHAT_ROWS, header: Cell[] = CHAT_HEADER): SheetData {
  return { name: CHAT_NAME, rows: [[...header], ...copyRows(rows)] };
}

/** A fresh copy of the valid base workbook: mutate it freely. */
export function baseWorkbook(opts: BaseOptions = {}): WorkbookData {
  return {
    sheets: [
      rosterSheet(),
      ordersSheet(),
      chatSheet(),
      ...(opts.extra ?? []).map((s) => ({ name: s.name, rows: copyRows(s.rows) })),
    ],
  };
}

export function sheetOf(wb: WorkbookData, name: string): SheetData {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`test workbook has no sheet ${name}`);
  return s;
}

export function withoutSheet(wb: WorkbookData, name: string): WorkbookData {
  return { sheets: wb.sheets.filter((s) => s.name !== name) };
}

/** 0-based column index of a header in a sheet's first row. */
export function columnIndex(sheet: SheetData, header: string): number {
  const i = sheet.rows[0].findIndex((h) => h === header);
  if (i < 0) throw new Error(`sheet ${sheet.name} has no column ${header}`);
  return i;
}

/** Set one cell by sheet name, Excel row number (1-based) and header text. */
export function setCell(wb: WorkbookData, sheet: string, excelRow: number, header: string, value: Cell): void {
  const s = sheetOf(wb, sheet);
  s.rows[excelRow - 1][columnIndex(s, header)] = value;
}

export function getCell(wb: WorkbookData, sheet: string, excelRow: number, header: string): Cell {
  const s = sheetOf(wb, sheet);
  return s.rows[excelRow - 1][columnIndex(s, header)];
}

/** Remove a column (header and data) from a sheet. */
export function dropColumn(wb: WorkbookData, sheet: string, header: string): void {
  const s = sheetOf(wb, sheet);
  const c = columnIndex(s, header);
  for (const r of s.rows) r.splice(c, 1);
}

/** Rename a header cell. */
export function renameHeader(wb: WorkbookData, sheet: string, from: string, to: Cell): void {
  const s = sheetOf(wb, sheet);
  s.rows[0][columnIndex(s, from)] = to;
}

/** Reorder a sheet's columns: `order` lists the old column indexes in their new order. */
export function permuteColumns(wb: WorkbookData, sheet: string, order: number[]): void {
  const s = sheetOf(wb, sheet);
  s.rows = s.rows.map((r) => order.map((i) => (i < r.length ? r[i] : null)));
}

/** Append data rows to a sheet. */
export function appendRows(wb: WorkbookData, sheet: string, ...rows: Cell[][]): void {
  sheetOf(wb, sheet).rows.push(...rows.map((r) => [...r]));
}

/** The base shop with these rows added at the end of one sheet. */
export function baseWithRows(sheet: string, ...rows: Cell[][]): WorkbookData {
  const wb = baseWorkbook();
  appendRows(wb, sheet, ...rows);
  return wb;
}

/** An order row in the ORDER_HEADER layout, for cases that add orders. */
export function orderRow(
  id: string,
  buyer: string,
  paid: Cell,
  memo: string | null,
  pay: Cell = '2026-10-09 10:00:00',
  extra: { postage?: Cell; refund?: Cell; qty?: Cell } = {},
): Cell[] {
  return [
    id,
    buyer,
    typeof paid === 'number' ? paid : null,
    extra.postage ?? 0,
    paid,
    paid,
    '交易成功',
    '2026-10-09 09:00:00',
    pay,
    extra.qty ?? 1,
    memo,
    extra.refund ?? 0,
  ];
}

/** A roster row in the ROSTER_HEADER layout. */
export function rosterRow(id: string, name: string, account: string, role = '售前', level = '初级'): Cell[] {
  return [id, name, account, role, level, '正式', '2025-01-01', null];
}

/** A chat row in the CHAT_HEADER layout. */
export function chatRow(
  account: string,
  date: Cell,
  received: Cell,
  inquiries: Cell,
  paid: Cell,
  response: Cell = 20,
  counts: Cell[] = [1, 0, 0, 0, 0],
): Cell[] {
  return [account, date, received, received, inquiries, paid, 0, response, ...counts];
}

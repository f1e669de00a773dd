/**
 * The three files a manager picks in 导入文件 for the browser test: the order report as the
 * site gives it (GBK CSV, quoted, ="…" order numbers, CRLF), a 赤兔 售前 chat export as
 * .xlsx (sheet "Sheet1", recognised by its header) and the roster as .xlsx.
 *
 * Sales by hand: KF01 = (208 − 8 postage) + 100 = 300; KF02 = 150; the 60 order names nobody.
 */
import ExcelJS from 'exceljs';
import type { SheetData } from '../../src/engine';
import { ChatSpec, LAYOUT_ROSTER, OrderSpec, TAOBAO_2017, chituPresales, taobaoOrders } from '../corpus/layout-builder';
import { asXlsxCells, siteCsvBytes } from '../corpus/site-forms';

const order = (n: number, buyer: string, paid: number, postage: number, memo: string | null, qty = 1): OrderSpec => ({
  id: `35153131473293579${n}`,
  buyer,
  paid,
  postage,
  refund: 0,
  qty,
  memo,
  payTime: `2026-10-0${n + 2} 10:15:00`,
});
const ORDERS = [
  order(1, 'tb_a', 208, 8, 'KF01', 2),
  order(2, 'tb_b', 150, 0, 'KF02'),
  order(3, 'tb_c', 100, 0, 'KF01'),
  order(4, 'tb_a', 60, 0, null),
];
const CHATS: ChatSpec[] = [
  { nick: '小美', date: null, received: 120, inquiries: 100, paidBuyers: 45, unreplied: 1, avgResponse: 18 },
  { nick: '小丽', date: null, received: 90, inquiries: 80, paidBuyers: 30, unreplied: 0, avgResponse: 65 },
];
// The layout tests' roster without its aftersales agent: the two presales agents the chats name.
const ROSTER: SheetData = { ...LAYOUT_ROSTER, rows: LAYOUT_ROSTER.rows.slice(0, 3) };

async function xlsxOf(sheet: SheetData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.name);
  for (const row of asXlsxCells(sheet).rows) ws.addRow(row.map((c) => (c === null ? undefined : c)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function importFiles() {
  const payloads = [
    {
      name: 'ExportOrderList202410.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(siteCsvBytes(taobaoOrders('ExportOrderList202410', TAOBAO_2017, ORDERS, { netted: false }))),
    },
    {
      name: '花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsxOf(ROSTER),
    },
    {
      name: '赤兔客服绩效.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsxOf(chituPresales('Sheet1', CHATS)),
    },
  ];
  return { payloads, orderIds: ORDERS.map((o) => o.id), bySales: { KF01: 300, KF02: 150 } };
}

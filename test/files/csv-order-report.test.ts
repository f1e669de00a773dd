// The order report as the CLI reads it: the 46-column Taobao layout (bench/order-csv.ts writes it as the site
// does: GBK, every field quoted, ="…" order numbers, CRLF). Only the columns the engine reads are kept, all of
// them by the byte path, and the engine's messages still name the file's column letters.
import { CsvSheetReader, generateDemoWorkbook, runPayroll } from '../../src/engine';
import { encodeGbk } from '../support/gbk';
import { orderRow, TAOBAO_46 } from '../../bench/order-csv';

const line = (cells: string[]) =>
  cells.map((c) => (c.startsWith('="') ? c : `"${c.replace(/"/g, '""')}"`)).join(',') + '\r\n';

function orderReport(rows: string[][]): Uint8Array {
  return encodeGbk(line(TAOBAO_46) + rows.map(line).join(''));
}

const options = { rows: 3000, agentIds: ['KF01', 'KF02', 'KF03'], year: 2026, month: 10 };

test('the 46-column export keeps the 12 columns the engine reads and the first three, each from its own file column', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => orderRow(i, options).cells);
  const bytes = orderReport(rows);
  const reader = new CsvSheetReader('订单报表', 'ExportOrderList.csv', { dropUnusedColumns: true });
  for (let at = 0; at < bytes.length; at += 100_000) reader.push(bytes.subarray(at, at + 100_000));
  const r = reader.finish();
  if (!r.ok) throw new Error(r.problem.code);
  // 订单编号 A, 买家会员名 B, (买家支付宝账号 C: one of the first three, where summary rows carry their word),
  // 买家应付货款 D, 买家应付邮费 E, 总金额 G, 买家实际支付金额 I, 订单状态 K, 订单创建时间 R, 订单付款时间 S,
  // 订单备注 X, 宝贝总数量 Y, 退款金额 AS.
  expect(r.sheet.columns).toEqual([0, 1, 2, 3, 4, 6, 8, 10, 17, 18, 23, 24, 44]);
  expect(r.sheet.rows[0]).toEqual([
    '订单编号',
    '买家会员名',
    '买家支付宝账号',
    '买家应付货款',
    '买家应付邮费',
    '总金额',
    '买家实际支付金额',
    '订单状态',
    '订单创建时间',
    '订单付款时间',
    '订单备注',
    '宝贝总数量',
    '退款金额',
  ]);
  expect(r.sheet.rows).toHaveLength(3001);
  // Row 2 of the file is order i = 1: ="300000000000000007", paid 1000 + 7919 cents, agent KF02, 2026-10-02 00:00:37.
  expect(r.sheet.rows[2]).toEqual([
    '300000000000000007',
    'tb_buyer1',
    '138****0001@163.com',
    '89.19',
    '0.00',
    '89.19',
    '89.19',
    '交易成功',
    '2026-10-02 00:00:37',
    '2026-10-02 00:00:37',
    '客服:KF02 已催付',
    '2',
    '0.00',
  ]);
  expect(reader.rowsFromPapaparse).toBe(0);
  const reference = new CsvSheetReader('订单报表', 'ExportOrderList.csv', {
    dropUnusedColumns: true,
    papaparseOnly: true,
  });
  reference.push(bytes);
  expect(reference.finish()).toEqual(r);
});

test("a bad amount is reported at the file's column and cell, not the kept column's", () => {
  const rows = Array.from({ length: 5 }, (_, i) => orderRow(i, options).cells);
  rows[1][8] = '八十九'; // 买家实际支付金额 of the order on the file's row 3
  const reader = new CsvSheetReader('订单报表', 'ExportOrderList.csv', { dropUnusedColumns: true });
  reader.push(orderReport(rows));
  const r = reader.finish();
  if (!r.ok) throw new Error(r.problem.code);
  const people = generateDemoWorkbook({ period: '2026-10', agents: 3, orders: 10, minimal: true }).sheets.filter(
    (s) => !s.name.startsWith('订单'),
  );
  const result = runPayroll({ sheets: [...people, r.sheet] }, { period: '2026-10', lang: 'zh', checksums: false });
  const bad = result.issues.find((i) => i.code === 'order-bad-paid');
  expect(bad).toMatchObject({ sheet: '订单报表', row: 3, column: '买家实际支付金额 (I)', cell: 'I3', value: '八十九' });
});

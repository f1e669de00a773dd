/**
 * Taobao's item report (宝贝报表, ExportOrderDetailList): one row per item with 订单编号, 标题, 价格, 购买数量 …
 * and no payment time, buyer or amount paid. SPEC §3 places an order in a period by its payment time and takes
 * net sales from 实付, so the item report cannot be read as orders: it is recognised and named, with the export
 * to bring instead (订单报表 / ExportOrderList). The header is the item report's as Taobao writes it.
 */
import { inputSheetsOf } from '../../src/engine';
import { BASE, ORDERS_NAME, baseWorkbook, withoutSheet } from './builder';
import { expectInputError, expectOneIssue, run } from './expect';

const ITEM_HEADER = [
  '订单编号',
  '标题',
  '价格',
  '购买数量',
  '外部系统编号',
  '商品属性',
  '套餐信息',
  '备注',
  '订单状态',
  '商家编码',
];
const itemReport = (name: string) => ({
  name,
  rows: [
    ITEM_HEADER,
    [
      '="3100000000000000001"',
      '加绒卫衣',
      '104.00',
      '2',
      null,
      '颜色分类:灰色;尺码:L',
      null,
      null,
      '交易成功',
      'WY-01',
    ],
    ['="3100000000000000002"', '围巾', '150.00', '1', null, '颜色分类:红色', null, null, '交易成功', 'WJ-02'],
  ],
});

describe('the Taobao item report', () => {
  test('given instead of the order report: the missing-orders stop names it as the item report and says what to bring', () => {
    const wb = withoutSheet(baseWorkbook(), ORDERS_NAME);
    wb.sheets.push(itemReport('ExportOrderDetailList202610'));
    const err = expectInputError(wb, [{ code: 'missing-sheet', mentions: ['ExportOrderDetailList202610'] }]);
    expect(err.issues[0].message.zh).toContain(
      '“ExportOrderDetailList202610”是淘宝的宝贝报表（ExportOrderDetailList：每行一件宝贝，没有付款时间、买家和实付金额），不能用来计算销售；请改用同一次导出的订单报表（ExportOrderList）',
    );
    expect(err.issues[0].message.en).toContain('is the Taobao item report');
    expect(err.issues[0].message.en).not.toContain('no known columns');
  });

  test('beside the order report: not read, said once as the item report, every figure as without it', () => {
    const wb = baseWorkbook({ extra: [itemReport('ExportOrderDetailList202610')] });
    const r = run(wb);
    const issue = expectOneIssue(r, {
      code: 'sheet-not-used',
      severity: 'info',
      sheet: 'ExportOrderDetailList202610',
      mentions: ['ExportOrderList'],
    });
    expect(issue.action.zh).toBe('未读取：销售按订单报表计算');
    expect(r.json.shop).toMatchObject({ sales: BASE.shopSales, silentSales: BASE.silentSales });
  });

  test('named as orders (订单明细): one stop saying it is the item report, no list of missing columns', () => {
    const wb = withoutSheet(baseWorkbook(), ORDERS_NAME);
    wb.sheets.push(itemReport('订单明细'));
    const err = expectInputError(wb, [
      { code: 'orders-item-report', sheet: '订单明细', mentions: ['ExportOrderList'] },
    ]);
    expect(err.issues[0].message.zh).toContain('宝贝报表');
  });

  test('the pane’s sheet list says the same of it', () => {
    const { others } = inputSheetsOf(baseWorkbook({ extra: [itemReport('Sheet1')] }).sheets);
    expect(others).toEqual([
      { name: 'Sheet1', look: expect.objectContaining({ zh: expect.stringContaining('宝贝报表') }) },
    ]);
  });

  test('an order report with a price column is still an order report', () => {
    const wb = baseWorkbook();
    const orders = wb.sheets.find((s) => s.name === ORDERS_NAME)!;
    orders.rows.forEach((row, i) => row.push(i === 0 ? '价格' : 1, i === 0 ? '购买数量' : 1, i === 0 ? '标题' : 't'));
    const r = run(wb);
    expect(r.json.shop).toMatchObject({ sales: BASE.shopSales });
  });
});

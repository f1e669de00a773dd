/**
 * columnsToRead: from a sheet's first rows, the columns the engine reads.
 * Expected indexes are read off the header lists by hand.
 */
import { columnMask, consecutiveRuns, columnsToRead, type Cell } from '../../src/engine';
import { TAOBAO_2021 } from '../corpus/layout-builder';

describe('columnsToRead', () => {
  test('the 71-column Taobao report: its 14 order fields plus the first three columns, under a title row', () => {
    const rows: Cell[][] = [['订单报表 2026-10'], [...TAOBAO_2021], TAOBAO_2021.map((_, c) => `v${c}`)];
    const choice = columnsToRead(rows, 'orders');
    // 订单编号 0, 买家会员名 1, (买家会员昵称 2: a summary column), 买家应付货款 5, 买家应付邮费 6, 总金额 8,
    // 买家实际支付金额 10, 订单状态 12, 订单创建时间 20, 订单付款时间 21, 订单备注 26, 宝贝总数量 27,
    // 退款金额 52, 商家备忘 69, 主订单编号 70.
    expect(choice).toEqual({ headerRow: 1, columns: [0, 1, 2, 5, 6, 8, 10, 12, 20, 21, 26, 27, 52, 69, 70] });
  });

  test('a sheet with an unknown name is taken by its header, as the engine takes it', () => {
    const header = ['收货地址', '订单号', '宝贝标题', '实付金额', '物流单号', '付款时间', '联系手机'];
    expect(columnsToRead([header], null)).toEqual({ headerRow: 0, columns: [0, 1, 2, 3, 5] });
  });

  test('both names of one field and a repeated header are all read, so the engine decides between them as before', () => {
    const header = ['订单号', '备注', '宝贝', '应付金额', '结算金额', '付款确认时间', '订单号'];
    expect(columnsToRead([header], 'orders')?.columns).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('consultation records: buyer, agent and time, plus the first three columns', () => {
    const header = ['会话ID', '店铺', '渠道', '买家', '客服', '咨询时间', '聊天内容', '满意度'];
    expect(columnsToRead([header], 'consultations')).toEqual({ headerRow: 0, columns: [0, 1, 2, 3, 4, 5] });
  });

  test('small kinds, sheets without a header and unrecognised sheets are read whole (null)', () => {
    expect(columnsToRead([['工号', '姓名', '岗位', '级别', '地址']], 'roster')).toBeNull();
    expect(columnsToRead([['工号', '等级', '总分']], 'history')).toBeNull();
    expect(
      columnsToRead(
        [
          ['a', 'b', 'c'],
          [1, 2, 3],
        ],
        'orders',
      ),
    ).toBeNull();
    expect(columnsToRead([['a', 'b', 'c']], null)).toBeNull();
    expect(columnsToRead([], 'orders')).toBeNull();
  });

  test('only the first 20 rows are searched for the header, as the engine searches', () => {
    const rows: Cell[][] = [
      ...Array.from({ length: 20 }, () => ['说明']),
      ['订单编号', '买家实际支付金额', '订单付款时间', '地址'],
    ];
    expect(columnsToRead(rows, 'orders')).toBeNull();
  });
});

describe('consecutiveRuns', () => {
  test('adjacent columns become one run', () => {
    expect(consecutiveRuns([0, 1, 2, 5, 6, 8, 70])).toEqual([
      { start: 0, count: 3 },
      { start: 5, count: 2 },
      { start: 8, count: 1 },
      { start: 70, count: 1 },
    ]);
    expect(consecutiveRuns([])).toEqual([]);
  });
});

test('columnMask: 1 at each column given, 0 between, nothing past the last; none given, an empty mask', () => {
  expect([...columnMask([0, 2, 5])]).toEqual([1, 0, 1, 0, 0, 1]);
  expect([...columnMask(new Set([3, 1]))]).toEqual([0, 1, 0, 1]);
  expect(columnMask([]).length).toBe(0);
});

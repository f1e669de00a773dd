/**
 * A sheet with data the run does not read is listed, never dropped unseen: a
 * second chat file beside the workbook's own, an order file lacking a column,
 * a CSV saved with semicolons (one cell per row). Empty sheets are not listed.
 */
import type { Cell, WorkbookData } from '../../src/engine';
import { baseWorkbook, chatSheet, CHAT_HEADER, ORDER_HEADER } from './builder';
import { expectSameAsBase, run } from './expect';

const base = run(baseWorkbook());

function withSheets(...sheets: { name: string; rows: Cell[][] }[]): WorkbookData {
  const wb = baseWorkbook();
  wb.sheets.push(...sheets);
  return wb;
}

const notUsed = (wb: WorkbookData) => run(wb).result.issues.filter((i) => i.code === 'sheet-not-used');

describe('sheets that are not read are said', () => {
  test('a second chat sheet, found by its header: a warning naming the chat sheet used; the figures are the base ones', () => {
    const second = { ...chatSheet(), name: '十月聊天' };
    const wb = withSheets(second);
    const issues = notUsed(wb);
    expect(issues.map((i) => [i.severity, i.sheet, i.message.zh, i.action.zh])).toEqual([
      [
        'warning',
        '十月聊天',
        '工作表“十月聊天”也是聊天统计，但已使用工作表“聊天统计”：“十月聊天”未读取',
        '如要用它，请删除或改名“聊天统计”',
      ],
    ]);
    expect(issues[0].message.en).toBe(
      'Sheet "十月聊天" is another chat stats sheet, but sheet "聊天统计" is used: "十月聊天" was not read',
    );
    expectSameAsBase(run(wb), base);
  });

  test('an order file without 订单付款时间: a warning saying what it lacks', () => {
    const header = ORDER_HEADER.filter((h) => h !== '订单付款时间');
    const wb = withSheets({ name: 'ExportOrderList', rows: [header, header.map(() => '1')] });
    expect(notUsed(wb).map((i) => [i.severity, i.message.zh])).toEqual([
      ['warning', '“ExportOrderList”有订单列，但没有 订单付款时间，未读取'],
    ]);
  });

  test('a sheet of other text (a notes sheet, a header in one cell): a note', () => {
    const wb = withSheets(
      { name: 'chat-semi', rows: [[CHAT_HEADER.join(';')], ['暖阳旗舰店:小美;2026-10-05;100']] },
      { name: '说明', rows: [['本表由店长整理']] },
    );
    expect(notUsed(wb).map((i) => [i.severity, i.sheet, i.message.zh, i.action.zh])).toEqual([
      ['info', 'chat-semi', '“chat-semi”没有可识别的列，未读取', '如需使用，请检查表头（列名）'],
      ['info', '说明', '“说明”没有可识别的列，未读取', '如需使用，请检查表头（列名）'],
    ]);
  });

  test('an empty sheet (Sheet1 as Excel makes it) is not listed', () => {
    expect(notUsed(withSheets({ name: 'Sheet1', rows: [] }, { name: 'Sheet2', rows: [[null, ''], []] }))).toEqual([]);
  });
});

// An .xlsx inserted by Excel keeps the export's sheet names ("Sheet1 (2)", "ExportOrderList202410"),
// which the pane does not find inputs by: a sheet whose header says what it holds takes its kind's name
// when that name is free, as an imported CSV does; anything else keeps its name.
import { nameInsertedSheets } from '../../src/taskpane/import-files';
import { MemoryPort } from './memory-port';

const CHAT = [
  ['旺旺', '询单人数', '询单->最终付款人数'],
  ['暖阳:小美', 10, 2],
];
const ORDERS = [
  ['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间'],
  ['351531314732935790', 'tb甲', 201.12, '2026-10-05 12:00:00'],
];
const ROSTER = [
  ['工号', '姓名', '客服旺旺', '岗位', '级别'],
  ['KF01', '小美', '暖阳:小美', '售前', '初级'],
];

test('unknown names take their kind name; a name the reader knows, or a sheet it cannot place, is left alone', async () => {
  const port = new MemoryPort({
    Sheet1: [],
    'Sheet1 (2)': CHAT,
    ExportOrderList202410: ORDERS,
    花名册: ROSTER,
    说明: [['导出说明']],
  });
  const names = await nameInsertedSheets(port, ['Sheet1 (2)', 'ExportOrderList202410', '花名册', '说明']);
  expect(names).toEqual(['聊天统计', '订单报表', '花名册', '说明']);
  expect([...port.sheets.keys()]).toEqual(['Sheet1', '聊天统计', '订单报表', '花名册', '说明']);
  expect(port.sheets.get('聊天统计')).toBe(CHAT);
  expect(port.reads).toEqual([['Sheet1 (2)'], ['ExportOrderList202410'], ['说明']]); // a known name is not read
});

test('a kind name already in the workbook is not taken over: the inserted sheet keeps its own name', async () => {
  const port = new MemoryPort({ 聊天统计: CHAT, 'Sheet1 (2)': CHAT });
  expect(await nameInsertedSheets(port, ['Sheet1 (2)'])).toEqual(['Sheet1 (2)']);
  expect([...port.sheets.keys()]).toEqual(['聊天统计', 'Sheet1 (2)']);
});

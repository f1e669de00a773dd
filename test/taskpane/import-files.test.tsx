/** @jest-environment jsdom */
// 导入文件: a roster CSV (UTF-8), the order report as downloaded (GBK, quoted, ="…", CRLF) and a chat
// .xlsx picked together into an empty workbook, then 生成月度工资 — through the pane, against the real engine.
import './dom-polyfills';

// Under jsdom, uuid (an ExcelJS dependency) resolves to its browser ES module: use its CommonJS build.
jest.mock('uuid', () => jest.requireActual('../../node_modules/uuid/dist/index.js'));
import { fireEvent, render, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import { formatMoney } from '../../src/taskpane/format';
import { encodeGbk, encodeUtf8 } from '../support/gbk';
import { MemoryPort } from './memory-port';

const ROSTER_CSV = '工号,姓名,客服旺旺,岗位,级别\r\nKF01,小美,暖阳:小美,售前,初级\r\nKF02,小王,暖阳:小王,售前,初级\r\n';
const q = (cells: string[]) => cells.map((c) => (c.startsWith('="') ? c : `"${c}"`)).join(',');
const ORDERS_CSV = [
  q(['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '订单付款时间 ', '收货地址 ', '商家备忘']),
  q(['="351531314732935790"', 'tb甲', '201.12', '交易成功', '2026-10-05 12:00:00', '浙江省 杭州市', 'KF01']),
  q(['="351531314732935791"', 'tb乙', '88.00', '交易成功', '2026-10-06 09:30:00', '广东省 深圳市', '客服 KF01']),
  q(['="351531314732935792"', 'tb丙', '50.00', '交易成功', '2026-10-07 20:00:00', '四川省 成都市', 'KF02']),
  '',
].join('\r\n');

async function chatXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('聊天统计');
  ws.addRows([
    ['日期', '旺旺', '询单人数', '询单->最终付款人数'],
    ['2026-10-05', '暖阳:小美', 10, 2],
    ['2026-10-05', '暖阳:小王', 10, 1],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);

function pick(files: File[]) {
  fireEvent.change(screen.getByTestId('import-files-input'), { target: { files } });
}

test('import three files into an empty workbook, then generate', async () => {
  const port = new MemoryPort();
  render(<App port={port} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByRole('button', { name: '导入文件' });
  pick([
    file(encodeUtf8(ROSTER_CSV, true), '花名册.csv'),
    file(encodeGbk(ORDERS_CSV), 'ExportOrderList202410.csv'),
    file(await chatXlsx(), '赤兔客服绩效.xlsx'),
  ]);
  await screen.findByText(/已导入：花名册、订单报表、聊天统计/, undefined, { timeout: 30_000 });

  // Order numbers are exact text; amounts are numbers; the whole file is kept.
  const orders = port.sheets.get('订单报表')!;
  expect(orders.map((r) => r[0])).toEqual([
    '订单编号',
    '351531314732935790',
    '351531314732935791',
    '351531314732935792',
  ]);
  expect(orders[1][2]).toBe(201.12);
  expect(orders[1][5]).toBe('浙江省 杭州市');
  expect(port.insertedWorkbooks).toHaveLength(1);

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  const summary = await screen.findByRole('region', { name: '2026-10 工资已生成' }, { timeout: 60_000 });
  // Shop sales by hand: 201.12 + 88.00 (KF01) + 50.00 (KF02) = 339.12 yuan.
  expect(within(summary).getByText('店铺销售额').nextSibling?.textContent).toBe(formatMoney(33912));
  const scorecard = [...port.sheets].find(([n]) => n.startsWith('绩效'))![1];
  const kf01 = scorecard.find((r) => r.includes('KF01'))!;
  const kf02 = scorecard.find((r) => r.includes('KF02'))!;
  expect(kf01).toContain(289.12); // 201.12 + 88.00
  expect(kf02).toContain(50);
}, 120_000);

test('importing an order CSV again asks before replacing 订单报表', async () => {
  const port = new MemoryPort({ 订单报表: [['old']] });
  render(<App port={port} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByRole('button', { name: '导入文件' });
  pick([file(encodeGbk(ORDERS_CSV), 'ExportOrderList.csv')]);
  const dialog = await screen.findByRole('dialog', undefined, { timeout: 30_000 });
  expect(within(dialog).getByText(/订单报表/)).toBeTruthy();
  expect(port.sheets.get('订单报表')).toEqual([['old']]);
  fireEvent.click(within(dialog).getByRole('button', { name: '替换', hidden: true }));
  await screen.findByText(/已导入：订单报表/, undefined, { timeout: 30_000 });
  expect(port.sheets.get('订单报表')![1][0]).toBe('351531314732935790');
});

test.each([
  ['an old .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '另存为 .xlsx'],
  ['an empty file', new Uint8Array(0), '是空文件'],
])('%s: a plain sentence, and nothing is imported', async (_label, bytes, says) => {
  const port = new MemoryPort();
  render(<App port={port} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByRole('button', { name: '导入文件' });
  pick([file(encodeUtf8(ROSTER_CSV), '花名册.csv'), file(bytes, '订单.xls')]);
  await screen.findByText(new RegExp(says), undefined, { timeout: 30_000 });
  expect(port.sheets.size).toBe(0);
});

test('a host without ExcelApi 1.13 says how to bring an .xlsx in', async () => {
  const port = new MemoryPort();
  port.workbookInsert = false;
  render(<App port={port} initialLang="en" today={new Date(2026, 10, 3)} />);
  pick([file(await chatXlsx(), 'chat.xlsx')]);
  await screen.findByText(/cannot insert an \.xlsx file \(chat\.xlsx\) itself/, undefined, { timeout: 30_000 });
  expect(port.sheets.size).toBe(0);
});

test('a CSV whose last record is cut short is imported, with a warning saying so', async () => {
  const port = new MemoryPort();
  render(<App port={port} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByRole('button', { name: '导入文件' });
  // Cut after '="…792","tb丙",': three fields (the last one empty) where the header has seven.
  const cut = ORDERS_CSV.slice(0, ORDERS_CSV.indexOf('"50.00"'));
  pick([file(encodeGbk(cut), 'ExportOrderList.csv')]);
  await screen.findByText(
    /已导入：订单报表。.*ExportOrderList\.csv 的最后一条记录（第 4 条）只有 3 列，表头有 7 列/,
    undefined,
    { timeout: 30_000 },
  );
  expect(port.sheets.get('订单报表')).toHaveLength(4);
});

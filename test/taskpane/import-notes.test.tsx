/** @jest-environment jsdom */
// What the CSV reader said of an imported file's bytes is shown at import AND is a row of the Issues sheet
// (数据问题) of a later generation from the pane, naming the sheet the file became, the row and the column,
// as cs-kpi does (test/cli/file-notes-in-issues.test.ts). Kept in the workbook's add-in settings meanwhile.
import './dom-polyfills';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { planImport } from '../../src/taskpane/import-files';
import { IMPORT_NOTES_KEY, keepImportNotes } from '../../src/taskpane/import-notes';
import { generatePayroll, insertSheets, validateInputs } from '../../src/taskpane/payroll-flow';
import { encodeGbk } from '../support/gbk';
import { MemoryPort } from './memory-port';

const ROSTER = '工号,姓名,旺旺,岗位,级别\r\nKF01,小美,店:小美,售前,中级\r\nKF02,小王,店:小王,售前,初级\r\n';
const CHAT = '旺旺,接待人数,询单人数,询单最终付款人数\r\n店:小美,10,5,2\r\n店:小王,10,5,2\r\n';
const ORDERS =
  '订单编号,买家会员名,买家实际支付金额,订单付款时间,商家备忘\r\n' +
  '="1001",甲,100.00,2026-10-05 12:00:00,KF01\r\n' +
  '="1002",乙,80.00,2026-10-06 12:00:00,#KF02\r\n';

/** The order CSV as downloaded, with the byte before KF02 (record 3, column E) damaged. */
function damagedOrders(): Uint8Array {
  const bytes = encodeGbk(ORDERS);
  bytes[bytes.indexOf('#'.charCodeAt(0))] = 0xff;
  return bytes;
}

// By hand from the message catalog's file-csv-undecodable text: file, record 3, column E, one such cell.
const NOTE_ZH = '订单.csv 第 3 行 E 列有无法识别的字节（显示为“�”），这样的单元格共 1 个';

const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);
const issuesRows = (port: MemoryPort) => port.sheets.get('数据问题 2026-10') ?? [];
const noteRows = (port: MemoryPort) => issuesRows(port).filter((r) => String(r[6]).startsWith(NOTE_ZH));

test('imported in the pane, generated later: the damaged byte is a row of 数据问题 naming 订单报表, row 3, E3', async () => {
  const port = new MemoryPort();
  render(<App port={port} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByRole('button', { name: '导入文件' });
  fireEvent.change(screen.getByTestId('import-files-input'), {
    target: {
      files: [
        file(encodeGbk(ROSTER), '花名册.csv'),
        file(damagedOrders(), '订单.csv'),
        file(encodeGbk(CHAT), '聊天统计.csv'),
      ],
    },
  });
  await screen.findByText(new RegExp(NOTE_ZH), undefined, { timeout: 30_000 });
  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  await screen.findByRole('region', { name: '2026-10 工资已生成' }, { timeout: 60_000 });
  const rows = noteRows(port);
  expect(rows).toHaveLength(1);
  // 级别 / 表 / 行 / 列 / 单元格 as the Issues sheet's first five columns.
  expect(rows[0].slice(0, 5)).toEqual(['警告', '订单报表', 3, 'E', 'E3']);
  expect(rows[0][7]).toBe('已按读到的内容计算：请核对该处，必要时重新下载');
}, 120_000);

async function importInto(port: MemoryPort, files: { name: string; bytes: Uint8Array }[]) {
  const plan = await planImport(
    files.map((f) => ({ name: f.name, bytes: async () => f.bytes })),
    false,
  );
  await insertSheets(port, plan.sheets);
  await keepImportNotes(port, plan.notes);
}

test('the note goes with the file: a clean download imported again, or rows added to the sheet, drop it', async () => {
  const port = new MemoryPort();
  await importInto(port, [
    { name: '花名册.csv', bytes: encodeGbk(ROSTER) },
    { name: '订单.csv', bytes: damagedOrders() },
    { name: '聊天统计.csv', bytes: encodeGbk(CHAT) },
  ]);
  await generatePayroll(port, { period: '2026-10', lang: 'zh' });
  expect(noteRows(port)).toHaveLength(1);
  // 检查数据 says it too, at the same cell.
  const { report } = await validateInputs(port, '2026-10');
  const checked = report.issues.filter((i) => i.message.zh.startsWith(NOTE_ZH));
  expect(checked.map((i) => [i.sheet, i.cell])).toEqual([['订单报表', 'E3']]);

  // The manager adds an order by hand: the sheet is no longer the file as read, the note no longer says where.
  port.sheets.get('订单报表')!.push(['1003', '丙', 20, '2026-10-07 12:00:00', 'KF01']);
  await generatePayroll(port, { period: '2026-10', lang: 'zh' });
  expect(noteRows(port)).toHaveLength(0);

  // Back to the damaged file, then a clean download imported over it: its notes replace the old ones (none).
  await importInto(port, [{ name: '订单.csv', bytes: damagedOrders() }]);
  await generatePayroll(port, { period: '2026-10', lang: 'zh' });
  expect(noteRows(port)).toHaveLength(1);
  await importInto(port, [{ name: '订单.csv', bytes: encodeGbk(ORDERS.replace('#', '')) }]);
  expect(port.settings.has(IMPORT_NOTES_KEY)).toBe(false);
  await generatePayroll(port, { period: '2026-10', lang: 'zh' });
  expect(noteRows(port)).toHaveLength(0);
}, 120_000);

/**
 * What the CSV reader says of a file it read all the same (a byte that is not text, a short last record) is
 * on stderr as the files are read, and also a line of the Issues sheet and of --json, where the manager and
 * finance look later.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { encodeGbk } from '../support/gbk';

test('a memo with a broken byte: stderr, a warning in --json and a row of 数据问题 naming 订单, row 3, E3', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-notes-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, encodeGbk(text));
    return p;
  };
  const roster = file(
    '花名册.csv',
    '工号,姓名,旺旺,岗位,级别\r\nKF01,小美,店:小美,售前,中级\r\nKF02,小王,店:小王,售前,初级\r\n',
  );
  const orders = Buffer.from(
    encodeGbk(
      '订单编号,买家会员名,买家实际支付金额,订单付款时间,商家备忘\r\n' +
        '="1001",甲,100.00,2026-10-05 12:00:00,KF01\r\n' +
        '="1002",乙,80.00,2026-10-06 12:00:00,#KF02\r\n',
    ),
  );
  orders[orders.indexOf('#KF02')] = 0xff; // the download damaged the byte before KF02
  const ordersPath = path.join(dir, '订单.csv');
  writeFileSync(ordersPath, orders);
  const chat = file('聊天统计.csv', '旺旺,接待人数,询单人数,询单最终付款人数\r\n店:小美,10,5,2\r\n店:小王,10,5,2\r\n');
  const out = path.join(dir, 'out.xlsx');
  const err: string[] = [];
  const stdout: string[] = [];
  const code = await main(['payroll', roster, ordersPath, chat, '--period', '2026-10', '--out', out, '--json'], {
    out: (s) => stdout.push(s),
    err: (s) => err.push(s),
  });
  expect(code).toBe(0);
  expect(err.join('\n')).toContain('订单.csv 第 3 行 E 列有无法识别的字节');
  const issue = JSON.parse(stdout.join('')).issues.find((i: { code: string }) => i.code === 'file-csv-undecodable');
  expect(issue).toMatchObject({ severity: 'warning', sheet: '订单', row: 3, column: 'E', cell: 'E3' });
  // The byte was the "#": the memo still reads KF02, so the order is KF02's.
  expect(JSON.parse(stdout.join('')).agents.find((a: { agentId: string }) => a.agentId === 'KF02').sales).toBe(80);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const texts = wb.getWorksheet('数据问题 2026-10')!.getSheetValues().flat().map(String);
  expect(texts.some((t) => t.includes('订单.csv 第 3 行 E 列有无法识别的字节'))).toBe(true);
});

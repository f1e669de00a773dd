/**
 * cs-kpi on a roster with only its header: there is nobody to pay, so the run stops as for a missing roster
 * (SPEC §7: exit 1), says why on stderr in the chosen language with the row, and writes no workbook.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { captureIo } from '../support/cli-io';

const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-empty-roster-'));
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const ordersFile = file(
  '订单.csv',
  '订单编号,买家会员名,买家实际支付金额,订单状态,订单付款时间,宝贝总数量,商家备忘\n1001,b1,100,交易成功,2026-10-03 10:01:00,1,A01\n',
);
const chatFile = file(
  '聊天统计.csv',
  '旺旺,日期,咨询人数,接待人数,询单人数,询单最终付款人数\n店:小美,2026-10-03,5,5,3,1\n',
);

test.each([
  [
    'zh',
    'cs-kpi: 花名册工作表“花名册”表头（第 1 行）下没有可用的客服行：没有可发工资的客服，无法生成绩效与工资（第 2 行，工号 (A) 列）',
  ],
  [
    'en',
    'cs-kpi: The roster sheet "花名册" has no usable agent rows below its header (row 1): with nobody to pay, no scorecard or payroll is made (row 2, column 工号 (A))',
  ],
])('--lang %s: exit 1, the reason on stderr, no workbook written', async (lang, message) => {
  const roster = file('花名册.csv', '工号,姓名,旺旺,岗位,级别\n');
  const c = captureIo();
  const out = path.join(dir, `out-${lang}.xlsx`);
  const code = await main(
    ['payroll', roster, ordersFile, chatFile, '--period', '2026-10', '--out', out, '--lang', lang],
    c.io,
  );
  expect(code).toBe(1);
  expect(c.err).toEqual([message]);
  expect(existsSync(out)).toBe(false);
});

test('a roster whose one row lacks its 岗位: exit 1, the row’s error and the stop', async () => {
  const roster = file('花名册2.csv', '工号,姓名,旺旺,岗位,级别\nA01,小美,店:小美,,初级\n');
  const c = captureIo();
  const out = path.join(dir, 'out-bad-row.xlsx');
  const code = await main(['payroll', roster, ordersFile, chatFile, '--period', '2026-10', '--out', out], c.io);
  expect(code).toBe(1);
  // With no workbook written, stderr is all the manager gets: the sheet, row and column of the blank 岗位 (D2).
  expect(c.err).toHaveLength(2);
  expect(c.err[0]).toMatch(/岗位.*（“花名册2”第 2 行，岗位 \(D\) 列）$/);
  expect(c.err[1]).toContain('没有可用的客服行');
  expect(existsSync(out)).toBe(false);
});

test('--lang en: the row error names sheet, row and column too', async () => {
  const roster = file('roster3.csv', '工号,姓名,旺旺,岗位,级别\nA01,小美,店:小美,售前,\n');
  const c = captureIo();
  const out = path.join(dir, 'out-bad-level.xlsx');
  const code = await main(
    ['payroll', roster, ordersFile, chatFile, '--period', '2026-10', '--out', out, '--lang', 'en'],
    c.io,
  );
  expect(code).toBe(1);
  // The blank 级别 is E2; the sheet (a CSV: its file's name) is named since the message does not.
  expect(c.err.find((l) => l.includes('level'))).toMatch(/\(sheet "roster3", row 2, column 级别 \(E\)\)$/);
});

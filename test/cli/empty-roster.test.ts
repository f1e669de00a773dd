/** cs-kpi on a roster with only its header: the run still writes (data problems are not fatal) but says why nobody is paid. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { captureIo } from '../support/cli-io';

const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-empty-roster-'));
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const inputs = [
  file('花名册.csv', '工号,姓名,旺旺,岗位,级别\n'),
  file(
    '订单.csv',
    '订单编号,买家会员名,买家实际支付金额,订单状态,订单付款时间,宝贝总数量,商家备忘\n1001,b1,100,交易成功,2026-10-03 10:01:00,1,A01\n',
  ),
  file('聊天统计.csv', '旺旺,日期,咨询人数,接待人数,询单人数,询单最终付款人数\n店:小美,2026-10-03,5,5,3,1\n'),
];

test.each([
  ['zh', '花名册工作表“花名册”表头（第 1 行）下没有可用的客服行：本期无人计入绩效与工资'],
  [
    'en',
    'The roster sheet "花名册" has no usable agent rows below its header (row 1): nobody is scored or paid this period',
  ],
])('--lang %s: the summary counts the error and prints its message', async (lang, message) => {
  const c = captureIo();
  const out = path.join(dir, `out-${lang}.xlsx`);
  const code = await main(['payroll', ...inputs, '--period', '2026-10', '--out', out, '--lang', lang], c.io);
  expect(code).toBe(0);
  expect(c.out.join('\n')).toContain(`  ${message}`);
  expect(c.out.join('\n')).toMatch(lang === 'zh' ? /错误 1/ : /1 errors/);
});

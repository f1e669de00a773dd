/**
 * cs-kpi given Taobao's item report (宝贝报表) as downloaded, a UTF-8 CSV with BOM named ExportOrderDetailList…,
 * instead of the order report: exit 1 (no orders sheet), and the message says which file it is and which export
 * to bring (订单报表 / ExportOrderList), where it used to say the file had no known columns.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { captureIo } from '../support/cli-io';

const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-item-report-'));
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

test('the item report in place of the order report: exit 1 naming it as the item report, in zh and en', async () => {
  const inputs = [
    file('花名册.csv', '工号,姓名,旺旺,岗位,级别\nKF01,小美,店:小美,售前,初级\n'),
    file(
      'ExportOrderDetailList202610311200.csv',
      '\ufeff"订单编号","标题","价格","购买数量","外部系统编号","商品属性","套餐信息","备注","订单状态","商家编码"\r\n' +
        '="3100000000000000001","加绒卫衣","104.00","2","","颜色分类:灰色","","","交易成功","WY-01"\r\n',
    ),
    file('聊天统计.csv', '旺旺,日期,咨询人数,接待人数,询单人数,询单最终付款人数\n店:小美,2026-10-03,5,5,3,1\n'),
  ];
  for (const lang of ['zh', 'en']) {
    const c = captureIo();
    const out = path.join(dir, `out-${lang}.xlsx`);
    const code = await main(['payroll', ...inputs, '--period', '2026-10', '--out', out, '--lang', lang], c.io);
    expect(code).toBe(1);
    const said = c.err.join('\n');
    expect(said).toContain(lang === 'zh' ? '是淘宝的宝贝报表' : 'is the Taobao item report');
    expect(said).toContain('ExportOrderList');
    expect(said).not.toMatch(/没有可识别的列|no known columns/);
    expect(existsSync(out)).toBe(false);
  }
});

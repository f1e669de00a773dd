/**
 * Output names as a manager types them: without an extension the file gets the
 * one its content needs (a double-click then opens it); a name of another kind
 * of file is refused before anything is read or written.
 */
import { existsSync, readdirSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { captureIo, smallShopInTempDir } from '../support/cli-io';

describe('cs-kpi: output file names', () => {
  const { dir, input } = smallShopInTempDir('cs-kpi-names-');

  test('names without an extension get .xlsx / .csv; a dotted name keeps its dot', async () => {
    const c = captureIo();
    const args = ['payroll', input, '--period', '2026-10', '--out', path.join(dir, '结果'), '--csv'];
    expect(await main([...args, path.join(dir, '工资2026.10'), '--dingtalk', path.join(dir, '钉钉')], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['shop.xlsx', '工资2026.10.csv', '结果.xlsx', '钉钉.xlsx'].sort());
    // The .xlsx is a workbook with the month's sheets.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '结果.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('工资表 2026-10');
  });

  test('an upper-case .XLSX is kept as it is', async () => {
    const c = captureIo();
    const out = path.join(dir, 'UPPER.XLSX');
    expect(await main(['payroll', input, '--period', '2026-10', '--out', out], c.io)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(out + '.xlsx')).toBe(false);
  });

  test('--out naming a .csv is refused in Chinese, then English, and nothing is written', async () => {
    const c = captureIo();
    const before = readdirSync(dir).sort();
    expect(await main(['payroll', input, '--period', '2026-10', '--out', path.join(dir, '工资.csv')], c.io)).toBe(2);
    const lines = c.err.join('\n').split('\n');
    expect(lines[0]).toBe('cs-kpi: --out 须是 .xlsx 文件，不能是“工资.csv”');
    expect(lines[1]).toBe('cs-kpi: --out must name a file ending in .xlsx, not "工资.csv"');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  test('--csv naming an .xlsx is refused, in English only with --lang en', async () => {
    const c = captureIo();
    const args = ['payroll', input, '--period', '2026-10', '--csv', path.join(dir, 'pay.xlsx'), '--lang', 'en'];
    expect(await main(args, c.io)).toBe(2);
    expect(c.err.join('\n').split('\n')[0]).toBe('cs-kpi: --csv must name a file ending in .csv, not "pay.xlsx"');
  });

  test('demo --out without an extension writes an .xlsx', async () => {
    const c = captureIo();
    const out = path.join(dir, 'demo');
    expect(await main(['demo', '--out', out, '--agents', '3', '--orders', '40'], c.io)).toBe(0);
    expect(existsSync(out + '.xlsx')).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});

/**
 * Regenerating a month onto its own outputs without --compare: the change list is made and the
 * lock history kept, as with --compare (SPEC pay-run control; the pane always compares). They
 * were lost: the new Audit sheet had neither the 变更 rows nor the 定稿 / 已解锁 rows.
 */
import type ExcelJS from 'exceljs';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-in-place-');
afterAll(() => tmp.remove());

const auditRows = async (file: string, period = PERIOD) => {
  const rows: ExcelJS.CellValue[][] = [];
  (await readBack(file))
    .getWorksheet(`审计 ${period}`)!
    .eachRow((r) => void rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
};

test('lock, unlock, change KF02 from 初级 to 中级, regenerate onto the same file: +500.00 listed, history kept', async () => {
  const shop = await writeXlsx(baseWorkbook(), tmp.file('shop.xlsx'));
  const out = tmp.file('out.xlsx');
  const first = await cli('payroll', shop, '--period', PERIOD, '--out', out, '--json');
  expect(first.code).toBe(0);
  const kf02Before = first.json().agents.find((a) => a.agentId === 'KF02')!.grossPay;
  expect((await cli('lock', out, '--period', PERIOD, '--by', '王会计')).code).toBe(0);
  expect((await cli('unlock', out, '--period', PERIOD, '--by', '李店长', '--reason', '级别登记错')).code).toBe(0);

  const wb = baseWorkbook();
  wb.sheets[0].rows[2][4] = '中级'; // KF02 李丽, 正式 since 2025-06-15: base 3,000.00 → 3,500.00 (plan defaults)
  const changed = await writeXlsx(wb, tmp.file('shop-fixed.xlsx'));
  const again = await cli('payroll', changed, '--period', PERIOD, '--out', out);
  expect(again.code).toBe(0);
  expect(again.out).toContain('与 out.xlsx 对比：1 人工资变动，1 张输入表变动，0 个方案键变动');
  const yuan = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2 });
  expect(again.out).toContain(`KF02 李丽  ¥${yuan(kf02Before)} → ¥${yuan(kf02Before + 500)}`);

  const rows = await auditRows(out);
  expect(rows.find((r) => r[0] === '变更' && r[1] === 'KF02 李丽')?.[2]).toBe(
    `应发工资 ${yuan(kf02Before)} → ${yuan(kf02Before + 500)}（+500.00）；底薪 3,000.00 → 3,500.00`,
  );
  // The roster still has its 4 agents (KF01–KF04): one cell changed, which the audit's checksum cannot name.
  expect(rows.find((r) => r[0] === '变更' && r[1] === '输入表：花名册')?.[2]).toBe(
    '已改动：数据行数未变（4 行），是单元格的值变了',
  );
  expect(rows.find((r) => r[0] === '变更' && r[1] === '输入表')?.[2]).toBe(
    `审计表只保存每张输入表的校验值，不保存单元格，所以说不出改的是哪个单元格：请与上次生成（${whenShown(first.json<{ generatedAt: string }>().generatedAt)}）时所用的表对照`,
  );
  expect(rows.filter((r) => r[0] === '定稿').map((r) => r.slice(1, 3))).toEqual([
    ['已定稿 (UTC)', '王会计'],
    ['已解锁 (UTC)', '李店长'],
  ]);
});

test('an --out holding another month is replaced as before, with no change list', async () => {
  const shop = await writeXlsx(baseWorkbook(), tmp.file('shop-b.xlsx'));
  const out = tmp.file('other-month.xlsx');
  expect((await cli('payroll', shop, '--period', '2026-09', '--out', out)).code).toBe(0);
  const r = await cli('payroll', shop, '--period', PERIOD, '--out', out);
  expect(r.code).toBe(0);
  expect(r.out).not.toContain('对比');
  expect((await auditRows(out)).some((row) => row[0] === '变更')).toBe(false);
});

/** The JSON's ISO UTC time as the Audit shows it when jest runs in UTC (test/setup/utc.ts): to the second. */
function whenShown(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} (UTC)`;
}

/**
 * A week or range paid under the plan key period.pay gets the lock of a month (README: Periods);
 * `cs-kpi lock --period 2026-W43` was refused as not a month. An unpaid week has no pay to lock.
 */
import { readFileSync } from 'fs';
import { baseWorkbook } from '../corpus/builder';
import { cli, makeTempDir, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-lock-week-');
afterAll(() => tmp.remove());

const shop = async (pay: boolean) => {
  const wb = baseWorkbook();
  if (pay)
    wb.sheets.push({
      name: '方案',
      rows: [
        ['键', '值', '说明'],
        ['period.pay', '是', '按周发薪'],
      ],
    });
  return writeXlsx(wb, tmp.file(pay ? 'paid.xlsx' : 'assessed.xlsx'));
};

test.each([
  ['2026-W43', '2026-W43'],
  ['2026-10-01..2026-10-15', '20261001-20261015'],
])(
  'a paid %s is locked, regenerating onto it is refused naming the --period to unlock, then unlocked',
  async (period, key) => {
    const input = await shop(true);
    const out = tmp.file(`out-${key}.xlsx`);
    expect((await cli('payroll', input, '--period', period, '--out', out)).code).toBe(0);
    const locked = await cli('lock', out, '--period', period, '--by', '王会计');
    expect(locked.code).toBe(0);
    expect(locked.out).toContain(`${period} 已定稿：王会计`);
    expect(locked.out).toContain(`（记录在 审计 ${key}）`);

    const bytes = readFileSync(out);
    const again = await cli('payroll', input, '--period', period, '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`cs-kpi unlock out-${key}.xlsx --period ${period} --by`);
    expect(readFileSync(out).equals(bytes)).toBe(true);

    expect((await cli('unlock', out, '--period', period, '--by', '李店长', '--reason', '补录')).code).toBe(0);
    expect((await cli('payroll', input, '--period', period, '--out', out)).code).toBe(0);
  },
);

test('an unpaid week is an assessment: nothing to lock, the file unchanged', async () => {
  const out = tmp.file('assessed-out.xlsx');
  expect((await cli('payroll', await shop(false), '--period', '2026-W43', '--out', out)).code).toBe(0);
  const bytes = readFileSync(out);
  const r = await cli('lock', out, '--period', '2026-W43', '--by', '王会计');
  expect(r.code).toBe(1);
  expect(r.err).toBe('cs-kpi: 2026-W43 是考核期，assessed-out.xlsx 中没有“工资表 2026-W43”表：没有工资，不需要定稿');
  expect(readFileSync(out).equals(bytes)).toBe(true);
});

/**
 * 申诉 in a week or a range. The sheet names months, not days, so a week cannot place its rows: they
 * were reported as rows "without a date" with the advice to fill in a date the dispute sheet has no
 * column for, and never paid. Now said once as what it is, and a week that pays is told the way that
 * does pay: the amount as a dated row of 奖惩. Amounts by hand, in cents.
 */
import { runPayroll, type SheetData, type WorkbookData } from '../../src/engine';
import { baseWorkbook } from '../corpus/builder';

const DISPUTE: SheetData = {
  name: '申诉',
  rows: [
    ['工号', '月份', '项目', '申诉金额', '状态', '原因'],
    ['KF01', '2026-10', '奖励', 100, '通过', '好评返图'],
  ],
};
const PAID: SheetData = {
  name: '方案',
  rows: [
    ['键', '值'],
    ['period.pay', '是'],
  ],
};
// The same approved 100.00, entered as the adjustment of a day in W43 (Monday 19 – Sunday 25 October).
const ADJUSTMENT: SheetData = {
  name: '奖惩',
  rows: [
    ['工号', '日期', '类型', '金额', '原因'],
    ['KF01', '2026-10-20', '奖励', 100, '申诉通过：好评返图'],
  ],
};
const shop = (...extra: SheetData[]): WorkbookData => ({ sheets: [...baseWorkbook().sheets, ...extra] });
const kf01Gross = (wb: WorkbookData, period: string) =>
  runPayroll(wb, { period }).agents.find((a) => a.agent.agentId === 'KF01')!.pay.grossPay;

describe('a paid week', () => {
  const r = runPayroll(shop(PAID, DISPUTE), { period: '2026-W43' });

  it('pays no dispute row, and says why once for the sheet with the way that pays it (zh and en)', () => {
    expect(kf01Gross(shop(PAID, DISPUTE), '2026-W43')).toBe(kf01Gross(shop(PAID), '2026-W43'));
    const said = r.issues.filter((i) => i.sheet === '申诉');
    // The sheet's one row is row 2 (under the header); 月份 is column B.
    expect(said.map((i) => [i.code, i.severity, i.row, i.cell])).toEqual([['disputes-by-month', 'warning', 2, 'B2']]);
    expect(said[0].message.zh).toBe('申诉表有 1 行：申诉按月份处理，不计入按周或按日期范围的 2026-W43');
    expect(said[0].action.zh).toBe(
      '在所属月份的工资中处理；按周或按日期范围发薪时，把通过的申诉金额连同日期记入奖惩表，即计入当期',
    );
    expect(said[0].message.en).toBe(
      'Disputes are handled by month and not counted in 2026-W43, a week or range (rows: 1)',
    );
  });

  it('the same amount as a dated 奖惩 row is paid in that week: KF01 +100.00', () => {
    expect(kf01Gross(shop(PAID, DISPUTE, ADJUSTMENT), '2026-W43') - kf01Gross(shop(PAID, DISPUTE), '2026-W43')).toBe(
      10000,
    );
  });
});

describe('an assessment week, and the month', () => {
  it('an assessment week notes the rows (info) without the advice on pay', () => {
    const said = runPayroll(shop(DISPUTE), { period: '2026-W43' }).issues.filter((i) => i.sheet === '申诉');
    expect(said.map((i) => [i.code, i.severity, i.action.zh])).toEqual([
      ['disputes-by-month', 'info', '在所属月份的工资中处理'],
    ]);
  });

  it('the month pays the dispute as before: KF01 +100.00', () => {
    expect(kf01Gross(shop(DISPUTE), '2026-10') - kf01Gross(shop(), '2026-10')).toBe(10000);
  });
});

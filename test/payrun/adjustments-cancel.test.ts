/**
 * 奖惩 rows that cancel out, rows of another month, and sub-cent amounts, on the corpus's small
 * shop: pay and statement to the cent, by hand. A reward written negative takes a reward back (it
 * was paid as a second reward: 奖励 100 then 奖励 -100 paid 200).
 */
import { runPayroll, type Cell, type PayrollResult } from '../../src/engine';
import { baseWorkbook, PERIOD } from '../corpus/builder';

const withAdjustments = (...rows: Cell[][]): PayrollResult => {
  const wb = baseWorkbook();
  wb.sheets.push({ name: '奖惩', rows: [['工号', '日期', '类型', '金额', '原因'], ...rows] });
  return runPayroll(wb, { period: PERIOD });
};
const base = runPayroll(baseWorkbook(), { period: PERIOD });
const payOf = (r: PayrollResult, id: string) => r.agents.find((a) => a.agent.agentId === id)!;
/** Cents this run pays an agent beyond the base shop, per component. */
const delta = (r: PayrollResult, id: string) => {
  const [now, was] = [payOf(r, id).pay, payOf(base, id).pay];
  return { awards: now.awards - was.awards, fines: now.fines - was.fines, gross: now.grossPay - was.grossPay };
};
const line = (r: PayrollResult, id: string, component: 'awards' | 'fines') =>
  payOf(r, id).statement.find((l) => l.component === component)!;

test('奖励 100 and 奖励 -100 cancel out: 100.00 in awards, 100.00 taken back in fines, gross unchanged', () => {
  const r = withAdjustments(
    ['KF01', '2026-10-05', '奖励', 100, '好评返图'],
    ['KF01', '2026-10-08', '奖励', -100, '重复登记'],
  );
  expect(delta(r, 'KF01')).toEqual({ awards: 10000, fines: 10000, gross: 0 });
  expect(line(r, 'KF01', 'awards').explanation.zh).toContain('奖励：好评返图 100.00');
  expect(line(r, 'KF01', 'fines').explanation.zh).toBe('冲减奖励：重复登记 100.00 = 100.00');
  expect(line(r, 'KF01', 'fines').explanation.en).toBe('taken back: reward: 重复登记 100.00 = 100.00');
  const issue = r.issues.find((i) => i.code === 'adjustment-negative')!;
  expect(issue).toMatchObject({ severity: 'warning', sheet: '奖惩', row: 3, cell: 'D3', agentId: 'KF01' });
  expect(issue.action.zh).toBe('按冲减奖励计入罚款（不会当作又一笔奖励发放）；如果是笔误，请改为正数');
  expect(issue.action.en).toContain('deducted in fines');
  for (const id of ['KF02', 'KF03', 'KF04']) expect(delta(r, id)).toEqual({ awards: 0, fines: 0, gross: 0 });
});

test('a reward and a fine of the same amount cancel; a fine written negative is still a fine; a project bonus taken back', () => {
  const r = withAdjustments(
    ['KF02', '2026-10-05', '奖励', 88.8, '建议被采纳'],
    ['KF02', '2026-10-06', '罚款', 88.8, '迟到'],
    ['KF03', '2026-10-07', '罚款', -50, '漏发赠品'],
    ['KF04', '2026-10-09', '项目奖金', -200, '大促项目取消'],
  );
  expect(delta(r, 'KF02')).toEqual({ awards: 8880, fines: 8880, gross: 0 });
  expect(delta(r, 'KF03')).toEqual({ awards: 0, fines: 5000, gross: -5000 });
  expect(r.issues.find((i) => i.cell === 'D4')).toMatchObject({ code: 'adjustment-negative', severity: 'info' });
  expect(delta(r, 'KF04')).toEqual({ awards: 0, fines: 20000, gross: -20000 });
  expect(line(r, 'KF04', 'fines').explanation.zh).toContain('冲减项目奖金：大促项目取消 200.00');
});

test('rows dated in another month pay nothing; sub-cent amounts that cancel are rounded each and net to 0.00', () => {
  const r = withAdjustments(
    ['KF01', '2026-09-30', '奖励', 300, '九月的'],
    ['KF01', '2026-11-01', '罚款', 50, '十一月的'],
    // 0.125 → 0.13 (half-up, by row), and its taking back -0.125 → 0.13 too: 0.00 net.
    ['KF02', '2026-10-03', '奖励', 0.125, '半分'],
    ['KF02', '2026-10-04', '奖励', -0.125, '冲回半分'],
  );
  expect(delta(r, 'KF01')).toEqual({ awards: 0, fines: 0, gross: 0 });
  expect(delta(r, 'KF02')).toEqual({ awards: 13, fines: 13, gross: 0 });
  expect(r.issues.filter((i) => i.code === 'amount-sub-cent').map((i) => i.cell)).toEqual(['D4', 'D5']);
});

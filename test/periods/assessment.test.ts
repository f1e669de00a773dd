/** A week or range is an assessment: selection by payment time and chat date, weekly targets, outputs without pay. */
import { runPayroll } from '../../src/engine/run';
import { InputError } from '../../src/engine/issues';
import { buildOutputSheets } from '../../src/engine/output/build';
import { periodJson } from '../../src/engine/output/json';
import { generateDemoWorkbook } from '../../src/engine/demo/generate';
import { chat, orders, roster, sheet, workbook } from '../engine/fixture';
import type { Cell } from '../../src/engine/cell';

const base = () => [
  roster([{ id: 'KF01', account: '店:KF01' }]),
  orders([
    { id: 'o1', paid: 100, pay: '2026-10-25 23:59:59', memo: 'KF01' }, // Sunday of W43: in
    { id: 'o2', paid: 200, pay: '2026-10-26 00:00:00', memo: 'KF01' }, // Monday of W44: out
    { id: 'o3', paid: 50, pay: '2026-10-19 00:00:00', memo: 'KF01' }, // Monday of W43: in
  ]),
  chat([
    { account: '店:KF01', date: '2026-10-25', inquiries: 10, paid: 4 },
    { account: '店:KF01', date: '2026-10-26', inquiries: 20, paid: 5 },
    { account: '店:KF01', date: '2026-10-19', inquiries: 10, paid: 6 },
  ]),
];

test('a week takes the orders paid Monday 00:00:00 to Sunday 23:59:59 and the chat rows dated in it', () => {
  const r = runPayroll(workbook(...base()), { period: '2026-W43' });
  const a = r.agents[0];
  expect(r.periodKind).toBe('week');
  expect(a.measures.sales).toBe(15000); // 100 + 50 yuan, in cents
  expect(a.measures.inquiries).toBe(20); // 10 + 10
  expect(a.measures.conversion).toBe(0.5); // (4 + 6) / 20
  const next = runPayroll(workbook(...base()), { period: '2026-W44' }).agents[0];
  expect([next.measures.sales, next.measures.conversion]).toEqual([20000, 0.25]); // 200; 5 / 20
});

test('a range takes both its days whole', () => {
  const r = runPayroll(workbook(...base()), { period: '2026-10-19..2026-10-25' });
  expect([r.agents[0].measures.sales, r.agents[0].measures.conversion]).toEqual([15000, 0.5]);
});

test('a chat sheet without dates cannot serve a week: the run stops, naming sheet and column', () => {
  const undated = sheet('聊天统计', [
    ['旺旺', '询单人数', '询单最终付款人数'],
    ['店:KF01', 40, 15],
  ]);
  const wb = workbook(base()[0], base()[1], undated);
  let err: unknown;
  try {
    runPayroll(wb, { period: '2026-W43' });
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InputError);
  const issue = (err as InputError).issues.find((i) => i.code === 'chat-no-date-for-period')!;
  expect([issue.sheet, issue.row, issue.column]).toEqual(['聊天统计', 1, '日期']);
  expect(issue.message.zh).toContain('日期');
  // The month still works from the same sheet: it holds the month.
  expect(runPayroll(wb, { period: '2026-10' }).agents[0].measures.conversion).toBe(15 / 40);
});

test('in a week, a chat row without a date is reported and left out', () => {
  const c = chat([{ account: '店:KF01', date: '2026-10-20', inquiries: 10, paid: 5 }]);
  c.rows.push(['店:KF01', null, 0, 0, 30, 30, 0, 20, 0, 0, 0, 0, 0]);
  const r = runPayroll(workbook(base()[0], base()[1], c), { period: '2026-W43' });
  expect(r.agents[0].measures.inquiries).toBe(10);
  expect(r.issues.some((i) => i.code === 'chat-undated-row' && i.row === 3)).toBe(true);
});

test('weekly targets: a week.target Plan key and 周期 = 周 rows apply to weeks only', () => {
  const plan = sheet('方案', [
    ['键', '值'],
    ['week.target.conversion', '40%'],
    ['week.target.sales.junior', 15000],
  ]);
  const week = runPayroll(workbook(...base(), plan), { period: '2026-W43' }).agents[0];
  const month = runPayroll(workbook(...base(), plan), { period: '2026-10' }).agents[0];
  const target = (a: typeof week, k: string) => a.kpis.find((x) => x.key === k)!.target;
  expect([target(week, 'conversion'), target(week, 'sales')]).toEqual([0.4, 15000]);
  expect([target(month, 'conversion'), target(month, 'sales')]).toEqual([0.5, 60000]); // the defaults
  // A range keeps the month's targets.
  expect(
    target(runPayroll(workbook(...base(), plan), { period: '2026-10-19..2026-10-25' }).agents[0], 'conversion'),
  ).toBe(0.5);

  // The personal weekly row wins over the undated one in a week, whatever the order; the month ignores it.
  const targets = sheet('目标', [
    ['工号', '指标', '目标', '周期'],
    ['KF01', '转化率', '60%', '周'],
    ['KF01', '转化率', '55%', null],
    ['KF01', '转化率', '70%', '每月'],
  ]);
  const w = runPayroll(workbook(...base(), targets), { period: '2026-W43' }).agents[0];
  const m = runPayroll(workbook(...base(), targets), { period: '2026-10' }).agents[0];
  expect(target(w, 'conversion')).toBe(0.6);
  expect(target(m, 'conversion')).toBe(0.7);
  const bad = runPayroll(
    workbook(
      ...base(),
      sheet('目标', [
        ['工号', '指标', '目标', '周期'],
        ['KF01', '转化率', '60%', '季度'],
      ]),
    ),
    { period: '2026-W43' },
  );
  expect(bad.issues.find((i) => i.code === 'targets-bad-cycle')?.column).toBe('周期 (D)');
});

test('an assessment writes scorecard, issues and audit; its JSON has no pay', () => {
  const r = runPayroll(workbook(...base()), { period: '2026-W43' });
  expect(buildOutputSheets(r, 'zh').map((s) => s.name)).toEqual([
    '绩效 2026-W43',
    '数据问题 2026-W43',
    '审计 2026-W43',
  ]);
  const j = periodJson(r) as { agents: Record<string, unknown>[] };
  expect(j.agents[0]).not.toHaveProperty('grossPay');
  expect(j.agents[0]).not.toHaveProperty('basePay');
  expect(j.agents[0].conversion).toBe(0.5);
  const month = periodJson(runPayroll(workbook(...base()), { period: '2026-10' })) as {
    agents: Record<string, unknown>[];
  };
  expect(typeof month.agents[0].grossPay).toBe('number');
  expect(() => runPayroll(workbook(...base()), { period: '2026-W99' })).toThrow(InputError);
});

test('a weekly run on the demo matches the conversion summed by hand from its chat sheet', () => {
  const wb = generateDemoWorkbook();
  const r = runPayroll(wb, { period: '2026-W43' });
  const agent = r.agents.find((a) => a.agent.role === 'presales')!;
  // Independently of the engine: the chat sheet's rows for this account dated 19–25 October.
  const chatRows = wb.sheets.find((s) => s.name === '聊天统计')!.rows;
  const header = chatRows[1] as Cell[];
  const col = (name: string) => header.indexOf(name);
  let inquiries = 0;
  let paid = 0;
  for (const row of chatRows.slice(2)) {
    const date = String(row[col('日期')] ?? '');
    if (row[col('客服')] !== agent.agent.account || date < '2026-10-19' || date > '2026-10-25') continue;
    inquiries += Number(row[col('询单人数')]);
    paid += Number(row[col('询单->最终付款人数')]);
  }
  expect(inquiries).toBeGreaterThan(100); // seven days of a presales agent
  expect(agent.measures.inquiries).toBe(inquiries);
  expect(agent.measures.paidBuyers).toBe(paid);
  expect(agent.measures.conversion).toBeCloseTo(paid / inquiries, 12);
});

test('in a week, QA rows without a date are left out and reported once per sheet; dated rows in the week count', () => {
  // Two undated rows (5 and 7 points), one dated in W43 (3 points), one dated in W44 (11 points).
  const qa = sheet('质检', [
    ['工号', '日期', '质检项目', '扣分'],
    ['KF01', null, '态度', 5],
    ['KF01', '', '话术', 7],
    ['KF01', '2026-10-21', '漏回', 3],
    ['KF01', '2026-10-27', '漏回', 11],
  ]);
  const week = runPayroll(workbook(...base(), qa), { period: '2026-W43' });
  expect(week.agents[0].qa.deducted).toBe(3);
  const undated = week.issues.filter((i) => i.code === 'undated-rows-for-period');
  expect(undated).toHaveLength(1);
  expect([undated[0].sheet, undated[0].column]).toEqual(['质检', '日期']);
  expect(undated[0].message.zh).toContain('2 行没有日期');
  // A month keeps the undated rows: the sheet is that month's.
  const month = runPayroll(workbook(...base(), qa), { period: '2026-10' });
  expect(month.agents[0].qa.deducted).toBe(5 + 7 + 3 + 11);
  expect(month.issues.some((i) => i.code === 'undated-rows-for-period')).toBe(false);
});

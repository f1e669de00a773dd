/**
 * Personal targets (目标 sheet) for any KPI of the plan's KPI table: a custom
 * measure (refund rate), a manual item (主管评分), by key or by name, long or
 * wide, with 周期; an unknown KPI or a banded one is reported with its cell and
 * the plan's target stays in force. Totals computed by hand.
 */
import type { Cell } from '../../src/engine';
import { runPayroll } from '../../src/engine';
import { chat, numberedOrders, orders, PERIOD, planWithKpis, roster, sheet, workbook } from './fixture';

// A Plan sheet whose only content is the KPI table.
const plan = planWithKpis(
  [],
  [
    { 指标键: 'sales', 度量: '销售额', 目标: 60000, '权重·售前': 100, '权重·售中': 100 },
    { 指标键: 'replyRate', 度量: '回复率', 目标: '98%', '权重·售后': 20 },
    { 指标键: 'avgResponse', 度量: '平均响应', 目标: 30, '权重·售后': 20 },
    { 指标键: 'satisfaction', 度量: '满意率', 目标: '95%', '权重·售后': 30 },
    { 指标键: 'refund', 指标名称: '退款率', 度量: '退款率', 方向: '越低越好', 目标: '5%', '权重·售后': 10 },
    { 指标键: 'supervisor', 指标名称: '主管评分', 度量: '评分:主管评分', 目标: 80, '权重·售后': 20 },
    {
      指标键: 'attitude',
      指标名称: '服务态度',
      度量: '评分:服务态度',
      评分分段: '优 ≥ 90 → 100, 差 → 0',
      '权重·售后': 0,
    },
  ],
);
const people = roster([
  { id: 'KF02', role: '售后' },
  { id: 'KF03', role: '售后' },
]);
// KF02: 10 orders of 200 = 2,000 paid, one refunded 160 → refund rate 8 %. KF03: no orders (no refund rate).
const sales = orders(numberedOrders(10, 'R', (i) => ({ paid: 200, refund: i === 0 ? 160 : 0, memo: 'KF02' })));
const stats = chat([
  { account: '店:KF02', received: 100, inquiries: 10, paid: 5, unreplied: 1, response: 40, counts: [18, 1, 1, 0, 0] },
  { account: '店:KF03', received: 100, inquiries: 10, paid: 5, unreplied: 0, response: 30, counts: [19, 0, 1, 0, 0] },
]);
const ratings = sheet('评分', [
  ['工号', '项目', '分数'],
  ['KF02', '主管评分', 85],
  ['KF03', '主管评分', 72],
  ['KF02', '服务态度', 95],
]);

const run = (targets: Cell[][]) =>
  runPayroll(workbook(people, sales, stats, plan, ratings, sheet('目标', targets)), { period: PERIOD });
const agent = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!;
const kpi = (r: ReturnType<typeof run>, id: string, key: string) => agent(r, id).kpis.find((k) => k.key === key)!;

describe('long form (工号 | 指标 | 周期 | 目标)', () => {
  const r = run([
    ['工号', '指标', '周期', '目标'],
    ['KF02', 'refund', '', '10%'], // a blank 周期 …
    ['KF02', '退款率', '月', '6%'], // … loses to the month's own row, whatever the order
    ['KF02', '主管评分', '周', 50], // weekly runs only
    ['KF02', '主管评分', '', 100],
    ['KF03', 'supervisor', '', 90],
    ['KF03', '考勤', '', 90], // no such KPI in the plan
    ['KF03', '服务态度', '', 80], // scored by bands
  ]);

  test('the custom KPIs are scored against the personal targets: hand-computed totals', () => {
    expect(kpi(r, 'KF02', 'refund')).toMatchObject({ target: 0.06, actual: 0.08 });
    expect(kpi(r, 'KF02', 'refund').score).toBeCloseTo(75, 10); // lower is better: 6 % / 8 %
    expect(kpi(r, 'KF02', 'supervisor')).toMatchObject({ target: 100, actual: 85, score: 85 });
    // (20 × 99/98·100 + 20 × 30/40·100 + 30 × 100 + 10 × 75 + 20 × 85) / 100 = (2020.408 + 1500 + 3000 + 750 + 1700) / 100 = 89.704
    expect(agent(r, 'KF02').score).toBe(89.7);
    expect(kpi(r, 'KF03', 'supervisor')).toMatchObject({ target: 90, actual: 72 });
    expect(kpi(r, 'KF03', 'supervisor').score).toBeCloseTo(80, 10);
    // Refund rate not available (no orders): (20 × 100/98·100 + 20 × 100 + 30 × 100 + 20 × 80) / 90 = 8640.816 / 90 = 96.009
    expect(agent(r, 'KF03').score).toBe(96.01);
  });

  test("an unknown KPI is reported with its cell and the plan's KPIs and targets stay in force; a banded KPI's target is ignored, said once", () => {
    const unknown = r.issues.filter((i) => i.code === 'targets-unknown-kpi');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ sheet: '目标', row: 7, cell: 'B7', value: '考勤', agentId: 'KF03' });
    expect(unknown[0].message.zh).toBe(
      '目标表中的指标“考勤”不是方案中的指标（方案的指标键：sales、replyRate、avgResponse、satisfaction、refund、supervisor、attitude）',
    );
    expect(unknown[0].message.en).toContain('is not a KPI of the plan');
    const banded = r.issues.filter((i) => i.code === 'targets-banded-kpi');
    expect(banded).toHaveLength(1);
    expect(banded[0]).toMatchObject({ sheet: '目标', row: 8, cell: 'D8' });
    expect(banded[0].message.zh).toBe('指标“服务态度”按评分分段计分，个人目标不适用');
  });
});

test("without a 目标 row the plan's targets apply: refund 5 %, 主管评分 80", () => {
  const r = run([['工号', '指标', '目标']]);
  expect(kpi(r, 'KF02', 'refund').score).toBeCloseTo(62.5, 10); // 5 % / 8 %
  expect(kpi(r, 'KF02', 'supervisor').score).toBeCloseTo(106.25, 10); // 85 / 80
});

test("wide form: a column per KPI, named by the KPI's name or item; a column named like a target of no KPI is reported", () => {
  const r = run([
    ['工号', '退款率', '主管评分', '考勤目标', '备注'],
    ['KF02', '6%', 100, 95, '试用'],
    ['KF03', null, 90, null, null],
  ]);
  expect(agent(r, 'KF02').score).toBe(89.7); // as in the long form
  expect(kpi(r, 'KF03', 'refund').target).toBe(0.05); // blank: the plan's target
  expect(kpi(r, 'KF03', 'supervisor').target).toBe(90);
  const unknown = r.issues.filter((i) => i.code === 'targets-unknown-kpi');
  expect(unknown).toHaveLength(1);
  expect(unknown[0]).toMatchObject({ sheet: '目标', row: 1, cell: 'D1', value: '考勤目标' });
  expect(r.issues.filter((i) => i.sheet === '目标' && i.code !== 'targets-unknown-kpi')).toEqual([]);
});

test('a target written twice for one agent and KPI with different values: the first row stands, the second is reported with its cell', () => {
  const r = run([
    ['工号', '指标', '周期', '目标'],
    ['KF02', 'refund', '', '6%'],
    ['KF02', '退款率', '', '10%'], // the same KPI by its name: a second, different target
    ['KF02', 'refund', '月', '8%'], // the month's own row is another slot: it wins over the blank one, as before
    ['KF03', 'supervisor', '', 90],
    ['KF03', '主管评分', '', 90], // the same value again: nothing to say
  ]);
  expect(kpi(r, 'KF02', 'refund').target).toBe(0.08);
  expect(kpi(r, 'KF03', 'supervisor').target).toBe(90);
  const dup = r.issues.filter((i) => i.code === 'targets-duplicate');
  expect(dup.map((i) => [i.sheet, i.row, i.cell, i.value, i.agentId])).toEqual([['目标', 3, 'D3', '10%', 'KF02']]);
  expect(dup[0].message.zh).toBe('KF02 的退款率目标写了两次且不同（第 2 行已有“6%”）');
  expect(dup[0].message.en).toBe(
    'KF02: the 退款率 target is written twice with different values (row 2 already has "6%")',
  );
});

test('without 周期 rows, a second different target is no longer silently the one in force', () => {
  // KF03's 主管评分 85 vs the first row's 90: 72 / 90 × 100 = 80 (the first), not 72 / 85 × 100 = 84.71.
  const r = run([
    ['工号', '主管评分'],
    ['KF03', 90],
    ['KF03', 85],
  ]);
  expect(kpi(r, 'KF03', 'supervisor').score).toBeCloseTo(80, 9);
  expect(r.issues.filter((i) => i.code === 'targets-duplicate').map((i) => i.row)).toEqual([3]);
});

test('two 目标 sheets giving one agent two different targets: the first sheet stands, the second is reported naming it', () => {
  const r = runPayroll(
    workbook(
      people,
      sales,
      stats,
      plan,
      ratings,
      sheet('目标', [
        ['工号', '主管评分'],
        ['KF03', 90],
      ]),
      sheet('目标 (2)', [
        ['工号', '主管评分'],
        ['KF03', 85],
      ]),
    ),
    { period: PERIOD },
  );
  expect(kpi(r, 'KF03', 'supervisor').target).toBe(90);
  const dup = r.issues.filter((i) => i.code === 'targets-duplicate');
  expect(dup.map((i) => [i.sheet, i.row, i.value])).toEqual([['目标 (2)', 2, '85']]);
  expect(dup[0].message.zh).toBe('KF03 的主管评分目标写了两次且不同（“目标”第 2 行已有“90”）');
});

test('a wide sheet ending with a 合计 row: the row is skipped and said as info on its row; the targets above stand', () => {
  const r = run([
    ['工号', '退款率', '主管评分'],
    ['KF02', '6%', 100],
    ['KF03', '4%', 90],
    ['合计', '10%', 190], // row 4: a manager's total (of rates it means nothing)
  ]);
  // KF02's refund rate 8 % (see above) against its own 6 %, not against a "total" 10 %.
  expect(kpi(r, 'KF02', 'refund').target).toBe(0.06);
  expect(kpi(r, 'KF03', 'supervisor').target).toBe(90);
  const totals = r.issues.filter((i) => i.code === 'targets-summary-row');
  expect(totals).toHaveLength(1);
  expect(totals[0]).toMatchObject({ severity: 'info', sheet: '目标', row: 4, cell: 'A4', value: '合计' });
  expect(totals[0].message.zh).toBe('目标表这一行是合计行（“合计”），不是哪位客服的目标');
  // Nothing else is said of it: not an unknown agent 合计.
  expect(r.issues.filter((i) => i.sheet === '目标' && i.code !== 'targets-summary-row')).toEqual([]);
});

test('a long sheet ending with "Total": said once, in English too', () => {
  const r = run([
    ['工号', '指标', '目标'],
    ['KF02', 'refund', '6%'],
    ['Total', '', ''],
  ]);
  const [total] = r.issues.filter((i) => i.code === 'targets-summary-row');
  expect(total).toMatchObject({ row: 3, value: 'Total' });
  expect(total.message.en).toBe('This row of the targets sheet is a total row ("Total"), nobody\'s target');
});

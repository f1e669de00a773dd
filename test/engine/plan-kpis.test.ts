/** The plan as the manager writes it: a KPI table in the Plan sheet, manual items from the 评分 sheet, bands. */
import { buildOutputSheets, defaultPlan, generateDemoWorkbook, payrollJson, runPayroll } from '../../src/engine';
import { planSheet } from '../../src/engine/plan/plan-sheet';
import { roster, orders, chat, sheet, workbook, PERIOD, planWithKpis, numberedOrders } from './fixture';

const run = (...s: Parameters<typeof workbook>) =>
  runPayroll(workbook(...s), { period: PERIOD, generatedAt: new Date('2026-11-01T00:00:00Z') });
const agent = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!;
const scoresOf = (r: ReturnType<typeof run>, id: string) =>
  Object.fromEntries(agent(r, id).kpis.map((k) => [k.key, k.score]));

const BANDS = '优 ≥ 90 → 100, 良 ≥ 75 → 85, 中 ≥ 60 → 70, 差 → 0';

describe('a custom plan: refund rate and 主管评分 (bands) for 售后, AOV removed for 售前', () => {
  const plan = planWithKpis(
    [],
    [
      {
        指标键: 'sales',
        度量: '销售额',
        '目标·初级': 60000,
        '目标·中级': 90000,
        '目标·高级': 120000,
        '目标·资深': 150000,
        '权重·售前': 40,
        '权重·售中': 20,
      },
      { 指标键: 'conversion', 度量: '询单转化率', 目标: '50%', '权重·售前': 40, '权重·售中': 20 },
      { 指标键: 'aov', 度量: '客单价', 目标: 150, '权重·售前': 0, '权重·售中': 10 },
      { 指标键: 'replyRate', 度量: '回复率', 目标: '98%', '权重·售前': 10, '权重·售中': 15, '权重·售后': 20 },
      { 指标键: 'avgResponse', 度量: '平均响应', 目标: 30, '权重·售前': 10, '权重·售中': 15, '权重·售后': 20 },
      { 指标键: 'satisfaction', 度量: '满意率', 目标: '95%', '权重·售中': 20, '权重·售后': 30 },
      {
        指标键: 'refund',
        指标名称: '退款率',
        度量: '退款率',
        方向: '越低越好',
        目标: '5%',
        '权重·售后': 10,
        指标定义: '退款金额 / 实付金额',
      },
      {
        指标键: 'supervisor',
        指标名称: '主管评分',
        度量: '评分:主管评分',
        评分分段: BANDS,
        '权重·售后': 20,
        绩效考核者: '客服主管',
      },
    ],
  );
  const people = roster([
    { id: 'KF01', level: '初级' },
    { id: 'KF02', role: '售后' },
    { id: 'KF03', role: '售后' },
  ]);
  // KF01: 300 orders of 150 → 45,000; KF02: 10 orders of 200 = 2,000 paid, one refunded 160 → refund rate 160 / 2,000 = 8 %
  const sales = orders([
    ...Array.from({ length: 300 }, (_, i) => ({ id: `O${i}`, paid: 150, memo: 'KF01', buyer: `b${i}` })),
    ...numberedOrders(10, 'R', (i) => ({ paid: 200, refund: i === 0 ? 160 : 0, memo: 'KF02' })),
  ]);
  const stats = chat([
    { account: '店:KF01', received: 200, inquiries: 100, paid: 55, unreplied: 2, response: 24 },
    { account: '店:KF02', received: 100, inquiries: 10, paid: 5, unreplied: 1, response: 40, counts: [18, 1, 1, 0, 0] },
    { account: '店:KF03', received: 100, inquiries: 10, paid: 5, unreplied: 0, response: 30, counts: [19, 0, 1, 0, 0] },
  ]);
  // KF02 rated twice (two weeks): mean (80 + 90) / 2 = 85 → 良 ≥ 75 → 85. KF03 has no rating.
  const ratings = sheet('评分', [
    ['工号', '项目', '分数', '日期'],
    ['KF02', '主管评分', 80, '2026-10-07'],
    ['KF02', '主管评分', 90, '2026-10-21'],
    ['KF02', '考勤', 100, '2026-10-31'],
  ]);
  const r = run(people, sales, stats, plan, ratings);

  test('售前 without AOV: hand-computed total', () => {
    const s = scoresOf(r, 'KF01');
    expect(Object.keys(s)).toEqual(['sales', 'conversion', 'replyRate', 'avgResponse']);
    // (40 × 75 + 40 × 110 + 10 × 101.0204… + 10 × 120) / 100 = (3000 + 4400 + 1010.204 + 1200) / 100 = 96.102
    expect(agent(r, 'KF01').score).toBe(96.1);
    expect(agent(r, 'KF01').grade).toBe('银牌');
  });

  test('售后 with refund rate (lower better) and 主管评分 through bands: hand-computed total', () => {
    const s = scoresOf(r, 'KF02');
    expect(s.refund).toBeCloseTo(62.5, 10); // 5 % / 8 % = 0.625
    expect(s.supervisor).toBe(85); // mean 85 → 良
    expect(s.avgResponse).toBeCloseTo(75, 10); // 30 / 40
    expect(s.satisfaction).toBeCloseTo(100, 10); // 19 / 20 = 95 %
    // (20 × 101.0204 + 20 × 75 + 30 × 100 + 10 × 62.5 + 20 × 85) / 100 = 8845.408 / 100 = 88.454
    expect(agent(r, 'KF02').score).toBe(88.45);
    expect(agent(r, 'KF02').grade).toBe('铜牌');
  });

  test('a missing rating is not available (never 0), and reported', () => {
    const s = scoresOf(r, 'KF03');
    expect(s.supervisor).toBeNull();
    expect(s.refund).toBeNull(); // no orders: nothing paid, so no refund rate
    // (20 × 102.0408 + 20 × 100 + 30 × 100) / 70 = 7040.816 / 70 = 100.583
    expect(agent(r, 'KF03').score).toBe(100.58);
    const missing = r.issues.filter((i) => i.code === 'rating-missing');
    expect(missing.map((i) => i.agentId)).toEqual(['KF03']);
    expect(missing[0].message.zh).toContain('主管评分');
    expect(missing[0].action.en).toContain('not 0');
  });

  test('no plan issue for a table whose weights add up to 100', () => {
    expect(r.issues.filter((i) => i.code.startsWith('plan-') || i.code.startsWith('kpi-'))).toEqual([]);
  });

  test('the scorecard shows the rating and a score column per KPI of the plan', () => {
    const sc = buildOutputSheets(r, 'zh')[0];
    const headers = sc.columns.map((c) => c.header);
    expect(headers).toContain('主管评分');
    expect(headers).toContain('主管评分得分');
    expect(headers).toContain('退款率得分');
    const kf02 = sc.rows.find((row) => row[1] === 'KF02')!;
    expect(kf02[headers.indexOf('主管评分')]).toBe(85);
    expect(kf02[headers.indexOf('主管评分得分')]).toBe(85);
  });
});

describe('seed 004: a single-KPI plan (conversion, weight 100, uncapped tier bonus)', () => {
  const plan = planWithKpis(
    [],
    [
      {
        指标键: 'conversion',
        指标名称: '询单转化率',
        度量: '询单转化率',
        目标: '50%',
        '权重·售前': 100,
        '权重·售中': 100,
        '权重·售后': 100,
      },
    ],
  );
  const r = run(
    roster([{ id: 'KF01' }]),
    orders([{ id: 'O1', paid: 100, memo: 'KF01' }]),
    chat([{ account: '店:KF01', received: 100, inquiries: 100, paid: 58 }]),
    plan,
  );

  test('58 % → score 116 (0.58 / 0.50), 金牌, conversion bonus 2,400 (800 + 4 steps × 400)', () => {
    const a = agent(r, 'KF01');
    expect(a.kpis.map((k) => k.key)).toEqual(['conversion']);
    expect(a.score).toBe(116);
    expect(a.grade).toBe('金牌');
    expect(a.pay.conversionBonus).toBe(240000);
    expect(r.issues.filter((i) => i.code.startsWith('plan-') || i.code.startsWith('kpi-'))).toEqual([]);
  });
});

describe('KPI table validation: each problem with its cell, the rest in force', () => {
  const plan = planWithKpis(
    [['score.cap', 1.2, null]],
    [
      {
        指标键: 'sales',
        度量: '销售额',
        '目标·初级': 60000,
        '目标·中级': 90000,
        '目标·高级': 120000,
        '目标·资深': 150000,
        '权重·售前': 50,
      },
      {
        指标键: 'conversion',
        度量: '询单转化率',
        目标: '50%',
        '权重·售前': 40,
        指标定义: '=HYPERLINK("http://x","点我")',
      },
      { 指标键: 'mystery', 度量: '心情指数', 目标: 1, '权重·售前': 10 },
      { 指标键: 'conversion', 度量: '询单转化率', 目标: '60%', '权重·售前': 10 },
    ],
  );
  const r = run(
    roster([{ id: 'KF01' }]),
    orders([{ id: 'O1', paid: 30000, memo: 'KF01' }]),
    chat([{ account: '店:KF01', received: 100, inquiries: 100, paid: 55 }]),
    plan,
  );
  const issue = (code: string) => r.issues.filter((i) => i.code === code);

  test('unknown measure: error at its 度量 cell (row 7, column C)', () => {
    // rows: 1 key/value header, 2 score.cap, 3 blank, 4 KPI header, 5 sales, 6 conversion, 7 mystery, 8 conversion again
    expect(issue('kpi-unknown-measure').map((i) => [i.severity, i.row, i.cell, i.value])).toEqual([
      ['error', 7, 'C7', '心情指数'],
    ]);
  });

  test('duplicate key: error at the second key cell, the first row is used', () => {
    expect(issue('kpi-duplicate-key').map((i) => [i.row, i.cell, i.value])).toEqual([[8, 'A8', 'conversion']]);
    expect(r.plan.kpis.slice(0, 2).map((k) => [k.key, k.target])).toEqual([
      ['sales', null],
      ['conversion', 0.5],
    ]);
  });

  test('weights summing to 90 for 售前 are scaled to 100 and reported; 售中 and 售后 (0) keep the default weights', () => {
    expect(issue('plan-weights-rescaled').map((i) => i.value)).toEqual(['90']);
    expect(issue('plan-weights-zero')).toHaveLength(2);
    // sales 30,000 / 60,000 → 50; conversion 55 % / 50 % → 110; (50 × 50 + 40 × 110) / 90 = 6900 / 90 = 76.667
    expect(agent(r, 'KF01').score).toBe(76.67);
  });

  test('five-element text beginning with "=" stays text in the outputs', () => {
    const statements = buildOutputSheets(r, 'zh')[2];
    const cells = statements.rows.flat();
    expect(cells).toContain('=HYPERLINK("http://x","点我")');
    expect(statements.rows.flat().some((c) => typeof c === 'object' && c !== null)).toBe(false); // no formula cell
  });
});

describe('a KPI row that cannot be read: its message in both languages names the KPI and the value', () => {
  const plan = planWithKpis(
    [],
    [
      { 指标键: 'sales', 度量: '销售额', 目标: 60000, '权重·售前': 100 },
      { 指标键: 'up', 度量: '回复率', 方向: '向上', 目标: '98%' },
      { 指标键: 'bands', 度量: '满意率', 评分分段: '优 大约 90' },
      { 指标键: 'zero', 度量: '客单价', 目标: 0 },
      { 指标键: 'weightless', 度量: '客单价', 目标: 150, '权重·售中': '很多' },
      { 指标键: 'capped', 度量: '客单价', 目标: 150, 得分上限: -1 },
    ],
  );
  const r = run(
    roster([{ id: 'KF01' }]),
    orders([{ id: 'O1', paid: 30000, memo: 'KF01' }]),
    chat([{ account: '店:KF01', received: 100, inquiries: 100, paid: 55 }]),
    plan,
  );
  const texts = (code: string) =>
    r.issues.filter((i) => i.code === code).map((i) => [i.cell, i.message.zh, i.message.en, i.action.zh]);

  test('direction, target, weight and cap', () => {
    // rows: 1 key/value header, 2 blank, 3 KPI header, 4 sales, 5 up, 6 bands, 7 zero, 8 weightless, 9 capped
    expect(texts('kpi-bad-direction')).toEqual([
      [
        'D5',
        '指标“up”的方向“向上”应为 越高越好 / 越低越好',
        'KPI "up": direction "向上" should be higher or lower',
        '该指标不计入方案',
      ],
    ]);
    expect(texts('kpi-bad-target')).toEqual([
      [
        'E7',
        '指标“zero”的目标“0”应为大于 0 的数',
        'KPI "zero": target "0" should be a number above 0',
        '该指标不计入方案',
      ],
    ]);
    expect(texts('kpi-bad-weight')).toEqual([
      [
        'K8',
        '指标“weightless”的权重“很多”应为非负数字',
        'KPI "weightless": weight "很多" should be a non-negative number',
        '该指标不计入方案',
      ],
    ]);
    expect(texts('kpi-bad-cap')).toEqual([
      [
        'M9',
        '指标“capped”的得分上限“-1”应为大于 0 的数（1.2 = 120 分）',
        'KPI "capped": cap "-1" should be above 0 (1.2 = 120 points)',
        '该指标不计入方案',
      ],
    ]);
  });

  test('bands: the message shows how to write them and why this text could not be read', () => {
    const [bad] = r.issues.filter((i) => i.code === 'kpi-bad-bands');
    expect(bad.cell).toBe('N6');
    expect(
      bad.message.zh.startsWith('指标“bands”的评分分段无法读取（应写成“优 ≥ 90 → 100, 良 ≥ 75 → 85, 差 → 0”）：'),
    ).toBe(true);
    expect(
      bad.message.en.startsWith('KPI "bands": bands cannot be read (write "A ≥ 90 → 100, B ≥ 75 → 85, C → 0"): '),
    ).toBe(true);
    expect(bad.message.zh).toContain('分段“优 大约 90”');
    expect(bad.message.en).toContain('band "优 大约 90"');
  });

  test('the rows that cannot be read are left out of the plan', () => {
    const keys = r.plan.kpis.map((k) => k.key);
    expect(keys).toContain('sales');
    for (const left of ['up', 'bands', 'zero', 'weightless', 'capped']) expect(keys).not.toContain(left);
  });
});

describe('the default plan written out as a KPI table changes nothing', () => {
  const wb = generateDemoWorkbook({ agents: 12, orders: 1500, seed: 5 });
  const opts = { period: '2026-10', generatedAt: new Date('2026-11-01T00:00:00Z') };
  const withoutPlan = { sheets: wb.sheets.filter((s) => s.name !== '方案' && s.name !== 'Plan') };
  const base = runPayroll(withoutPlan, opts);

  test.each(['zh', 'en'] as const)(
    'explicit %s Plan sheet: identical payroll JSON and output sheets (inputs list aside)',
    (lang) => {
      const explicit = runPayroll({ sheets: [...withoutPlan.sheets, planSheet(defaultPlan(), lang)] }, opts);
      expect(explicit.plan).toEqual(base.plan);
      const json = (x: typeof base) => JSON.stringify({ ...payrollJson(x), inputs: null });
      expect(json(explicit)).toBe(json(base));
      for (const out of ['zh', 'en'] as const) {
        const a = buildOutputSheets(base, out);
        const b = buildOutputSheets(explicit, out);
        for (let i = 0; i < a.length; i++) {
          const strip = (s: (typeof a)[number]) =>
            JSON.stringify({
              ...s,
              rows:
                s.kind === 'audit' ? s.rows.filter((row) => row[0] !== '输入表' && row[0] !== 'Input sheet') : s.rows,
            });
          expect(strip(b[i])).toBe(strip(a[i]));
        }
      }
    },
  );
});

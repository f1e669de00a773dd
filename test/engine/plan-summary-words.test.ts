/** The plan is written by the manager, not exported: a key `total` or a name 合计 is a real row, never a skipped summary line. */
import { runPayroll } from '../../src/engine';
import { chat, orders, PERIOD, planWithKpis, roster, workbook } from './fixture';

const people = roster([{ id: 'KF01', level: '初级' }]);
const sales = orders([{ id: 'O1', paid: 500, memo: 'KF01' }]);
const chats = chat([{ account: '店:KF01', inquiries: 4, paid: 1 }]);

test('a KPI keyed `total` (name Total) and one named 合计 are both in the KPI table, in order', () => {
  const plan = planWithKpis(
    [],
    [
      {
        指标键: 'total',
        指标名称: 'Total',
        度量: '销售额',
        目标: 1000,
        '权重·售前': 60,
        '权重·售中': 60,
        '权重·售后': 60,
      },
      {
        指标键: 'conversion',
        指标名称: '合计',
        度量: '询单转化率',
        目标: '50%',
        '权重·售前': 40,
        '权重·售中': 40,
        '权重·售后': 40,
      },
    ],
  );
  const r = runPayroll(workbook(people, sales, chats, plan), { period: PERIOD });
  const kf01 = r.agents.find((a) => a.agent.agentId === 'KF01')!;
  expect(kf01.kpis.map((k) => k.key)).toEqual(['total', 'conversion']);
  expect(r.issues.filter((i) => i.code.startsWith('kpi-') || i.code.startsWith('plan-'))).toEqual([]);
});

test('a plan key whose 说明 cell reads 合计 is still applied (base pay 4,321 for a junior)', () => {
  const plan = planWithKpis([['pay.base.junior', 4321, '合计']], []);
  const r = runPayroll(workbook(people, sales, chats, plan), { period: PERIOD });
  // KF01 is a regular junior employed all month (no hire or leave date): the whole base, in cents.
  expect(r.agents.find((a) => a.agent.agentId === 'KF01')!.pay.basePay).toBe(432100);
});

test('a key/value row keyed Total is said as an unknown key at its cell, not dropped unseen', () => {
  const plan = planWithKpis([['Total', 5, null]], []);
  const r = runPayroll(workbook(people, sales, chats, plan), { period: PERIOD });
  // Header 键/值/说明 on row 1, the Total row on row 2.
  expect(r.issues.filter((i) => i.sheet === '方案' && i.row === 2).map((i) => i.cell)).toEqual(['A2']);
});

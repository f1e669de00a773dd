/** The summary cs-kpi prints after a run, in each language: texts written out by hand. */
// Amounts are in cents, as the engine keeps them.
import { summaryText } from '../../src/cli/summary';
import type { PayrollResult } from '../../src/engine';

const agent = (
  id: string,
  name: string,
  rank: number,
  score: number | null,
  grade: string,
  gross: number,
  stars: string[][],
) => ({
  agent: { agentId: id, name, role: 'presales' },
  rank,
  score,
  grade,
  pay: { grossPay: gross },
  stars: stars.map(([zh, en]) => ({ label: { zh, en } })),
});

function result(paysPeriod: boolean): PayrollResult {
  return {
    period: paysPeriod ? '2026-10' : '2026-W43',
    paysPeriod,
    shopName: '暖阳旗舰店',
    shop: { sales: 12345670, silentOrders: 12, silentSales: 340000, silentShare: 0.0275 },
    agents: [
      agent('K001', '小美', 1, 96.5, '金牌', 812345, [
        ['销冠', 'Top seller'],
        ['服务之星', 'Service star'],
      ]),
      agent('K002', '阿强', 2, null, '不达标', 300000, []),
    ],
    issues: [{ severity: 'error' }, { severity: 'warning' }, { severity: 'warning' }, { severity: 'info' }],
  } as unknown as PayrollResult;
}

test('a month in Chinese: shop line with gross pay total, role heading, ranked lines, problem counts', () => {
  expect(summaryText(result(true), 'zh').split('\n')).toEqual([
    'CS Performance 客服绩效 暖阳旗舰店 2026-10：2 名客服，店铺销售额 ¥123,456.70，静默下单 12 笔 ¥3,400.00（占 2.8%），应发工资合计 ¥11,123.45',
    '售前（2 人）前三：',
    '   1. K001 小美  96.50  金牌  ¥8,123.45  ★ 销冠、服务之星',
    '   2. K002 阿强  N/A  不达标  ¥3,000.00',
    '数据问题：错误 1，警告 2，提示 1',
  ]);
});

test('a week in English: an assessment states no pay', () => {
  expect(summaryText(result(false), 'en').split('\n')).toEqual([
    'CS Performance 暖阳旗舰店 2026-W43: 2 agents, shop sales ¥123,456.70, silent orders 12 (¥3,400.00, 2.8%) (assessment: no pay)',
    'Presales (2) top 3:',
    '   1. K001 小美  96.50  Gold  ★ Top seller, Service star',
    '   2. K002 阿强  N/A  Fail',
    'Data problems: 1 errors, 2 warnings, 1 info',
  ]);
});

test('a name of 40,000 characters or with a line break stays on its line, cut after 20 characters (emoji whole)', () => {
  const r = result(true);
  r.agents[0].agent.name = `😀${'长'.repeat(39999)}`;
  r.agents[1].agent.name = '阿\n强';
  const lines = summaryText(r, 'zh').split('\n');
  expect(lines[2]).toBe(`   1. K001 😀${'长'.repeat(19)}…  96.50  金牌  ¥8,123.45  ★ 销冠、服务之星`);
  expect(lines[3]).toBe('   2. K002 阿 强  N/A  不达标  ¥3,000.00');
});

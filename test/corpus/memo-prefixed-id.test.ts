/**
 * Agents write their 工号 KF01 as `KF 01`, `KF-01` or `kf_01` too, and in haste `KF  01` or `KF - 01`. A roster
 * letter prefix, a separator (spaces, full-width ones too, with at most one - or _ among them, or a - or _ alone)
 * and digits name the 工号 of those letters and digits exactly as `KF01` does (case aside, digits as written). Letters that are no roster prefix name nobody, so `iPhone 15`,
 * `TB 2026` and `SF 1234567890` stay text; a prefix with digits no 工号 has (`KF 99`) is said, as KF99 is.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { memoAgents } from '../../src/engine/formulas';
import { MemoIds, scanMemo } from '../../src/engine/memo';
import { main } from '../../src/cli/main';
import { captureIo } from '../support/cli-io';
import { BASE, ORDERS_NAME, baseWorkbook, setCell } from './builder';
import { expectCodes, expectOneIssue, run } from './expect';

describe('a 工号 written with a space, - or _ between its letters and digits', () => {
  const roster = new Set(['KF01', 'KF02', 'KF03', 'KF12', '11']);

  test.each([
    ['KF 01', ['KF01']],
    ['kf 02 已核对地址', ['KF02']],
    ['客服：KF　03 顺丰', ['KF03']],
    ['KF－12 换货', ['KF12']],
    ['kf_02', ['KF02']],
    ['KF-01/KF 03', ['KF01', 'KF03']],
    ['#KF 12 10月5日发', ['KF12']],
    ['1号客服 KF 02', ['KF02']],
    // Letters that are no roster prefix: a phone model, a year, a promotion, a courier number.
    ['iPhone 15 壳 送膜', []],
    ['TB 2026 双11', []],
    ['满 100 减 10', []],
    ['第 2 件半价', []],
    ['SF 1234567890 已发', []],
    // The digits as written: KF1 is no 工号 (as the memo KF1 names nobody), KF 011 is not KF01.
    ['KF 1', []],
    ['KF 011', []],
    // KF 11 is the 工号 KF11, not on the roster: not the digit-only 工号 11.
    ['KF 11', []],
    ['KF 11 11', ['11']],
    // Typed in haste: two spaces, a dash with spaces around it, full-width spaces (fold to spaces).
    ['KF  01 已核对', ['KF01']],
    ['KF - 02', ['KF02']],
    ['kf- 03 顺丰', ['KF03']],
    ['KF _12', ['KF12']],
    ['KF　　01', ['KF01']],
    ['KF  01-KF - 02', ['KF01', 'KF02']],
    // Two dashes are no separator: KF and 01 stay apart (01 is no 工号 here).
    ['KF -- 01', []],
    ['KF - A1', []],
    ['iPhone  15', []],
  ])('%s names %j', (memo, expected) => expect(memoAgents(memo, roster)).toEqual(expected));

  test('an agent column (接待客服) cell reads the same way: KF  01 and KF - 02 name KF01 and KF02, KF -- 03 nobody', () => {
    const ids = new MemoIds(['KF01', 'KF02', 'KF03']);
    expect(['KF  01', 'KF - 02', 'kf_ 03', 'KF -- 03', 'KF  99'].map((s) => ids.indexOf(s))).toEqual([0, 1, 2, -1, -1]);
  });

  test('a prefix with digits no 工号 has, written in haste, is said as that 工号', () => {
    const unknown: string[] = [];
    scanMemo('KF  99 送小样', new MemoIds(['KF01']), [], { unknown });
    expect(unknown).toEqual(['KF99']);
  });

  test('a roster writing the dash (KF-01) is named by KF01, KF 01 and KF-01 alike', () => {
    const dashed = new Set(['KF-01', 'KF-02']);
    expect(memoAgents('KF01', dashed)).toEqual(['KF-01']);
    expect(memoAgents('kf 02', dashed)).toEqual(['KF-02']);
    expect(memoAgents('KF-01/KF_02', dashed)).toEqual(['KF-01', 'KF-02']);
  });

  test('a roster holding both KF01 and KF-01: each exactly as written, KF 01 names neither', () => {
    const both = new Set(['KF01', 'KF-01']);
    expect(memoAgents('KF01', both)).toEqual(['KF01']);
    expect(memoAgents('KF-01', both)).toEqual(['KF-01']);
    expect(memoAgents('KF 01', both)).toEqual([]);
  });
});

describe('end to end through the engine', () => {
  test('spaced memos credit their agents; KF 99 is said and silent; iPhone 15 is silent without a word', () => {
    const wb = baseWorkbook();
    const memos = ['KF 01', 'kf 02 已核对', 'KF-01/KF 03', '客服：KF　03', 'KF 99 送小样', 'iPhone 15 壳'];
    memos.forEach((m, i) => setCell(wb, ORDERS_NAME, BASE.orderRow(i), '商家备忘', m));
    const r = run(wb);
    // Net sales by hand (BASE's orders): 208 − 8 postage = 200 (2 units); 150; 300 (2 units, split); 99.50;
    // 120 − 20 refund = 100; 80. KF01: 200 + 150 = 350; KF02: 150; KF03: 150 + 99.50 = 249.50.
    expect(r.agent('KF01')).toMatchObject({ sales: 350, buyers: 2, units: 3 });
    expect(r.agent('KF02')).toMatchObject({ sales: 150, buyers: 1, units: 1 });
    expect(r.agent('KF03')).toMatchObject({ sales: 249.5, buyers: 2, units: 2 });
    // Silent: KF 99 (100) and iPhone 15 (80).
    expect(r.json.shop).toMatchObject({ sales: 929.5, silentSales: 180, silentOrders: 2 });
    // 商家备忘 is column K; order 5 is sheet row 6.
    expectOneIssue(r, { code: 'memo-unknown-id', row: 6, cell: 'K6', value: 'KF 99 送小样', mentions: ['KF99'] });
    expectCodes(r, 'memo-unknown-id');
  });
});

describe('end to end through cs-kpi on CSV files', () => {
  test('memos KF 01 and kf-02 credit KF01 and KF02; TB 2026 is silent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-memo-space-'));
    const file = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const inputs = [
      file('花名册.csv', '工号,姓名,旺旺,岗位,级别\nKF01,小美,店:小美,售前,初级\nKF02,小丽,店:小丽,售前,初级\n'),
      file(
        '订单报表.csv',
        [
          '订单编号,买家会员名,买家实际支付金额,买家应付邮费,订单状态,订单付款时间,宝贝总数量,商家备忘',
          '="3100000000000000001",tb_a,100.00,0,交易成功,2026-10-03 10:00:00,1,KF 01',
          '="3100000000000000002",tb_b,60.00,10.00,交易成功,2026-10-04 10:00:00,2,kf-02 已核对',
          '="3100000000000000003",tb_c,45.00,0,交易成功,2026-10-05 10:00:00,1,KF 01/KF 02',
          '="3100000000000000004",tb_d,30.00,0,交易成功,2026-10-06 10:00:00,1,TB 2026 款',
        ].join('\n') + '\n',
      ),
      file('聊天统计.csv', '旺旺,日期,咨询人数,接待人数,询单人数,询单最终付款人数\n店:小美,2026-10-03,5,5,3,1\n'),
    ];
    const c = captureIo();
    const out = path.join(dir, 'out.xlsx');
    const code = await main(['payroll', ...inputs, '--period', '2026-10', '--json', '--out', out], c.io);
    expect(code).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    const agent = (id: string) => json.agents.find((a: { agentId: string }) => a.agentId === id);
    // KF01: 100 + 45 / 2 = 122.50; KF02: 60 − 10 postage = 50, + 22.50 = 72.50. TB 2026: 30 silent.
    expect(agent('KF01')).toMatchObject({ sales: 122.5, buyers: 2 });
    expect(agent('KF02')).toMatchObject({ sales: 72.5, buyers: 2 });
    expect(json.shop).toMatchObject({ sales: 225, silentSales: 30, silentOrders: 1 });
    expect(json.issues.map((i: { code: string }) => i.code)).not.toContain('memo-unknown-id');
  });
});

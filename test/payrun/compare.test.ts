/**
 * The change list on the demo shop after editing one order, one QA row and one
 * plan key lists exactly those effects. Expected amounts come from the default
 * plan by hand (see each comment), not from the engine's output.
 */
import {
  generateDemoWorkbook,
  runPayroll,
  compareRuns,
  readPreviousRun,
  CompareRefused,
  changesRows,
  type WorkbookData,
} from '../../src/engine';
import { outputsAsSheets } from './sheets';

const PERIOD = '2026-10';
/** The demo without its 接待记录 sheet: the hand-worked sales below credit orders by the agent column and memo only. */
const demo = (): WorkbookData => {
  const wb = generateDemoWorkbook({ period: PERIOD, agents: 36, orders: 22000, seed: 20261001 });
  return { ...wb, sheets: wb.sheets.filter((s) => s.name !== '接待记录') };
};
const sheet = (wb: WorkbookData, name: string) => wb.sheets.find((s) => s.name === name)!;

describe('change list', () => {
  // Generated at 02:03:04 UTC, in Beijing time (UTC+8): the Audit's time cell reads 10:03:04 back.
  const before = runPayroll(demo(), {
    period: PERIOD,
    generatedAt: new Date('2026-11-01T02:03:04Z'),
    utcOffsetMinutes: 480,
  });
  const earlier = '2026-11-01 10:03:04 (UTC+8)';
  const previous = readPreviousRun(outputsAsSheets(before), PERIOD);

  const edited = demo();
  // One order: KF13's order on 订单报表 (2) row 40 (paid 73.96, postage 0, refund 0, 接待客服 KF13) paid 100 yuan more.
  const orders2 = sheet(edited, '订单报表 (2)');
  expect(orders2.rows[39][0]).toBe('="3000202610000022728"');
  expect(orders2.rows[39][12]).toBe('KF13');
  orders2.rows[39][5] = 173.96;
  // One QA row: a fatal item for KF18 (junior, 金牌 before).
  sheet(edited, '质检').rows.push(['KF18', '2026-10-28', '辱骂客户', 0, '是']);
  // One plan key: 资深 base pay 4,500 → 5,000.
  edited.sheets.push({
    name: '方案',
    rows: [
      ['键', '值'],
      ['pay.base.expert', 5000],
    ],
  });
  const after = runPayroll(edited, { period: PERIOD });
  const changes = compareRuns(previous, after, 'zh');

  it('reads the earlier outputs back to the cent', () => {
    expect(previous.agents.map((a) => [a.agentId, a.pay.grossPay])).toEqual(
      before.agents.map((a) => [a.agent.agentId, a.pay.grossPay]),
    );
    expect(previous.inputs.size).toBe(before.inputs.length);
  });

  it('lists exactly the agents the three edits touch, with the components that moved', () => {
    const experts = before.agents.filter((a) => a.agent.level === 'expert').map((a) => a.agent.agentId);
    // The demo's 资深 agents are all regular and employed all 31 days: base pay moves by exactly 500.00.
    expect(
      before.agents
        .filter((a) => a.agent.level === 'expert')
        .every((a) => a.agent.status === 'regular' && a.pay.daysEmployed === 31),
    ).toBe(true);
    expect(changes.agents.map((a) => a.agentId).sort()).toEqual([...experts, 'KF13', 'KF18'].sort());
    for (const id of experts) {
      const c = changes.agents.find((a) => a.agentId === id)!;
      expect(c.components).toEqual({ basePay: [450000, 500000] }); // 4,500.00 → 5,000.00
      expect(c.grossPayAfter! - c.grossPayBefore!).toBe(50000);
    }
    const kf13 = changes.agents.find((a) => a.agentId === 'KF13')!;
    // Net sales 88,102.08 → 88,202.08, inside the 50,000–100,000 tier at 1 %: commission +1.00 (631.02 → 632.02).
    // (88,102.08 includes the whole of order 3000202610009998769, 90.07 − 12 postage = 78.07, memo "KF13/KF06":
    // placed on 10-11, before KF06 was hired on 10-15, so KF13 alone served it; it was split 39.04 / 39.03.)
    expect(kf13.components).toEqual({ commission: [63102, 63202] });
    expect(kf13.grossPayAfter! - kf13.grossPayBefore!).toBe(100);
    // The explanation before the edit, read back from the earlier statements: the sales before.
    expect(kf13.why.commission![0]).toContain('88,102.08');
    expect(kf13.why.commission![1]).toContain('88,202.08');
    const kf18 = changes.agents.find((a) => a.agentId === 'KF18')!;
    // Junior performance base 500 × 金牌 1.2 = 600.00 → × 不达标 0 = 0.
    expect(kf18.components).toEqual({ performanceBonus: [60000, 0] });
    expect(kf18.grossPayAfter! - kf18.grossPayBefore!).toBe(-60000);
    expect(kf18.why.performanceBonus![0]).toContain('金牌');
    expect(kf18.why.performanceBonus![1]).toContain('质检致命项');
  });

  it("the audit's change rows give each moved component's explanation before → after", () => {
    const row = changesRows(changes, 'zh', 'prev.xlsx').find(
      (r) => r[1] === `KF18 ${previous.agents.find((a) => a.agentId === 'KF18')!.name}`,
    )!;
    // Before: 金牌 × 1.2 = 600.00; after: the fatal QA item zeroes it.
    expect(String(row[3])).toMatch(/^绩效奖金：[^→]*金牌[^→]* → [^→]*质检致命项/);
  });

  it('names the input sheets and plan keys that changed', () => {
    expect(changes.inputs.map((i) => [i.sheet, i.change])).toEqual(
      [
        ['订单报表 (2)', 'changed'],
        ['质检', 'changed'],
        ['方案', 'added'],
      ].sort(
        (a, b) => after.inputs.findIndex((s) => s.sheet === a[0]) - after.inputs.findIndex((s) => s.sheet === b[0]),
      ),
    );
    expect(changes.plan).toEqual([{ key: 'pay.base.expert', before: '4500', after: '5000' }]);
  });

  it('says how a changed sheet changed as far as the audit can tell: its data rows, and plainly that no cell can be named', () => {
    // 订单报表 (2): one amount edited, so as many rows as before (header on row 1: every other row is data).
    // 质检: one row added. Counted on the demo's sheets themselves, not by the engine.
    const orderRows = sheet(demo(), '订单报表 (2)').rows.length - 1;
    const qaRows = sheet(demo(), '质检').rows.length - 1;
    expect(changes.inputs.filter((i) => i.change === 'changed').map((i) => [i.sheet, i.rows])).toEqual([
      ['订单报表 (2)', [orderRows, orderRows]],
      ['质检', [qaRows, qaRows + 1]],
    ]);
    const rows = changesRows(changes, 'zh', 'prev.xlsx').filter((r) => String(r[1]).startsWith('输入表'));
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['输入表：订单报表 (2)', `已改动：数据行数未变（${orderRows} 行），是单元格的值变了`],
      ['输入表：质检', `已改动：数据 ${qaRows} → ${qaRows + 1} 行`],
      ['输入表：方案', '新增'],
      [
        '输入表',
        `审计表只保存每张输入表的校验值，不保存单元格，所以说不出改的是哪个单元格：请与上次生成（${earlier}）时所用的表对照`,
      ],
    ]);
    const en = changesRows(changes, 'en', 'prev.xlsx').filter((r) => String(r[1]).startsWith('Input'));
    expect(en[1][2]).toBe(`changed: ${qaRows} → ${qaRows + 1} data rows`);
    expect(en[0][2]).toBe(`changed: as many data rows as before (${orderRows}): cell values differ`);
  });

  it('an unchanged regeneration lists nothing, and the audit section says so', () => {
    const again = compareRuns(previous, runPayroll(demo(), { period: PERIOD }), 'zh');
    expect(again).toEqual({
      period: PERIOD,
      earlierGeneratedAt: earlier,
      agents: [],
      inputs: [],
      plan: [],
    });
    expect(changesRows(again, 'zh', 'x.xlsx').map((r) => r[2])).toContain('与上次生成相同，没有任何变动');
  });

  it('refuses another period and another shop', () => {
    const october = outputsAsSheets(before);
    expect(() => readPreviousRun(october, '2026-11')).toThrow(CompareRefused);
    try {
      readPreviousRun(october, '2026-11');
    } catch (e) {
      expect((e as CompareRefused).code).toBe('compare-other-period');
      expect((e as CompareRefused).text.zh).toContain('2026-10');
    }
    const otherShop = { ...previous, shopName: '别家旗舰店' };
    expect(() => compareRuns(otherShop, after, 'zh')).toThrow(/another shop|shops cannot be compared/);
    const noCommonAgent = {
      ...previous,
      shopName: '',
      agents: previous.agents.map((a) => ({ ...a, agentId: 'X' + a.agentId })),
    };
    expect(() => compareRuns(noCommonAgent, after, 'en')).toThrow(/not one agent ID in common/);
  });

  it('writes its checksum method in the audit, and reads it back', () => {
    const audit = outputsAsSheets(before).find((s) => s.name === '审计 2026-10')!;
    // Method 3: trailing blank cells and rows left out, a CSV file by its bytes (see CHECKSUM_METHOD).
    expect(audit.rows.find((r) => r[1] === '校验方式')?.slice(0, 3)).toEqual(['生成', '校验方式', '3']);
    expect(previous.checksumMethod).toBe(3);
  });

  it('does not call a sheet changed when the earlier run checked it another way', () => {
    // An audit of a version before the method row: its 订单报表 (2) checksum was computed another way.
    const older = outputsAsSheets(before).map((s) =>
      s.name === '审计 2026-10'
        ? {
            ...s,
            rows: s.rows
              .filter((r) => r[1] !== '校验方式')
              .map((r) => (r[1] === '订单：订单报表 (2)' ? [r[0], r[1], 'SHA-256 ' + 'ab'.repeat(32), r[3]] : r)),
          }
        : s,
    );
    const earlier = readPreviousRun(older, PERIOD);
    expect(earlier.checksumMethod).toBe(1);
    const again = compareRuns(earlier, runPayroll(demo(), { period: PERIOD }), 'zh');
    // Only the sheet whose value differs is named, as not compared; pay and plan are compared as usual.
    expect(again.inputs.map((i) => [i.sheet, i.change])).toEqual([['订单报表 (2)', 'not-compared']]);
    expect(again.agents).toEqual([]);
    expect(again.plan).toEqual([]);
    expect(changesRows(again, 'zh', 'x.xlsx').map((r) => r[2])).toContain(
      '未比较：上次生成用的是另一种校验方式（较早版本）',
    );
    // The same earlier audit with the current method row: that difference is a change.
    const same = compareRuns({ ...earlier, checksumMethod: 3 }, runPayroll(demo(), { period: PERIOD }), 'zh');
    expect(same.inputs.map((i) => [i.sheet, i.change])).toEqual([['订单报表 (2)', 'changed']]);
  });

  it('keeps hostile names as text in the audit section', () => {
    const hostile = { ...changes, agents: [{ ...changes.agents[0], name: '=HYPERLINK("http://x","点我")' }] };
    const rows = changesRows(hostile, 'zh', 'prev.xlsx');
    expect(rows[1][1]).toBe(`${changes.agents[0].agentId} =HYPERLINK("http://x","点我")`);
    expect(typeof rows[1][1]).toBe('string');
  });
});

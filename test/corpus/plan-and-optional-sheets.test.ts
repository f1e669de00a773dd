/** Corpus: the manager's Plan sheet, QA and adjustments sheets written wrong. */
import type { Cell, Plan, Role, SheetData } from '../../src/engine';
import { defaultPlan } from '../../src/engine';
import { baseWorkbook } from './builder';
import { expectCodes, expectOneIssue, expectSameAsBase, run } from './expect';

const base = run(baseWorkbook());
const weightsOf = (p: Plan, role: Role) => Object.fromEntries(p.kpis.map((k) => [k.key, k.weights[role]]));
const plan = (...rows: Cell[][]): SheetData => ({ name: '方案', rows: [['键', '值', '说明'], ...rows] });
/** The base shop with these sheets added. */
const runWith = (...extra: SheetData[]) => run(baseWorkbook({ extra }));

describe('Plan sheet', () => {
  test('C55 control: a valid override applies (weight.presales.sales 50)', () => {
    const r = runWith(plan(['weight.presales.sales', 50, null]));
    expect(weightsOf(r.result.plan, 'presales').sales).toBe(50);
    expect(r.agent('KF01').score).not.toBe(base.agent('KF01').score);
    // presales weights now sum to 120: scaled to 100 and reported
    expectCodes(r, 'plan-weights-rescaled');
  });

  test('C56 unknown key → error naming key, row and cell; ignored, defaults kept', () => {
    const r = runWith(plan(['weight.presales.salse', 50, '拼错了']));
    expectOneIssue(r, {
      code: 'plan-unknown-key',
      severity: 'error',
      sheet: '方案',
      row: 2,
      column: '键 (A)',
      cell: 'A2',
      value: 'weight.presales.salse',
      mentions: ['weight.presales.salse'],
    });
    expect(r.result.plan).toEqual(defaultPlan());
    expectSameAsBase(r, base);
  });

  test('C57 weight that is not a number ("三十", -5, "") → error per row with the value, default kept', () => {
    const r = runWith(
      plan(['weight.presales.sales', '三十', null], ['weight.insales.aov', -5, null], ['target.aov', '', null]),
    );
    expect(r.issues('plan-bad-value').map((i) => [i.severity, i.row, i.column, i.cell, i.value])).toEqual([
      ['error', 2, '值 (B)', 'B2', '三十'],
      ['error', 3, '值 (B)', 'B3', '-5'],
      ['error', 4, '值 (B)', 'B4', null],
    ]);
    expect(r.issues('plan-bad-value')[0].action.en).toBe('default kept');
    expect(r.result.plan).toEqual(defaultPlan());
    expectSameAsBase(r, base);
  });

  test("C58 a role's weights summing to 0 → error, that role's default weights restored, others kept", () => {
    const zeros = ['sales', 'conversion', 'aov', 'replyRate', 'avgResponse', 'satisfaction'].map((k): Cell[] => [
      `weight.presales.${k}`,
      0,
      null,
    ]);
    const r = runWith(plan(...zeros, ['weight.aftersales.satisfaction', 60, null]));
    expectOneIssue(r, { code: 'plan-weights-zero', severity: 'error', sheet: '方案', mentions: ['presales'] });
    expect(weightsOf(r.result.plan, 'presales')).toEqual(weightsOf(defaultPlan(), 'presales'));
    expect(weightsOf(r.result.plan, 'aftersales').satisfaction).toBe(60);
    for (const id of ['KF01', 'KF02', 'KF03']) expect(r.agent(id)).toEqual(base.agent(id));
  });

  test('C59 commission bounds out of order → error, default commission kept', () => {
    const r = runWith(plan(['commission.bounds', '100000,50000', null]));
    expectOneIssue(r, {
      code: 'plan-commission-shape',
      severity: 'error',
      sheet: '方案',
      value: '100000,50000 / 0.005,0.01,0.015',
    });
    expect(r.result.plan.commission).toEqual(defaultPlan().commission);
    expectSameAsBase(r, base);
  });
});

describe('QA and adjustments', () => {
  const qa = (...rows: Cell[][]): SheetData => ({
    name: '质检',
    rows: [['工号', '日期', '质检项目', '扣分', '致命项'], ...rows],
  });
  const adj = (...rows: Cell[][]): SheetData => ({
    name: '奖惩',
    rows: [['工号', '日期', '类型', '金额', '原因'], ...rows],
  });

  test('C60 QA rows: unknown agent, points not a number, fatal neither yes nor no → each reported; valid rows still count', () => {
    const r = runWith(
      qa(
        ['KF77', '2026-10-05', '辱骂买家', 5, '否'],
        ['KF01', '2026-10-05', '回复慢', '两分', '否'],
        ['KF02', '2026-10-06', '漏发赠品', 3, '待定'],
      ),
    );
    expectOneIssue(r, {
      code: 'unknown-agent',
      severity: 'warning',
      sheet: '质检',
      row: 2,
      column: '工号 (A)',
      cell: 'A2',
      value: 'KF77',
    });
    expectOneIssue(r, {
      code: 'qa-bad-points',
      severity: 'error',
      row: 3,
      column: '扣分 (D)',
      cell: 'D3',
      value: '两分',
      agentId: 'KF01',
    });
    expectOneIssue(r, {
      code: 'qa-bad-fatal',
      severity: 'warning',
      row: 4,
      column: '致命项 (E)',
      cell: 'E4',
      value: '待定',
      agentId: 'KF02',
    });
    expect(r.agent('KF01')).toMatchObject({ qaDeducted: 0, score: base.agent('KF01').score });
    expect(r.agent('KF02')).toMatchObject({
      qaDeducted: 3,
      fatalQa: false,
      score: +((base.agent('KF02').score as number) - 3).toFixed(2),
    });
  });

  test('C61 adjustments: unknown type, amount not a number, negative fine → reported; amounts applied to the cent', () => {
    const r = runWith(
      adj(
        ['KF01', '2026-10-05', '表扬', 10, '好评'],
        ['KF02', '2026-10-06', '奖励', '十元', '发现错误'],
        ['KF03', '2026-10-07', '罚款', -50.5, '迟到'],
        ['KF04', null, '奖励', '¥30', '建议被采纳'],
      ),
    );
    expectOneIssue(r, {
      code: 'adjustment-bad-type',
      severity: 'error',
      sheet: '奖惩',
      row: 2,
      column: '类型 (C)',
      cell: 'C2',
      value: '表扬',
    });
    expectOneIssue(r, {
      code: 'adjustment-bad-amount',
      severity: 'error',
      row: 3,
      column: '金额 (D)',
      cell: 'D3',
      value: '十元',
    });
    expectOneIssue(r, {
      code: 'adjustment-negative',
      severity: 'info',
      row: 4,
      cell: 'D4',
      value: '-50.5',
      agentId: 'KF03',
    });
    expect(r.agent('KF03').fines).toBe(50.5);
    expect(r.agent('KF03').grossPay).toBe(base.agent('KF03').grossPay - 50.5);
    expect(r.agent('KF04').awards).toBe(30);
    expect(r.agent('KF01').awards).toBe(base.agent('KF01').awards);
  });

  test('C61c amounts with fractions of a cent → each row rounded half-up to the cent and its cell named', () => {
    // Two rewards of 0.125 are paid 0.13 each (half-up), 0.26 in all; 1,234.565 is paid 1,234.57.
    const r = runWith(
      adj(
        ['KF01', '2026-10-03', '奖励', 0.125, '半分'],
        ['KF01', '2026-10-04', '奖励', 0.125, '半分'],
        ['KF02', '2026-10-05', '奖励', '1,234.565', '千分位'],
      ),
    );
    expect(r.agent('KF01').awards).toBeCloseTo(base.agent('KF01').awards + 0.26, 10);
    expect(r.agent('KF02').awards).toBeCloseTo(base.agent('KF02').awards + 1234.57, 10);
    const found = r.issues('amount-sub-cent');
    expect(found.map((i) => [i.severity, i.sheet, i.cell, i.value, i.agentId])).toEqual([
      ['warning', '奖惩', 'D2', '0.125', 'KF01'],
      ['warning', '奖惩', 'D3', '0.125', 'KF01'],
      ['warning', '奖惩', 'D4', '1234.565', 'KF02'],
    ]);
    expect(found[0].action.zh).toContain('0.13');
    expect(found[2].action.en).toContain('1,234.57');
    expect(base.issues('amount-sub-cent')).toEqual([]);
  });

  test("C61b a fine larger than the month earns → gross pay below zero is kept and reported on the agent's roster row", () => {
    // KF04 (售后·初级) earns at most 3,000 base + 600 bonus: a 5,000.00 fine leaves a negative gross pay.
    const r = runWith(adj(['KF04', '2026-10-09', '罚款', 5000, '丢失样品']));
    const gross = base.agent('KF04').grossPay - 5000;
    expect(gross).toBeLessThan(0);
    expect(r.agent('KF04').grossPay).toBe(gross);
    const issue = expectOneIssue(r, {
      code: 'gross-pay-negative',
      severity: 'warning',
      sheet: '花名册',
      row: 5,
      cell: 'A5',
      value: 'KF04',
      agentId: 'KF04',
      mentions: ['KF04', '5,000.00'],
    });
    expect(issue.amount).toBe(Math.round(gross * 100));
    expect(base.issues('gross-pay-negative')).toEqual([]);
  });
});

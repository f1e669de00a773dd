/**
 * 工资测算: every formula of the what-if sheet, evaluated by a small
 * independent evaluator calling the add-in's CS.* functions, gives the cached
 * value, and the cached values are the payroll's — for every demo agent, under
 * the default plan and under a plan with a banded manual rating. Edits recalculate.
 */
import { generateDemoWorkbook, isFormulaCell, runPayroll, whatIfSheet } from '../../src/engine';
import type { Cell, PayrollResult, SheetSpec } from '../../src/engine';
import { addRefundAndSupervisor } from '../support/custom-kpis';
import { Sheet } from '../support/formula-eval';

const PERIOD = '2026-10';

function rowOf(spec: SheetSpec, item: string): number {
  const i = spec.rows.findIndex((r) => r[0] === item);
  if (i < 0) throw new Error(`no row ${item}`);
  return i + 2;
}

function checkEveryFormula(r: PayrollResult, lang: 'zh' | 'en') {
  for (const a of r.agents) {
    const spec = whatIfSheet(r, a.agent.agentId, lang);
    const sheet = new Sheet(spec.rows.map((row) => [...row]));
    let formulas = 0;
    spec.rows.forEach((row, i) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell)) return;
        formulas++;
        const addr = `${String.fromCharCode(65 + c)}${i + 2}`;
        expect([a.agent.agentId, addr, cell.formula, sheet.value(addr)]).toEqual([
          a.agent.agentId,
          addr,
          cell.formula,
          cell.value,
        ]);
      }),
    );
    expect(formulas).toBeGreaterThan(8);
    // The cached results are the payroll's own numbers.
    const cached = (item: string) => {
      const c = spec.rows[rowOf(spec, item) - 2][1];
      return isFormulaCell(c) ? c.value : c;
    };
    const zh = lang === 'zh';
    expect(cached(zh ? '总分' : 'Total score')).toBe(a.score ?? '');
    expect(cached(zh ? '应发工资' : 'Gross pay')).toBe(a.pay.grossPay / 100);
    expect(cached(zh ? '转化奖金' : 'Conversion bonus')).toBe(a.pay.conversionBonus / 100);
    expect(cached(zh ? '提成' : 'Commission')).toBe(a.pay.commission / 100);
    expect(cached(zh ? '绩效奖金' : 'Performance bonus')).toBe(a.pay.performanceBonus / 100);
  }
}

describe('default plan, demo month', () => {
  const r = runPayroll(generateDemoWorkbook({ period: PERIOD }), { period: PERIOD });

  test.each(['zh', 'en'] as const)('every formula of every agent equals the payroll (%s)', (lang) => {
    expect(r.agents.length).toBeGreaterThanOrEqual(30);
    checkEveryFormula(r, lang);
  });

  test('raising conversion from 58 % to 60 % shows the next tier at once (2,400 → 2,800), and gross pay moves with it', () => {
    const a = r.agents.find((x) => x.agent.role === 'presales')!;
    const spec = whatIfSheet(r, a.agent.agentId, 'zh');
    const s = new Sheet(spec.rows.map((row) => [...row]));
    const at = (item: string) => `B${rowOf(spec, item)}`;
    s.set(at('询单人数'), 100);
    s.set(at('询单最终付款人数'), 58);
    expect(s.value(at('转化奖金'))).toBe(2400); // 800 + 4 × 400
    const gross58 = s.value(at('应发工资')) as number;
    s.set(at('询单最终付款人数'), 60);
    expect(s.value(at('转化奖金'))).toBe(2800); // 800 + 5 × 400
    expect(s.value(at('应发工资'))).toBeGreaterThan(gross58 + 399.99); // +400 bonus, and a conversion score at least as high
  });

  test('a plain-text notice says CS.* cells need the add-in and do not recalculate without it', () => {
    const spec = whatIfSheet(r, r.agents[0].agent.agentId, 'zh');
    expect(spec.rows[0][6]).toMatch(/未加载时 CS\.\* 单元格只显示生成时的缓存值，不会重算/);
    expect(spec.kind).toBe('whatif');
  });
});

test('a plan with a banded 主管评分 and refund rate: every formula equals the payroll', () => {
  const wb = generateDemoWorkbook({ period: PERIOD, agents: 16, orders: 2500, seed: 8 });
  addRefundAndSupervisor(wb, {
    refundWeights: { presales: 0, insales: 10, aftersales: 0 },
    refundCap: null,
    supervisorWeights: { presales: 10, insales: 10, aftersales: 20 },
    supervisorNameEn: 'supervisor',
    rating: (i) => (i % 4 !== 3 ? 50 + ((i * 11) % 50) : null),
  });
  const r = runPayroll(wb, { period: PERIOD });
  expect(r.plan.kpis.map((k) => k.key)).toContain('supervisor');
  checkEveryFormula(r, 'zh');
});

/** The demo's chat sheet ('聊天统计': title row, header row, then one row per agent and day). */
function chatRows(wb: ReturnType<typeof generateDemoWorkbook>): Cell[][] {
  return wb.sheets.find((s) => s.name === '聊天统计')!.rows;
}

test('an agent whose export has more paid buyers than inquiries: CS.CONVERSION counts them as given, as the payroll does, so every formula still equals the payroll', () => {
  const wb = generateDemoWorkbook({ period: PERIOD });
  const rows = chatRows(wb);
  const header = rows[1];
  const [inq, paid] = [header.indexOf('询单人数'), header.indexOf('询单->最终付款人数')];
  const account = rows[2][0];
  let inquiries = 0;
  let paidBuyers = 0;
  for (const row of rows.slice(2)) {
    if (row[0] !== account) continue;
    if (typeof row[inq] !== 'number') continue;
    row[paid] = (row[inq] as number) + 2; // every day two paid buyers more than inquiries
    inquiries += row[inq] as number;
    paidBuyers += row[paid] as number;
  }
  const r = runPayroll(wb, { period: PERIOD });
  const agent = r.agents.find((a) => a.measures.inquiries === inquiries)!;
  expect(agent.measures.paidBuyers).toBe(paidBuyers);
  expect(agent.measures.conversion).toBeCloseTo(paidBuyers / inquiries, 12); // above 1, as given
  expect(agent.measures.conversion!).toBeGreaterThan(1);
  checkEveryFormula(r, 'zh');
  checkEveryFormula(r, 'en');
  const spec = whatIfSheet(r, agent.agent.agentId, 'zh');
  const s = new Sheet(spec.rows.map((row) => [...row]));
  expect(s.value(`B${rowOf(spec, '询单转化率')}`)).toBeCloseTo(paidBuyers / inquiries, 12);
});

test('an export with rates and no counts (询单转化率, 回复率 columns): the rates are the what-if inputs and every formula equals the payroll', () => {
  const wb = generateDemoWorkbook({ period: PERIOD });
  const rows = chatRows(wb);
  const header = rows[1];
  const [inq, paid, unrep, recv] = ['询单人数', '询单->最终付款人数', '未回复人数', '接待人数'].map((h) =>
    header.indexOf(h),
  );
  const drop = new Set([inq, paid, unrep]);
  const chat = wb.sheets.find((s) => s.name === '聊天统计')!;
  chat.rows = rows.map((row, i) => {
    if (i === 0) return row;
    const kept = row.filter((_, c) => !drop.has(c));
    if (i === 1) return [...kept, '询单转化率', '回复率'];
    if (
      typeof row[inq] !== 'number' ||
      typeof row[paid] !== 'number' ||
      typeof row[recv] !== 'number' ||
      row[inq] === 0
    )
      return [...kept, null, null];
    // The rates as the site prints them, e.g. "53.00%".
    return [
      ...kept,
      `${(((row[paid] as number) / (row[inq] as number)) * 100).toFixed(2)}%`,
      `${((1 - (row[unrep] as number) / (row[recv] as number)) * 100).toFixed(2)}%`,
    ];
  });
  const r = runPayroll(wb, { period: PERIOD });
  const presales = r.agents.find((a) => a.agent.role === 'presales')!;
  expect(presales.measures.inquiries).toBe(0);
  expect(presales.measures.conversion).not.toBeNull();
  checkEveryFormula(r, 'zh');
  const spec = whatIfSheet(r, presales.agent.agentId, 'zh');
  const convRow = rowOf(spec, '询单转化率');
  expect(spec.rows[convRow - 2][1]).toBe(presales.measures.conversion); // an input, not a formula
  // Editing the rate moves the conversion bonus: 60 % → 800 + 5 × 400.
  const s = new Sheet(spec.rows.map((row) => [...row]));
  s.set(`B${convRow}`, 0.6);
  expect(s.value(`B${rowOf(spec, '转化奖金')}`)).toBe(2800);
});

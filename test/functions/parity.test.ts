/**
 * Parity with the payroll: on the demo workbook, the CS.* functions applied
 * to each agent's inputs give exactly the engine's values — measures, KPI
 * scores, total score, grade, conversion bonus and commission. A formula in a
 * cell and the payroll must never disagree (README: Custom functions).
 */
import { generateDemoWorkbook, runPayroll, PayrollResult, AgentResult, SheetData, Cell } from '../../src/engine';
import { toCents, roundTo } from '../../src/engine/money';
import {
  AOV,
  COMMISSION,
  CONVERSION,
  GRADE,
  REFUNDRATE,
  REPLYRATE,
  SCORE,
  TIERBONUS,
  UPT,
  WEIGHTED,
} from '../../src/functions/functions';
import { col, r, run, v } from '../support/cell';

const PERIOD = '2026-10';
let result: PayrollResult;
let chat: SheetData;

beforeAll(() => {
  const wb = generateDemoWorkbook({ period: PERIOD });
  result = runPayroll(wb, { period: PERIOD });
  chat = wb.sheets.find((s) => s.name === '聊天统计')!;
});

/** Column index of a header in 聊天统计 (the demo export has a title row above the header). */
function chatLayout(sheet: SheetData): { header: number; at: (name: string) => number } {
  const header = sheet.rows.findIndex((row) => row.includes('询单人数'));
  return { header, at: (name) => sheet.rows[header].indexOf(name) };
}

/** An agent's daily rows of 聊天统计, and one column of them as the range a manager would select. */
function agentRows(sheet: SheetData, account: string): Cell[][] {
  const { header, at } = chatLayout(sheet);
  return sheet.rows.slice(header + 1).filter((row) => row[at('客服')] === account);
}
function column(sheet: SheetData, rows: Cell[][], name: string): unknown[][] {
  const i = chatLayout(sheet).at(name);
  return col(...rows.map((row) => row[i]));
}

/** The value a formula would show, null for #N/A; any other error fails the test. */
function shown(f: () => number | string): number | string | null {
  const out = run(f);
  if ('value' in out) return out.value;
  if (out.error !== '#N/A') throw new Error(`${out.error}: ${out.message}`);
  return null;
}

const agents = (): [string, AgentResult][] => result.agents.map((a) => [a.agent.agentId, a]);

describe('CS functions on the demo workbook agree with the payroll', () => {
  it('has a realistic month to compare (30+ agents, every role)', () => {
    expect(result.agents.length).toBeGreaterThanOrEqual(30);
    expect(new Set(result.agents.map((a) => a.agent.role))).toEqual(new Set(['presales', 'insales', 'aftersales']));
  });

  it('measures: conversion, AOV, UPT, reply rate, refund rate from the summed inputs', () => {
    for (const [id, a] of agents()) {
      const m = a.measures;
      expect([id, shown(() => CONVERSION(v(m.inquiries), v(m.paidBuyers)))]).toEqual([id, m.conversion]);
      expect([id, shown(() => AOV(v(m.sales / 100), v(m.buyers)))]).toEqual([id, m.aov]);
      expect([id, shown(() => UPT(v(m.units), v(m.buyers)))]).toEqual([id, m.upt]);
      expect([id, shown(() => REPLYRATE(v(m.received), v(m.unreplied)))]).toEqual([id, m.replyRate]);
      expect([id, shown(() => REFUNDRATE(v(m.refunds / 100), v(m.paid / 100)))]).toEqual([id, m.refundRate]);
    }
  });

  it('conversion and reply rate straight from each agent’s daily rows in 聊天统计 (ranges)', () => {
    for (const [id, a] of agents()) {
      const rows = agentRows(chat, a.agent.account);
      expect([id, rows.length]).toEqual([id, a.measures.chatRows]);
      expect([
        id,
        shown(() => CONVERSION(column(chat, rows, '询单人数'), column(chat, rows, '询单->最终付款人数'))),
      ]).toEqual([id, a.measures.conversion]);
      expect([id, shown(() => REPLYRATE(column(chat, rows, '接待人数'), column(chat, rows, '未回复人数')))]).toEqual([
        id,
        a.measures.replyRate,
      ]);
    }
  });

  it('days reading 延迟统计 / - are left out of both sums by the functions exactly as by the payroll', () => {
    const wb = generateDemoWorkbook({ period: PERIOD });
    const sheet = wb.sheets.find((s) => s.name === '聊天统计')!;
    const { at } = chatLayout(sheet);
    const changed = result.agents.slice(0, 4).map((a) => a.agent);
    for (const agent of changed) {
      const rows = agentRows(sheet, agent.account);
      rows[0][at('询单人数')] = '延迟统计';
      rows[1][at('询单->最终付款人数')] = '-';
      rows[2][at('未回复人数')] = '延迟统计';
    }
    const withGaps = runPayroll(wb, { period: PERIOD });
    for (const agent of changed) {
      const a = withGaps.agents.find((x) => x.agent.agentId === agent.agentId)!;
      const rows = agentRows(sheet, agent.account);
      const conversion = shown(() =>
        CONVERSION(column(sheet, rows, '询单人数'), column(sheet, rows, '询单->最终付款人数')),
      );
      expect([agent.agentId, conversion]).toEqual([agent.agentId, a.measures.conversion]);
      expect(conversion).not.toEqual(result.agents.find((x) => x.agent.agentId === agent.agentId)!.measures.conversion);
      const reply = shown(() => REPLYRATE(column(sheet, rows, '接待人数'), column(sheet, rows, '未回复人数')));
      expect([agent.agentId, reply]).toEqual([agent.agentId, a.measures.replyRate]);
    }
  });

  it('KPI scores, total score and grade via SCORE, WEIGHTED and GRADE', () => {
    const { scoreCap } = result.plan;
    for (const [id, a] of agents()) {
      const scores = a.kpis.map((k) => shown(() => SCORE(v(k.actual), v(k.target), k.key === 'avgResponse', scoreCap)));
      expect([id, scores]).toEqual([id, a.kpis.map((k) => k.score)]);
      const weighted = shown(() => WEIGHTED(r(scores), r(a.kpis.map((k) => k.weight))));
      const total = weighted === null ? null : roundTo((weighted as number) - a.qa.deducted, 2);
      expect([id, total]).toEqual([id, a.score]);
      const grade = a.qa.fatal ? '不达标' : GRADE(total);
      expect([id, grade]).toEqual([id, a.grade]);
    }
  });

  it('the KPI actuals the scores use are the CS function values', () => {
    for (const [id, a] of agents()) {
      const m = a.measures;
      const actual = (key: string) => a.kpis.find((k) => k.key === key)?.actual;
      if (actual('conversion') !== undefined)
        expect([id, actual('conversion')]).toEqual([id, shown(() => CONVERSION(v(m.inquiries), v(m.paidBuyers)))]);
      if (actual('aov') !== undefined)
        expect([id, actual('aov')]).toEqual([id, shown(() => AOV(v(m.sales / 100), v(m.buyers)))]);
      if (actual('replyRate') !== undefined)
        expect([id, actual('replyRate')]).toEqual([id, shown(() => REPLYRATE(v(m.received), v(m.unreplied)))]);
    }
  });

  it('conversion bonus via TIERBONUS (presales) and commission via COMMISSION, to the cent', () => {
    const cb = result.plan.conversionBonus;
    const c = result.plan.commission;
    let presalesWithBonus = 0;
    for (const [id, a] of agents()) {
      const conversion = shown(() => CONVERSION(v(a.measures.inquiries), v(a.measures.paidBuyers)));
      const eligible = (!cb.presalesOnly || a.agent.role === 'presales') && conversion !== null;
      const bonus = eligible ? TIERBONUS(conversion, cb.start, cb.startAmount, cb.step, cb.stepAmount) : 0;
      expect([id, toCents(bonus)]).toEqual([id, a.pay.conversionBonus]);
      if (bonus > 0) presalesWithBonus++;
      const commission = COMMISSION(v(a.measures.sales / 100), r(c.bounds), r(c.rates), c.mode);
      expect([id, toCents(commission)]).toEqual([id, a.pay.commission]);
    }
    expect(presalesWithBonus).toBeGreaterThan(0);
  });
});

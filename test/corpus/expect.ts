/**
 * How a corpus case is judged: the run completes (every output is built, so
 * no exception escapes rendering either), the problem is reported where it
 * is, and every figure the problem does not touch is the base's figure.
 */
import { runPayroll, buildOutputSheets, financeCsv, payrollJson, InputError } from '../../src/engine';
import type { Issue, PayrollResult, WorkbookData } from '../../src/engine';
import { BASE, PERIOD } from './builder';

export type AgentJson = ReturnType<typeof payrollJson>['agents'][number];

export interface Run {
  result: PayrollResult;
  json: ReturnType<typeof payrollJson>;
  agent(id: string): AgentJson;
  issues(code: string): Issue[];
  codes(): string[];
}

/** runPayroll plus every output in both languages: a case passes only if all of it completes. */
export function run(wb: WorkbookData, period = PERIOD): Run {
  const result = runPayroll(wb, { period, generatedAt: new Date('2026-11-01T00:00:00Z') });
  for (const lang of ['zh', 'en'] as const) {
    buildOutputSheets(result, lang);
    financeCsv(result, lang);
  }
  const json = payrollJson(result);
  return {
    result,
    json,
    agent(id) {
      const a = json.agents.find((x) => x.agentId === id);
      if (!a)
        throw new Error(`agent ${id} is not in the result (agents: ${json.agents.map((x) => x.agentId).join(', ')})`);
      return a;
    },
    issues: (code) => result.issues.filter((i) => i.code === code),
    codes: () => [...new Set(result.issues.map((i) => i.code))].sort(),
  };
}

export interface ExpectedIssue {
  code: string;
  severity?: Issue['severity'];
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  cell?: string | null;
  value?: string | null;
  agentId?: string;
  /** Substrings both messages must contain (e.g. the sheet or column name). */
  mentions?: string[];
}

/** Exactly one issue with this code, at this place, with this value. */
export function expectOneIssue(r: Run, e: ExpectedIssue): Issue {
  const found = r.issues(e.code);
  expect(found.map((i) => ({ row: i.row, cell: i.cell, value: i.value }))).toHaveLength(1);
  expectIssue(found[0], e);
  return found[0];
}

export function expectIssue(issue: Issue, e: ExpectedIssue): void {
  const { mentions, ...fields } = e;
  expect(issue).toMatchObject(fields);
  for (const m of mentions ?? []) {
    expect(issue.message.zh + issue.action.zh).toContain(m);
    expect(issue.message.en + issue.action.en).toContain(m);
  }
  expect(issue.message.zh.length).toBeGreaterThan(0);
  expect(issue.message.en.length).toBeGreaterThan(0);
  expect(issue.action.zh.length).toBeGreaterThan(0);
  expect(issue.action.en.length).toBeGreaterThan(0);
}

/** The issue codes of the run are the base's ("order-silent") plus these, and nothing else. */
export function expectCodes(r: Run, ...extra: string[]): void {
  expect(r.codes()).toEqual([...new Set(['order-silent', ...extra])].sort());
}

type Measure = 'sales' | 'buyers' | 'units' | 'inquiries' | 'paidBuyers' | 'received';
const MEASURES: Measure[] = ['sales', 'buyers', 'units', 'inquiries', 'paidBuyers', 'received'];

/** Every agent's measures equal the base's, except the listed `agent.measure` pairs. */
export function expectBaseMeasures(r: Run, except: string[] = []): void {
  for (const id of BASE.agents) {
    const a = r.agent(id);
    for (const m of MEASURES) {
      if (except.includes(`${id}.${m}`)) continue;
      expect({ agent: id, measure: m, value: a[m] }).toEqual({ agent: id, measure: m, value: BASE[m][id] });
    }
  }
}

/** The whole result equals the base run's (agents, shop, pay), apart from issues. */
export function expectSameAsBase(r: Run, base: Run): void {
  expect(r.json.agents).toEqual(base.json.agents);
  expect(r.json.shop).toEqual(base.json.shop);
}

/** runPayroll throws InputError whose fatal issues have these codes and mention these texts. */
export function expectInputError(wb: WorkbookData, expected: ExpectedIssue[]): InputError {
  let caught: unknown;
  try {
    runPayroll(wb, { period: PERIOD });
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(InputError);
  const err = caught as InputError;
  expect(err.issues.map((i) => i.code)).toEqual(expected.map((e) => e.code));
  err.issues.forEach((issue, n) => expectIssue(issue, { severity: 'fatal', ...expected[n] }));
  return err;
}

/**
 * The finance CSV (工资表 CSV) read back with an RFC 4180 parser written for
 * the test: BOM, CRLF, one header row, amounts with exactly two decimals and
 * no thousands separators, Chinese names and awkward text intact.
 */
import { readFileSync } from 'fs';
import { csvField, financeCsv } from '../../src/engine/output/csv';
import { runPayroll } from '../../src/engine/run';
import { chat, orders, roster, workbook, PERIOD as FIXTURE_PERIOD } from '../engine/fixture';
import { parseCsv } from './rfc4180';
import { runDemoPayroll, CliRun, MONEY_KEYS, PAYROLL_HEADERS, cents } from './cli-output';

const AMOUNT = /^-?\d+\.\d{2}$/;

describe('the CSV cs-kpi --csv writes for the demo shop', () => {
  let run: CliRun;
  let text: string;
  beforeAll(async () => {
    run = await runDemoPayroll({ agents: 12, orders: 1500 });
    text = readFileSync(run.csvPath, 'utf8');
  });
  afterAll(() => run?.cleanup());

  test('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const bytes = readFileSync(run.csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('round-trips: one header row, then one record per agent equal to the engine, names intact', () => {
    const { records, bareLineBreaks, bom } = parseCsv(text);
    expect(bom).toBe(true);
    expect(bareLineBreaks).toBe(0);
    expect(records[0]).toEqual(PAYROLL_HEADERS.zh);
    const body = records.slice(1);
    expect(body).toHaveLength(run.json.agents.length);
    body.forEach((rec, i) => {
      const a = run.json.agents[i];
      expect(rec).toHaveLength(PAYROLL_HEADERS.zh.length);
      expect(rec.slice(0, 6)).toEqual([
        a.agentId,
        a.name,
        a.roleText,
        a.levelText,
        a.status === 'probation' ? '试用' : '正式',
        String(a.daysEmployed),
      ]);
      expect(rec[1]).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      MONEY_KEYS.forEach((k, j) => {
        const field = rec[6 + j];
        expect(field).toMatch(AMOUNT);
        expect(cents(Number(field))).toBe(cents(a[k]));
      });
    });
  });

  test('no thousands separators even for amounts over 1,000', () => {
    const gross = parseCsv(text)
      .records.slice(1)
      .map((r) => r[12]);
    expect(gross.some((g) => Number(g) >= 1000)).toBe(true);
    for (const g of gross) expect(g).not.toContain(',');
  });
});

describe('awkward names survive the round trip', () => {
  const names = ['欧阳,娜娜', '李"小"美', '王\n五', '=HYPERLINK("http://x")', '张三 ', '𠮷野家'];
  const wb = workbook(
    roster(names.map((name, i) => ({ id: `KF${i + 1}`, name }))),
    orders(names.map((_, i) => ({ id: `O${i}`, paid: 1234.5 + i, memo: `KF${i + 1}` }))),
    chat(names.map((_, i) => ({ account: `店:KF${i + 1}`, inquiries: 10, paid: 6, received: 20 }))),
  );
  const result = runPayroll(wb, { period: FIXTURE_PERIOD });

  test.each(['zh', 'en'] as const)('in %s', (lang) => {
    const { records, bareLineBreaks, bom } = parseCsv(financeCsv(result, lang));
    expect(bom).toBe(true);
    expect(bareLineBreaks).toBe(0);
    expect(records[0]).toEqual(PAYROLL_HEADERS[lang]);
    const byId = new Map(records.slice(1).map((r) => [r[0], r]));
    for (const a of result.agents) {
      const rec = byId.get(a.agent.agentId)!;
      // Text a spreadsheet would run as a formula is neutralised with a leading apostrophe; everything else is as typed.
      const expected = /^[=+\-@\t\r]/.test(a.agent.name) ? `'${a.agent.name}` : a.agent.name;
      expect(rec[1]).toBe(expected);
      MONEY_KEYS.forEach((k, j) => {
        expect(rec[6 + j]).toMatch(AMOUNT);
        expect(Math.round(Number(rec[6 + j]) * 100)).toBe(a.pay[k]);
      });
    }
    expect(records.slice(1).map((r) => r[1])).toEqual(expect.arrayContaining(['欧阳,娜娜', '李"小"美', '𠮷野家']));
  });
});

// README (--csv): 工号 as they are, except that text a spreadsheet would run as a formula gets an apostrophe.
test.each([
  ['001', '001'],
  ['310000000000000009', '310000000000000009'],
  ['-007', "'-007"],
  ['+86', "'+86"],
  ['=1+1', "'=1+1"],
  ['@KF', "'@KF"],
])('the CSV field of 工号 %s is %s', (id, field) => {
  expect(csvField(id)).toBe(field);
});

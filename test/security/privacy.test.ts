/**
 * Privacy: no buyer member name (买家会员名) and no order number reaches
 * Payroll, Statements, Scorecard or the finance CSV — checked against every
 * buyer and order of the demo shop, in the engine's outputs and in the files
 * the CLI writes.
 */
import { readFileSync } from 'fs';
import type { Cell, WorkbookData } from '../../src/engine';
import { buildOutputSheets, financeCsv, generateDemoWorkbook, runPayroll, sheetKind } from '../../src/engine';
import { cellText } from '../../src/engine/text';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const PERIOD = '2026-10';

/** Every 买家会员名 and 订单编号 of the workbook's order sheets (as the engine reads them). */
function buyerData(wb: WorkbookData): { buyers: Set<string>; orders: Set<string> } {
  const buyers = new Set<string>();
  const orders = new Set<string>();
  for (const s of wb.sheets.filter((x) => sheetKind(x.name) === 'orders')) {
    const header = s.rows[0].map((h) => cellText(h));
    const b = header.indexOf('买家会员名');
    const o = header.indexOf('订单编号');
    expect([b, o].every((i) => i >= 0)).toBe(true);
    for (const row of s.rows.slice(1)) {
      const buyer = cellText(row[b]);
      const order = cellText(row[o]);
      if (buyer) buyers.add(buyer);
      if (/^\d+$/.test(order)) orders.add(order);
    }
  }
  return { buyers, orders };
}

/** The tokens of `secrets` found in any of the texts (joined once, each token searched once). */
function leaks(texts: string[], secrets: Iterable<string>): string[] {
  const all = texts.join('\u0000');
  return [...secrets].filter((s) => all.includes(s));
}

const textOf = (c: unknown): string | null =>
  c === null || c === undefined ? null : typeof c === 'object' ? JSON.stringify(c) : String(c);

describe('demo shop (22,000 orders): engine outputs', () => {
  const wb = generateDemoWorkbook({ period: PERIOD });
  const { buyers, orders } = buyerData(wb);
  const result = runPayroll(wb, { period: PERIOD });

  test('the demo really has buyers and order numbers to leak', () => {
    expect(buyers.size).toBeGreaterThan(5000);
    expect(orders.size).toBeGreaterThan(20000);
    // …and the Issues sheet does list order numbers: the scan below would see one if it leaked.
    const issues = buildOutputSheets(result, 'zh').find((s) => s.kind === 'issues')!;
    expect(
      leaks(
        issues.rows
          .flat()
          .map(textOf)
          .filter((t): t is string => t !== null),
        orders,
      ).length,
    ).toBeGreaterThan(0);
  });

  test.each(['zh', 'en'] as const)('Payroll, Statements and Scorecard (%s) name no buyer and no order', (lang) => {
    for (const spec of buildOutputSheets(result, lang).filter(
      (s) => s.kind === 'payroll' || s.kind === 'statements' || s.kind === 'scorecard',
    )) {
      const texts = [
        spec.name,
        ...spec.columns.map((c) => c.header),
        ...spec.rows.flat(),
        ...(spec.totalsRow ?? []),
        ...(spec.notes ?? []),
      ]
        .map(textOf)
        .filter((t): t is string => t !== null);
      expect({ sheet: spec.name, buyers: leaks(texts, buyers), orders: leaks(texts, orders) }).toEqual({
        sheet: spec.name,
        buyers: [],
        orders: [],
      });
    }
  });

  test.each(['zh', 'en'] as const)('finance CSV (%s) names no buyer and no order', (lang) => {
    const lines = financeCsv(result, lang).split('\r\n');
    expect(lines.length).toBe(result.agents.length + 2);
    expect({ buyers: leaks(lines, buyers), orders: leaks(lines, orders) }).toEqual({ buyers: [], orders: [] });
  });
});

describe('demo shop through the CLI: the written Payroll, Statements, Scorecard and CSV files', () => {
  const tmp = makeTempDir('cs-kpi-privacy-');
  afterAll(() => tmp.remove());

  test('no buyer name or order number in the output sheets or the CSV file', async () => {
    const wb = generateDemoWorkbook({ period: PERIOD, agents: 12, orders: 2500, seed: 7 });
    const { buyers, orders } = buyerData(wb);
    const input = await writeXlsx(wb, tmp.file('demo.xlsx'));
    const out = tmp.file('demo-out.xlsx');
    const csv = tmp.file('demo-finance.csv');
    const r = await cli('payroll', input, '--period', PERIOD, '--out', out, '--csv', csv);
    expect(r.code).toBe(0);
    const book = await readBack(out);
    for (const name of [`工资表 ${PERIOD}`, `工资条 ${PERIOD}`, `绩效 ${PERIOD}`]) {
      const ws = book.getWorksheet(name)!;
      const texts: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => texts.push(textOf(cell.value as Cell) ?? '')));
      expect(texts.length).toBeGreaterThan(12);
      expect({ sheet: name, buyers: leaks(texts, buyers), orders: leaks(texts, orders) }).toEqual({
        sheet: name,
        buyers: [],
        orders: [],
      });
    }
    const csvLines = readFileSync(csv, 'utf8').split('\r\n');
    expect({ buyers: leaks(csvLines, buyers), orders: leaks(csvLines, orders) }).toEqual({ buyers: [], orders: [] });
  });
});

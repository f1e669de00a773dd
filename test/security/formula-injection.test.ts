/**
 * Formula injection: input text beginning with =, +, -, @, a tab or a
 * carriage return is inert text in every output — the SheetSpecs, the .xlsx
 * the CLI writes, the statements and the finance CSV. The only formulas
 * anywhere are the payroll's SUM totals.
 */
import ExcelJS from 'exceljs';
import { buildOutputSheets, financeCsv, isFormulaCell, runPayroll } from '../../src/engine';
import type { OutCell, SheetSpec } from '../../src/engine';
import { PERIOD } from '../corpus/builder';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';
import { parseCsv, unguard } from './csv-parse';
import {
  HOSTILE,
  HOSTILE_IDS,
  HOSTILE_KEPT,
  HOSTILE_NAMES,
  hostileWorkbook,
  kept,
  looksActive,
} from './hostile-workbook';

const SUM_TOTAL = /^SUM\([A-Z]{1,3}\d+:[A-Z]{1,3}\d+\)$/;
const result = runPayroll(hostileWorkbook(), { period: PERIOD });
const resultRegularIds = runPayroll(hostileWorkbook(false), { period: PERIOD });
const tmp = makeTempDir('cs-kpi-injection-');
afterAll(() => tmp.remove());

/** Every cell of a spec with where it is. */
function* cellsOf(spec: SheetSpec): Generator<{ cell: OutCell; where: string; totals: boolean }> {
  for (const [i, c] of spec.columns.entries())
    yield { cell: c.header, where: `${spec.name} header ${i}`, totals: false };
  for (const [r, row] of spec.rows.entries())
    for (const [c, cell] of row.entries()) yield { cell, where: `${spec.name} row ${r} col ${c}`, totals: false };
  for (const [c, cell] of (spec.totalsRow ?? []).entries())
    yield { cell, where: `${spec.name} totals col ${c}`, totals: true };
  for (const [n, note] of (spec.notes ?? []).entries())
    yield { cell: note, where: `${spec.name} note ${n}`, totals: false };
}

const strings = (specs: SheetSpec[], kind?: SheetSpec['kind']): string[] =>
  specs
    .filter((s) => !kind || s.kind === kind)
    .flatMap((s) => [...cellsOf(s)].map((x) => x.cell).filter((c): c is string => typeof c === 'string'));

describe.each(['zh', 'en'] as const)('SheetSpecs (%s)', (lang) => {
  const specs = buildOutputSheets(result, lang);

  test('no FormulaCell anywhere except SUM(...) in the payroll totals row', () => {
    const formulas = [...specs, ...buildOutputSheets(resultRegularIds, lang)].flatMap((s) =>
      [...cellsOf(s)].filter((x) => isFormulaCell(x.cell)).map((x) => ({ ...x, kind: s.kind })),
    );
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) {
      expect({ where: f.where, kind: f.kind, totals: f.totals }).toEqual({
        where: f.where,
        kind: 'payroll',
        totals: true,
      });
      expect((f.cell as { formula: string }).formula).toMatch(SUM_TOTAL);
    }
  });

  test('hostile names and 工号 reach Payroll, Scorecard and Statements as the exact strings', () => {
    const payroll = specs.find((s) => s.kind === 'payroll')!;
    const scorecard = specs.find((s) => s.kind === 'scorecard')!;
    for (const [id, name] of Object.entries(HOSTILE_NAMES)) {
      const row = payroll.rows.find((r) => r[0] === id)!;
      expect(row[1]).toBe(kept(name));
      expect(scorecard.rows.find((r) => r[1] === id)![2]).toBe(kept(name));
    }
    for (const id of HOSTILE_IDS) expect(payroll.rows.some((r) => r[0] === id)).toBe(true);
    const statementTitles = strings(specs, 'statements');
    expect(statementTitles).toContain(`KF01 ${HOSTILE.hyperlink}`);
    expect(statementTitles).toContain(`${HOSTILE_IDS[0]} ${HOSTILE.minus}0`);
    // The adjustment reason is quoted inside the explanation, never a cell of its own.
    expect(statementTitles.some((s) => s.includes(HOSTILE.hyperlink) && !s.startsWith('='))).toBe(true);
  });

  test('hostile order numbers, memos, chat accounts, QA agents and Plan values are listed in Issues as strings', () => {
    const issueValues = buildOutputSheets(resultRegularIds, lang)
      .find((s) => s.kind === 'issues')!
      .rows.map((r) => r[5]);
    for (const v of [
      kept(HOSTILE.dde),
      kept(HOSTILE.cr),
      `${HOSTILE.hyperlink} KF99`,
      HOSTILE.minus,
      kept(HOSTILE.fullWidth),
      HOSTILE.at,
      HOSTILE.plus,
    ]) {
      expect(issueValues).toContain(v);
    }
  });
});

test('the .xlsx written by the CLI has no formula but the payroll SUM totals, and the hostile strings read back unchanged', async () => {
  const input = await writeXlsx(hostileWorkbook(), tmp.file('hostile.xlsx'));
  const out = tmp.file('hostile-out.xlsx');
  const r = await cli('payroll', input, '--period', PERIOD, '--out', out);
  expect(r.code).toBe(0);
  const book = await readBack(out);
  const formulas: string[] = [];
  const texts = new Set<string>();
  book.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
          formulas.push(`${ws.name}!${cell.address}=${cell.formula}`);
        else if (typeof cell.value === 'string') texts.add(cell.value);
        else if (cell.value !== null && typeof cell.value === 'object' && !(cell.value instanceof Date))
          formulas.push(`${ws.name}!${cell.address} is ${JSON.stringify(cell.value)}`);
      });
    });
  });
  const payroll = book.getWorksheet(`工资表 ${PERIOD}`)!;
  const totalsRowNo = result.agents.length + 2;
  expect(formulas.length).toBe(7);
  for (const f of formulas) {
    const m = /^(.+)!([A-Z]+)(\d+)=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(f);
    expect(m).not.toBeNull();
    const [, sheetName, col, rowNo, fromCol, fromRow, toCol, toRow] = m!;
    expect({ sheetName, rowNo: Number(rowNo), fromCol, toCol, fromRow: Number(fromRow), toRow: Number(toRow) }).toEqual(
      {
        sheetName: `工资表 ${PERIOD}`,
        rowNo: totalsRowNo,
        fromCol: col,
        toCol: col,
        fromRow: 2,
        toRow: totalsRowNo - 1,
      },
    );
  }
  expect(payroll.getCell(`A${totalsRowNo}`).value).toBe('合计');
  for (const s of HOSTILE_KEPT) expect([...texts].some((t) => t === s || t.includes(s))).toBe(true);
  for (const name of Object.values(HOSTILE_NAMES)) expect(texts.has(kept(name))).toBe(true);
});

describe.each(['zh', 'en'] as const)('finance CSV (%s)', (lang) => {
  const csv = financeCsv(result, lang);
  const rows = parseCsv(csv);

  test('every formula-like text field carries a leading apostrophe; numbers stay numbers', () => {
    for (const row of rows) {
      for (const field of row) {
        if (/^-?\d+(\.\d+)?$/.test(field)) continue;
        expect({ field, active: looksActive(field) }).toEqual({ field, active: false });
      }
    }
  });

  test('parsed back (apostrophe removed), names and 工号 are the original strings', () => {
    expect(rows[0]).toHaveLength(13);
    const byId = new Map(rows.slice(1).map((r) => [unguard(r[0]), r.map(unguard)]));
    expect(byId.size).toBe(result.agents.length);
    for (const [id, name] of Object.entries(HOSTILE_NAMES)) expect(byId.get(id)![1]).toBe(kept(name));
    HOSTILE_IDS.forEach((id, i) => expect(byId.get(id)![1]).toBe(`${HOSTILE.minus}${i}`));
    for (const r of rows.slice(1)) expect(r).toHaveLength(13);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

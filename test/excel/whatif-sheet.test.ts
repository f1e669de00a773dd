/**
 * The what-if sheet (工资测算) through the Office.js adapter: the one sheet
 * kind allowed live CS.* formulas. Written into the fake, read back, every
 * formula evaluated by the tests' independent evaluator gives the payroll's
 * numbers; the same formulas on any other output kind are refused, and the
 * exception stays narrow (no other function, sheet or workbook).
 */
import {
  generateDemoWorkbook,
  isFormulaCell,
  runPayroll,
  whatIfSheet,
  type OutCell,
  type SheetSpec,
} from '../../src/engine';
import { cellInput, isWhatIfFormula } from '../../src/excel/cell-safety';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { Sheet } from '../support/formula-eval';

const PERIOD = '2026-10';
const demo = generateDemoWorkbook({ period: PERIOD, agents: 8, orders: 600, seed: 3 });
const result = runPayroll(demo, { period: PERIOD });

/** The sheet as the fake holds it, rows below the header, formulas as formula cells (their results left to the evaluator). */
function readBack(fake: FakeExcel, name: string): OutCell[][] {
  const snap = fake.snapshot().find((s) => s.name === name)!;
  return snap.formulas
    .slice(1)
    .map((row) =>
      row.map((f): OutCell =>
        typeof f === 'string' && f.startsWith('=') ? { formula: f.slice(1), value: '' } : (f as OutCell),
      ),
    );
}

function rowOf(spec: SheetSpec, item: string): number {
  return spec.rows.findIndex((r) => r[0] === item) + 2;
}

describe.each(['zh', 'en'] as const)('written by the adapter (%s)', (lang) => {
  test('every formula arrives as a live formula, inputs as values, and evaluated they give the payroll for every agent', async () => {
    const fake = FakeExcel.fromWorkbookData(demo);
    const port = new OfficeWorkbook(fake.run);
    const inputsBefore = JSON.stringify(fake.snapshot());
    for (const a of result.agents) {
      const spec = whatIfSheet(result, a.agent.agentId, lang);
      await port.writeOutputs([spec], []);
      let formulas = 0;
      spec.rows.forEach((row, i) =>
        row.forEach((cell, c) => {
          const address = `${String.fromCharCode(65 + c)}${i + 2}`;
          const got = fake.cell(spec.name, address);
          if (isFormulaCell(cell)) {
            formulas++;
            expect([address, got.formula]).toEqual([address, `=${cell.formula}`]);
          } else if (cell !== null) expect([address, got.formula, got.value]).toEqual([address, null, cell]);
        }),
      );
      expect(formulas).toBeGreaterThan(8);
      const sheet = new Sheet(readBack(fake, spec.name));
      const zh = lang === 'zh';
      const at = (item: string) => sheet.value(`B${rowOf(spec, item)}`);
      expect([a.agent.agentId, at(zh ? '应发工资' : 'Gross pay')]).toEqual([a.agent.agentId, a.pay.grossPay / 100]);
      expect(at(zh ? '总分' : 'Total score')).toBe(a.score ?? '');
      expect(at(zh ? '提成' : 'Commission')).toBe(a.pay.commission / 100);
      expect(at(zh ? '转化奖金' : 'Conversion bonus')).toBe(a.pay.conversionBonus / 100);
    }
    // One sheet per agent beside the inputs, which are untouched.
    expect(fake.sheetNames().filter((n) => n.startsWith(lang === 'zh' ? '测算 ' : 'What-if '))).toHaveLength(
      result.agents.length,
    );
    const inputs = JSON.parse(inputsBefore) as { name: string }[];
    expect(JSON.stringify(fake.snapshot().slice(0, inputs.length))).toBe(inputsBefore);
  }, 120_000);
});

test('the notice that the sheet needs the add-in to recalculate is in the sheet, as text', async () => {
  const fake = FakeExcel.fromWorkbookData(demo);
  const spec = whatIfSheet(result, result.agents[0].agent.agentId, 'en');
  await new OfficeWorkbook(fake.run).writeOutputs([spec], []);
  expect(fake.cell(spec.name, 'G2')).toMatchObject({ formula: null, numberFormat: '@' });
  expect(fake.cell(spec.name, 'G2').value).toMatch(
    /Needs the CS Performance add-in: without it the CS\.\* cells show the values cached/,
  );
});

test('writing the same what-if again replaces its sheet in place, not beside it', async () => {
  const fake = FakeExcel.fromWorkbookData(demo);
  const port = new OfficeWorkbook(fake.run);
  const spec = whatIfSheet(result, result.agents[1].agent.agentId, 'zh');
  await port.writeOutputs([spec], []);
  await port.writeOutputs([spec], []);
  expect(fake.sheetNames().filter((n) => n === spec.name)).toHaveLength(1);
  expect(fake.sheetNames()).toHaveLength(demo.sheets.length + 1);
});

describe('the exception is for the what-if sheet only, and only for CS.* formulas', () => {
  const spec = whatIfSheet(result, result.agents[0].agent.agentId, 'zh');
  const csFormula = spec.rows.flat().find((c) => isFormulaCell(c) && c.formula.includes('CS.CONVERSION'))!;

  test.each(['scorecard', 'payroll', 'statements', 'issues', 'audit'] as const)(
    'a %s sheet with the same CS.* formula is refused, and nothing is written',
    async (kind) => {
      const fake = FakeExcel.fromWorkbookData(demo);
      const before = JSON.stringify(fake.snapshot());
      await expect(
        new OfficeWorkbook(fake.run).writeOutputs([{ ...spec, kind, name: `X ${kind}` }], []),
      ).rejects.toThrow(/only SUM totals are allowed/);
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(() => cellInput(csFormula, 'sumOnly')).toThrow(/only SUM/);
    },
  );

  test('every formula the what-if sheet makes passes; SUM totals still pass', () => {
    for (const a of result.agents)
      for (const c of whatIfSheet(result, a.agent.agentId, 'en').rows.flat())
        if (isFormulaCell(c)) expect([c.formula, isWhatIfFormula(c.formula)]).toEqual([c.formula, true]);
    expect(cellInput({ formula: 'SUM(E2:E31)', value: 1 }, 'whatIf')).toBe('=SUM(E2:E31)');
  });

  test.each([
    'HYPERLINK("http://x","click")',
    'WEBSERVICE("http://x")',
    'IF(B2>0,HYPERLINK("http://x"),"")',
    'CS.SCORE(B2,C2,FALSE,E2)+INDIRECT("A1")',
    "CS.SCORE('Other sheet'!B2,C2,FALSE,E2)",
    'CS.SCORE(Sheet1!B2,C2,FALSE,E2)',
    'CS.SCORE([1]Sheet1!B2,C2,FALSE,E2)',
    'CS.SCORE(secret,C2,FALSE,E2)',
    'LOG10(B2)',
    'CMD|" /c calc"!A0',
    '',
  ])('refused on the what-if sheet too: %s', async (formula) => {
    expect(isWhatIfFormula(formula)).toBe(false);
    const fake = FakeExcel.fromWorkbookData(demo);
    const bad = { ...spec, rows: [...spec.rows, ['x', { formula, value: 0 }]] };
    await expect(new OfficeWorkbook(fake.run).writeOutputs([bad], [])).rejects.toThrow(/Refusing to write formula/);
    expect(fake.sheetNames()).toHaveLength(demo.sheets.length);
  });

  test('text starting with "=" on the what-if sheet stays text', async () => {
    const fake = FakeExcel.fromWorkbookData(demo);
    const hostile = '=CS.SCORE(B2,C2,FALSE,E2)';
    const withText = { ...spec, rows: [...spec.rows, [hostile, '=HYPERLINK("http://x")']] };
    await new OfficeWorkbook(fake.run).writeOutputs([withText], []);
    const r = spec.rows.length + 2;
    expect(fake.cell(spec.name, `A${r}`)).toMatchObject({ value: hostile, formula: null, numberFormat: '@' });
    expect(fake.cell(spec.name, `B${r}`)).toMatchObject({
      value: '=HYPERLINK("http://x")',
      formula: null,
      numberFormat: '@',
    });
  });
});

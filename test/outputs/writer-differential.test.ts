/**
 * The streaming .xlsx writer against the ExcelJS writer it replaced
 * (test/support/exceljs-spec-writer.ts): both write the same output sheets,
 * ExcelJS reads both back, and every cell value and type, number format,
 * font, fill, border, alignment, column, frozen pane, filter, table,
 * conditional format, protection and print setting must be the same. On the
 * demo shop (zh and en, a month and a week), the pay-run files (slips,
 * DingTalk, what-if), a Changes section and lock history, and hostile text.
 * One intended difference: text like "_x0041_" now reads back as written.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  auditSheetNames,
  buildOutputSheets,
  buildSlips,
  compareRuns,
  dingtalkSheet,
  generateDemoWorkbook,
  type Lang,
  lockRow,
  type PayrollResult,
  readPreviousRun,
  runPayroll,
  type SheetSpec,
  whatIfSheet,
  withChangesSection,
  withLockHistory,
  type WorkbookData,
  outputProps,
} from '../../src/engine';
import { xlsxBytes } from '../../src/cli/xlsx-write-package';
import { readOneFile } from '../../src/cli/read-inputs';
import { addSpecSheet } from '../support/exceljs-spec-writer';
import { workbookDifferences } from '../support/xlsx-compare';
import { specToSheet } from '../payrun/sheets';
import { fitColumnWidths } from '../../src/engine/output/column-widths';

const AT = new Date('2026-11-02T09:30:00Z');
const DEMO = generateDemoWorkbook({ period: '2026-10', agents: 12, orders: 1500, seed: 20261001 });

async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

/** Both writers on the same sheets; the differences as ExcelJS reads them back. */
async function differences(sheets: SheetSpec[], result: PayrollResult): Promise<string[]> {
  const reference = new ExcelJS.Workbook();
  for (const spec of sheets) await addSpecSheet(reference, spec);
  const expected = await load(await reference.xlsx.writeBuffer());
  const actual = await load(xlsxBytes(sheets, outputProps(result)));
  return workbookDifferences(expected, actual);
}

const run = (data: WorkbookData, period: string, lang: Lang) => runPayroll(data, { period, lang, generatedAt: AT });

describe.each(['zh', 'en'] as const)('%s', (lang) => {
  const month = run(DEMO, '2026-10', lang);

  test('the month: scorecard, payroll, statements, issues, audit', async () => {
    expect(await differences(buildOutputSheets(month, lang), month)).toEqual([]);
  });

  test('a week (an assessment: no pay)', async () => {
    const week = run(DEMO, '2026-W43', lang);
    expect(await differences(buildOutputSheets(week, lang), week)).toEqual([]);
  });

  test('pay slips, the DingTalk sheet and a what-if sheet', async () => {
    for (const slip of buildSlips(month, lang).slice(0, 3)) expect(await differences([slip.sheet], month)).toEqual([]);
    expect(await differences([dingtalkSheet(month, lang)], month)).toEqual([]);
    expect(await differences([whatIfSheet(month, month.agents[0].agent.agentId, lang)], month)).toEqual([]);
  });

  test('a Changes section against an earlier run and the lock history carried into the Audit', async () => {
    const fewer = {
      sheets: DEMO.sheets.map((s) => (s.name === '订单报表' ? { ...s, rows: s.rows.slice(0, -200) } : s)),
    };
    const before = buildOutputSheets(run(fewer, '2026-10', lang), lang).map(specToSheet);
    const changes = compareRuns(readPreviousRun(before, '2026-10'), month, lang);
    const audit = before.find((s) => auditSheetNames('2026-10').includes(s.name))!;
    const locked = {
      ...audit,
      rows: [...audit.rows, lockRow('lock', '李会计', AT, lang), lockRow('unlock', '李会计', AT, lang, '奖惩改了')],
    };
    const sheets = withLockHistory(
      withChangesSection(buildOutputSheets(month, lang), changes, lang, 'earlier.xlsx'),
      locked,
    );
    expect(await differences(sheets, month)).toEqual([]);
  });
});

test('hostile and unusual cells: formula-like text stays text, control characters, spaces, numbers at the edges', async () => {
  const month = run(DEMO, '2026-10', 'zh');
  const [payroll] = buildOutputSheets(month, 'zh').filter((s) => s.kind === 'payroll');
  const texts = [
    '=HYPERLINK("http://x","y")',
    '+1',
    '-x',
    '@SUM(A1)',
    'a\u0001b\u001fc',
    ' lead',
    'trail ',
    'two\nlines',
    '<&>"\'',
    '',
    '😀 客服',
    'tab\there',
  ];
  const numbers = [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 1e-7, 0.1 + 0.2, -1234.5, 2 ** 53];
  const rows = texts.map((t, i) =>
    payroll.columns.map((_, c) =>
      c === 1 ? t : c === 5 ? (numbers[i] ?? null) : c === 4 ? i % 2 === 0 : payroll.rows[0][c],
    ),
  );
  rows.push(
    payroll.columns.map((_, c) =>
      c === 6 ? { formula: 'SUM(G2:G3)', value: 'text result' } : c === 7 ? { formula: 'G2*2', value: 12.5 } : null,
    ),
  );
  // Fitted first, as buildOutputSheets hands specs over: the streaming writer widens a column for 1e21, the reference
  // writer takes the widths as given.
  const hostile = fitColumnWidths({ ...payroll, rows, notes: [' note with spaces ', '=1+1'] });
  expect(await differences([hostile], month)).toEqual([]);
  // The same cells written in place (inline strings, as the Issues sheet's messages are), not shared.
  const inline = { ...hostile, name: 'inline', columns: hostile.columns.map((c) => ({ ...c, distinct: true })) };
  expect(await differences([inline], month)).toEqual([]);
});

test('text that looks like an _xHHHH_ escape reads back as written (the ExcelJS writer turned "_x0041_" into "A")', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-kpi-xesc-'));
  const file = path.join(dir, 'escapes.xlsx');
  const month = run(DEMO, '2026-10', 'zh');
  const texts = ['_x0041_', 'a_x005F_b', '_x00e9_ lower case', '__x0042__', '_x12_ too short', '工号_x4E00_'];
  // Shared (column A) and written in the cell (B, an inline string).
  const spec: SheetSpec = {
    kind: 'audit',
    name: 'Escapes',
    columns: [
      { key: 'text', header: 'Text', format: 'text' },
      { key: 'inline', header: 'Inline', format: 'text', distinct: true },
    ],
    rows: texts.map((t) => [t, t]),
    freezeHeader: false,
    autoFilter: false,
    protect: false,
  };
  try {
    writeFileSync(file, xlsxBytes([spec], outputProps(month)));
    const byExcelJs = (await load(readFileSync(file))).getWorksheet('Escapes')!;
    for (const column of [1, 2]) expect(texts.map((_, i) => byExcelJs.getCell(i + 2, column).value)).toEqual(texts);
    const read = await readOneFile(file, []);
    if (!read.ok) throw new Error(read.problem.message.en);
    expect(read.data.sheets[0].rows.slice(1)).toEqual(texts.map((t) => [t, t]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Corpus as real .xlsx files through `cs-kpi payroll` (main() in-process):
 * exit codes, messages, and what the engine sees of merged and hidden cells.
 */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import type { Cell, WorkbookData } from '../../src/engine';
import { payrollJson } from '../../src/engine';
import { serialOf } from '../../src/engine/dates';
import {
  BASE,
  CHAT_NAME,
  ORDERS_NAME,
  PERIOD,
  ROSTER_NAME,
  appendRows,
  baseWorkbook,
  chatSheet,
  dropColumn,
  setCell,
  sheetOf,
  withoutSheet,
} from './builder';
import { run } from './expect';
import { cli, makeTempDir, readBack, writeXlsx, zipOf } from './xlsx-files';

const tmp = makeTempDir();
afterAll(() => tmp.remove());
const base = run(baseWorkbook());

type Json = ReturnType<typeof payrollJson>;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let n = 0;
/** Write the workbook as .xlsx and run `cs-kpi payroll <file> --period 2026-10 …`. */
async function payroll(wb: WorkbookData, extraArgs: string[] = [], decorate?: Parameters<typeof writeXlsx>[2]) {
  const file = await writeXlsx(wb, tmp.file(`case-${++n}.xlsx`), decorate);
  const before = sha256(file);
  const res = await cli('payroll', file, '--period', PERIOD, '--out', tmp.file(`case-${n}-out.xlsx`), ...extraArgs);
  expect(sha256(file)).toBe(before); // the input is never written, whatever the outcome
  return { ...res, file, outFile: tmp.file(`case-${n}-out.xlsx`) };
}
const sameFigures = (j: Json) => {
  expect(j.agents).toEqual(base.json.agents);
  expect(j.shop).toEqual(base.json.shop);
};

describe('exit 1: required sheet or column missing, file unreadable', () => {
  test('C63 .xlsx without the roster sheet → exit 1, message names 花名册', async () => {
    const r = await payroll(withoutSheet(baseWorkbook(), ROSTER_NAME));
    expect(r.code).toBe(1);
    expect(r.err).toContain('缺少花名册工作表');
    expect(r.out).toBe('');
  });

  test('C64 .xlsx without the chat sheet, --lang en → exit 1, message names the Chat stats sheet', async () => {
    const r = await payroll(withoutSheet(baseWorkbook(), CHAT_NAME), ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The Chat stats sheet is missing');
  });

  test('C65 .xlsx whose orders lack 买家实际支付金额 → exit 1, message names sheet, column and header row', async () => {
    const wb = baseWorkbook();
    dropColumn(wb, ORDERS_NAME, '买家实际支付金额');
    const r = await payroll(wb);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`工作表“${ORDERS_NAME}”缺少必需的列“买家实际支付金额”`);
    expect(r.err).toContain('第 1 行');
  });

  test('C66 empty workbook (a single blank Sheet1) → exit 1 naming the three missing sheets', async () => {
    const r = await payroll({ sheets: [{ name: 'Sheet1', rows: [] }] });
    expect(r.code).toBe(1);
    for (const name of ['花名册', '订单报表', '聊天统计']) expect(r.err).toContain(name);
    expect(r.err.split('\n')).toHaveLength(3);
  });

  test.each([
    ['an empty file', '', 'is empty (0 bytes)'],
    [
      'an old .xls (OLE2 bytes)',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 1, 2, 3]),
      'save it as .xlsx (Excel Workbook) or CSV',
    ],
  ])('C67 %s → exit 1 with a plain sentence naming the file', async (_what, content, says) => {
    const file = tmp.file(`not-xlsx-${++n}.xlsx`);
    writeFileSync(file, content);
    const r = await cli('payroll', file, '--period', PERIOD, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cs-kpi: not-xlsx-${n}.xlsx `);
    expect(r.err).toContain(says);
  });

  test('C67a a CSV saved with an .xlsx name is read as the CSV it is (then the missing sheets are named)', async () => {
    const file = tmp.file(`csv-${++n}.xlsx`);
    writeFileSync(file, '订单编号,买家会员名\n="1",tb\n');
    const r = await cli('payroll', file, '--period', PERIOD, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Roster');
  });

  const DOCX = zipOf({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': '<w:document/>',
  });

  test('C67b/c a Word document (a zip, not a workbook) renamed .xlsx → exit 1: a zip, not an Excel workbook', async () => {
    const file = tmp.file(`docx-${++n}.xlsx`);
    writeFileSync(file, DOCX);
    const r = await cli('payroll', file, '--period', PERIOD, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`docx-${n}.xlsx is a zip archive, not an Excel workbook`);
  });

  test('C68 a file that does not exist → exit 1 naming it', async () => {
    const r = await cli('payroll', tmp.file('nope.xlsx'), '--period', PERIOD);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`找不到文件 ${tmp.file('nope.xlsx')}`);
  });
});

describe('exit 2: usage errors', () => {
  test.each([
    ['unknown option', ['payroll', 'x.xlsx', '--period', PERIOD, '--perod', PERIOD], 'unknown option --perod'],
    ['month 13', ['payroll', 'x.xlsx', '--period', '2026-13'], '--period: Period "2026-13" names no month (01–12)'],
    ['period without a dash', ['payroll', 'x.xlsx', '--period', '202610'], '--period "202610" is not YYYY-MM (a month'],
    ['no --period', ['payroll', 'x.xlsx'], '--period YYYY-MM is required'],
    ['--period without a value', ['payroll', 'x.xlsx', '--period'], '--period needs a value'],
    ['no workbook', ['payroll', '--period', PERIOD], 'give the input files'],
    ['--lang fr', ['payroll', 'x.xlsx', '--period', PERIOD, '--lang', 'fr'], '--lang must be zh or en'],
    ['--out is the input', ['payroll', 'x.xlsx', '--period', PERIOD, '--out', 'x.xlsx'], 'never modifies its input'],
    ['unknown command', ['payrol', 'x.xlsx'], 'unknown command "payrol"'],
  ])('C69 %s → exit 2 with the reason and the usage', async (_what, argv, reason) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(reason);
    expect(r.err).toContain('Usage:');
  });
});

describe('what the engine sees of real .xlsx files', () => {
  /** Chat rows grouped by day (all agents of 10-03, then of 10-04), so a day's date cell can be merged down. */
  function chatByDay(): WorkbookData {
    const wb = baseWorkbook();
    const rows = sheetOf(wb, CHAT_NAME).rows.slice(1);
    const byDay = [...rows.filter((r) => r[1] === '2026-10-03'), ...rows.filter((r) => r[1] === '2026-10-04')];
    wb.sheets[2] = chatSheet(byDay);
    sheetOf(wb, CHAT_NAME).rows.unshift(['赤兔名品·客服绩效 导出（2026-10）']);
    return wb;
  }

  test("C70 merged cells: title merged over the header, a day's date merged down its agents → every row gets the master's value", async () => {
    const r = await payroll(chatByDay(), ['--json'], (book) => {
      const ws = book.getWorksheet(CHAT_NAME)!;
      ws.mergeCells('A1:M1');
      ws.mergeCells('B3:B6');
      ws.mergeCells('B7:B10');
    });
    expect(r.code).toBe(0);
    const written = (await readBack(r.file)).getWorksheet(CHAT_NAME)!;
    expect(written.getCell('B4').isMerged).toBe(true);
    sameFigures(r.json());
    expect(r.json().issues.map((i) => i.code)).toEqual(['order-silent']);
  });

  test("C71 merged memo cells K2:K3 (two orders) → the second order is read with the master's memo KF01, as Excel shows it", async () => {
    const r = await payroll(baseWorkbook(), ['--json'], (book) => book.getWorksheet(ORDERS_NAME)!.mergeCells('K2:K3'));
    expect(r.code).toBe(0);
    const agents = r.json().agents;
    const kf01 = agents.find((a) => a.agentId === 'KF01')!;
    const kf02 = agents.find((a) => a.agentId === 'KF02')!;
    expect(kf01).toMatchObject({ sales: 350 + 150, buyers: 3, units: 4 });
    expect(kf02).toMatchObject({ sales: 100, buyers: 1, units: 1 });
  });

  test('C72 hidden rows (orders, chat, roster) are data: counted like any other row', async () => {
    const r = await payroll(baseWorkbook(), ['--json'], (book) => {
      for (const [sheet, rowNos] of [
        [ORDERS_NAME, [2, 3, 7]],
        [CHAT_NAME, [2, 5]],
        [ROSTER_NAME, [3]],
      ] as const) {
        for (const no of rowNos) book.getWorksheet(sheet)!.getRow(no).hidden = true;
      }
    });
    expect(r.code).toBe(0);
    const written = await readBack(r.file);
    expect(written.getWorksheet(ORDERS_NAME)!.getRow(3).hidden).toBe(true);
    expect(written.getWorksheet(ROSTER_NAME)!.getRow(3).hidden).toBe(true);
    sameFigures(r.json());
    expect(r.json().issues).toEqual(base.json.issues);
  });

  test('C73 ="…" order numbers as formula cells, payment times as real Excel dates, amounts as text → same result', async () => {
    const wb = baseWorkbook();
    for (let i = 0; i < BASE.orders; i++) {
      const payText = sheetOf(wb, ORDERS_NAME).rows[i + 1][8] as string;
      const [, y, mo, d, hh, mi, ss] = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/.exec(payText)!.map(Number);
      setCell(wb, ORDERS_NAME, BASE.orderRow(i), '订单付款时间', serialOf(y, mo, d, hh, mi, ss));
    }
    const r = await payroll(wb, ['--json'], (book) => {
      const ws = book.getWorksheet(ORDERS_NAME)!;
      for (let i = 0; i < BASE.orders; i++) {
        const rowNo = BASE.orderRow(i);
        ws.getCell(`A${rowNo}`).value = {
          formula: `"${BASE.orderId(i)}"`,
          result: BASE.orderId(i),
        } as ExcelJS_FormulaValue;
        const serial = ws.getCell(`I${rowNo}`).value as number;
        ws.getCell(`I${rowNo}`).value = new Date(Math.round((serial - 25569) * 86400000));
        ws.getCell(`I${rowNo}`).numFmt = 'yyyy-mm-dd hh:mm:ss';
        ws.getCell(`F${rowNo}`).value = (ws.getCell(`F${rowNo}`).value as number).toLocaleString('en-US', {
          minimumFractionDigits: 2,
        });
      }
    });
    expect(r.code).toBe(0);
    sameFigures(r.json());
    expect(r.json().issues.map((i) => [i.code, i.value])).toEqual([['order-silent', BASE.orderId(5)]]);
  });

  test('C74 data problems do not stop the run: exit 0, the Issues sheet of the output names sheet, row, cell and value', async () => {
    const wb = baseWorkbook();
    appendRows(wb, ORDERS_NAME, [...sheetOf(wb, ORDERS_NAME).rows[2]]);
    setCell(wb, ORDERS_NAME, BASE.orderRow(3), '买家实际支付金额', '待确认');
    const r = await payroll(wb);
    expect(r.code).toBe(0);
    expect(r.out).toContain('数据问题：错误 1，警告 1，提示 1');
    const issues = (await readBack(r.outFile)).getWorksheet(`数据问题 ${PERIOD}`)!;
    const rows: Cell[][] = [];
    issues.eachRow((row, no) => no > 1 && rows.push((row.values as Cell[]).slice(1, 7)));
    expect(rows.slice(0, 3)).toEqual([
      ['错误', ORDERS_NAME, 5, '买家实际支付金额 (F)', 'F5', '待确认'],
      ['警告', ORDERS_NAME, 8, '订单编号 (A)', 'A8', BASE.orderId(1)],
      ['提示', ORDERS_NAME, 7, '商家备忘 (K)', 'K7', BASE.orderId(5)],
    ]);
  });

  test('C80 formula cells in chat stats: a cached number is used, a cached #N/A (VLOOKUP miss) is not available, never 0', async () => {
    const r = await payroll(baseWorkbook(), ['--json'], (book) => {
      const ws = book.getWorksheet(CHAT_NAME)!;
      ws.getCell('F2').value = { formula: 'E2*0.55', result: 22 } as ExcelJS_FormulaValue;
      ws.getCell('F3').value = {
        formula: 'VLOOKUP(A3,明细!A:F,6,FALSE)',
        result: { error: '#N/A' },
      } as unknown as ExcelJS_FormulaValue;
    });
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j.agents.find((a) => a.agentId === 'KF01')).toMatchObject({
      inquiries: 40,
      paidBuyers: 22,
      conversion: 0.55,
    });
    expect(
      j.issues.filter((i) => i.code === 'chat-not-available').map((i) => [i.sheet, i.row, i.cell, i.value]),
    ).toEqual([[CHAT_NAME, 3, 'F3', '#N/A']]);
  });

  test('C81 rich-text (partly bold) header cells and a rich-text memo → read as their plain text', async () => {
    const r = await payroll(baseWorkbook(), ['--json'], (book) => {
      const ws = book.getWorksheet(ORDERS_NAME)!;
      ws.getCell('F1').value = { richText: [{ text: '买家实际' }, { text: '支付金额', font: { bold: true } }] };
      ws.getCell('K7').value = {
        richText: [{ text: '客服:' }, { text: 'KF04', font: { color: { argb: 'FFFF0000' } } }],
      };
    });
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j.agents.find((a) => a.agentId === 'KF04')).toMatchObject({ sales: 80, buyers: 1 });
    expect(j.shop).toMatchObject({ silentSales: 0, sales: BASE.shopSales });
  });

  test('C82 orders split over two sheets with one order in both, and a Plan sheet with an unknown key → exit 0, both reported, counted once', async () => {
    const wb = baseWorkbook();
    const orders = sheetOf(wb, ORDERS_NAME);
    wb.sheets.push({ name: `${ORDERS_NAME} (2)`, rows: [[...orders.rows[0]], [...orders.rows[2]]] });
    wb.sheets.push({
      name: '方案',
      rows: [
        ['键', '值', '说明'],
        ['weight.presales.salse', 40, null],
      ],
    });
    const r = await payroll(wb, ['--json']);
    expect(r.code).toBe(0);
    const j = r.json();
    sameFigures(j);
    expect(
      j.issues.filter((i) => i.code !== 'order-silent').map((i) => [i.code, i.sheet, i.row, i.cell, i.value]),
    ).toEqual([
      ['plan-unknown-key', '方案', 2, 'A2', 'weight.presales.salse'],
      ['order-duplicate', `${ORDERS_NAME} (2)`, 2, 'A2', BASE.orderId(1)],
    ]);
  });
});

type ExcelJS_FormulaValue = import('exceljs').CellFormulaValue;

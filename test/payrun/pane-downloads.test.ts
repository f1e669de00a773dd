/**
 * The pane's downloads, built in memory with the minimal xlsx writer: every
 * slip in the .zip opens in ExcelJS and holds that agent only; the DingTalk
 * sheet has one header row and one row per person; hostile text stays text.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { buildSlips, dingtalkSheet, outputProps, runPayroll } from '../../src/engine';
import { dingtalkXlsx, slipsZip } from '../../src/taskpane/payrun-downloads';
import { readOneFile } from '../../src/cli/read-inputs';
import { xlsxBytes } from '../../src/cli/xlsx-write-package';
import { DINGTALK_HEADER_ZH } from './sheets';
import { baseWorkbook, PERIOD } from '../corpus/builder';

const HOSTILE = '=HYPERLINK("http://evil","李丽")';
const wb = baseWorkbook();
wb.sheets[0].rows[2][1] = HOSTILE; // KF02's name
const result = runPayroll(wb, { period: PERIOD });

async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(book.worksheets.length).toBe(1);
  return book.worksheets[0];
}

function values(ws: ExcelJS.Worksheet): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [];
  ws.eachRow((row) => row.eachCell((c) => void out.push(c.value)));
  return out;
}

test('the slips .zip holds one openable .xlsx per agent, each with that agent only', async () => {
  const { bytes, fileName } = slipsZip(result, 'zh');
  expect(fileName).toBe('工资条-2026-10.zip');
  const files = unzipSync(bytes);
  expect(Object.keys(files).sort()).toEqual([
    'KF01-张晓梅-2026-10.xlsx',
    'KF02-=HYPERLINK(_http___evil_,_李丽_)-2026-10.xlsx',
    'KF03-王强-2026-10.xlsx',
    'KF04-赵安-2026-10.xlsx',
  ]);
  for (const a of result.agents) {
    const name = Object.keys(files).find((f) => f.startsWith(a.agent.agentId + '-'))!;
    const ws = await open(files[name]);
    expect(ws.protect).toBeDefined();
    const cells = values(ws);
    expect(cells).toContain(a.agent.name); // a plain string: the hostile name is not a formula
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
    for (const line of a.statement) expect(cells).toContain(line.amount / 100);
    for (const other of result.agents.filter((o) => o !== a)) {
      expect(
        cells.some((c) => typeof c === 'string' && (c.includes(other.agent.agentId) || c.includes(other.agent.name))),
      ).toBe(false);
    }
  }
});

test('the DingTalk sheet: one header row, one row per person', async () => {
  const ws = await open(dingtalkXlsx(result, 'zh').bytes);
  expect(ws.getRow(1).values).toEqual([undefined, ...DINGTALK_HEADER_ZH]);
  expect(ws.rowCount).toBe(1 + result.agents.length);
  result.agents.forEach((a, i) => {
    const p = a.pay;
    expect(ws.getRow(i + 2).values).toEqual([
      undefined,
      a.agent.agentId,
      a.agent.name,
      PERIOD,
      ...[p.basePay, p.performanceBonus, p.conversionBonus, p.commission, p.awards, p.fines, p.grossPay].map(
        (c) => c / 100,
      ),
    ]);
  });
  expect(ws.getCell('D2').numFmt).toBe('"¥"#,##0.00');
});

test('text Excel would decode (_x0041_) is escaped, and characters XML cannot carry (U+FFFF, U+0001) are dropped', async () => {
  const odd = baseWorkbook();
  odd.sheets[0].rows[1][1] = '张_x0041_晓\uffff梅\u0001'; // KF01's name
  const r = runPayroll(odd, { period: PERIOD });
  const files = unzipSync(slipsZip(r, 'zh').bytes);
  const slip = files[Object.keys(files).find((f) => f.startsWith('KF01-'))!];
  const stringsXml = Buffer.from(unzipSync(slip)['xl/sharedStrings.xml']).toString('utf8');
  // Excel reads _xHHHH_ in any cell text as the character; _x005F_ is its escape for the underscore itself.
  expect(stringsXml).toContain('<t>张_x005F_x0041_晓梅</t>');
  expect([stringsXml.includes('\uffff'), stringsXml.includes('\u0001')]).toEqual([false, false]);
  // The CLI's reader decodes as Excel does: the name reads back as written, minus the two characters.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slip-'));
  try {
    writeFileSync(path.join(dir, 'slip.xlsx'), slip);
    const back = await readOneFile(path.join(dir, 'slip.xlsx'), []);
    if (!back.ok) throw new Error(back.problem.message.en);
    expect(back.data.sheets[0].rows.flat()).toContain('张_x0041_晓梅');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a slip or the DingTalk sheet from the pane holds the same parts, byte for byte, as the CLI writes', () => {
  const text = (zip: Uint8Array) =>
    Object.fromEntries(
      Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
    );
  const props = outputProps(result);
  const paneSlips = unzipSync(slipsZip(result, 'en').bytes);
  const slips = buildSlips(result, 'en');
  expect(slips.length).toBe(4);
  for (const slip of slips) expect(text(paneSlips[slip.fileName])).toEqual(text(xlsxBytes([slip.sheet], props)));
  expect(text(dingtalkXlsx(result, 'en').bytes)).toEqual(text(xlsxBytes([dingtalkSheet(result, 'en')], props)));
});

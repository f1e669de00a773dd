/**
 * 工号 that Excel would read as numbers (007, an 18-digit ID) stay exactly as they are: plain in
 * the finance CSV (what a payroll system imports), text cells in the payroll workbook, the
 * DingTalk sheet and the slips, and the run says where to read the CSV's IDs in Excel.
 */
import { readdirSync, readFileSync } from 'fs';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-csv-ids-');
afterAll(() => tmp.remove());

const LONG_ID = '310000000000000009'; // 18 digits: Excel keeps 15 and shows 3.1E+17
let input = '';
beforeAll(async () => {
  const wb = baseWorkbook();
  const roster = wb.sheets[0].rows;
  roster[3][0] = LONG_ID; // KF03 王强
  roster[4][0] = '007'; // KF04 赵安
  input = await writeXlsx(wb, tmp.file('shop.xlsx'));
});

/** The cells (value and number format) of a sheet's 工号 column, found by its header in the first row. */
async function idCells(file: string, sheet?: string) {
  const book = await readBack(file);
  const ws = sheet ? book.getWorksheet(sheet)! : book.worksheets[0];
  let column = 0;
  ws.getRow(1).eachCell((c, i) => void (c.value === '工号' && (column = i)));
  expect(column).toBeGreaterThan(0);
  const cells: { value: unknown; numFmt: string | undefined }[] = [];
  ws.getColumn(column).eachCell((c) => void cells.push({ value: c.value, numFmt: c.numFmt }));
  return cells;
}

test('the CSV writes 007 and an 18-digit 工号 as they are; the workbooks keep them as text cells', async () => {
  const [out, csv, ding, slips] = ['out.xlsx', 'pay.csv', 'ding.xlsx', 'slips'].map(tmp.file);
  const outputs = { '--out': out, '--csv': csv, '--dingtalk': ding, '--slips': slips };
  const r = await cli('payroll', input, '--period', PERIOD, ...Object.entries(outputs).flat());
  expect(r.code).toBe(0);
  const lines = readFileSync(csv, 'utf8').split('\r\n');
  // Roster order: header, KF01, KF02, then the two changed IDs, plain (no ="…", no apostrophe).
  expect(lines.find((l) => l.includes('王强'))?.startsWith(`${LONG_ID},王强,`)).toBe(true);
  expect(lines.find((l) => l.includes('赵安'))?.startsWith('007,赵安,')).toBe(true);

  for (const [file, sheet] of [
    [out, `工资表 ${PERIOD}`],
    [out, `绩效 ${PERIOD}`],
    [ding, undefined],
  ] as const) {
    const cells = await idCells(file, sheet);
    for (const id of ['007', LONG_ID]) expect(cells).toContainEqual({ value: id, numFmt: '@' });
  }
  // The slip's file name and the ID inside it.
  const slip = readdirSync(slips).find((f) => f.startsWith('007-'));
  expect(slip).toBe(`007-赵安-${PERIOD}.xlsx`);
  const texts: unknown[] = [];
  (await readBack(`${slips}/${slip}`)).worksheets[0].eachRow((row) => row.eachCell((c) => void texts.push(c.value)));
  expect(texts.some((v) => typeof v === 'string' && v.includes('007'))).toBe(true);
  expect(texts).not.toContain(7);

  // Said once, naming the IDs and where to read them as text.
  // Role order, as in the payroll: 王强 (售中) before 赵安 (售后).
  expect(r.err).toContain(`工号 ${LONG_ID}、007 原样写出`);
  expect(r.err).toContain('从文本/CSV');
});

test('IDs Excel leaves alone (KF01, 12345678901: 11 digits) bring no note', async () => {
  const wb = baseWorkbook();
  wb.sheets[0].rows[4][0] = '12345678901';
  const shop = await writeXlsx(wb, tmp.file('plain.xlsx'));
  const r = await cli(
    'payroll',
    shop,
    '--period',
    PERIOD,
    '--out',
    tmp.file('o.xlsx'),
    '--csv',
    tmp.file('p.csv'),
    '--lang',
    'en',
  );
  expect(r.code).toBe(0);
  expect(r.err).not.toContain('note: the IDs');
  const en = await cli(
    'payroll',
    input,
    '--period',
    PERIOD,
    '--out',
    tmp.file('o2.xlsx'),
    '--csv',
    tmp.file('p2.csv'),
    '--lang',
    'en',
  );
  expect(en.err).toContain(`the IDs ${LONG_ID}, 007 are written to p2.csv as they are`);
});

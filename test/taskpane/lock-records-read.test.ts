/**
 * A workbook holding three earlier months of outputs (2026-07 … 2026-09, September locked) and October's inputs,
 * whose 申诉 names September once: the pane reads back September's Audit and 工资条 only, not every earlier
 * month's, and says the same as when it read them all. Over the Excel fake, with its request counters.
 */
import { generateDemoWorkbook, validateWorkbook, type Cell, type SheetData } from '../../src/engine';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { stubHostExcelApi } from '../support/office-host';
import { generatePayroll, inputsFor, scanWorkbook, validateInputs } from '../../src/taskpane/payroll-flow';
import { setMonthLock } from '../../src/taskpane/payrun-flow';
import { FakeExcel } from '../excel-fake';

// A current Excel (ExcelApi 1.13): merged cells are read, not guessed at from blanks (merge-blind.ts), so the
// issues here are the engine's alone.
stubHostExcelApi('1.13');

const DEMO = { agents: 8, orders: 300, seed: 7 };
const EARLIER = ['2026-07', '2026-08', '2026-09'];

async function workbookWithEarlierRuns() {
  const october = generateDemoWorkbook({ ...DEMO, period: '2026-10' });
  const roster = october.sheets.find((s) => s.name === '花名册')!;
  const agentId = String(roster.rows[1][0]);
  // One dispute of September (approved, not on September's slips: warned), one of October itself.
  const disputes: SheetData = {
    name: '申诉',
    rows: [
      ['工号', '月份', '项目', '申诉金额', '状态', '原因'],
      [agentId, '2026-09', '提成', 200, '通过', '9月漏记订单'],
      [agentId, '2026-10', '提成', 50, '待处理', ''],
    ],
  };
  const fake = FakeExcel.fromWorkbookData({ sheets: [] });
  const port = new OfficeWorkbook(fake.run);
  for (const month of EARLIER) {
    const inputs = generateDemoWorkbook({ ...DEMO, period: month });
    const scratch = new OfficeWorkbook(FakeExcel.fromWorkbookData(inputs).run);
    await generatePayroll(scratch, { period: month, lang: 'zh', now: new Date(`${month}-28T10:00:00Z`) });
    const names = (await scratch.listSheets()).map((s) => s.name).filter((n) => n.endsWith(month));
    const outputs = (await scratch.readSheets(names)).sheets;
    await port.writeInputSheets(outputs as { name: string; rows: Cell[][] }[]);
  }
  await port.writeInputSheets([...october.sheets, disputes]);
  await setMonthLock(port, '2026-09', 'lock', '王芳', 'zh', new Date('2026-10-05T08:00:00Z'));
  return { fake, port };
}

test('only the Audit and 工资条 of the month a dispute names are read; the issues are those of reading them all', async () => {
  const { fake, port } = await workbookWithEarlierRuns();
  const scan = await scanWorkbook(port);
  const inputNames = inputsFor(scan, '2026-10').map((i) => i.name); // with the earlier 绩效 (history)
  const lockRecords = scan.sheets.map((s) => s.name).filter((n) => /^(审计|工资条) 2026-0[789]$/.test(n));
  expect(lockRecords).toHaveLength(6);

  // Requests and bytes of the sheet reads alone (the scan before them is the same either way).
  const reads: string[][] = [];
  const spent = { roundTrips: 0, bytes: 0 };
  const readSheets = port.readSheets.bind(port);
  port.readSheets = async (names, ...rest) => {
    reads.push(names);
    const [trips, bytes] = [fake.stats.roundTrips, responseBytes(fake)];
    const out = await readSheets(names, ...rest);
    spent.roundTrips += fake.stats.roundTrips - trips;
    spent.bytes += responseBytes(fake) - bytes;
    return out;
  };
  // Before: the inputs and every earlier month's Audit and 工资条, in one call, as the pane read them.
  const everything = await port.readSheets([...inputNames, ...lockRecords]);
  const before = { ...spent };
  Object.assign(spent, { roundTrips: 0, bytes: 0 });
  reads.length = 0;

  const { report } = await validateInputs(port, '2026-10');
  const after = { ...spent };
  const earlierRead = reads.flat().filter((n) => /^(审计|工资条) 2026-0[789]$/.test(n));
  expect(earlierRead.sort()).toEqual(['审计 2026-09', '工资条 2026-09']);

  // The same issues as the engine gives over the inputs and every earlier Audit and 工资条 (the old reading).
  const all = validateWorkbook(everything, '2026-10');
  expect(report.issues).toEqual(all.issues);
  expect(report.issues.filter((i) => i.code === 'dispute-month-locked').map((i) => i.cell)).toEqual(['B2']);

  // Fewer bytes come back: two earlier months' Audit and 工资条 are not read.
  console.log(`lock records read, before → after: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  expect(after.bytes).toBeLessThan(before.bytes);

  // Without a dispute of another month, no earlier Audit or 工资条 is read at all.
  const [disputes] = (await readSheets(['申诉'])).sheets;
  await port.writeInputSheets([{ name: '申诉', rows: disputes.rows.filter((r) => r[1] !== '2026-09') }]);
  Object.assign(spent, { roundTrips: 0, bytes: 0 });
  reads.length = 0;
  const second = await validateInputs(port, '2026-10');
  expect(reads.flat().filter((n) => /^(审计|工资条) /.test(n))).toEqual([]);
  expect(second.report.issues.filter((i) => i.code === 'dispute-month-locked')).toEqual([]);
  console.log(`no dispute of another month: ${JSON.stringify(spent)}`);
}, 300_000);

function responseBytes(fake: FakeExcel): number {
  return fake.stats.log.reduce((n, r) => n + r.responseBytes, 0);
}

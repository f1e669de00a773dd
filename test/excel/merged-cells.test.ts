/**
 * Merged cells as the manager sees them: Excel's `values` gives a merge's
 * value in its top-left cell only, and the adapter fills the rest (ExcelApi
 * 1.13, Range.getMergedAreasOrNullObject), as cs-kpi does from the file's
 * <mergeCell> list. A roster's 岗位 merged over two agents, a 赤兔 sheet's
 * 日期 merged down each day's agents, a memo merged over two orders below
 * the first 20 rows, and a merge whose top-left cell is in a column the
 * add-in does not read.
 */
import ExcelJS from 'exceljs';
import { runPayroll, type Cell, type WorkbookData } from '../../src/engine';
import { readXlsxValues } from '../../src/cli/xlsx/read-values';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { likelyMergedCell } from '../../src/excel/merge-blind';
import { generatePayroll, validateInputs } from '../../src/taskpane/payroll-flow';
import { FakeExcel } from '../excel-fake';
import { MANIFEST_SETS } from '../excel-fake/requirements';
import { stubHostExcelApi } from '../support/office-host';
import { makeTempDir, writeXlsx } from '../corpus/xlsx-files';

const PERIOD = '2026-10';
const MERGES: Record<string, string[]> = {
  花名册: ['C2:C3'],
  聊天统计: ['A2:A3', 'A4:A5'],
  订单报表: ['F24:F25', 'E26:F26'],
};

/** As typed before merging: each merge's value in its top-left cell only. */
function workbook(): WorkbookData {
  const orders: Cell[][] = [['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '收货地址', '商家备忘']];
  for (let i = 1; i <= 25; i++) {
    const row = orders.length + 1; // the sheet row this order lands on
    const memo = row <= 23 ? 'KF01' : row === 24 ? 'KF02' : null;
    const address = row === 26 ? 'KF02' : '浙江省 杭州市';
    orders.push([
      `3515313147329${String(i).padStart(5, '0')}`,
      `tb${i}`,
      100,
      `2026-10-${String(i).padStart(2, '0')} 10:00:00`,
      address,
      memo,
    ]);
  }
  return {
    sheets: [
      {
        name: '花名册',
        rows: [
          ['工号', '姓名', '岗位', '级别'],
          ['KF01', '小美', '售前', '初级'],
          ['KF02', '小王', null, '初级'],
        ],
      },
      {
        name: '聊天统计',
        rows: [
          ['日期', '工号', '询单人数', '询单->最终付款人数'],
          ['2026-10-05', 'KF01', 10, 3],
          [null, 'KF02', 10, 2],
          ['2026-10-06', 'KF01', 10, 4],
          [null, 'KF02', 10, 1],
        ],
      },
      { name: '订单报表', rows: orders },
    ],
  };
}

function mergedFake(wb: WorkbookData, excelApi: string): FakeExcel {
  const fake = FakeExcel.fromWorkbookData(wb);
  for (const [sheet, areas] of Object.entries(MERGES)) for (const a of areas) fake.merge(sheet, a);
  fake.declaredSets = { ...MANIFEST_SETS, ExcelApi: excelApi };
  return fake;
}

const host = stubHostExcelApi('1.13');

const names = ['花名册', '聊天统计', '订单报表'];
// 20 rows a request: the order sheet's first 20 rows come first, rows 21-26 in a body chunk.
const read = (fake: FakeExcel) => new OfficeWorkbook(fake.run, { maxRowsPerRequest: 20 }).readSheets(names);
const sheetOf = (wb: WorkbookData, name: string) => wb.sheets.find((s) => s.name === name)!.rows;

test('every cell of a merge reads its top-left value, in the header rows and below them', async () => {
  host.set('1.13');
  const fake = mergedFake(workbook(), '1.13');
  expect(fake.cell('订单报表', 'F25').value).toBeNull(); // what `values` gives: the merge's value is in F24 only
  const wb = await read(fake);

  expect(sheetOf(wb, '花名册')[2]).toEqual(['KF02', '小王', '售前', '初级']);
  expect(sheetOf(wb, '聊天统计').map((r) => r[0])).toEqual([
    '日期',
    '2026-10-05',
    '2026-10-05',
    '2026-10-06',
    '2026-10-06',
  ]);
  const orders = sheetOf(wb, '订单报表');
  expect(orders).toHaveLength(26);
  // 商家备忘: KF01 on rows 2-23; F24:F25 merged with KF02; E26:F26 merged, its value KF02 typed in 收货地址 (E26).
  expect(orders.slice(1).map((r) => r[5])).toEqual([...Array(22).fill('KF01'), 'KF02', 'KF02', 'KF02']);
  // 收货地址 is not read: blank below the header, merged or not.
  expect(orders.slice(1).every((r) => r[4] === null)).toBe(true);
});

test('the payroll from the add-in’s read is the one cs-kpi computes from the same workbook saved as .xlsx', async () => {
  host.set('1.13');
  const addIn = runPayroll(await read(mergedFake(workbook(), '1.13')), { period: PERIOD, lang: 'zh' });
  // By hand: 100.00 an order; KF01 has 22 orders, KF02 three (F24, F25 through its merge, F26 through E26's).
  const sales = Object.fromEntries(addIn.agents.map((a) => [a.agent.agentId, a.measures.sales]));
  expect(sales).toEqual({ KF01: 220000, KF02: 30000 });
  // KF02 is 售前 through the merged 岗位; conversion (2 + 1) / (10 + 10).
  const kf02 = addIn.agents.find((a) => a.agent.agentId === 'KF02')!;
  expect(kf02.agent.role).toBe('presales');
  expect(kf02.measures.conversion).toBeCloseTo(0.15, 12);

  const tmp = makeTempDir('cs-merged-');
  try {
    const file = await writeXlsx(workbook(), tmp.file('merged.xlsx'), (book: ExcelJS.Workbook) => {
      for (const [sheet, areas] of Object.entries(MERGES))
        for (const a of areas) book.getWorksheet(sheet)!.mergeCells(a);
    });
    const cli = runPayroll(await readXlsxValues(file, { skipUnusedColumns: true }), { period: PERIOD, lang: 'zh' });
    expect(addIn.agents.map((a) => [a.agent.agentId, a.agent.role, a.measures.sales, a.measures.conversion])).toEqual(
      cli.agents.map((a) => [a.agent.agentId, a.agent.role, a.measures.sales, a.measures.conversion]),
    );
    expect(addIn.inputs.map((i) => i.checksum)).toEqual(cli.inputs.map((i) => i.checksum));
  } finally {
    tmp.remove();
  }
});

test('a host without ExcelApi 1.13 is not asked for merged areas: cells read as `values` gives them', async () => {
  host.set('1.9');
  const fake = mergedFake(workbook(), '1.9');
  const wb = await read(fake);
  expect(fake.apiUsed.has('Range.getMergedAreasOrNullObject')).toBe(false);
  expect(sheetOf(wb, '花名册')[2]).toEqual(['KF02', '小王', null, '初级']);
});

// The catalog's host-merged-cells text with sheet 订单报表 and cell F25 filled in by hand.
const NOTE_ZH =
  '这个版本的 Excel 读不到合并单元格（需要 ExcelApi 1.13，如 Microsoft 365 或 Excel 2021）：“订单报表”的 F25 是空白，上面一格却有值';

test('below ExcelApi 1.13 a blank under a value that looks merged is named, one cell a sheet; on 1.13 nothing is said', async () => {
  host.set('1.9');
  const workbook9 = new OfficeWorkbook(mergedFake(workbook(), '1.9').run, { maxRowsPerRequest: 20 });
  await workbook9.readSheets(names);
  // 岗位 merged C2:C3 (a value, then a blank); 日期 A2:A3 and A4:A5 (a blank after each value);
  // 商家备忘 F24:F25 (23 of 25 filled: F25 stands out; F26 is blank too, below F25).
  expect(workbook9.readNotes().map((n) => [n.code, n.sheet, n.row, n.column])).toEqual([
    ['host-merged-cells', '花名册', 3, 'C'],
    ['host-merged-cells', '聊天统计', 3, 'A'],
    ['host-merged-cells', '订单报表', 25, 'F'],
  ]);
  host.set('1.13');
  const workbook13 = new OfficeWorkbook(mergedFake(workbook(), '1.13').run);
  await workbook13.readSheets(names);
  expect(workbook13.readNotes()).toEqual([]);
});

test('generated from the pane below ExcelApi 1.13: the Issues sheet says the host cannot read merged cells, at F25', async () => {
  host.set('1.9');
  const fake = mergedFake(workbook(), '1.9');
  await generatePayroll(new OfficeWorkbook(fake.run), { period: PERIOD, lang: 'zh' });
  const issues = fake.snapshot().find((s) => s.name === `数据问题 ${PERIOD}`)!.values;
  const row = issues.find((r) => r[1] === '订单报表' && r[4] === 'F25')!;
  expect(row.slice(0, 5)).toEqual(['警告', '订单报表', 25, 'F', 'F25']);
  expect(String(row[6]).startsWith(NOTE_ZH)).toBe(true);
  expect(String(row[6])).toContain('请取消合并并把值填到每一格，或改用导出的 CSV 文件导入');
});

test('检查数据 below ExcelApi 1.13 says the same of F25 as the Issues sheet of a generation', async () => {
  host.set('1.9');
  const { report } = await validateInputs(new OfficeWorkbook(mergedFake(workbook(), '1.9').run), PERIOD);
  const notes = report.issues.filter((i) => i.code === 'host-merged-cells');
  expect(notes.map((i) => [i.severity, i.sheet, i.row, i.column])).toEqual([
    ['warning', '花名册', 3, 'C'],
    ['warning', '聊天统计', 3, 'A'],
    ['warning', '订单报表', 25, 'F'],
  ]);
  host.set('1.13');
  const onNewer = await validateInputs(new OfficeWorkbook(mergedFake(workbook(), '1.13').run), PERIOD);
  expect(onNewer.report.issues.filter((i) => i.code === 'host-merged-cells')).toEqual([]);
});

describe('likelyMergedCell', () => {
  const column = (...cells: Cell[]): Cell[][] => [['表头', '工号'], ...cells.map((c, i) => [c, `KF${i}`])];
  test.each([
    ['a value then blanks (merged down)', column('售前', null, null, '售后', null), { row: 2, col: 0 }],
    ['nearly full, one blank under a value', column('a', 'b', 'c', 'd', null, 'e'), { row: 5, col: 0 }],
    ['memos with orders left without one', column('KF01', 'KF01', null, 'KF02', null), null],
    ['a full column', column('a', 'b', 'c'), null],
    ['blank on the first row only', column(null, 'a', 'b', 'c', 'd', 'e'), null],
  ])('%s', (_, rows, expected) => {
    expect(likelyMergedCell(rows, 0, [0, 1])).toEqual(expected);
  });
});

test('a sheet with more than 512 merged areas (Excel refuses to list them) is read as `values` gives it; the others are filled', async () => {
  host.set('1.13');
  const data = workbook();
  const many: Cell[][] = [['工号', '类型', '金额', '原因']];
  for (let i = 0; i < 513; i++) many.push(['KF01', '奖励', 1, '好评']);
  data.sheets.push({ name: '奖惩', rows: many });
  const fake = mergedFake(data, '1.13');
  for (let r = 2; r <= 514; r++) fake.merge('奖惩', `C${r}:D${r}`); // 金额 merged over 原因
  const wb = await new OfficeWorkbook(fake.run).readSheets([...names, '奖惩']);
  expect(sheetOf(wb, '花名册')[2][2]).toBe('售前');
  expect(sheetOf(wb, '奖惩')[1]).toEqual(['KF01', '奖励', 1, null]);
});

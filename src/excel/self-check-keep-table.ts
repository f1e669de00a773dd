/**
 * Self-check item 'keepsTable' (docs/excel-behaviour.md, item 20): what a
 * regeneration does to an output table on a host with ExcelApi 1.13, in
 * scratch sheets. A table 工号 | 金额 with a reference =SUM(table[金额]) on
 * another sheet is reshaped to 工号 | 底薪 | 金额 over three rows by the
 * adapter's own steps (queueKeepTable), and the new cells are copied in with
 * copyFrom "All". The table must still exist with the new column names and
 * the reference must sum the new 金额 cells. Below 1.13 there is nothing to
 * confirm: the table is added again and such references are lost.
 */
import type { ExcelRun } from './atomic-write';
import { queueKeepTable } from './keep-table';
import { hostHasExcelApi } from './merged-areas';

const OLD = [
  ['工号', '金额'],
  ['K1', 1],
  ['K2', 2],
];
const NEW = [
  ['工号', '底薪', '金额'],
  ['K1', 'x', 10],
  ['K2', 'y', 20],
  ['K3', 'z', 30],
];

export async function keepsTable(
  run: ExcelRun,
  sheets: { table: string; content: string; reference: string },
  tableName: string,
): Promise<{ ok: boolean; detail: string }> {
  if (!hostHasExcelApi('1.13'))
    return { ok: true, detail: 'no ExcelApi 1.13: tables are added again, structured references into them are lost' };
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add(sheets.table);
    const content = ctx.workbook.worksheets.add(sheets.content);
    ws.getRange('A1:B3').values = OLD;
    ws.tables.add(ws.getRange('A1:B3'), true).name = tableName;
    content.getRange('A1:C4').values = NEW;
    const reference = ctx.workbook.worksheets.getItem(sheets.reference).getRange('F1');
    reference.formulas = [[`=SUM(${tableName}[金额])`]];
    await ctx.sync();
    queueKeepTable(ws, { name: tableName, columns: ['工号', '金额'] }, ['工号', '底薪', '金额'], { rows: 4, cols: 3 });
    ws.getRange('A1:C4').copyFrom(content.getRange('A1:C4'), 'All');
    const columns = ws.tables.getItem(tableName).columns.load('items/name');
    reference.load('values');
    await ctx.sync();
    const got = { columns: columns.items.map((c) => c.name), sum: reference.values[0][0] as unknown };
    const ok = JSON.stringify(got) === JSON.stringify({ columns: ['工号', '底薪', '金额'], sum: 60 });
    return { ok, detail: `table reshaped and overwritten: ${JSON.stringify(got)}` };
  });
}

/**
 * Self-check item 'mergedCells' (docs/excel-behaviour.md, item 19): after a
 * merge, `values` gives the value in the top-left cell only, and
 * getMergedAreasOrNullObject lists the merge, so the reader can fill it. On a
 * host without ExcelApi 1.13 there is nothing to confirm: merges are read as
 * `values` gives them, and the item says so.
 */
import type { ExcelRun } from './atomic-write';
import { hostHasExcelApi, mergedAreas } from './merged-areas';

export async function mergedCells(run: ExcelRun, scratch: string): Promise<{ ok: boolean; detail: string }> {
  if (!hostHasExcelApi('1.13'))
    return { ok: true, detail: 'no ExcelApi 1.13: merged cells are read as values gives them (top-left cell only)' };
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add(scratch);
    const range = ws.getRange('B2:B3');
    range.values = [['KF01'], ['KF02']];
    range.merge(); // ExcelApi 1.2; Excel keeps the top-left value
    range.load('values');
    await ctx.sync();
    const [areas] = await mergedAreas(ctx, [{ ws, rows: 4, cols: 3 }]);
    const values = JSON.stringify(range.values);
    const found = JSON.stringify(areas);
    const ok = values === '[["KF01"],[""]]' && found === '[{"row":1,"col":1,"rows":2,"cols":1}]';
    return { ok, detail: `B2:B3 merged: values ${values}; merged areas ${found}` };
  });
}

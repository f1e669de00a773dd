/**
 * Child process: `node shop-xlsx-child.js <out.xlsx> <orders> <period>` writes
 * the demo shop (`generateDemoWorkbook`, 200 agents, the values `cs-kpi demo`
 * writes) with ExcelJS's streaming writer: `cs-kpi demo` holds the whole
 * workbook model and runs out of memory at 1,048,576 orders.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { generateDemoWorkbook } from '../src/engine';

async function main(): Promise<void> {
  const [out, orders, period] = process.argv.slice(2);
  const data = generateDemoWorkbook({ period, agents: 200, orders: Number(orders), seed: 20261001 });
  const tmp = `${out}.${process.pid}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: false });
  wb.creator = 'CS Performance demo';
  for (const sheet of data.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const r of sheet.rows)
      ws.addRow(r.map((c) => (typeof c === 'number' && !Number.isFinite(c) ? null : c))).commit();
    ws.commit();
  }
  data.sheets.length = 0;
  await wb.commit();
  await fs.rename(tmp, out);
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(1);
});

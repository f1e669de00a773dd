/**
 * `cs-kpi payroll` on a downloaded GBK order CSV of N rows (default 1,048,576)
 * plus a roster and chat workbook: wall time from here, CPU and peak RSS from
 * the child. Prints numbers, asserts nothing.
 *   npm run build:bench && node bench-out/build/bench/csv-cli.js [rows] [workdir]
 */
import { spawn } from 'child_process';
import { existsSync, promises as fs, readFileSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { generateDemoWorkbook } from '../src/engine';
import { addValuesSheet } from '../src/cli/xlsx-write';
import { writeOrderCsv } from './order-csv';
import type { ProcessUsage } from './usage-reporter';

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 1048576);
  const dir = process.argv[3] ?? path.join(os.tmpdir(), 'cs-kpi-csv-bench');
  await fs.mkdir(dir, { recursive: true });
  const people = path.join(dir, '花名册与聊天.xlsx');
  const csv = path.join(dir, `订单报表-${rows}.csv`);
  const demo = generateDemoWorkbook({ period: '2026-10', agents: 200, orders: 1000, minimal: true });
  if (!existsSync(people)) {
    const wb = new ExcelJS.Workbook();
    for (const s of demo.sheets) if (!s.name.startsWith('订单')) addValuesSheet(wb, s);
    await wb.xlsx.writeFile(people);
  }
  if (!existsSync(csv)) {
    const t0 = Date.now();
    const roster = demo.sheets.find((s) => s.name === '花名册')!;
    const ids = roster.rows.slice(1).map((r) => String(r[0]));
    await writeOrderCsv(csv, { rows, agentIds: ids, year: 2026, month: 10 });
    process.stdout.write(`generated ${csv} (${(statSync(csv).size / 1e6).toFixed(0)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const bin = path.join(__dirname, '..', '..', '..', 'bin', 'cs-kpi.js');
  const usageFile = path.join(dir, 'usage.json');
  const t0 = process.hrtime.bigint();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--require', path.join(__dirname, 'usage-reporter.js'), bin, 'payroll', people, csv, '--period', '2026-10', '--out', path.join(dir, 'out.xlsx')], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    });
    child.on('close', resolve);
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as ProcessUsage;
  process.stdout.write(
    `cs-kpi payroll on ${rows} CSV rows (${(statSync(csv).size / 1e6).toFixed(0)} MB GBK): exit ${code}, wall ${wall.toFixed(2)} s, ` +
      `CPU ${(usage.cpuMs / 1000).toFixed(2)} s, peak RSS ${usage.maxRssMb} MB, load ${os.loadavg()[0].toFixed(2)}\n`,
  );
}

void main();

/**
 * Child process of the benchmark: writing the output workbook of a month
 * whose Issues sheet has N rows (the 1,048,576-order CSV run has ~62,000:
 * 55,000 silent orders), with the streaming writer or the ExcelJS writer it
 * replaced (test/support/exceljs-spec-writer.ts). The demo shop's outputs,
 * its Issues rows repeated with their row, cell, value and message varied.
 * Usage: node writer-child.js <stream|exceljs> <issue rows>
 */
import ExcelJS from 'exceljs';
import { buildOutputSheets, generateDemoWorkbook, type OutCell, outputProps, runPayroll } from '../src/engine';
import { xlsxBytes } from '../src/cli/xlsx-write-package';
import { addSpecSheet } from '../test/support/exceljs-spec-writer';
import { reportToParent } from './child';
import { RssSampler, settle, timedAsync } from './timing';

export interface WriterBenchResult {
  writer: 'stream' | 'exceljs';
  issueRows: number;
  wallMs: number;
  cpuMs: number;
  bytes: number;
  inputRssMb: number;
  peakRssMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Row `i` of the long Issues sheet: a demo issue moved to another order row. */
function varied(base: OutCell[], i: number): OutCell[] {
  const row = 1000 + i;
  return base.map((c, k) =>
    k === 2
      ? row
      : k === 4
        ? `E${row}`
        : typeof c === 'string' && k === 5
          ? `${c}-${i % 5000}`
          : typeof c === 'string' && k === 6
            ? c.replace(/\d+/, String(row))
            : c,
  );
}

async function measure(writer: 'stream' | 'exceljs', issueRows: number): Promise<WriterBenchResult> {
  const result = runPayroll(generateDemoWorkbook({ period: '2026-10', agents: 200, orders: 22000, seed: 20261001 }), {
    period: '2026-10',
    lang: 'zh',
  });
  const sheets = buildOutputSheets(result, 'zh');
  const issues = sheets.find((s) => s.kind === 'issues')!;
  const base = issues.rows;
  issues.rows = Array.from({ length: issueRows }, (_, i) => varied(base[i % base.length], i));
  gc();
  await settle(1000);
  gc();
  const inputRss = Math.round(process.memoryUsage.rss() / (1024 * 1024));
  const sampler = new RssSampler();
  await settle();
  sampler.reset();
  const written = await timedAsync(async () => {
    if (writer === 'stream') return xlsxBytes(sheets, outputProps(result)).length;
    const wb = new ExcelJS.Workbook();
    for (const spec of sheets) await addSpecSheet(wb, spec);
    return (await wb.xlsx.writeBuffer()).byteLength;
  });
  const peak = sampler.peakMb();
  await sampler.stop();
  return {
    writer,
    issueRows,
    wallMs: written.wallMs,
    cpuMs: written.cpuMs,
    bytes: written.value,
    inputRssMb: inputRss,
    peakRssMb: peak,
  };
}

const [writer, rows] = process.argv.slice(2);
measure(writer === 'exceljs' ? 'exceljs' : 'stream', Number(rows)).then(reportToParent, (e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exitCode = 1;
});

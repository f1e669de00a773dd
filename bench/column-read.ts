/**
 * The adapter's read of the 71-column Taobao order report against the Excel
 * fake, every column (as before) and only the columns the engine reads:
 * bytes transferred, syncs and largest response. Run in a child process.
 */
import * as path from 'path';
import type { ColumnReadMeasurement } from '../test/excel-fake/measure-columns';
import { runChild } from './child';
import { int, markdownTable, mb, sec } from './table';
import type { TargetVerdict, TargetStatus } from './targets';

export type ColumnReadOutcome = { ok: true; result: ColumnReadMeasurement } | { ok: false; note: string };

/** At most this share of the whole-range read's bytes (issue 17). */
export const MAX_BYTES_SHARE = 0.3;

export async function measureColumnReadInChild(rows: number): Promise<ColumnReadOutcome> {
  const child = await runChild<ColumnReadMeasurement>(path.join(__dirname, 'column-read-child.js'), [String(rows)], {
    nodeArgs: ['--max-old-space-size=8192'],
  });
  if (!child.result)
    return {
      ok: false,
      note: `the column-read measurement failed (exit ${child.code}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`,
    };
  return { ok: true, result: child.result };
}

export function printColumnRead(c: ColumnReadOutcome | null, out: (s?: string) => void): void {
  out('### Add-in read of the 71-column order report (Excel fake)');
  out();
  if (!c) return out('skipped (BENCH_COLUMN_ROWS=0)\n');
  if (!c.ok) return out(`skipped: ${c.note}\n`);
  const r = c.result;
  const row = (label: string, x: typeof r.everyColumn) => [
    label,
    mb(x.bytes),
    String(x.syncs),
    mb(x.maxResponseBytes),
    int(x.cells),
    sec(x.ms),
  ];
  out(
    markdownTable(
      ['read', 'MB transferred', 'syncs', 'largest response MB', 'cells', 'read s (fake)'],
      [row(`every column (${r.cols})`, r.everyColumn), row(`used columns (${r.columnsRead})`, r.usedColumns)],
    ),
  );
  out();
  out(
    `${int(r.rows)} orders in the taobao_2021_71 layout (addresses, titles, logistics filled), read by \`OfficeWorkbook.readSheets\`; bytes are UTF-8 JSON of every request and response. Used columns: ${((100 * r.usedColumns.bytes) / r.everyColumn.bytes).toFixed(1)} % of the bytes.`,
  );
  out();
}

export function columnReadTarget(c: ColumnReadOutcome | null): TargetVerdict {
  const target = `add-in read of the 71-column report: ≤ ${MAX_BYTES_SHARE * 100} % of the bytes, syncs not growing`;
  const v = (measured: string, status: TargetStatus): TargetVerdict => ({ target, measured, status });
  if (!c) return v('BENCH_COLUMN_ROWS=0', 'not measured');
  if (!c.ok) return v(c.note, 'not met');
  const r = c.result;
  const share = r.usedColumns.bytes / r.everyColumn.bytes;
  const measured = `${(share * 100).toFixed(1)} % of the bytes (${mb(r.usedColumns.bytes)} of ${mb(r.everyColumn.bytes)} MB), syncs ${r.everyColumn.syncs} → ${r.usedColumns.syncs} at ${int(r.rows)} rows`;
  return v(measured, share <= MAX_BYTES_SHARE && r.usedColumns.syncs <= r.everyColumn.syncs ? 'met' : 'not met');
}

/** The benchmark's output-writer section: the month's workbook with a long Issues sheet, streaming writer vs the ExcelJS one it replaced, one child each. */
import * as path from 'path';
import { runChild } from './child';
import type { WriterBenchResult } from './writer-child';
import { int, markdownTable, sec } from './table';

export type WriterOutcome = { rows: number; results: (WriterBenchResult | { error: string })[] } | null;

/** `rows`: Issues rows (BENCH_WRITER_ROWS); 0 skips. */
export async function writerBench(rows: number, progress: (s: string) => void): Promise<WriterOutcome> {
  if (!(rows > 0)) return null;
  const results: (WriterBenchResult | { error: string })[] = [];
  for (const writer of ['exceljs', 'stream']) {
    progress(`output writer (${writer}), ${int(rows)} Issues rows…`);
    const r = await runChild<WriterBenchResult>(path.join(__dirname, 'writer-child.js'), [writer, String(rows)], {
      nodeArgs: ['--expose-gc', '--max-old-space-size=4096'],
    });
    results.push(
      r.result ?? { error: `${writer}: exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}` },
    );
  }
  return { rows, results };
}

export function printWriter(r: WriterOutcome, out: (s?: string) => void): void {
  out('### Writing the output workbook');
  out();
  if (!r) return out('skipped (BENCH_WRITER_ROWS=0)\n');
  const rows = r.results.map((x) =>
    'error' in x
      ? [x.error, '', '', '', '']
      : [
          x.writer === 'stream' ? 'streaming (src/engine/xlsx-out)' : 'ExcelJS Workbook (before)',
          sec(x.wallMs),
          sec(x.cpuMs),
          `${x.inputRssMb} → ${x.peakRssMb}`,
          int(x.bytes),
        ],
  );
  out(markdownTable(['writer', 'wall s', 'CPU s', 'RSS MB (outputs built → peak while writing)', 'file bytes'], rows));
  out();
  out(
    `The demo shop's month (200 agents) with its Issues sheet repeated to ${int(r.rows)} rows, as the 1,048,576-order CSV run has; the same sheets through both writers, which a test compares cell by cell (test/outputs/writer-differential.test.ts).`,
  );
  out();
}

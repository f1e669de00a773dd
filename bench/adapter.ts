/**
 * The Office.js adapter against the Excel fake (test/excel-fake): sync count
 * and largest request for writing and reading back an order sheet. The fake
 * is compiled with the bench (bench/tsconfig.json) and run in a child process.
 */
import * as path from 'path';
import type { AdapterMeasurement } from '../test/excel-fake/measure';
import { runChild } from './child';

export type AdapterResult = AdapterMeasurement;

export type AdapterOutcome = { ok: true; result: AdapterResult; childMs: number } | { ok: false; note: string };

export async function measureAdapterInChild(rows: number, cols: number): Promise<AdapterOutcome> {
  const child = await runChild<AdapterResult>(path.join(__dirname, 'adapter-child.js'), [String(rows), String(cols)], {
    nodeArgs: ['--max-old-space-size=8192'],
  });
  if (!child.result)
    return {
      ok: false,
      note: `the adapter measurement failed (exit ${child.code}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`,
    };
  return { ok: true, result: child.result, childMs: child.wallMs };
}

/**
 * The Office.js adapter against the Excel fake (test/excel-fake): sync count
 * and largest request for writing and reading back an order sheet.
 * test/ is not compiled into lib/, so measure.ts and what it imports are
 * compiled on the fly with the TypeScript compiler API (a dev dependency)
 * into a temporary directory, and run in a child process.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import { runChild } from './child';

export interface AdapterResult {
  rows: number;
  cols: number;
  writeSyncs: number;
  readSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  chunks: { write: number; read: number };
  writeMs: number;
  readMs: number;
  roundTripOk: boolean;
  calculationSuspendedOnEveryWrite: boolean;
}

export type AdapterOutcome = { ok: true; result: AdapterResult; compileMs: number; childMs: number } | { ok: false; note: string };

/** Compile test/excel-fake/measure.ts (and its imports) to CommonJS under outDir; returns the compiled file, or why not. */
export function compileMeasure(repoRoot: string, outDir: string): { file: string } | { note: string } {
  const source = path.join(repoRoot, 'test', 'excel-fake', 'measure.ts');
  if (!existsSync(source)) return { note: 'test/excel-fake/measure.ts does not exist yet' };
  let ts: typeof import('typescript');
  try {
    ts = require('typescript') as typeof import('typescript');
  } catch {
    return { note: 'the typescript package (a dev dependency) is not installed' };
  }
  const program = ts.createProgram([source], {
    outDir,
    rootDir: repoRoot,
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmitOnError: false,
    sourceMap: false,
    declaration: false,
    types: ['node', 'office-js'],
  });
  const emitted = program.emit();
  const file = path.join(outDir, 'test', 'excel-fake', 'measure.js');
  if (emitted.emitSkipped || !existsSync(file)) return { note: 'compiling test/excel-fake/measure.ts emitted nothing' };
  return { file };
}

export async function measureAdapterInChild(repoRoot: string, workDir: string, rows: number, cols: number): Promise<AdapterOutcome> {
  const t0 = Date.now();
  const compiled = compileMeasure(repoRoot, path.join(workDir, 'excel-fake-js'));
  const compileMs = Date.now() - t0;
  if ('note' in compiled) return { ok: false, note: compiled.note };
  const child = await runChild<AdapterResult>(path.join(__dirname, 'adapter-child.js'), [compiled.file, String(rows), String(cols)], { nodeArgs: ['--max-old-space-size=8192'] });
  if (!child.result) return { ok: false, note: `the adapter measurement failed (exit ${child.code}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}` };
  return { ok: true, result: child.result, compileMs, childMs: child.wallMs };
}

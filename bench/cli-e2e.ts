/**
 * cs-kpi end to end on a real .xlsx: the demo shop of N order rows is written
 * once by shop-xlsx-child (not part of the result; kept in a cache directory
 * keyed by the generator's and writer's compiled code, so later runs skip it), then `node bin/cs-kpi.js
 * payroll …` runs in a child with a preloaded usage reporter: wall time from
 * the parent, CPU and peak RSS from the child itself.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, readFileSync, promises as fs } from 'fs';
import * as path from 'path';
import type { ProcessUsage } from './usage-reporter';
import type { Repeated } from './repeats';

export interface CliE2eResult extends Repeated {
  orders: number;
  inputMb: number;
  /** null when the workbook came from the cache. */
  generateMs: number | null;
  wallMs: number;
  cpuMs: number | null;
  maxRssMb: number | null;
  exitCode: number | null;
  stderr: string;
}

export type CliOutcome = CliE2eResult | { orders: number; error: string };

function runNode(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stderr: string; wallMs: number }> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, wallMs: Number(process.hrtime.bigint() - t0) / 1e6 }));
  });
}

/** Changes whenever the demo generator or the .xlsx writer is rebuilt differently. */
function generatorFingerprint(repoRoot: string): string {
  const h = createHash('sha256');
  for (const f of [
    'lib/engine/demo/generate.js',
    'lib/engine/demo/random.js',
    path.join(__dirname, 'shop-xlsx-child.js'),
  ]) {
    const p = path.resolve(repoRoot, f);
    h.update(existsSync(p) ? readFileSync(p) : f);
  }
  return h.digest('hex').slice(0, 12);
}

export async function cliEndToEnd(
  repoRoot: string,
  workDir: string,
  cacheDir: string,
  orders: number,
  period = '2026-10',
): Promise<CliE2eResult> {
  const bin = path.join(repoRoot, 'bin', 'cs-kpi.js');
  await fs.mkdir(cacheDir, { recursive: true });
  const input = path.join(cacheDir, `shop-${orders}-${period}-${generatorFingerprint(repoRoot)}.xlsx`);
  const output = path.join(workDir, `shop-${orders}-${period}.xlsx`);
  const usageFile = path.join(workDir, 'cli-usage.json');
  let generateMs: number | null = null;
  if (!existsSync(input)) {
    const heapMb = Math.max(2048, Math.ceil((orders / 1_048_576) * 8192));
    const gen = await runNode([
      `--max-old-space-size=${heapMb}`,
      path.join(__dirname, 'shop-xlsx-child.js'),
      input,
      String(orders),
      period,
    ]);
    if (gen.code !== 0) throw new Error(`writing the demo shop failed: ${gen.stderr}`);
    generateMs = gen.wallMs;
  }
  // A first generation: an output of this month already there would be read and compared with (a re-run).
  await fs.rm(output, { force: true });
  const reporter = path.join(__dirname, 'usage-reporter.js');
  const run = await runNode(['--require', reporter, bin, 'payroll', input, '--period', period, '--out', output], {
    BENCH_USAGE_FILE: usageFile,
  });
  const usage: ProcessUsage | null = existsSync(usageFile) ? JSON.parse(await fs.readFile(usageFile, 'utf8')) : null;
  return {
    orders,
    inputMb: Math.round(((await fs.stat(input)).size / 1024 / 1024) * 10) / 10,
    generateMs,
    wallMs: run.wallMs,
    cpuMs: usage?.cpuMs ?? null,
    maxRssMb: usage?.maxRssMb ?? null,
    exitCode: run.code,
    stderr: run.stderr.trim(),
  };
}

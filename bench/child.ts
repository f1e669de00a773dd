/** Runs one measurement in its own Node process, so peaks and JIT state are per measurement. */
import { spawn } from 'child_process';

export interface ChildResult<T> {
  result: T | null;
  code: number | null;
  stderr: string;
  wallMs: number;
}

const RESULT_MARK = '@@bench-result ';

/** Called by a child script: hand the result to the parent. */
export function reportToParent(result: unknown): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

export function runChild<T>(
  script: string,
  args: string[],
  opts: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ChildResult<T>> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 600_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
      resolve({
        result: line ? (JSON.parse(line.slice(RESULT_MARK.length)) as T) : null,
        code,
        stderr,
        wallMs: Number(process.hrtime.bigint() - t0) / 1e6,
      });
    });
  });
}

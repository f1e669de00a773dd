/**
 * The CLI compiled by tsc (tsconfig.cli.json), for tests of what only compiled
 * code does: worker threads need .js files, which ts-jest does not make. Built
 * once per state of src/engine + src/cli into node_modules/.cache, so the
 * compiled modules find the project's dependencies, and shared by test files.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'fs';
import * as path from 'path';

const repo = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of [...sourceFiles(path.join(repo, 'src/engine')), ...sourceFiles(path.join(repo, 'src/cli'))].sort())
    h.update(f).update(readFileSync(f));
  h.update(readFileSync(path.join(repo, 'tsconfig.cli.json')));
  return h.digest('hex').slice(0, 16);
}

/** The folder holding the compiled `cli/` and `engine/` (as lib/ does). */
export function compiledCli(): string {
  const cache = path.join(repo, 'node_modules', '.cache', 'cs-kpi-compiled');
  const dir = path.join(cache, sourceHash());
  if (existsSync(path.join(dir, 'cli', 'main.js'))) return dir;
  mkdirSync(cache, { recursive: true });
  const building = `${dir}.${process.pid}`;
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(repo, 'tsconfig.cli.json'), '--outDir', building], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`tsc failed: ${r.stdout}${r.stderr}`);
  // Another test file may have finished the same build first: either copy is the same code.
  if (existsSync(dir)) rmSync(building, { recursive: true, force: true });
  else renameSync(building, dir);
  return dir;
}

/**
 * Builds what the browser test loads, with the project's own webpack config
 * (what `npm run build` runs) into a temporary directory, plus the fake host
 * script. E2E_DIST=<dir> reuses an existing build of the add-in instead.
 */
import { execFile } from 'child_process';
import { existsSync } from 'fs';
import { readFile } from 'fs/promises';
import { dirname, join } from 'path';

/** The repository: up from here to webpack.config.js (the bench runs this file compiled under bench-out/). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'webpack.config.js')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = repoRoot();
const WEBPACK = join(ROOT, 'node_modules/webpack-cli/bin/cli.js');

function webpack(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [WEBPACK, ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`webpack ${args.join(' ')} failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`));
        else resolve();
      },
    );
  });
}

/** The add-in as `npm run build` makes it, written to `outDir`. */
export async function buildAddin(outDir: string): Promise<string> {
  if (process.env.E2E_DIST) return process.env.E2E_DIST;
  await webpack(['--mode', 'production', '--env', `outputPath=${outDir}`]);
  return outDir;
}

/** The fake Excel + Office globals as one script for page.addInitScript. */
export async function buildFakeHost(outDir: string): Promise<string> {
  await webpack(['--config', join(ROOT, 'test/e2e/webpack.fake-host.config.js'), '--env', `outputPath=${outDir}`]);
  return readFile(join(outDir, 'fake-host.js'), 'utf8');
}

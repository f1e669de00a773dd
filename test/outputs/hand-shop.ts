/**
 * A small hand-made shop run as a manager runs it: its sheets written to an
 * .xlsx, then `cs-kpi payroll` with the finance CSV, the slips and the
 * DingTalk sheet. Tests read back what finance receives.
 */
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { addValuesSheet, writeAtomically } from '../../src/cli/xlsx-write';
import type { SheetData } from '../../src/engine/cell';
import { PERIOD } from './cli-output';

export interface HandShopRun {
  dir: string;
  output: string;
  csvPath: string;
  dingtalk: string;
  /** The slip files, sorted by name. */
  slips: string[];
  stdout: string;
  stderr: string;
  cleanup: () => void;
}

export async function runHandShop(sheets: SheetData[], lang: 'zh' | 'en' = 'zh'): Promise<HandShopRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-kpi-hand-'));
  const input = path.join(dir, 'shop.xlsx');
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addValuesSheet(wb, s);
  await writeAtomically(wb, input);
  const output = path.join(dir, 'out.xlsx');
  const csvPath = path.join(dir, 'finance.csv');
  const dingtalk = path.join(dir, 'dingtalk.xlsx');
  const slipDir = path.join(dir, 'slips');
  let stdout = '';
  let stderr = '';
  const code = await main(
    ['payroll', input, '--period', PERIOD, '--lang', lang, '--out', output, '--csv', csvPath].concat([
      '--slips',
      slipDir,
      '--dingtalk',
      dingtalk,
    ]),
    { out: (s) => (stdout += s + '\n'), err: (s) => (stderr += s + '\n') },
  );
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  if (code !== 0) {
    cleanup();
    throw new Error(`cs-kpi payroll exited ${code}: ${stderr}`);
  }
  const slips = readdirSync(slipDir)
    .sort()
    .map((f) => path.join(slipDir, f));
  return { dir, output, csvPath, dingtalk, slips, stdout, stderr, cleanup };
}

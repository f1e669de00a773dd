/** cs-kpi's main() run in-process: what it says, and a small demo shop to give it. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { generateDemoWorkbook } from '../../src/engine';
import { addValuesSheet, writeAtomically } from '../../src/cli/xlsx-write';

/** An Io that keeps stdout and stderr lines. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

/** Inside a describe: a new temporary folder and, before its tests, a small demo shop in it as shop.xlsx. */
export function smallShopInTempDir(prefix: string): { dir: string; input: string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const input = path.join(dir, 'shop.xlsx');
  beforeAll(() => writeSmallShop(input));
  return { dir, input };
}

/** A 4-agent, 60-order demo shop as an .xlsx at `file`. */
async function writeSmallShop(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of generateDemoWorkbook({ agents: 4, orders: 60, seed: 3 }).sheets) addValuesSheet(wb, s);
  await writeAtomically(wb, file);
}

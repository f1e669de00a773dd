/** --history names a file without earlier scorecards (a wrong file picked): said on stderr, the run goes on. */
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { generateDemoWorkbook } from '../../src/engine';
import { addValuesSheet, writeAtomically } from '../../src/cli/xlsx-write';

test('a chat CSV given as --history: one sentence, in each language, and the outputs are written', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-history-'));
  const input = path.join(dir, 'shop.xlsx');
  const wb = new ExcelJS.Workbook();
  for (const s of generateDemoWorkbook({ agents: 4, orders: 60, seed: 3 }).sheets) addValuesSheet(wb, s);
  await writeAtomically(wb, input);
  const wrong = path.join(dir, '聊天.csv');
  writeFileSync(wrong, '客服,日期,咨询人数\r\n暖阳旗舰店:小美,2026-09-05,10\r\n');

  for (const [lang, sentence] of [
    ['zh', 'cs-kpi: --history 聊天.csv 中没有“绩效 YYYY-MM”表（以前月份的绩效），未使用：请给出以前生成的输出工作簿'],
    [
      'en',
      'cs-kpi: --history 聊天.csv holds no "Scorecard YYYY-MM" sheet (an earlier month\'s scorecard) and was not used: give an earlier output workbook',
    ],
  ]) {
    const err: string[] = [];
    const out = path.join(dir, `o-${lang}.xlsx`);
    const args = ['payroll', input, '--period', '2026-10', '--out', out, '--history', wrong, '--lang', lang];
    const code = await main(args, { out: () => undefined, err: (s) => err.push(s) });
    expect(code).toBe(0);
    expect(err).toEqual([sentence]);
    expect(existsSync(out)).toBe(true);
  }
});

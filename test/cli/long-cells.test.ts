/**
 * A CSV cell longer than an Excel cell holds (32,767 characters): a roster
 * name of 40,000 characters went into the output workbook, the slips and the
 * DingTalk sheet whole, which Excel opens only after "repairing" the file.
 * Every output cell now holds at most 32,767 characters, the cut shown by "…".
 */
import { readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fitsInCell } from '../../src/engine';
import { baseWorkbook, ROSTER_HEADER, ROSTER_NAME, withoutSheet } from '../corpus/builder';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const LIMIT = 32767;

describe('fitsInCell', () => {
  test('text up to the limit is kept; longer is cut to 32,766 characters and "…"', () => {
    const exact = 'a'.repeat(LIMIT);
    expect(fitsInCell(exact)).toBe(exact);
    const long = 'b'.repeat(40000);
    expect(fitsInCell(long)).toBe(`${'b'.repeat(32766)}…`);
    expect(fitsInCell(long)).toHaveLength(LIMIT);
  });

  test('an emoji across the cut is left out whole, not halved', () => {
    // 32,765 letters, then 😀 (two UTF-16 units: 32,766th and 32,767th), then more.
    const text = `${'c'.repeat(32765)}😀${'d'.repeat(100)}`;
    expect(fitsInCell(text)).toBe(`${'c'.repeat(32765)}…`);
  });
});

function stringCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && out.push(c.value))));
  return out;
}

describe('cs-kpi payroll with a 40,000-character name in a roster CSV', () => {
  const tmp = makeTempDir('cs-kpi-long-');
  afterAll(() => tmp.remove());

  test('every output cell fits in Excel; the name is its first 32,766 characters and "…"', async () => {
    const name = `张${'长'.repeat(39999)}`;
    const roster = [ROSTER_HEADER, ['KF01', name, '暖阳旗舰店:小美', '售前', '中级', '正式', '2025-03-01', '']];
    const rosterCsv = tmp.file('花名册.csv');
    writeFileSync(rosterCsv, `\ufeff${roster.map((r) => r.join(',')).join('\r\n')}\r\n`);
    const rest = await writeXlsx(withoutSheet(baseWorkbook(), ROSTER_NAME), tmp.file('shop.xlsx'));
    const out = tmp.file('out.xlsx');
    const slips = tmp.file('slips');
    const ding = tmp.file('ding.xlsx');
    const r = await cli(
      'payroll',
      rosterCsv,
      rest,
      '--period',
      '2026-10',
      '--out',
      out,
      '--slips',
      slips,
      '--dingtalk',
      ding,
    );
    expect(r.code).toBe(0);

    const cut = `张${'长'.repeat(32765)}…`;
    const files = [out, ding, ...readdirSync(slips).map((f) => path.join(slips, f))];
    expect(files).toHaveLength(3);
    for (const file of files) {
      const cells = stringCells(await readBack(file));
      expect(Math.max(...cells.map((s) => s.length))).toBeLessThanOrEqual(LIMIT);
      expect(cells).toContain(cut);
    }
  });
});

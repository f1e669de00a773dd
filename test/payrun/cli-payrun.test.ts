/**
 * cs-kpi payroll --slips / --compare / --dingtalk on the corpus's small shop
 * (4 agents), through main() as the command line runs it.
 */
import { existsSync, readdirSync } from 'fs';
import type ExcelJS from 'exceljs';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { DINGTALK_HEADER_EN, DINGTALK_HEADER_ZH } from './sheets';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const fsp = require('fs').promises as typeof import('fs').promises;

const tmp = makeTempDir('cs-kpi-payrun-');
afterAll(() => tmp.remove());
afterEach(() => jest.restoreAllMocks());

const HOSTILE = '=HYPERLINK("http://evil","赵安")';
let input = '';
beforeAll(async () => {
  const wb = baseWorkbook();
  wb.sheets[0].rows[4][1] = HOSTILE; // KF04's name
  input = await writeXlsx(wb, tmp.file('shop.xlsx'));
});

/** Every cell of every sheet, as text and as the raw value. */
function cellsOf(book: ExcelJS.Workbook): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [];
  book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void out.push(c.value))));
  return out;
}

describe('--slips', () => {
  it('writes one private slip per agent: its own statement, nobody else', async () => {
    const dir = tmp.file('slips');
    const r = await cli('payroll', input, '--period', PERIOD, '--out', tmp.file('out.xlsx'), '--slips', dir, '--json');
    expect(r.code).toBe(0);
    const agents = r.json().agents;
    // ":" "/" "\" '"' "<" ">" "|" "?" "*" are replaced in file names; the name in the file is untouched.
    expect(readdirSync(dir).sort()).toEqual([
      'KF01-张晓梅-2026-10.xlsx',
      'KF02-李丽-2026-10.xlsx',
      'KF03-王强-2026-10.xlsx',
      'KF04-=HYPERLINK(_http___evil_,_赵安_)-2026-10.xlsx',
    ]);
    for (const a of agents) {
      const file = readdirSync(dir).find((f) => f.startsWith(a.agentId + '-'))!;
      const cells = cellsOf(await readBack(`${dir}/${file}`));
      const texts = cells.map((c) => (typeof c === 'object' && c !== null ? JSON.stringify(c) : String(c)));
      const numbers = cells.filter((c): c is number => typeof c === 'number');
      expect(texts).toContain(a.agentId);
      expect(texts).toContain(a.name); // the hostile name stays a plain string, not a formula
      expect(texts).toContain('暖阳旗舰店');
      expect(texts).toContain(PERIOD);
      // Every component equals the payroll row.
      for (const k of [
        'basePay',
        'performanceBonus',
        'conversionBonus',
        'commission',
        'awards',
        'fines',
        'grossPay',
      ] as const)
        expect(numbers).toContain(a[k]);
      for (const other of agents.filter((o) => o.agentId !== a.agentId)) {
        expect(texts.some((t) => t.includes(other.agentId))).toBe(false);
        expect(texts.some((t) => t.includes(other.name))).toBe(false);
        // Another agent's gross pay only where it happens to be one of this agent's own amounts.
        const own = [a.basePay, a.performanceBonus, a.conversionBonus, a.commission, a.awards, a.fines, a.grossPay];
        if (!own.includes(other.grossPay)) expect(numbers).not.toContain(other.grossPay);
      }
      expect(texts.some((t) => /tb_|买家|订单编号/.test(t))).toBe(false); // no buyer or order data
    }
  });

  it('a fault while writing the slips leaves no folder, no temporary folder and no output', async () => {
    const dir = tmp.file('slips-fault');
    const out = tmp.file('out-fault.xlsx');
    const real = fsp.writeFile.bind(fsp);
    let slips = 0;
    jest.spyOn(fsp, 'writeFile').mockImplementation((file, data, options) => {
      // What Node gives when the disk fills up: an errno code the CLI turns into one sentence.
      const full = Object.assign(new Error('ENOSPC: no space left on device, write (injected)'), { code: 'ENOSPC' });
      if (String(file).endsWith('.xlsx') && ++slips === 3) return Promise.reject(full);
      return real(file, data, options);
    });
    const r = await cli('payroll', input, '--period', PERIOD, '--out', out, '--slips', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('磁盘已满');
    expect(r.err).not.toContain('ENOSPC');
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a folder holding other files', async () => {
    const dir = tmp.file('busy');
    require('fs').mkdirSync(dir);
    require('fs').writeFileSync(`${dir}/notes.txt`, 'mine');
    const r = await cli('payroll', input, '--period', PERIOD, '--out', tmp.file('out-busy.xlsx'), '--slips', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('notes.txt');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});

describe('--dingtalk', () => {
  it('one header row and one row per person, matched by 工号 and 姓名', async () => {
    const file = tmp.file('dingtalk.xlsx');
    const r = await cli(
      'payroll',
      input,
      '--period',
      PERIOD,
      '--out',
      tmp.file('out-dt.xlsx'),
      '--dingtalk',
      file,
      '--json',
    );
    expect(r.code).toBe(0);
    const book = await readBack(file);
    expect(book.worksheets.length).toBe(1);
    const ws = book.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, ...DINGTALK_HEADER_ZH]);
    const agents = r.json().agents;
    expect(ws.rowCount).toBe(1 + agents.length);
    agents.forEach((a, i) => {
      expect(ws.getRow(i + 2).values).toEqual([
        undefined,
        a.agentId,
        a.name,
        PERIOD,
        a.basePay,
        a.performanceBonus,
        a.conversionBonus,
        a.commission,
        a.awards,
        a.fines,
        a.grossPay,
      ]);
    });
  });
});

describe('--dingtalk --lang en', () => {
  it('keeps the headers 工号 and 姓名 both apps match people by; the others in English', async () => {
    const file = tmp.file('dingtalk-en.xlsx');
    const out = tmp.file('out-dt-en.xlsx');
    const r = await cli('payroll', input, '--period', PERIOD, '--out', out, '--dingtalk', file, '--lang', 'en');
    expect(r.code).toBe(0);
    const ws = (await readBack(file)).worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, ...DINGTALK_HEADER_EN]);
  });
});

describe('--compare', () => {
  it('adds the change list to the JSON and the Audit sheet', async () => {
    const first = tmp.file('first.xlsx');
    expect((await cli('payroll', input, '--period', PERIOD, '--out', first)).code).toBe(0);
    const wb = baseWorkbook();
    wb.sheets[0].rows[4][1] = HOSTILE;
    wb.sheets.push({
      name: '奖惩',
      rows: [
        ['工号', '日期', '类型', '金额', '原因'],
        ['KF02', '2026-10-20', '奖励', 200, '好评返图'],
      ],
    });
    const edited = await writeXlsx(wb, tmp.file('shop-edited.xlsx'));
    const second = tmp.file('second.xlsx');
    const r = await cli('payroll', edited, '--period', PERIOD, '--out', second, '--compare', first, '--json');
    expect(r.code).toBe(0);
    const j = r.json<{
      changes: {
        agentId: string;
        grossPayBefore: number;
        grossPayAfter: number;
        components: Record<string, [number, number]>;
      }[];
      inputsChanged: { sheet: string; change: string }[];
      planChanged: unknown[];
    }>();
    // A 200-yuan reward for KF02: awards and gross pay up by exactly 200, nobody else moves.
    expect(j.changes.map((c) => c.agentId)).toEqual(['KF02']);
    expect(j.changes[0].grossPayAfter - j.changes[0].grossPayBefore).toBe(200);
    expect(Object.keys(j.changes[0].components)).toEqual(['awards']);
    expect(j.inputsChanged).toEqual([expect.objectContaining({ sheet: '奖惩', change: 'added' })]);
    expect(j.planChanged).toEqual([]);
    const audit = (await readBack(second)).getWorksheet(`审计 ${PERIOD}`)!;
    const changeRows: ExcelJS.CellValue[][] = [];
    audit.eachRow((row) => {
      if (row.getCell(1).value === '变更') changeRows.push([row.getCell(2).value, row.getCell(3).value]);
    });
    expect(changeRows[0][0]).toBe('对比对象');
    expect(changeRows[1][0]).toBe('KF02 李丽');
    expect(String(changeRows[1][1])).toContain('+200.00');
    expect(changeRows[2][0]).toBe('输入表：奖惩');
  });

  it('refuses an output of another period, writing nothing', async () => {
    const november = tmp.file('november.xlsx');
    expect((await cli('payroll', input, '--period', '2026-11', '--out', november)).code).toBe(0);
    const out = tmp.file('never.xlsx');
    const r = await cli('payroll', input, '--period', PERIOD, '--out', out, '--compare', november);
    expect(r.code).toBe(1);
    expect(r.err).toContain('2026-11');
    expect(r.err).toContain('不能对比不同月份');
    expect(existsSync(out)).toBe(false);
  });
});

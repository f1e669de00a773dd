/**
 * Inputs that are not what a manager thinks they are: a folder, an .xlsx whose
 * download stopped half-way, a password-protected .xlsx. Each gets the one
 * sentence that says what to do (exit 1, nothing written).
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { generateDemoWorkbook } from '../../src/engine';
import { addValuesSheet, writeAtomically } from '../../src/cli/xlsx-write';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

/**
 * An OLE2 compound file as Excel writes a password-protected .xlsx: 512-byte sectors, the directory
 * in sector `dirSector` (its header says so at 0x30) naming the streams EncryptionInfo and EncryptedPackage.
 */
function encryptedXlsx(sectors: number, dirSector: number): Buffer {
  const bytes = Buffer.alloc((sectors + 1) * 512, 0x5a);
  bytes.fill(0, 0, 512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(9, 0x1e); // sector size 2^9
  bytes.writeUInt32LE(dirSector, 0x30);
  const dir = (dirSector + 1) * 512;
  bytes.fill(0, dir, dir + 512);
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, i) =>
    Buffer.from(name, 'utf16le').copy(bytes, dir + i * 128),
  );
  return bytes;
}

describe('cs-kpi payroll: files that are not what they claim', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-bad-in-'));
  const run = async (args: string[]) => {
    const c = capture();
    const code = await main(['payroll', ...args, '--period', '2026-10', '--out', path.join(dir, 'o.xlsx')], c.io);
    return { code, err: c.err, out: c.out };
  };
  afterEach(() => expect(existsSync(path.join(dir, 'o.xlsx'))).toBe(false));

  test('a folder', async () => {
    const folder = path.join(dir, '十月');
    mkdirSync(folder);
    expect(await run([folder])).toEqual({
      code: 1,
      out: [],
      err: [`cs-kpi: ${folder} 是文件夹，不是文件：请给出文件夹中的 .xlsx 或 CSV 文件。`],
    });
  });

  test('an .xlsx whose download stopped half-way (it was called a zip archive to unzip)', async () => {
    const whole = path.join(dir, 'whole.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const s of generateDemoWorkbook({ agents: 4, orders: 300, seed: 5 }).sheets) addValuesSheet(wb, s);
    await writeAtomically(wb, whole);
    const bytes = readFileSync(whole);
    for (const cut of [3000, Math.floor(bytes.length / 2)]) {
      const file = path.join(dir, `cut-${cut}.xlsx`);
      writeFileSync(file, bytes.subarray(0, cut));
      expect((await run([file])).err).toEqual([
        `cs-kpi: cut-${cut}.xlsx 看起来是 .xlsx，但文件已损坏或不完整，无法打开：请重新下载，或在 Excel 中打开后另存为新的 .xlsx。`,
      ]);
    }
  });

  test('a password-protected .xlsx, its directory in the middle of a 500 KB file (it was called an old .xls)', async () => {
    const file = path.join(dir, '工资底稿.xlsx');
    writeFileSync(file, encryptedXlsx(1000, 300));
    expect(await run([file])).toEqual({
      code: 1,
      out: [],
      err: [
        'cs-kpi: 工资底稿.xlsx 设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中输入密码打开它，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清空密码并保存，再导入。',
      ],
    });
    const c = capture();
    await main(['payroll', file, '--period', '2026-10', '--lang', 'en', '--out', path.join(dir, 'o.xlsx')], c.io);
    expect(c.err).toEqual([
      'cs-kpi: 工资底稿.xlsx is password-protected (encrypted) and cannot be read: open it in Excel or WPS with its password, clear the password under File → Info → Protect Workbook → Encrypt with Password, save, and import that.',
    ]);
  });

  test('an old .xls (OLE2 without EncryptedPackage) still gets the .xls sentence', async () => {
    const file = path.join(dir, 'old.xls');
    const bytes = encryptedXlsx(1000, 300);
    bytes.fill(0, (300 + 1) * 512, (300 + 2) * 512);
    Buffer.from('Workbook', 'utf16le').copy(bytes, (300 + 1) * 512);
    writeFileSync(file, bytes);
    expect((await run([file])).err).toEqual([
      'cs-kpi: old.xls 是旧版 Excel（.xls）或 WPS（.et）文件，无法直接读取：请在 Excel 或 WPS 中打开它，另存为 .xlsx（Excel 工作簿）或 CSV，再导入。',
    ]);
  });
});

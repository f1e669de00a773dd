/**
 * An output in a folder that exists but refuses new files (/proc: ENOENT on create, even for root) is said as such,
 * not as "the folder does not exist"; exit 1 as for any output that cannot be written.
 */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { failedWriteText } from '../../src/cli/write-problem';
import { captureIo, smallShopInTempDir } from '../support/cli-io';

const enoent = () => Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });

test('ENOENT with the folder there: the folder exists but takes no files (zh, en)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-nofiles-'));
  const target = path.join(dir, 'x.xlsx');
  expect(failedWriteText(enoent(), target, 'zh')).toBe(
    `无法写入 ${target}：文件夹 ${dir} 存在，但不能在其中新建文件（系统或虚拟文件夹，如 /proc）。请换一个文件夹。`,
  );
  expect(failedWriteText(enoent(), target, 'en')).toBe(
    `cannot write ${target}: the folder ${dir} exists but cannot take new files (a system or virtual folder such as /proc). Choose another folder.`,
  );
});

test('ENOENT with the folder missing: still "does not exist"', () => {
  const target = path.join(tmpdir(), 'cs-kpi-no-such-folder-9f3', 'x.xlsx');
  expect(failedWriteText(enoent(), target, 'en')).toContain('does not exist');
});

(existsSync('/proc/self') ? describe : describe.skip)('cs-kpi payroll --out /proc/x.xlsx (Linux)', () => {
  const { input } = smallShopInTempDir('cs-kpi-proc-');
  test('exit 1, a message that does not say the folder is missing, nothing written', async () => {
    const c = captureIo();
    const code = await main(['payroll', input, '--period', '2026-10', '--out', '/proc/x.xlsx', '--lang', 'en'], c.io);
    expect(code).toBe(1);
    const err = c.err.join('\n');
    expect(err).toContain('cannot write /proc/x.xlsx');
    expect(err).not.toContain('does not exist');
    expect(existsSync('/proc/x.xlsx')).toBe(false);
  });
});

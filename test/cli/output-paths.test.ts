/**
 * Output paths a manager gets wrong: a missing folder, a file where a folder
 * should be, a folder given as the output file, a file given as the slips
 * folder. Each gets one sentence in the manager's language, before any input
 * is read, and nothing is written or lost. Node's own error text never shows.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { captureIo, smallShopInTempDir } from '../support/cli-io';
import { writeProblemText } from '../../src/cli/write-problem';

const NODE_TEXT = /ENOENT|ENOTDIR|EISDIR|EACCES|no such file|errno|\.tmp/;

describe('cs-kpi payroll: output paths that cannot be written', () => {
  const { dir, input } = smallShopInTempDir('cs-kpi-out-');

  test('--out in a folder that does not exist: zh sentence naming the folder, exit 1', async () => {
    const c = captureIo();
    const out = path.join(dir, 'no-such', 'o.xlsx');
    expect(await main(['payroll', input, '--period', '2026-10', '--out', out], c.io)).toBe(1);
    expect(c.err).toEqual([
      `cs-kpi: 无法写入 ${out}：文件夹 ${path.join(dir, 'no-such')} 不存在。请先建好这个文件夹，或换一个已有的文件夹。`,
    ]);
    expect(c.out).toEqual([]);
    expect(existsSync(path.join(dir, 'no-such'))).toBe(false);
  });

  test('--csv under a file, in English with --lang en', async () => {
    const c = captureIo();
    const csv = path.join(input, 'pay.csv');
    const out = path.join(dir, 'o1.xlsx');
    const args = ['payroll', input, '--period', '2026-10', '--out', out, '--csv', csv, '--lang', 'en'];
    expect(await main(args, c.io)).toBe(1);
    expect(c.err).toEqual([
      `cs-kpi: cannot write ${csv}: part of the path ${input} is a file, not a folder. Check the path.`,
    ]);
    expect(existsSync(out)).toBe(false); // nothing is written when one output cannot be
  });

  test('--out naming a folder', async () => {
    const c = captureIo();
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder);
    expect(await main(['payroll', input, '--period', '2026-10', '--out', folder], c.io)).toBe(1);
    expect(c.err).toEqual([
      `cs-kpi: 无法写入 ${folder}：这是一个文件夹。请给出文件名，例如 ${path.join(folder, '工资-输出.xlsx')}。`,
    ]);
  });

  test('--dingtalk in a missing folder', async () => {
    const c = captureIo();
    const ding = path.join(dir, 'gone', 'ding.xlsx');
    const args = ['payroll', input, '--period', '2026-10', '--out', path.join(dir, 'o2.xlsx'), '--dingtalk', ding];
    expect(await main(args, c.io)).toBe(1);
    expect(c.err.join('\n')).toContain(`文件夹 ${path.join(dir, 'gone')} 不存在`);
    expect(c.err.join('\n')).not.toMatch(NODE_TEXT);
  });

  test('--slips naming an existing file: refused, the file is kept (it used to be replaced by the slips folder)', async () => {
    const c = captureIo();
    const file = path.join(dir, 'keep-me.xlsx');
    writeFileSync(file, 'precious');
    const args = ['payroll', input, '--period', '2026-10', '--out', path.join(dir, 'o3.xlsx'), '--slips', file];
    expect(await main(args, c.io)).toBe(1);
    expect(c.err).toEqual([
      `cs-kpi: --slips ${file} 是一个文件，不是文件夹：工资条要写进一个文件夹，请给出文件夹名（不存在时会新建）`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(existsSync(path.join(dir, 'o3.xlsx'))).toBe(false);
  });
});

describe('the sentence for each cause (codes the tests cannot provoke as root)', () => {
  const target = path.join('/data', 'shop', 'o.xlsx');
  test.each([
    [
      'EACCES',
      '无法写入 /data/shop/o.xlsx：没有写入 /data/shop 的权限（或该文件只读）。请换一个文件夹，或请管理员开放权限。',
    ],
    [
      'EROFS',
      '无法写入 /data/shop/o.xlsx：没有写入 /data/shop 的权限（或该文件只读）。请换一个文件夹，或请管理员开放权限。',
    ],
    ['ENOSPC', '无法写入 /data/shop/o.xlsx：磁盘已满。请清理空间或换一个磁盘后重试。'],
    ['EBUSY', '无法写入 /data/shop/o.xlsx：文件正被其他程序打开。请在 Excel / WPS 中关闭它后重试。'],
    ['EIO', '无法写入 /data/shop/o.xlsx。请检查路径、磁盘空间和权限后重试。'],
  ])('%s', (code, zh) => {
    expect(writeProblemText(code, target, 'zh')).toBe(zh);
    expect(writeProblemText(code, target, 'en')).not.toMatch(NODE_TEXT);
  });
});

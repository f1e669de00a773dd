/**
 * A CSV given to cs-kpi is checked in the Audit by the SHA-256 of the file
 * itself (CHECKSUM_METHOD 3), the value `sha256sum` prints for the download:
 * each expected value here is Node's crypto over the file's bytes, read by the
 * test. The big-file path hashes on a worker thread (compiled CLI only).
 */
import { createHash, randomBytes } from 'crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { makeTempDir } from '../corpus/xlsx-files';
import { compiledCli } from '../support/compiled-cli';
import { encodeGbk } from '../support/gbk';

const tmp = makeTempDir('cs-kpi-file-sha-');
afterAll(() => tmp.remove());

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const ROSTER = '工号,姓名,旺旺,岗位,级别\r\nKF01,小美,店:小美,售前,中级\r\nKF02,小王,店:小王,售前,初级\r\n';
const CHAT = '旺旺,接待人数,询单人数,询单最终付款人数\r\n店:小美,10,5,2\r\n店:小王,10,5,2\r\n';
/** An order report with a column the engine never reads (收货地址): a change there changes the file, not the pay. */
const orders = (address: string) =>
  '订单编号,买家会员名,买家实际支付金额,订单付款时间,商家备忘,收货地址\r\n' +
  `="1001",甲,100.00,2026-10-05 12:00:00,KF01,${address}\r\n` +
  '="1002",乙,80.00,2026-10-06 12:00:00,KF02,上海市\r\n';

async function payroll(folder: string, ordersText: string) {
  const dir = tmp.file(folder);
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, encodeGbk(text));
    return p;
  };
  const files = [write('花名册.csv', ROSTER), write('订单.csv', ordersText), write('聊天统计.csv', CHAT)];
  const out = path.join(dir, 'out.xlsx');
  const stdout: string[] = [];
  const code = await main(['payroll', ...files, '--period', '2026-10', '--out', out, '--json', '--overwrite'], {
    out: (s) => stdout.push(s),
    err: () => undefined,
  });
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const audit = wb.getWorksheet('审计 2026-10')!;
  const rows: string[][] = [];
  audit.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  // "输入表 | 订单：订单 | SHA-256 <hex> | …": the sheet each CSV became, and its checksum.
  const checksumOf = (sheet: string) => rows.find((r) => r[0] === '输入表' && r[1].endsWith(`：${sheet}`))?.[2];
  const sales = (id: string) =>
    JSON.parse(stdout.join('')).agents.find((a: { agentId: string }) => a.agentId === id).sales;
  return { files, rows, checksumOf, sales };
}

test('each CSV input is checked by its file SHA-256, under checksum method 3', async () => {
  const run = await payroll('one', orders('杭州市'));
  expect(run.rows.find((r) => r[1] === '校验方式')?.[2]).toBe('3');
  const [roster, orderFile, chat] = run.files;
  expect(run.checksumOf('花名册')).toBe(`SHA-256 ${sha256Of(roster)}`);
  expect(run.checksumOf('订单')).toBe(`SHA-256 ${sha256Of(orderFile)}`);
  expect(run.checksumOf('聊天统计')).toBe(`SHA-256 ${sha256Of(chat)}`);
});

test('a cell changed in a column the engine does not read changes that file checksum only', async () => {
  const first = await payroll('before', orders('杭州市'));
  const second = await payroll('after', orders('宁波市'));
  expect(second.checksumOf('订单')).not.toBe(first.checksumOf('订单'));
  expect(second.checksumOf('花名册')).toBe(first.checksumOf('花名册'));
  expect(second.checksumOf('聊天统计')).toBe(first.checksumOf('聊天统计'));
  expect([second.sales('KF01'), second.sales('KF02')]).toEqual([100, 80]);
  expect([first.sales('KF01'), first.sales('KF02')]).toEqual([100, 80]);
});

describe('hashing on a worker thread (compiled CLI)', () => {
  const lib = compiledCli();
  const compiled: typeof import('../../src/cli/file-hash') = require(path.join(lib, 'cli/file-hash.js'));
  const big = tmp.file('big.bin');
  // Several of the worker's 1 MB reads, and a last one that is not whole.
  writeFileSync(big, randomBytes(3 * (1 << 20) + 12345));
  const size = statSync(big).size;

  test('the worker gives the file SHA-256', async () => {
    const hashing = compiled.hashFile(big, size, 0);
    try {
      expect(await hashing.sha256()).toBe(sha256Of(big));
    } finally {
      await hashing.stop();
    }
  });

  test('a worker stopped before its answer: the file is hashed in this thread instead', async () => {
    const hashing = compiled.hashFile(big, size, 0);
    await hashing.stop();
    expect(await hashing.sha256()).toBe(sha256Of(big));
  });

  test('a file smaller than the threshold is hashed in this thread', async () => {
    const small = tmp.file('small.csv');
    writeFileSync(small, encodeGbk(ROSTER));
    const hashing = compiled.hashFile(small, statSync(small).size);
    expect(await hashing.sha256()).toBe(sha256Of(small));
    await hashing.stop();
  });
});

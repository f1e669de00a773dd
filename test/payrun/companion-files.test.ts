/**
 * The finance CSV, slips and DingTalk sheet of a locked month are not replaced by a run into
 * another --out: only files that the workbook being replaced lists (unchanged) in its Audit
 * sheet's 随附文件 section are, unless the manager says --overwrite. Through main(), on files.
 */
import { createHash } from 'crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import type ExcelJS from 'exceljs';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-companions-');
afterAll(() => tmp.remove());

let input = '';
beforeAll(async () => {
  input = await writeXlsx(baseWorkbook(), tmp.file('shop.xlsx'));
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every file under the temp folder with its bytes' hash: what a refused run must leave exactly as it was. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath ?? e.path}/${e.name} ${sha(`${e.parentPath ?? e.path}/${e.name}`)}`)
    .sort();
const filesRows = async (file: string, audit = `审计 ${PERIOD}`) => {
  const rows: ExcelJS.CellValue[][] = [];
  (await readBack(file))
    .getWorksheet(audit)!
    .eachRow((r) => void rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
  return rows.filter((r) => r[0] === '随附文件' || r[0] === 'Files written');
};

test('a locked month: a run into another --out keeps its CSV, slips and DingTalk sheet, naming the file (zh, en)', async () => {
  const dir = makeTempDir('cs-kpi-locked-run-');
  const [out, csv, slips, ding] = ['工资.xlsx', '工资.csv', '工资条', '钉钉.xlsx'].map(dir.file);
  const run = ['payroll', input, '--period', PERIOD, '--csv', csv, '--slips', slips, '--dingtalk', ding];
  expect((await cli(...run, '--out', out)).code).toBe(0);
  expect((await cli('lock', out, '--period', PERIOD, '--by', '王会计')).code).toBe(0);
  const before = snapshot(dir.dir);

  // Each finance file alone under a new workbook's name: refused, exit 1 (a locked month), nothing written.
  const newOut = dir.file('更正.xlsx');
  const base = ['payroll', input, '--period', PERIOD, '--out', newOut];
  const csvRun = await cli(...base, '--csv', csv);
  expect(csvRun.code).toBe(1);
  expect(csvRun.err).toContain(`${csv} 已存在`);
  expect(csvRun.err).toContain('什么都没有写入');
  expect(csvRun.err).toContain('--overwrite');
  const slipRun = await cli(...base, '--slips', slips, '--lang', 'en');
  expect(slipRun.code).toBe(1);
  // The corpus's first agent, KF01 张晓梅: the first slip in name order.
  expect(slipRun.err).toContain(`${slips}/KF01-张晓梅-${PERIOD}.xlsx exists`);
  expect(slipRun.err).toContain('Nothing was written');
  expect((await cli(...base, '--dingtalk', ding)).err).toContain(`${ding} 已存在`);
  expect(snapshot(dir.dir)).toEqual(before); // no new workbook, no temporary file, every byte as it was
  expect(existsSync(newOut)).toBe(false);

  // The manager's explicit say replaces them.
  writeFileSync(csv, '\ufeff工号\r\n'); // e.g. cut down by hand: --overwrite replaces whatever is there
  const forced = await cli(...base, '--csv', csv, '--overwrite');
  expect(forced.code).toBe(0);
  expect(readFileSync(csv, 'utf8').split('\r\n').length).toBe(1 + 4 + 1); // header, 4 agents, last CRLF
  dir.remove();
});

test('a rerun onto the same --out replaces the files its workbook lists, with their SHA-256 as written', async () => {
  const dir = makeTempDir('cs-kpi-rerun-');
  const [out, csv, slips] = ['out.xlsx', 'pay.csv', 'slips'].map(dir.file);
  const run = ['payroll', input, '--period', PERIOD, '--out', out, '--csv', csv, '--slips', slips];
  expect((await cli(...run)).code).toBe(0);
  const slipNames = readdirSync(slips).sort();
  expect(slipNames).toHaveLength(4);
  // Paths from the workbook's folder; the hash of each file's bytes, computed here by node:crypto.
  expect((await filesRows(out)).slice(1)).toEqual([
    ['随附文件', '财务 CSV', 'pay.csv', `SHA-256 ${sha(csv)}`],
    ...slipNames.map((n) => ['随附文件', '个人工资条', `slips/${n}`, `SHA-256 ${sha(`${slips}/${n}`)}`]),
  ]);
  expect((await cli(...run)).code).toBe(0);

  // Unlocked after a lock: --compare names the workbook whose files these are, --out a new name.
  expect((await cli('lock', out, '--period', PERIOD, '--by', '王会计')).code).toBe(0);
  expect((await cli(...run)).code).toBe(1); // the locked --out itself
  expect((await cli('unlock', out, '--period', PERIOD, '--by', '李', '--reason', '补录')).code).toBe(0);
  const next = dir.file('out-v2.xlsx');
  const v2 = await cli('payroll', input, '--period', PERIOD, '--out', next, '--compare', out, '--csv', csv);
  expect(v2.code).toBe(0);

  // A CSV changed after it was written (finance opened and saved it) is not the listed one any more.
  writeFileSync(csv, readFileSync(csv, 'utf8').replace('\r\n', '\r\n\r\n'));
  const changed = await cli('payroll', input, '--period', PERIOD, '--out', next, '--csv', csv, '--lang', 'en');
  expect(changed.code).toBe(1);
  expect(changed.err).toContain(`${csv} exists`);
  dir.remove();
});

test('a file at a --csv name that no workbook lists (a file of an earlier version, or any other) is kept', async () => {
  const dir = makeTempDir('cs-kpi-unlisted-');
  const csv = dir.file('finance.csv');
  writeFileSync(csv, '工号,实发\r\n001,5000.00\r\n');
  const r = await cli('payroll', input, '--period', PERIOD, '--out', dir.file('o.xlsx'), '--csv', csv);
  expect(r.code).toBe(1);
  expect(readFileSync(csv, 'utf8')).toBe('工号,实发\r\n001,5000.00\r\n');
  expect(existsSync(dir.file('o.xlsx'))).toBe(false);
  // An English workbook lists them under its English names, read back the same way.
  const en = dir.file('en.xlsx');
  expect(
    (await cli('payroll', input, '--period', PERIOD, '--out', en, '--lang', 'en', '--overwrite', '--csv', csv)).code,
  ).toBe(0);
  expect((await filesRows(en, `Audit ${PERIOD}`))[1]).toEqual([
    'Files written',
    'Finance CSV',
    'finance.csv',
    `SHA-256 ${sha(csv)}`,
  ]);
  expect((await cli('payroll', input, '--period', PERIOD, '--out', en, '--lang', 'en', '--csv', csv)).code).toBe(0);
  dir.remove();
});

test('--overwrite never reaches an input or a locked workbook: a slips folder holding the input, --dingtalk onto a locked file', async () => {
  const dir = makeTempDir('cs-kpi-slips-input-');
  const shop = dir.file('shop.xlsx');
  writeFileSync(shop, readFileSync(input));
  const before = snapshot(dir.dir);
  // The slips folder is replaced as a whole: here it would take the input (and the default --out) with it.
  const r = await cli('payroll', shop, '--period', PERIOD, '--slips', dir.dir, '--overwrite');
  expect(r.code).toBe(2);
  expect(r.err).toContain(`--slips ${dir.dir} 中有本次要读或写的文件 shop.xlsx`);
  expect(snapshot(dir.dir)).toEqual(before);

  const locked = dir.file('locked.xlsx');
  expect((await cli('payroll', shop, '--period', PERIOD, '--out', locked)).code).toBe(0);
  expect((await cli('lock', locked, '--period', PERIOD, '--by', '王会计')).code).toBe(0);
  const bytes = readFileSync(locked);
  const ding = await cli(
    'payroll',
    shop,
    '--period',
    PERIOD,
    '--out',
    dir.file('n.xlsx'),
    '--dingtalk',
    locked,
    '--overwrite',
  );
  expect(ding.code).toBe(1);
  expect(ding.err).toContain('locked.xlsx（--dingtalk）中的 2026-10 已由 王会计');
  expect(readFileSync(locked).equals(bytes)).toBe(true);
  expect(existsSync(dir.file('n.xlsx'))).toBe(false);
  dir.remove();
});

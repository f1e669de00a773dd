// The command line's files are read side by side (a big CSV's worker starts while the roster is read), but the
// workbook is as if they were read one after another: sheets in the files' order, a CSV named after its file
// and made unique among the sheets of the files BEFORE it, and the first file's problem in order wins.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readInputFiles } from '../../src/cli/read-inputs';
import { encodeGbk } from '../support/gbk';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'read-inputs-'));
  mkdirSync(path.join(dir, 'a'));
  mkdirSync(path.join(dir, 'b'));
  writeFileSync(path.join(dir, 'a', '订单.csv'), encodeGbk('编号,金额\r\n1,10\r\n'));
  writeFileSync(path.join(dir, 'b', '订单.csv'), encodeGbk('编号,金额\r\n2,20\r\n3,30\r\n'));
  writeFileSync(path.join(dir, 'notes.txt'), '%PDF-1.4 not a table');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('two CSVs of the same name: sheets in the files order, the second one numbered', async () => {
  const r = await readInputFiles([path.join(dir, 'a', '订单.csv'), path.join(dir, 'b', '订单.csv')]);
  if (!r.ok) throw new Error(r.problem.code);
  expect(r.data.sheets.map((s) => [s.name, s.rows])).toEqual([
    [
      '订单',
      [
        ['编号', '金额'],
        ['1', '10'],
      ],
    ],
    [
      '订单 (2)',
      [
        ['编号', '金额'],
        ['2', '20'],
        ['3', '30'],
      ],
    ],
  ]);
});

test('the first file with a problem, in the order given, is the one reported', async () => {
  const missing = path.join(dir, 'missing.csv');
  const good = path.join(dir, 'a', '订单.csv');
  const r = await readInputFiles([good, missing, path.join(dir, 'notes.txt')]);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problem.code).toBe('file-not-found');
  expect(r.problem.message.en).toContain('missing.csv');
});

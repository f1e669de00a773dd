/**
 * Atomicity of the CLI: it writes a temporary file beside the target and
 * renames it. Faults are injected at each write step (the workbook's write
 * failing before or after writing part of the file, rename failing, the CSV
 * write or rename failing); after each, the previous output is byte-identical,
 * no temporary file remains, and the input is byte-identical (sha256) — as it
 * is after every successful run.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, promises as fsp, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, writeXlsx } from '../corpus/xlsx-files';

// The workbook's bytes go to a temporary file beside the target (.payroll.xlsx.<pid>.tmp) through fs.promises.writeFile.
const realWriteFile = fsp.writeFile.bind(fsp);
const isWorkbookTemp = (file: unknown) => /\.xlsx\.\d+\.tmp$/.test(String(file));
function failWorkbookWrite(fault: (file: string) => Error): void {
  jest.spyOn(fsp, 'writeFile').mockImplementation(async (file, data, options) => {
    if (isWorkbookTemp(file)) throw fault(String(file));
    return realWriteFile(file, data, options);
  });
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tmp = makeTempDir('cs-kpi-atomic-');
afterAll(() => tmp.remove());
afterEach(() => jest.restoreAllMocks());

let input = '';
let inputHash = '';
beforeAll(async () => {
  input = await writeXlsx(baseWorkbook(), tmp.file('shop.xlsx'));
  inputHash = sha256(input);
});

/** Run the CLI; whatever happens, the input file must be byte-identical afterwards. */
async function payroll(...args: string[]) {
  let outcome: { code: number; err: string } | { thrown: Error };
  try {
    const r = await cli('payroll', input, '--period', PERIOD, ...args);
    outcome = { code: r.code, err: r.err };
  } catch (e) {
    outcome = { thrown: e as Error };
  }
  expect(sha256(input)).toBe(inputHash);
  return outcome;
}

/**
 * The injected fault was hit and the run failed cleanly: exit 1, the cause in the manager's words
 * (`sentence`), no errno text (ENOSPC …) and no exception escaping main().
 */
function expectFailedWrite(failed: Awaited<ReturnType<typeof payroll>>, sentence: RegExp): void {
  if ('thrown' in failed) throw new Error(`main() threw instead of returning exit 1: ${failed.thrown.message}`);
  expect(failed.code).toBe(1);
  expect(failed.err).toMatch(sentence);
  expect(failed.err).not.toMatch(/ENOSPC|EIO|EACCES/);
}

const DISK_FULL = /磁盘已满/;
const CHECK_PATH = /请检查路径、磁盘空间和权限/;
const NO_PERMISSION = /没有写入 .* 的权限/;

/** A fresh folder for one test's outputs: the temporary files are written beside the target. */
let folders = 0;
function outputFolder(): { file(name: string): string; leftovers(): string[] } {
  const dir = tmp.file(`out-${++folders}`);
  mkdirSync(dir);
  return { file: (name) => path.join(dir, name), leftovers: () => readdirSync(dir).sort() };
}

/** A previous successful run's outputs in a fresh folder, and their hashes. */
async function previousOutputs() {
  const folder = outputFolder();
  const out = folder.file('payroll.xlsx');
  const csv = folder.file('finance.csv');
  const first = await payroll('--out', out, '--csv', csv);
  expect(first).toEqual({ code: 0, err: '' });
  expect(folder.leftovers()).toEqual(['finance.csv', 'payroll.xlsx']);
  return { folder, out, csv, outHash: sha256(out), csvHash: sha256(csv) };
}

test('a successful run writes --out and --csv, leaves no temporary file and does not touch the input', async () => {
  await previousOutputs();
  expect(readdirSync(tmp.dir).filter((f) => !f.startsWith('out-'))).toEqual(['shop.xlsx']);
});

test('running twice on the same input gives the same output values and leaves the input byte-identical', async () => {
  const a = await previousOutputs();
  const b = await previousOutputs();
  expect(readFileSync(b.csv, 'utf8')).toBe(readFileSync(a.csv, 'utf8'));
});

describe.each([
  [
    'the workbook write throws before writing',
    async () => {
      failWorkbookWrite(() => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    },
    DISK_FULL,
  ],
  [
    'the workbook write writes half a file, then throws',
    async () => {
      failWorkbookWrite((file) => {
        writeFileSync(file, Buffer.from('PK\u0003\u0004 half a workbook'));
        return Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      });
    },
    CHECK_PATH,
  ],
  [
    'rename of the temporary .xlsx throws',
    async () => {
      const realRename = fsp.rename.bind(fsp);
      jest.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
        if (String(to).endsWith('.xlsx'))
          throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
        return realRename(from, to);
      });
    },
    NO_PERMISSION,
  ],
])('fault: %s', (_fault, inject, sentence) => {
  test('the previous --out file is byte-identical and no temporary file remains', async () => {
    const prev = await previousOutputs();
    await inject();
    const failed = await payroll('--out', prev.out, '--csv', prev.csv);
    expectFailedWrite(failed, sentence);
    expect(sha256(prev.out)).toBe(prev.outHash);
    expect(sha256(prev.csv)).toBe(prev.csvHash);
    expect(prev.folder.leftovers()).toEqual(['finance.csv', 'payroll.xlsx']);
  });

  test('with no previous output, no --out file and no temporary file is left', async () => {
    const folder = outputFolder();
    const out = folder.file('payroll.xlsx');
    await inject();
    const failed = await payroll('--out', out);
    expectFailedWrite(failed, sentence);
    expect(existsSync(out)).toBe(false);
    expect(folder.leftovers()).toEqual([]);
  });
});

describe('fault in the CSV step: the .xlsx and .csv are committed together', () => {
  test('a failed CSV rename leaves the previous CSV and the previous .xlsx byte-identical, and no temporary file', async () => {
    const prev = await previousOutputs();
    const realRename = fsp.rename.bind(fsp);
    jest.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('.csv'))
        throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      return realRename(from, to);
    });
    const failed = await payroll('--out', prev.out, '--csv', prev.csv);
    expectFailedWrite(failed, NO_PERMISSION);
    expect(sha256(prev.csv)).toBe(prev.csvHash);
    expect(sha256(prev.out)).toBe(prev.outHash);
    expect(prev.folder.leftovers()).toEqual(['finance.csv', 'payroll.xlsx']);
  });
});

// A write failure is exit 1 with a message naming the output file, never a stack trace.
test('a write failure returns exit 1 with a message naming the output file [CLI GAP 2]', async () => {
  const out = outputFolder().file('payroll.xlsx');
  failWorkbookWrite(() => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
  const failed = await payroll('--out', out);
  expect(failed).toMatchObject({ code: 1 });
  expect((failed as { err: string }).err).toContain(out);
});

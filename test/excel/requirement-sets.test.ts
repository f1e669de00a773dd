/**
 * The requirement sets the add-in needs, derived rather than asserted: the
 * adapter's flows run against the fake, which records every Excel member they
 * touch; the `[Api set: …]` remark of each member in @types/office-js gives
 * its set; the manifest must declare at least the highest. The CS functions'
 * CustomFunctions.Error and ErrorCode members are looked up the same way in
 * @types/custom-functions-runtime.
 */
import fs from 'fs';
import path from 'path';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { MEMBER_SETS, compareVersions, parseSet } from '../excel-fake/requirements';
import { apiSetsOf } from '../support/api-sets';
import { elements, one, parseXml } from '../support/xml';
import { allSpecs, inputWorkbook } from './fixtures';

const repoRoot = path.resolve(__dirname, '../..');
const manifest = parseXml(fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8'));
const declared: Record<string, string> = Object.fromEntries(
  elements(one(manifest, 'Requirements'), 'Set').map((s) => [
    s.getAttribute('Name') as string,
    s.getAttribute('MinVersion') as string,
  ]),
);

/** The highest "Name x.y" of a list, per set name. */
function highest(sets: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sets) {
    const { name, version } = parseSet(s);
    if (out[name] === undefined || compareVersions(version, out[name]) > 0) out[name] = version;
  }
  return out;
}

/** Everything the pane asks of the adapter: generate, regenerate, read, list, select, activate. */
async function usedMembers(): Promise<Set<string>> {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(20));
  fake.declaredSets = null; // record, do not refuse
  const wb = new OfficeWorkbook(fake.run, { maxRowsPerRequest: 5 });
  await wb.writeOutputs(allSpecs('2026-10', 1), []);
  await wb.writeOutputs(
    allSpecs('2026-10', 2),
    allSpecs('2026-10', 1).map((s) => s.name),
  );
  await wb.writeInputSheets([{ name: '方案', rows: [['键', '值']] }]);
  await wb.listSheets();
  await wb.readSheets(['花名册', '订单报表']);
  await wb.selectCell('订单报表', 'C3');
  await wb.activateSheet('花名册');
  return fake.apiUsed;
}

let used: Set<string>;
beforeAll(async () => {
  used = await usedMembers();
});

test('the fake knows each member by the set the typings give it', () => {
  for (const [member, set] of Object.entries(MEMBER_SETS)) {
    const sets = apiSetsOf('Excel', member);
    expect([member, `ExcelApi ${highest(sets).ExcelApi}`]).toEqual([member, set]);
  }
});

test('the manifest declares at least the highest ExcelApi set the adapter uses (1.9: autoFilter, pageLayout, copyFrom)', () => {
  const needed = highest([...used].flatMap((m) => apiSetsOf('Excel', m)));
  expect(needed).toEqual({ ExcelApi: '1.9' });
  expect([...used].filter((m) => apiSetsOf('Excel', m).includes('ExcelApi 1.9')).sort()).toEqual([
    'Range.copyFrom',
    'Worksheet.autoFilter',
    'Worksheet.pageLayout',
  ]);
  expect(compareVersions(needed.ExcelApi, declared.ExcelApi ?? '0')).toBeLessThanOrEqual(0);
});

test('the CS functions need CustomFunctionsRuntime 1.3 (ErrorCode) and the manifest declares it', () => {
  const source = fs
    .readdirSync(path.join(repoRoot, 'src/functions'))
    .map((f) => fs.readFileSync(path.join(repoRoot, 'src/functions', f), 'utf8'))
    .join('\n');
  const members = [...new Set([...source.matchAll(/CustomFunctions\.(Error(?:Code\.\w+)?)\b/g)].map((m) => m[1]))];
  expect(members).toEqual(expect.arrayContaining(['Error', 'ErrorCode.invalidValue', 'ErrorCode.notAvailable']));
  const needed = highest(members.flatMap((m) => apiSetsOf('CustomFunctions', m)));
  expect(needed).toEqual({ CustomFunctionsRuntime: '1.3' });
  expect(compareVersions(needed.CustomFunctionsRuntime, declared.CustomFunctionsRuntime ?? '0')).toBeLessThanOrEqual(0);
});

test('under the sets the manifest used to declare (no ExcelApi), the fake refuses the adapter', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  fake.declaredSets = { SharedRuntime: '1.1', CustomFunctionsRuntime: '1.1' };
  await expect(new OfficeWorkbook(fake.run).writeOutputs(allSpecs('2026-10'), [])).rejects.toMatchObject({
    code: 'ApiNotFound',
  });
  fake.declaredSets = { ...declared };
  await new OfficeWorkbook(fake.run).writeOutputs(allSpecs('2026-10'), []);
});

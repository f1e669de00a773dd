/**
 * Browser entry injected before the pane's scripts in the end-to-end test:
 * the in-memory Excel fake as `Excel`, a minimal `Office`, and a handle on
 * the fake (`window.__fakeExcel`) so the test can inspect the workbook.
 * `window.__fakeDemoOrders = N`, set before this script, starts the workbook
 * with the demo month of N orders and makes every sync answer in a task of its
 * own, as real Excel does (the long-task measurement, test/support/pane-long-tasks.ts).
 */
import { generateDemoWorkbook } from '../../src/engine';
import { FakeExcel } from '../excel-fake';
import { isDeclared, MANIFEST_SETS } from '../excel-fake/requirements';

const g = globalThis as unknown as Record<string, unknown>;

const demoOrders = Number(g.__fakeDemoOrders ?? 0);
const fake =
  demoOrders > 0
    ? FakeExcel.fromWorkbookData(
        generateDemoWorkbook({ period: String(g.__fakeDemoPeriod ?? '2026-10'), orders: demoOrders }),
      )
    : FakeExcel.empty();
if (demoOrders > 0) {
  // Real Excel works on ranges in its own process: the fake's work is timed apart, and each answer is a later task.
  fake.asyncSync = true;
  fake.ownWork = [];
}
// The host stands for Excel on the web, which has ExcelApi 1.13 (insertWorksheetsFromBase64) above what the manifest requires.
fake.declaredSets = { ...MANIFEST_SETS, ExcelApi: '1.13' };
const info = { host: 'Excel', platform: 'OfficeOnline' };

g.__fakeExcel = fake;
g.Excel = { run: fake.run };
g.Office = {
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  HostType: { Excel: 'Excel' },
  context: {
    displayLanguage: 'zh-CN',
    requirements: {
      isSetSupported: (name: string, version = '1.1') => isDeclared(`${name} ${version}`, fake.declaredSets ?? {}),
    },
  },
};

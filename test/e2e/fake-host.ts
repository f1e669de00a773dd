/**
 * Browser entry injected before the pane's scripts in the end-to-end test:
 * the in-memory Excel fake as `Excel`, a minimal `Office`, and a handle on
 * the fake (`window.__fakeExcel`) so the test can inspect the workbook.
 */
import { FakeExcel } from '../excel-fake';
import { isDeclared, MANIFEST_SETS } from '../excel-fake/requirements';

const g = globalThis as unknown as Record<string, unknown>;

const fake = FakeExcel.empty();
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
    requirements: { isSetSupported: (name: string, version = '1.1') => isDeclared(`${name} ${version}`, fake.declaredSets ?? {}) },
  },
};

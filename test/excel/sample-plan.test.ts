/** The pane's sample plan (key/value rows, then the KPI table) through the adapter and back: the engine reads the default plan, unchanged. */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { defaultPlan, defaultPlanSheet, generateDemoWorkbook, runPayroll } from '../../src/engine';

test.each(['zh', 'en'] as const)(
  'the %s sample plan written into a workbook reads back as the default plan, KPI table included',
  async (lang) => {
    const fake = FakeExcel.fromWorkbookData({
      sheets: generateDemoWorkbook({ agents: 6, orders: 200 }).sheets.filter((s) => s.name !== '方案'),
    });
    const wb = new OfficeWorkbook(fake.run);
    const plan = defaultPlanSheet(lang);
    await wb.writeInputSheets([plan]);
    const names = (await wb.listSheets()).map((s: { name: string } | string) => (typeof s === 'string' ? s : s.name));
    const back = await wb.readSheets(names);
    const r = runPayroll(back, { period: '2026-10' });
    expect(r.plan).toEqual(defaultPlan());
    expect(r.issues.filter((i) => i.sheet === plan.name)).toEqual([]);
  },
);

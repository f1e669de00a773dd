/**
 * The built task pane in Chromium with the in-memory Excel fake injected as
 * `Excel` and `Office`: a manager's path — insert demo data → check data →
 * generate — then the output sheets are checked in the fake and a screenshot
 * of the pane is saved for the README. Then month end on that workbook:
 * lock → regenerate refused → unlock → edit a cell → change list → confirm.
 */
import { mkdirSync } from 'fs';
import { mkdtemp, rm, stat } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { outputSheetNames } from '../../src/engine';
import { buildAddin, buildFakeHost } from './build';
import { launchChromium, newPanePage } from './chromium-pane';
import { serveDirectory, type StaticServer } from './static-server';
import { CHROMIUM, describeWithTool, missingChromium } from '../support/tools';
import { importFiles } from './import-files-fixture';

// The README's screenshot is refreshed only on request (UPDATE_SCREENSHOTS=1); a normal run keeps its copy out of git.
const SCREENSHOT =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(__dirname, '../../assets/screenshots/taskpane-zh.png')
    : join(__dirname, '../artifacts/taskpane-zh.png');
const PERIOD = '2026-10';

interface FakeHandle {
  sheetNames(): string[];
  snapshot(): { name: string; values: unknown[][]; formulas: unknown[][]; protected: boolean; tables: string[] }[];
  model: { settings: Map<string, string> };
  run<T>(
    batch: (ctx: {
      workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown[][] } } } };
      sync(): Promise<void>;
    }) => Promise<T>,
  ): Promise<T>;
}
declare const window: { __fakeExcel: FakeHandle };

/** Each sheet's name and a digest of its values, computed in the page (the order sheets are large). */
function sheetDigests(page: Page): Promise<{ name: string; digest: string }[]> {
  return page.evaluate(() =>
    window.__fakeExcel.snapshot().map((s) => {
      const text = JSON.stringify(s.values);
      let h = 0x811c9dc5; // FNV-1a
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
      return { name: s.name, digest: `${text.length}:${h.toString(16)}` };
    }),
  );
}

describeWithTool('task pane in Chromium over the Excel fake', missingChromium(), () => {
  let work: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let fakeHostScript: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cs-e2e-'));
    const [dist, fakeHost] = await Promise.all([buildAddin(join(work, 'dist')), buildFakeHost(join(work, 'fake'))]);
    fakeHostScript = fakeHost;
    const bundle = await stat(join(dist, 'taskpane.js'));
    console.info(`e2e: taskpane.js is ${(bundle.size / 1024).toFixed(0)} KiB`);
    server = await serveDirectory(dist);
    browser = await launchChromium(CHROMIUM);
    page = await newPanePage(browser, pageErrors);
    await page.addInitScript({ content: fakeHost });
    await page.goto(`${server.url}/taskpane.html`);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('insert demo data → check data → generate writes the period’s output sheets and leaves the inputs alone', async () => {
    // An empty workbook: the pane offers demo data.
    await page.getByText('工作簿里还没有数据').waitFor();
    await page.getByLabel('考核期间').fill(PERIOD);
    await page.getByRole('button', { name: '插入演示数据' }).first().click();
    await page.getByText(`已插入 ${PERIOD} 的演示数据`, { exact: false }).waitFor({ timeout: 120_000 });

    const inputsBefore = await sheetDigests(page);
    expect(inputsBefore.map((s) => s.name)).toEqual(expect.arrayContaining(['花名册', '订单报表', '聊天统计']));

    await page.getByRole('button', { name: '检查数据' }).click();
    await page.getByRole('heading', { name: /^数据问题（\d+）$/ }).waitFor({ timeout: 120_000 });
    expect(await page.getByText('无法生成工资').count()).toBe(0);

    await page.getByRole('button', { name: '生成月度工资' }).click();
    const summary = page.getByRole('region', { name: `${PERIOD} 工资已生成` });
    await summary.waitFor({ timeout: 180_000 });

    // The output sheets of the period, in Chinese, are in the workbook.
    const names = await page.evaluate(() => window.__fakeExcel.sheetNames());
    const outputs = names.filter((n) => outputSheetNames(PERIOD).includes(n));
    expect(outputs).toHaveLength(5);
    expect(outputs).toEqual(expect.arrayContaining([`绩效 ${PERIOD}`, `工资表 ${PERIOD}`]));

    const payroll = await page.evaluate((name) => {
      const s = window.__fakeExcel.snapshot().find((x) => x.name === name)!;
      return { protected: s.protected, tables: s.tables, formulas: JSON.stringify(s.formulas) };
    }, `工资表 ${PERIOD}`);
    expect(payroll.protected).toBe(true);
    expect(payroll.formulas).toMatch(/SUM\(/); // native totals for finance
    // Input sheets are exactly as before.
    const after = await sheetDigests(page);
    for (const before of inputsBefore) expect(after.find((s) => s.name === before.name)).toEqual(before);

    // The summary is filled in.
    const agents = await summary.getByText('客服人数').locator('xpath=following-sibling::*[1]').textContent();
    expect(Number(agents)).toBeGreaterThan(20);
    expect(await summary.getByRole('table', { name: '各岗位前三名 · 售前' }).getByRole('row').count()).toBe(4);

    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 600_000);

  // Continues on the workbook of the test above, whose month 2026-10 is generated.
  test('month end: lock → regenerating refused, nothing changes → unlock → one edited cell → change list (hand-computed) → confirm → Audit', async () => {
    const started = Date.now();
    const audit = `审计 ${PERIOD}`;
    const rowsOf = (name: string) =>
      page.evaluate((n) => window.__fakeExcel.snapshot().find((s) => s.name === n)!.values, name);

    await page.getByRole('button', { name: '定稿（锁定本月）' }).click();
    await page.getByLabel('定稿人姓名').fill('财务 王会计');
    await page.getByRole('button', { name: '定稿', exact: true }).click();
    await page.getByText(/已定稿：财务 王会计/).waitFor({ timeout: 60_000 });

    const before = await sheetDigests(page);
    await page.getByRole('button', { name: '生成月度工资' }).click();
    await page.getByText(/已由 财务 王会计 于 .* 定稿（锁定），不能重新生成/).waitFor({ timeout: 60_000 });
    expect(await sheetDigests(page)).toEqual(before); // every sheet, inputs and outputs, unchanged

    await page.getByRole('button', { name: '解锁…' }).click();
    expect(await page.getByLabel('解锁人姓名').inputValue()).toBe('财务 王会计'); // the last name typed, remembered
    await page.getByLabel('解锁原因（记入审计表）').fill('补发项目奖金');
    await page.getByRole('button', { name: '解锁', exact: true }).click();
    await page.getByRole('button', { name: '定稿（锁定本月）' }).waitFor({ timeout: 60_000 });

    // The manager edits one cell, as in Excel: row 10 of 奖惩 is a 500-yuan 项目奖金; it becomes 800.
    const adjustments = await rowsOf('奖惩');
    expect(adjustments[9].slice(2, 4)).toEqual(['项目奖金', 500]);
    const agentId = String(adjustments[9][0]);
    await page.evaluate(() =>
      window.__fakeExcel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('奖惩').getRange('D10').values = [[800]];
        await ctx.sync();
      }),
    );
    // By hand: a project bonus is paid in full into 奖励, so this agent's gross rises by exactly 300.00.
    const payroll = await rowsOf(`工资表 ${PERIOD}`);
    const [header] = payroll;
    const row = payroll.find((r) => r[header.indexOf('工号')] === agentId)!;
    const grossBefore = Number(row[header.indexOf('应发工资')]);
    const yuan = (n: number) => `¥${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    const expected = `${agentId} ${String(row[header.indexOf('姓名')])}：应发工资 ${yuan(grossBefore)} → ${yuan(grossBefore + 300)}`;

    await page.getByRole('button', { name: '生成月度工资' }).click();
    const dialog = page.getByRole('dialog', { name: `重新生成 ${PERIOD}：以下内容将改变` });
    await dialog.waitFor({ timeout: 180_000 });
    const agents = dialog.getByRole('list', { name: '1 人工资变动' });
    expect(await agents.textContent()).toContain(expected);
    expect(await dialog.getByText('奖惩：已改动：数据行数未变').count()).toBe(1);
    await dialog.getByRole('button', { name: '确认替换' }).click();
    await page.getByRole('region', { name: `${PERIOD} 工资已生成` }).waitFor({ timeout: 180_000 });

    const auditRows = await rowsOf(audit);
    const changes = auditRows.filter((r) => r[0] === '变更');
    expect(changes.find((r) => String(r[1]).startsWith(agentId))?.[2]).toContain(`+300.00`);
    // One value edited, no row added: the Audit says the sheet's data rows (its filled rows below the header) stayed as many.
    const dataRows = adjustments.slice(1).filter((r) => r.some((c) => c !== '' && c !== null)).length;
    expect(changes.find((r) => r[1] === '输入表：奖惩')?.[2]).toBe(
      `已改动：数据行数未变（${dataRows} 行），是单元格的值变了`,
    );
    expect(auditRows.filter((r) => r[0] === '定稿').map((r) => [r[1], r[2], r[4] || null])).toEqual([
      // The zone of the lock times is the browser's: UTC, as jest runs (test/setup/utc.ts).
      ['已定稿 (UTC)', '财务 王会计', null],
      ['已解锁 (UTC)', '财务 王会计', '补发项目奖金'],
    ]);
    const newGross = (await rowsOf(`工资表 ${PERIOD}`)).find((r) => r[header.indexOf('工号')] === agentId)![
      header.indexOf('应发工资')
    ];
    expect(Number(newGross)).toBeCloseTo(grossBefore + 300, 2);
    expect(await page.evaluate(() => window.__fakeExcel.model.settings.size)).toBe(0); // the workbook's claim was let go
    expect(pageErrors).toEqual([]);
    console.info(`e2e: month end took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);

  test('into an EMPTY workbook: 导入文件 takes a GBK order CSV, a 赤兔 chat .xlsx and a roster .xlsx at once, then 生成月度工资 pays by them', async () => {
    const errors: string[] = [];
    const fresh = await newPanePage(browser, errors);
    await fresh.addInitScript({ content: fakeHostScript });
    await fresh.goto(`${server.url}/taskpane.html`);
    await fresh.getByText('工作簿里还没有数据').waitFor();

    const files = await importFiles();
    await fresh.getByTestId('import-files-input').setInputFiles(files.payloads);
    await fresh.getByText('已导入：', { exact: false }).waitFor({ timeout: 120_000 });
    const names = () => fresh.evaluate(() => window.__fakeExcel.sheetNames());
    // The CSV is named by its kind; the chat export's "Sheet1" came in as "Sheet1 (2)" (the empty workbook has a
    // Sheet1) and takes its kind's name from its header; the roster keeps its own, already a roster name.
    expect(await names()).toEqual(['Sheet1', '订单报表', '花名册', '聊天统计']);
    const orderIds = await fresh.evaluate(() =>
      window.__fakeExcel
        .snapshot()
        .find((x) => x.name === '订单报表')!
        .values.slice(1)
        .map((r) => r[0]),
    );
    expect(orderIds).toEqual(files.orderIds); // text, every digit: never 3.51531E+17

    await fresh.getByLabel('考核期间').fill(PERIOD);
    await fresh.getByRole('button', { name: '生成月度工资' }).click();
    await fresh.getByRole('region', { name: `${PERIOD} 工资已生成` }).waitFor({ timeout: 180_000 });
    const after = await names();
    expect(after).toEqual(
      expect.arrayContaining(outputSheetNames(PERIOD).filter((n) => n.startsWith('绩效') || n.startsWith('工资表'))),
    );
    const scorecard = await fresh.evaluate(
      (name) => window.__fakeExcel.snapshot().find((x) => x.name === name)!.values,
      `绩效 ${PERIOD}`,
    );
    const header = scorecard.findIndex((r) => r.includes('工号') && r.includes('客服销售额'));
    const salesOf = (id: string) =>
      scorecard.find((r) => r[scorecard[header].indexOf('工号')] === id)?.[scorecard[header].indexOf('客服销售额')];
    expect(salesOf('KF01')).toBe(files.bySales.KF01);
    expect(salesOf('KF02')).toBe(files.bySales.KF02);
    expect(errors).toEqual([]);
    await fresh.close();
  }, 600_000);

  test('outside Excel, with office.js unreachable, the page still starts and says to open it in Excel', async () => {
    const plain = await browser.newPage({ viewport: { width: 380, height: 600 } });
    const errors: string[] = [];
    plain.on('pageerror', (e) => errors.push(e.message));
    await plain.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    await plain.goto(`${server.url}/taskpane.html`);
    await plain.getByText('请在 Excel 中打开').waitFor();
    expect(await plain.getByText('Open this in Excel').count()).toBe(1);
    expect(errors).toEqual([]);
    await plain.close();
  }, 60_000);
});

/**
 * The pane's words come from the one catalog (pane.* in src/engine/messages)
 * through typed views; names the sheets also use come from labels.ts. The
 * expected texts are written out by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PANE_ZH } from '../../src/engine/messages/pane-zh';
import { diagnosticsStrings } from '../../src/taskpane/diagnostics-strings';
import { STRINGS } from '../../src/taskpane/i18n';
import { PAYRUN_TEXT } from '../../src/taskpane/payrun-i18n';
import { periodStrings } from '../../src/taskpane/period-strings';
import { WHATIF_TEXT } from '../../src/taskpane/whatif-i18n';

test('sheet titles and input kinds in pane sentences are the labels the sheets carry', () => {
  expect(STRINGS.zh.moreIssues(3)).toBe('还有 3 条未显示，生成后可在“数据问题”工作表中查看全部。');
  expect(STRINGS.en.moreIssues(3)).toBe('3 more not shown; after generating, the Issues sheet lists them all.');
  expect(STRINGS.zh.csvFileName('2026-10')).toBe('工资表-2026-10.csv');
  expect(STRINGS.en.csvFileName('2026-10')).toBe('Payroll-2026-10.csv');
  expect(STRINGS.zh.openScorecard).toBe('打开绩效表');
  expect(STRINGS.en.openScorecard).toBe('Open scorecard');
  expect(PAYRUN_TEXT.zh.lockedBy('王芳', '2026-11-03 10:00')).toBe(
    '已定稿：王芳，2026-11-03 10:00（审计表有记录）。重新生成前须先解锁。',
  );
  expect(PAYRUN_TEXT.en.lockedBy('王芳', '2026-11-03 10:00')).toBe(
    'Locked by 王芳 at 2026-11-03 10:00 (recorded in the Audit sheet). Unlock it before regenerating.',
  );
  expect(PAYRUN_TEXT.en.planChanged).toBe('Plan keys changed');
  // The change list names pay parts as the Payroll sheet's column heads do.
  expect([PAYRUN_TEXT.zh.grossPay, PAYRUN_TEXT.zh.component.basePay, PAYRUN_TEXT.zh.component.fines]).toEqual([
    '应发工资',
    '底薪',
    '罚款',
  ]);
  expect([PAYRUN_TEXT.en.grossPay, PAYRUN_TEXT.en.component.basePay, PAYRUN_TEXT.en.component.fines]).toEqual([
    'Gross pay',
    'Base pay',
    'Fines',
  ]);
  expect(periodStrings('zh').noTrend).toBe('工作簿中还没有往期绩效表，趋势从下一期开始显示。');
  expect(periodStrings('en').noTrend).toBe(
    'No earlier scorecards in the workbook yet: the trend starts with the next period.',
  );
  expect(WHATIF_TEXT.en.noAgents).toBe('No agents on the roster yet');
  expect(diagnosticsStrings('zh').date1904).toContain('请核对订单付款时间');
});

test('lists and counts are filled in each language', () => {
  expect(STRINGS.zh.filesImported(['花名册', '订单报表'])).toBe(
    '已导入：花名册、订单报表。可以先“检查数据”，再生成工资。',
  );
  expect(STRINGS.en.filesImported(['花名册', '订单报表'])).toBe(
    'Imported: 花名册, 订单报表. Check the data, then generate the payroll.',
  );
  expect(STRINGS.zh.noInputsBody).toBe(
    '请把花名册、订单报表和聊天统计粘贴到各自的工作表中；也可以先插入演示数据试一试。',
  );
  expect(STRINGS.en.noInputsBody).toBe(
    'Paste the roster, the order report and the chat statistics into their own sheets (花名册, 订单报表 and 聊天统计), or insert demo data to try the add-in.',
  );
  expect(diagnosticsStrings('zh').failed(2, 12)).toBe('12 项中有 2 项未通过，请把下面的结果发给技术支持。');
  expect(diagnosticsStrings('en').failed(2, 12)).toBe(
    '2 of 12 checks failed: please send the result below to support.',
  );
  expect(STRINGS.zh.silentSales('¥1,234.00', 5)).toBe('静默下单 5 笔 · ¥1,234.00');
  expect(PAYRUN_TEXT.zh.disputeLine('KF07 小美', '转化奖金', '', null)).toBe('KF07 小美 · 转化奖金');
  expect(PAYRUN_TEXT.en.disputeLine('KF07 小美', '转化奖金', '漏算', '400.00')).toBe(
    'KF07 小美 · 转化奖金 · 漏算 · ¥400.00',
  );
});

test('a count of one reads in the singular in English; Chinese has one form', () => {
  expect([STRINGS.en.dataRows(1), STRINGS.en.dataRows(2), STRINGS.en.usedRows(1), STRINGS.en.usedRows(0)]).toEqual([
    '1 data row',
    '2 data rows',
    '1 row',
    '0 rows',
  ]);
  expect([STRINGS.en.notesBeside(1), STRINGS.en.notesBeside(9)]).toEqual([
    'plus 1 note (nothing to fix)',
    'plus 9 notes (nothing to fix)',
  ]);
  expect([PAYRUN_TEXT.en.changesAgents(1), PAYRUN_TEXT.en.changesAgents(3)]).toEqual([
    "1 agent's pay moves",
    "3 agents' pay moves",
  ]);
  expect([PAYRUN_TEXT.en.openDisputes(1), PAYRUN_TEXT.en.openDisputes(2)]).toEqual([
    '1 pending dispute',
    '2 pending disputes',
  ]);
  expect(PAYRUN_TEXT.en.pendingBeforeLock(1)).toBe('1 dispute is still pending (not paid this month). Lock anyway?');
  expect(PAYRUN_TEXT.en.pendingBeforeLock(2)).toBe('2 disputes are still pending (not paid this month). Lock anyway?');
  expect([STRINGS.zh.dataRows(1), STRINGS.zh.dataRows(2), PAYRUN_TEXT.zh.changesAgents(1)]).toEqual([
    '1 行数据',
    '2 行数据',
    '1 人工资变动',
  ]);
});

test('every pane.* text is read by one of the taskpane views (no stale words)', () => {
  const dir = path.join(__dirname, '../../src/taskpane');
  const views = fs
    .readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const unread = Object.keys(PANE_ZH).filter((code) => !views.includes(`'${code}'`));
  expect(unread).toEqual([]);
});

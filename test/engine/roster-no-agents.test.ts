/**
 * A roster with a header and no usable agent rows is no payroll: it stops the run as a missing roster does
 * (SPEC §7: exit 1 when a required sheet is missing), naming the roster sheet, the 工号 column and the first row
 * below the header, with each roster row's own problem beside it. A roster whose agents are all outside the
 * period is another thing (a month nobody was employed): that still runs, with totals of 0.00.
 */
import { InputError, runPayroll, validateWorkbook } from '../../src/engine';
import { chat, orders, PERIOD, roster, sheet, workbook } from './fixture';

const others = [orders([{ id: 'O1', paid: 100, memo: 'A01' }]), chat([{ account: '店:A01', inquiries: 3, paid: 1 }])];

function stopped(wb: ReturnType<typeof workbook>): InputError {
  try {
    runPayroll(wb, { period: PERIOD });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('the run was not stopped');
}

test('a header and no rows: stopped, naming the roster sheet, the 工号 column and the first row below the header', () => {
  const err = stopped(workbook(roster([]), ...others));
  expect(err.issues).toHaveLength(1);
  // Header on row 1, so the first agent row would be row 2, column A (工号).
  expect(err.issues[0]).toMatchObject({
    severity: 'fatal',
    code: 'roster-no-agents',
    sheet: '花名册',
    row: 2,
    column: '工号 (A)',
    cell: 'A2',
  });
  expect(err.issues[0].message.zh).toBe(
    '花名册工作表“花名册”表头（第 1 行）下没有可用的客服行：没有可发工资的客服，无法生成绩效与工资',
  );
  expect(err.issues[0].message.en).toBe(
    'The roster sheet "花名册" has no usable agent rows below its header (row 1): with nobody to pay, no scorecard or payroll is made',
  );
  expect(err.issues[0].action.zh).toContain('无法生成');
});

test('a title above the header (header on row 3): the stop points at row 4', () => {
  const titled = sheet('客服名单', [['十月客服名单'], [], ['工号', '姓名', '旺旺', '岗位', '级别']]);
  expect(stopped(workbook(titled, ...others)).issues).toMatchObject([
    { code: 'roster-no-agents', sheet: '客服名单', row: 4, cell: 'A4' },
  ]);
});

test('rows that are all unusable (no role): stopped, with each row’s own error before the stop', () => {
  const err = stopped(workbook(roster([{ id: 'A01', role: '' as never }]), ...others));
  expect(err.issues.map((i) => [i.code, i.severity, i.row])).toEqual([
    ['roster-bad-role', 'error', 2],
    ['roster-no-agents', 'fatal', 2],
  ]);
});

test('the pane’s Validate step: not ok, the stop among its fatal issues', () => {
  const report = validateWorkbook(workbook(roster([]), ...others), PERIOD);
  expect(report.ok).toBe(false);
  expect(report.fatal.map((i) => i.code)).toEqual(['roster-no-agents']);
});

test('one usable agent: runs; agents all hired after the period: runs too, paying 0.00', () => {
  expect(runPayroll(workbook(roster([{ id: 'A01' }]), ...others), { period: PERIOD }).agents).toHaveLength(1);
  const later = runPayroll(workbook(roster([{ id: 'A01', hire: '2026-12-01' }]), ...others), { period: PERIOD });
  expect(later.agents).toEqual([]);
  expect(later.issues.map((i) => i.code)).toContain('agent-not-employed');
});

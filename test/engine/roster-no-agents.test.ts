/** A roster with a header and no usable agent rows pays nobody: said as an error at the roster sheet, not a clean run. */
import { runPayroll } from '../../src/engine';
import { chat, orders, PERIOD, roster, sheet, workbook } from './fixture';

const others = [orders([{ id: 'O1', paid: 100, memo: 'A01' }]), chat([{ account: '店:A01', inquiries: 3, paid: 1 }])];
const noAgents = (wb: ReturnType<typeof workbook>) =>
  runPayroll(wb, { period: PERIOD }).issues.filter((i) => i.code === 'roster-no-agents');

test('a header and no rows: one error naming the roster sheet, the 工号 column and the first row below the header', () => {
  const r = runPayroll(workbook(roster([]), ...others), { period: PERIOD });
  expect(r.agents).toEqual([]);
  const found = r.issues.filter((i) => i.code === 'roster-no-agents');
  expect(found).toHaveLength(1);
  // Header on row 1, so the first agent row would be row 2, column A (工号).
  expect(found[0]).toMatchObject({ severity: 'error', sheet: '花名册', row: 2, column: '工号 (A)', cell: 'A2' });
  expect(found[0].message.zh).toBe('花名册工作表“花名册”表头（第 1 行）下没有可用的客服行：本期无人计入绩效与工资');
  expect(found[0].message.en).toBe(
    'The roster sheet "花名册" has no usable agent rows below its header (row 1): nobody is scored or paid this period',
  );
});

test('a title above the header (header on row 3): the error points at row 4', () => {
  const titled = sheet('客服名单', [['十月客服名单'], [], ['工号', '姓名', '旺旺', '岗位', '级别']]);
  expect(noAgents(workbook(titled, ...others))).toMatchObject([{ sheet: '客服名单', row: 4, cell: 'A4' }]);
});

test('rows that are all unusable (no role) also leave nobody: the same error besides each row’s own', () => {
  const wb = workbook(roster([{ id: 'A01', role: '' as never }]), ...others);
  const issues = runPayroll(wb, { period: PERIOD }).issues;
  expect(issues.filter((i) => i.code === 'roster-bad-role')).toHaveLength(1);
  expect(issues.filter((i) => i.code === 'roster-no-agents')).toHaveLength(1);
});

test('one usable agent: no such error', () => {
  expect(noAgents(workbook(roster([{ id: 'A01' }]), ...others))).toEqual([]);
});

/**
 * The Issues sheet lists the most serious problems first (fatal, error,
 * warning, info) and, within one severity, in the order they were found.
 */
import type { Issue, PayrollResult, Severity } from '../../src/engine';
import { issuesSheet } from '../../src/engine/output/issues-sheet';

const issue = (severity: Severity, value: string): Issue => ({
  severity,
  code: 'test',
  sheet: '订单报表',
  row: null,
  column: null,
  cell: null,
  value,
  message: { zh: value, en: value },
  action: { zh: '', en: '' },
});

test('most serious first, found order kept within a severity', () => {
  const found: [Severity, string][] = [
    ['info', 'i1'],
    ['warning', 'w1'],
    ['info', 'i2'],
    ['fatal', 'f1'],
    ['error', 'e1'],
    ['warning', 'w2'],
    ['error', 'e2'],
    ['info', 'i3'],
  ];
  const sheet = issuesSheet(
    { period: '2026-10', issues: found.map(([s, v]) => issue(s, v)) } as unknown as PayrollResult,
    'zh',
  );
  // The value column (sixth) of each row, as the clerk reads them down the sheet.
  expect(sheet.rows.map((row) => row[5])).toEqual(['f1', 'e1', 'e2', 'w1', 'w2', 'i1', 'i2', 'i3']);
});

import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import type { SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { SEVERITY_TEXT, sheetName, tableKey } from './labels';

const DEFS = [
  col('severity', '级别', 'Severity', 'text', 8),
  col('sheet', '工作表', 'Sheet', 'text', 14),
  col('row', '行', 'Row', 'integer', 7),
  col('column', '列', 'Column', 'text', 18),
  col('cell', '单元格', 'Cell', 'text', 8),
  col('value', '值', 'Value', 'text', 18),
  col('message', '问题', 'Problem', 'text', 60),
  col('action', '处理', 'What was done', 'text', 36),
  col('agentId', '工号', 'Agent ID', 'text', 9),
];

const ORDER = { fatal: 0, error: 1, warning: 2, info: 3 } as const;

/** 数据问题: every data problem with where it is and what was done, most serious first. */
export function issuesSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const sorted = r.issues.map((i, n) => ({ i, n })).sort((a, b) => ORDER[a.i.severity] - ORDER[b.i.severity] || a.n - b.n).map((x) => x.i);
  return {
    kind: 'issues',
    name: sheetName('issues', r.period, lang),
    columns: columns(DEFS, lang),
    rows: sorted.map((i) => [SEVERITY_TEXT[i.severity][lang], i.sheet, i.row, i.column, i.cell, i.value, i.message[lang], i.action[lang], i.agentId ?? null]),
    notes: sorted.length === 0 ? [lang === 'zh' ? '没有发现数据问题。' : 'No data problems found.'] : undefined,
    tableName: `Issues_${tableKey(r.period)}_${lang}`,
    freezeHeader: true,
    autoFilter: true,
    protect: false,
  };
}

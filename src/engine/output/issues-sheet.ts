import type { Issue, Lang } from '../model';
import type { PayrollResult } from '../run';
import type { SheetSpec } from './sheet-spec';
import { col, columns, distinct } from './columns';
import { SEVERITY_TEXT, sheetName, tableKey } from './labels';
import { phrase } from '../messages';

const DEFS = [
  col('col.issues.severity', 'text', 8),
  col('col.issues.sheet', 'text', 14),
  col('col.issues.row', 'rowNumber', 7),
  col('col.issues.column', 'text', 18),
  distinct(col('col.issues.cell', 'text', 8)),
  distinct(col('col.value', 'text', 18)),
  distinct(col('col.issues.message', 'text', 60)),
  col('col.issues.action', 'text', 36),
  col('col.agentId', 'text', 9),
];

/** Where a column is on the sheet, by its key (`message`, `action`…): for reading an earlier output back. */
export const issuesColumnIndex = (key: string): number => DEFS.findIndex((d) => d('en').key === key);

const ORDER = { fatal: 0, error: 1, warning: 2, info: 3 } as const;

/** 数据问题: every data problem with where it is and what was done, most serious first. */
export function issuesSheet(r: PayrollResult, lang: Lang): SheetSpec {
  // Most serious first, in the order found within a severity: four runs, not a sort of tens of thousands.
  const bySeverity: Issue[][] = [[], [], [], []];
  for (const i of r.issues) bySeverity[ORDER[i.severity]].push(i);
  const sorted = bySeverity.flat();
  return {
    kind: 'issues',
    name: sheetName('issues', r.period, lang),
    columns: columns(DEFS, lang),
    rows: sorted.map((i) => [
      SEVERITY_TEXT[i.severity][lang],
      i.sheet,
      i.row,
      i.column,
      i.cell,
      i.value,
      i.message[lang],
      i.action[lang],
      i.agentId ?? null,
    ]),
    notes: sorted.length === 0 ? [phrase('issues-sheet.none', lang)] : undefined,
    tableName: `Issues_${tableKey(r.period)}_${lang}`,
    freezeHeader: true,
    autoFilter: true,
    protect: false,
  };
}

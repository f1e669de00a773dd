/**
 * 钉钉 / 企业微信 工资条 import sheet: one header row, one row per person,
 * matched by 工号 or 姓名. Both apps take the first row as column titles and
 * send each person only their own row. Pay components only: no buyer data,
 * no explanation that could name another agent.
 */
import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import type { OutCell, SheetSpec } from '../output/sheet-spec';
import { col, type ColumnDef, columns } from '../output/columns';
import { MONEY_KEYS, PAYROLL_COLUMNS } from '../output/payroll';
import { phrase } from '../messages';

const PERIOD_COL = col('col.period', 'text', 9);
/** DingTalk and WeCom match each row to a person by the headers 工号 / 姓名: kept in Chinese in every language. */
const MATCH_COLUMNS: ColumnDef[] = [PAYROLL_COLUMNS[0], PAYROLL_COLUMNS[1]].map((c) => () => c('zh'));

export function dingtalkSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const defs = [
    ...MATCH_COLUMNS,
    PERIOD_COL,
    ...PAYROLL_COLUMNS.filter((c) => (MONEY_KEYS as readonly string[]).includes(c(lang).key)),
  ];
  const rows: OutCell[][] = r.agents.map((a) => [
    a.agent.agentId,
    a.agent.name,
    r.period,
    ...MONEY_KEYS.map((k) => a.pay[k] / 100),
  ]);
  return {
    kind: 'payroll',
    name: phrase('dingtalk.sheet', lang),
    columns: columns(defs, lang),
    rows,
    freezeHeader: false,
    autoFilter: false,
    protect: false,
  };
}

import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import { columnLetter } from '../cell';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { LEVEL_TEXT, ROLE_TEXT, SHEET_TITLES, STATUS_TEXT, sheetName, tableKey } from './labels';
import { msg, phrase } from '../messages';

export const MONEY_KEYS = [
  'basePay',
  'performanceBonus',
  'conversionBonus',
  'commission',
  'awards',
  'fines',
  'grossPay',
] as const;

/** The payroll's columns, shared with the finance CSV so their headers never drift apart. */
export const PAYROLL_COLUMNS = [
  col('col.agentId', 'text', 9),
  col('col.name', 'text', 10),
  col('col.role', 'text', 8),
  col('col.level', 'text', 8),
  col('col.payroll.status', 'text', 7),
  col('col.payroll.days', 'integer', 8),
  col('component.basePay', 'money', 12),
  col('component.performanceBonus', 'money', 12),
  col('component.conversionBonus', 'money', 12),
  col('component.commission', 'money', 12),
  col('component.awards', 'money', 11),
  col('component.fines', 'money', 10),
  col('component.grossPay', 'money', 13),
];

/**
 * 工资表: values only, one row per agent, native SUM totals. No buyer or
 * order data, no CS.* formula: finance opens it in any spreadsheet.
 */
export function payrollSheet(r: PayrollResult, lang: Lang, shopName = ''): SheetSpec {
  const cols = columns(PAYROLL_COLUMNS, lang);
  const rows: OutCell[][] = r.agents.map((a) => [
    a.agent.agentId,
    a.agent.name,
    ROLE_TEXT[a.agent.role][lang],
    LEVEL_TEXT[a.agent.level][lang],
    STATUS_TEXT[a.agent.status][lang],
    a.pay.daysEmployed,
    ...MONEY_KEYS.map((k) => a.pay[k] / 100),
  ]);
  const first = 2;
  const last = rows.length + 1;
  const totals: OutCell[] = cols.map((c, i) => {
    if (i === 0) return phrase('payroll.total', lang);
    if (i === 1) return msg('payroll.agents', { n: rows.length })[lang];
    if (!(MONEY_KEYS as readonly string[]).includes(c.key)) return null;
    const cents = r.agents.reduce((s, a) => s + a.pay[c.key as (typeof MONEY_KEYS)[number]], 0);
    const letter = columnLetter(i);
    return rows.length ? { formula: `SUM(${letter}${first}:${letter}${last})`, value: cents / 100 } : 0;
  });
  const title = msg('payroll.print-header', { shop: shopName ? shopName + ' ' : '', period: r.period })[lang];
  return {
    kind: 'payroll',
    name: sheetName('payroll', r.period, lang),
    columns: cols,
    rows,
    totalsRow: totals,
    notes: [
      phrase('payroll.note.gross', lang),
      msg('payroll.note.see', { statements: SHEET_TITLES.statements, audit: SHEET_TITLES.audit, period: r.period })[
        lang
      ],
    ],
    tableName: `Payroll_${tableKey(r.period)}_${lang}`,
    freezeHeader: true,
    autoFilter: false,
    protect: true,
    print: { landscape: true, fitToWidth: true, header: title },
  };
}

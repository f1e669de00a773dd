import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import { columnLetter } from '../cell';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { LEVEL_TEXT, ROLE_TEXT, STATUS_TEXT, sheetName, tableKey } from './labels';

export const MONEY_KEYS = ['basePay', 'performanceBonus', 'conversionBonus', 'commission', 'awards', 'fines', 'grossPay'] as const;

/** The payroll's columns, shared with the finance CSV so their headers never drift apart. */
export const PAYROLL_COLUMNS = [
  col('agentId', '工号', 'Agent ID', 'text', 9),
  col('name', '姓名', 'Name', 'text', 10),
  col('role', '岗位', 'Role', 'text', 8),
  col('level', '级别', 'Level', 'text', 8),
  col('status', '状态', 'Status', 'text', 7),
  col('days', '在岗天数', 'Days employed', 'integer', 8),
  col('basePay', '底薪', 'Base pay', 'money', 12),
  col('performanceBonus', '绩效奖金', 'Performance bonus', 'money', 12),
  col('conversionBonus', '转化奖金', 'Conversion bonus', 'money', 12),
  col('commission', '提成', 'Commission', 'money', 12),
  col('awards', '奖励', 'Awards', 'money', 11),
  col('fines', '罚款', 'Fines', 'money', 10),
  col('grossPay', '应发工资', 'Gross pay', 'money', 13),
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
    if (i === 0) return lang === 'zh' ? '合计' : 'Total';
    if (i === 1) return lang === 'zh' ? `${rows.length} 人` : `${rows.length} agents`;
    if (!(MONEY_KEYS as readonly string[]).includes(c.key)) return null;
    const cents = r.agents.reduce((s, a) => s + a.pay[c.key as (typeof MONEY_KEYS)[number]], 0);
    const letter = columnLetter(i);
    return rows.length ? { formula: `SUM(${letter}${first}:${letter}${last})`, value: cents / 100 } : 0;
  });
  const title = lang === 'zh' ? `${shopName ? shopName + ' ' : ''}${r.period} 工资表` : `${shopName ? shopName + ' ' : ''}Payroll ${r.period}`;
  return {
    kind: 'payroll',
    name: sheetName('payroll', r.period, lang),
    columns: cols,
    rows,
    totalsRow: totals,
    notes: lang === 'zh'
      ? ['应发工资 = 底薪 + 绩效奖金 + 转化奖金 + 提成 + 奖励 − 罚款；各项已四舍五入到分，合计为各行之和。', `计算依据见“工资条 ${r.period}”，方案与数据校验见“审计 ${r.period}”。`]
      : ['Gross pay = base + performance + conversion bonus + commission + awards − fines; each component rounded half-up to the cent, totals are sums of rows.', `How each amount was computed: "Statements ${r.period}"; plan and checksums: "Audit ${r.period}".`],
    tableName: `Payroll_${tableKey(r.period)}_${lang}`,
    freezeHeader: true,
    autoFilter: false,
    protect: true,
    print: { landscape: true, fitToWidth: true, header: title },
  };
}

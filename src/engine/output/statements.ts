import type { AgentResult, Lang, StatementLine } from '../model';
import type { PayrollResult } from '../run';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { kpiNoteRows } from './kpi-notes';
import { GRADE_TEXT, LEVEL_TEXT, ROLE_TEXT, sheetName } from './labels';
import { salesBySourceText } from './sources';

export const COMPONENT_TEXT: Record<StatementLine['component'], [string, string]> = {
  basePay: ['底薪', 'Base pay'],
  performanceBonus: ['绩效奖金', 'Performance bonus'],
  conversionBonus: ['转化奖金', 'Conversion bonus'],
  commission: ['提成', 'Commission'],
  awards: ['奖励', 'Awards'],
  fines: ['罚款（扣除）', 'Fines (deducted)'],
  grossPay: ['应发工资', 'Gross pay'],
};

const DEFS = [
  col('item', '项目', 'Item', 'text', 16),
  col('amount', '金额', 'Amount', 'money', 13),
  col('explanation', '计算说明', 'How it was computed', 'text', 90),
];

/** 工资条: one block per agent, each component with its rule and numbers, ready to cut into pay slips. */
export function statementsSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const rows: OutCell[][] = [];
  const bold: number[] = [];
  for (const a of r.agents) {
    bold.push(rows.length);
    const score = a.score === null ? (lang === 'zh' ? '无' : 'n/a') : a.score.toFixed(2);
    rows.push([
      `${a.agent.agentId} ${a.agent.name}`,
      null,
      lang === 'zh'
        ? `${r.period} 工资条 · ${ROLE_TEXT[a.agent.role].zh}·${LEVEL_TEXT[a.agent.level].zh} · 总分 ${score} · ${GRADE_TEXT[a.grade].zh} · 岗位排名 ${a.rank}`
        : `Pay slip ${r.period} · ${ROLE_TEXT[a.agent.role].en} · ${LEVEL_TEXT[a.agent.level].en} · score ${score} · ${GRADE_TEXT[a.grade].en} · rank ${a.rank} in role`,
    ]);
    rows.push([lang === 'zh' ? '销售额来源' : 'Sales by source', null, salesBySourceText(a.measures.bySource, lang)]);
    pushStatementLines(a, lang, rows, bold);
    rows.push([null, null, null]);
  }
  // What each KPI means (its five elements), once, after the agents' blocks.
  const notes = kpiNoteRows(r.plan, lang);
  for (const i of notes.bold) bold.push(rows.length + i);
  rows.push(...notes.rows);
  const header = lang === 'zh' ? `${r.shopName ? r.shopName + ' ' : ''}${r.period} 工资条` : `${r.shopName ? r.shopName + ' ' : ''}Pay slips ${r.period}`;
  return statementSheetSpec(sheetName('statements', r.period, lang), rows, bold, header, lang);
}

/** An agent's pay components, one row each, gross pay in bold. */
export function pushStatementLines(a: AgentResult, lang: Lang, rows: OutCell[][], bold: number[]): void {
  for (const line of a.statement) {
    if (line.component === 'grossPay') bold.push(rows.length);
    rows.push([COMPONENT_TEXT[line.component][lang === 'zh' ? 0 : 1], line.amount / 100, line.explanation[lang]]);
  }
}

/** The 工资条 layout (item, amount, how it was computed; portrait, protected), for the team sheet and each private slip. */
export function statementSheetSpec(name: string, rows: OutCell[][], boldRows: number[], printHeader: string, lang: Lang): SheetSpec {
  return {
    kind: 'statements',
    name,
    columns: columns(DEFS, lang),
    rows,
    freezeHeader: true,
    autoFilter: false,
    protect: true,
    boldRows,
    print: { landscape: false, fitToWidth: true, header: printHeader },
  };
}

import type { AgentResult, Lang, LocalText, StatementLine } from '../model';
import type { PayrollResult } from '../run';
import type { OutCell, SheetSpec } from './sheet-spec';
import { col, columns } from './columns';
import { kpiNoteRows } from './kpi-notes';
import { GRADE_TEXT, LEVEL_TEXT, ROLE_TEXT, sheetName } from './labels';
import { salesBySourceText } from './sources';
import { message, msg, phrase } from '../messages';

/** A pay component as the statements, the slips and the change list name it. */
export const COMPONENT_TEXT: Record<StatementLine['component'], LocalText> = {
  basePay: msg('component.basePay'),
  performanceBonus: msg('component.performanceBonus'),
  conversionBonus: msg('component.conversionBonus'),
  commission: msg('component.commission'),
  awards: msg('component.awards'),
  fines: msg('component.fines.deducted'),
  grossPay: msg('component.grossPay'),
};

const DEFS = [
  col('col.item', 'text', 16),
  col('col.statements.amount', 'money', 13),
  col('col.statements.explanation', 'text', 90),
];

/** "总分 88.50 · 银牌 · 岗位排名 3": an agent's standing, as a statement block and a slip show it. */
export function assessmentText(a: AgentResult, lang: Lang): string {
  const score = a.score === null ? phrase('statements.no-score', lang) : a.score.toFixed(2);
  return message('statements.assessment', { score, grade: GRADE_TEXT[a.grade], rank: a.rank }, lang);
}

/** 工资条: one block per agent, each component with its rule and numbers, ready to cut into pay slips. */
export function statementsSheet(r: PayrollResult, lang: Lang): SheetSpec {
  const rows: OutCell[][] = [];
  const bold: number[] = [];
  for (const a of r.agents) {
    bold.push(rows.length);
    const title = message(
      'statements.block-title',
      {
        period: r.period,
        role: ROLE_TEXT[a.agent.role],
        level: LEVEL_TEXT[a.agent.level],
        assessment: assessmentText(a, lang),
      },
      lang,
    );
    rows.push([`${a.agent.agentId} ${a.agent.name}`, null, title]);
    rows.push([phrase('statements.by-source', lang), null, salesBySourceText(a.measures.bySource, lang)]);
    pushStatementLines(a, lang, rows, bold);
    rows.push([null, null, null]);
  }
  // What each KPI means (its five elements), once, after the agents' blocks.
  const notes = kpiNoteRows(r.plan, lang);
  for (const i of notes.bold) bold.push(rows.length + i);
  rows.push(...notes.rows);
  const header = message(
    'statements.print-header',
    { shop: r.shopName ? r.shopName + ' ' : '', period: r.period },
    lang,
  );
  return statementSheetSpec(sheetName('statements', r.period, lang), rows, bold, header, lang);
}

/** An agent's pay components, one row each, gross pay in bold. */
export function pushStatementLines(a: AgentResult, lang: Lang, rows: OutCell[][], bold: number[]): void {
  for (const line of a.statement) {
    if (line.component === 'grossPay') bold.push(rows.length);
    rows.push([COMPONENT_TEXT[line.component][lang], line.amount / 100, line.explanation[lang]]);
  }
}

/** The 工资条 layout (item, amount, how it was computed; portrait, protected), for the team sheet and each private slip. */
export function statementSheetSpec(
  name: string,
  rows: OutCell[][],
  boldRows: number[],
  printHeader: string,
  lang: Lang,
): SheetSpec {
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

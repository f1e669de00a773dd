import type { AgentResolver } from '../agents';
import type { Agent } from '../model';
import { ACTION, IssueLog } from '../issues';
import { parseDate, inPeriod, Period, formatSerial } from '../dates';
import { cellText } from '../text';
import type { Cell } from '../cell';
import { Table } from '../sheets/table';

/** A row of a per-agent sheet (QA, adjustments) that names a roster agent and falls in the period. */
export interface AgentRow {
  agent: Agent;
  index: number;
  row: Cell[];
  date: string | null;
  serial: number | null;
}

/**
 * Rows of QA / adjustment sheets: resolve the agent (工号, account or name),
 * keep rows dated in the period, report the rest once. Undated rows count in
 * a month (the sheet is that month's) but not in a week or range.
 */
export function agentRows(t: Table, period: Period, agents: AgentResolver, employed: ReadonlySet<string>, log: IssueLog, what: { zh: string; en: string }): AgentRow[] {
  const out: AgentRow[] = [];
  let outside = 0;
  // A month's sheet may leave the date out; a week or range cannot place such a row, so it is left out, never guessed.
  const needsDate = period.kind !== 'month';
  let undated = 0;
  for (const { index, row } of t.rows()) {
    const ref = { agentId: cellText(t.get(row, 'agentId')), account: cellText(t.get(row, 'account')), name: cellText(t.get(row, 'name')) };
    const refKey = ref.agentId ? 'agentId' : ref.account ? 'account' : 'name';
    const refText = ref.agentId || ref.account || ref.name;
    const agent = agents.resolveRef(ref);
    if (!agent || !employed.has(agent.agentId)) {
      log.at('warning', 'unknown-agent', t.where(index, refKey), refText,
        refText
          ? { zh: `${what.zh}中的客服“${refText}”不在本月花名册中`, en: `${what.en}: agent "${refText}" is not on this month's roster` }
          : { zh: `${what.zh}的这一行没有写客服`, en: `${what.en}: row names no agent` },
        ACTION.skipped);
      continue;
    }
    let serial: number | null = null;
    if (t.has('date')) {
      const d = parseDate(t.get(row, 'date'));
      if (d.kind === 'invalid') {
        log.at('error', 'bad-date', t.where(index, 'date'), d.text,
          { zh: `${what.zh}的日期“${d.text}”无法识别`, en: `${what.en}: date "${d.text}" not recognised` }, ACTION.skipped, agent.agentId);
        continue;
      }
      if (d.kind === 'value') {
        if (!inPeriod(d.value, period)) {
          outside++;
          continue;
        }
        serial = d.value;
      }
    }
    if (serial === null && needsDate) {
      undated++;
      continue;
    }
    out.push({ agent, index, row, date: serial === null ? null : formatSerial(serial), serial });
  }
  if (outside > 0) log.at('info', 'rows-outside-period', { sheet: t.sheet.name }, null,
    { zh: `${what.zh}有 ${outside} 行日期不在 ${period.key}`, en: `${what.en}: ${outside} rows are dated outside ${period.key}` }, period.kind === 'month' ? { zh: '不计入本月', en: 'not counted this month' } : { zh: '不计入本期', en: 'not counted in this period' });
  if (undated > 0) log.at('warning', 'undated-rows-for-period', { sheet: t.sheet.name, column: '日期' }, null,
    {
      zh: `${what.zh}有 ${undated} 行没有日期，无法判断是否属于 ${period.key}`,
      en: `${what.en}: ${undated} rows have no date, so it cannot be told whether they belong to ${period.key}`,
    },
    { zh: '未计入本期；请填写日期', en: 'not counted in this period; fill in their dates' });
  return out;
}

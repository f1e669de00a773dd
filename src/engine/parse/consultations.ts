/**
 * 接待记录 / Consultations: one row per consultation — buyer, agent, time.
 * The agent is matched like in the chat sheet (工号, account, or the nick
 * without the shop prefix). Rows that cannot be used are summed up per sheet
 * and problem (an export of two million rows must not make two million
 * issues); an agent not on the roster is reported once, with a count.
 */
import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import { fastDate, parseDate } from '../dates';
import { cellText } from '../text';
import { isDataRow, Table } from '../sheets/table';
import { ConsultationIndex, ConsultationRecords, serialToSeconds } from '../consultations';
import { msg } from '../messages';

interface Tally {
  count: number;
  /** 0-based row of the first occurrence, and its cell text. */
  row: number;
  value: string;
  table: Table;
}

export interface ConsultationRead {
  index: ConsultationIndex;
  /** Rows credited to a roster agent. */
  used: number;
}

export function readConsultations(tables: Table[], resolver: AgentResolver, log: IssueLog): ConsultationRead | null {
  if (tables.length === 0) return null;
  const records = new ConsultationRecords(tables.reduce((n, t) => n + t.sheet.rows.length, 0));
  /** Agent texts resolved once each (a column holds few distinct spellings); bounded so a column of junk cannot grow it without limit. */
  const agentOf = new Map<string, number>();
  const unknown = new Map<string, Tally>();
  for (const t of tables) {
    const cBuyer = t.col('buyer') ?? -1,
      cAgent = t.col('agent') ?? -1,
      cTime = t.col('time') ?? -1;
    const skipped: Record<'buyer' | 'agent' | 'time', Tally | null> = { buyer: null, agent: null, time: null };
    const skip = (key: 'buyer' | 'agent' | 'time', row: number, value: string) => {
      const s = skipped[key];
      if (s) s.count++;
      else skipped[key] = { count: 1, row, value, table: t };
    };
    const rows = t.sheet.rows;
    let dataRows = 0;
    for (let index = t.headerIndex + 1; index < rows.length; index++) {
      const row = rows[index];
      if (!isDataRow(row)) continue;
      dataRows++;
      const buyer = cellText(row[cBuyer]);
      if (!buyer) {
        skip('buyer', index, '');
        continue;
      }
      const agentText = cellText(row[cAgent]);
      if (!agentText) {
        skip('agent', index, '');
        continue;
      }
      const tv = row[cTime];
      let serial = fastDate(tv);
      if (serial === null) {
        const d = parseDate(tv);
        if (d.kind !== 'value') {
          skip('time', index, d.kind === 'invalid' ? d.text : cellText(tv));
          continue;
        }
        serial = d.value;
      }
      let agent = agentOf.get(agentText);
      if (agent === undefined) {
        const a = resolver.resolve(agentText);
        agent = a ? resolver.memoIds.indexOf(a.agentId) : -1;
        if (agentOf.size < 10000) agentOf.set(agentText, agent);
      }
      if (agent < 0) {
        const u = unknown.get(agentText);
        if (u) u.count++;
        else unknown.set(agentText, { count: 1, row: index, value: agentText, table: t });
        continue;
      }
      records.push(buyer, agent, serialToSeconds(serial));
    }
    // Counted here, so the Audit's row count does not read a million rows a second time.
    t.noteDataRowCount(dataRows);
    reportSkipped(skipped, log);
  }
  for (const [text, u] of unknown) {
    log.at(
      'warning',
      'consultation-unknown-agent',
      u.table.where(u.row, 'agent'),
      text,
      msg('consultation-unknown-agent', { value: text, count: u.count, row: u.row + 1 }),
      msg('consultation-unknown-agent.action'),
    );
  }
  return { index: new ConsultationIndex(records), used: records.length };
}

const SKIP_TEXT = {
  buyer: msg('parse.consultations.skipText.buyer'),
  agent: msg('parse.consultations.skipText.agent'),
  time: msg('parse.consultations.skipText.time'),
};

function reportSkipped(skipped: Record<'buyer' | 'agent' | 'time', Tally | null>, log: IssueLog): void {
  for (const key of ['buyer', 'agent', 'time'] as const) {
    const s = skipped[key];
    if (!s) continue;
    log.at(
      'warning',
      `consultation-no-${key}`,
      s.table.where(s.row, key),
      s.value,
      msg('parse.consultations.consultation-records-have-the-first', {
        count: s.count,
        SKIP_TEXT: SKIP_TEXT[key],
        row: s.row + 1,
      }),
      ACTION.skipped,
    );
  }
}

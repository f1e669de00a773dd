import { ACTION, IssueLog } from '../issues';
import type { Agent, Level, LocalText, Role, Status } from '../model';
import { formatSerial, parseDate } from '../dates';
import { cellText, normalizeKey } from '../text';
import { normalizeAgentId } from '../formulas';
import { locateTable, Table } from '../sheets/table';
import { ROSTER_FIELDS } from '../sheets/aliases';
import type { SheetData } from '../cell';
import { isSameRef, KeyedRows, rowsText, sameFields } from '../sheets/duplicates';
import { msg } from '../messages';
import type { ConflictingIds } from '../conflicting-ids';
import { reportIdsAlike } from './roster-ids-alike';

const ROLE_WORDS: [Role, string[]][] = [
  ['presales', ['售前', '售前客服', 'presales', 'pre-sales', 'presale', '售前组']],
  ['insales', ['售中', '售中客服', 'insales', 'in-sales', '售中组']],
  ['aftersales', ['售后', '售后客服', 'aftersales', 'after-sales', 'aftersale', '售后组']],
];
const LEVEL_WORDS: [Level, string[]][] = [
  ['junior', ['初级', '初级客服', 'junior', 'j']],
  ['intermediate', ['中级', '中级客服', 'intermediate', 'middle', 'm']],
  ['senior', ['高级', '高级客服', 'senior', 's']],
  ['expert', ['资深', '资深客服', 'expert', 'e']],
];
const STATUS_WORDS: [Status, string[]][] = [
  ['probation', ['试用', '试用期', '实习', 'probation', 'trial']],
  ['regular', ['正式', '转正', '在职', '已转正', 'regular', 'permanent', 'active']],
];

function lookup<T>(table: [T, string[]][], v: string): T | null {
  const k = normalizeKey(v);
  for (const [val, words] of table) if (words.some((w) => normalizeKey(w) === k)) return val;
  return null;
}

/** A 状态 saying the agent has left: the 离职日期 says when, and pay is prorated to it. */
const LEFT_WORDS = ['离职', '已离职', '辞职', '已辞职', '辞退', '自离', 'left', 'resigned'];

export const parseRole = (v: string): Role | null => lookup(ROLE_WORDS, v);
export const parseLevel = (v: string): Level | null => lookup(LEVEL_WORDS, v);

/**
 * Roster rows → agents. Rows without a usable 工号, role or level are reported and left out.
 * `conflicting` receives each 工号 listed twice with different details (left out), with each such row's account.
 */
export function parseRoster(table: Table, log: IssueLog, conflicting?: ConflictingIds): Agent[] {
  const agents: Agent[] = [];
  const entries = new KeyedRows([table]);
  for (const { index, row } of table.rows()) {
    const id = cellText(table.get(row, 'agentId'));
    if (id) entries.push(normalizeAgentId(id), 0, index);
  }
  const dups = entries.duplicates((a, b) =>
    sameFields(a, b, ['name', 'account', 'role', 'level', 'status', 'hireDate', 'leaveDate']),
  );
  for (const { index, row } of table.rows()) {
    const rawId = cellText(table.get(row, 'agentId'));
    const name = cellText(table.get(row, 'name'));
    const report = table.reportAt(log, index);
    if (!rawId) {
      const message = msg('roster-missing-id', {
        row: index + 1,
        name: name ? msg('roster-missing-id.name', { name }) : '',
      });
      report.error('roster-missing-id', 'agentId', null, message, ACTION.skipped);
      continue;
    }
    const agentId = normalizeAgentId(rawId);
    const dup = dups.get(agentId);
    if (dup?.conflict) {
      conflicting?.add(agentId, dup.first.index, cellText(table.get(row, 'account')));
      const message = msg('roster-duplicate-id', { rawId, length: dup.rows.length, where: rowsText(dup.rows) });
      report.error('roster-duplicate-id', 'agentId', rawId, message, msg('roster-duplicate-id.action'), agentId);
      continue;
    }
    if (dup && !isSameRef(dup.first, { table, index })) {
      const message = msg('roster-duplicate-id.agent-id-is-listed-again', { rawId, index: dup.first.index + 1 });
      report.warning('roster-duplicate-id', 'agentId', rawId, message, ACTION.countedOnce, agentId);
      continue;
    }
    // Role and level are required words: a row without a readable one is reported at its cell and left out.
    const required = <T>(
      field: 'role' | 'level',
      parse: (v: string) => T | null,
      texts: (text: string) => [LocalText, LocalText],
    ): T | null => {
      const text = cellText(table.get(row, field));
      const value = parse(text);
      if (!value) report.error(`roster-bad-${field}`, field, text, ...texts(text), agentId);
      return value;
    };
    const role = required('role', parseRole, (roleText) => [
      msg('roster-bad-role', { rawId, roleText }),
      msg('roster-bad-role.action'),
    ]);
    if (!role) continue;
    const level = required('level', parseLevel, (levelText) => [
      msg('roster-bad-level', { rawId, levelText }),
      msg('roster-bad-level.action'),
    ]);
    if (!level) continue;
    const statusText = cellText(table.get(row, 'status'));
    let status: Status = 'regular';
    const left = statusText !== '' && LEFT_WORDS.some((w) => normalizeKey(w) === normalizeKey(statusText));
    if (left) {
      // Without the day they left, nothing tells how much of the month to pay: said as an error, paid as written.
      if (!cellText(table.get(row, 'leaveDate'))) {
        const message = msg('roster-left-no-date', { rawId, statusText });
        report.error('roster-left-no-date', 'status', statusText, message, msg('roster-left-no-date.action'), agentId);
      }
    } else if (statusText) {
      const s = lookup(STATUS_WORDS, statusText);
      if (s) status = s;
      else {
        const message = msg('roster-bad-status', { rawId, statusText });
        report.warning('roster-bad-status', 'status', statusText, message, msg('roster-bad-status.action'), agentId);
      }
    }
    const dates: { hireDate: number | null; leaveDate: number | null } = { hireDate: null, leaveDate: null };
    for (const key of ['hireDate', 'leaveDate'] as const) {
      const p = parseDate(table.get(row, key));
      if (p.kind === 'value') dates[key] = Math.floor(p.value);
      else if (p.kind === 'invalid') {
        const message = msg('roster-bad-date', { agentId: rawId, which: msg(`roster.${key}`), value: p.text });
        report.warning('roster-bad-date', key, p.text, message, msg('roster-bad-date.action'), agentId);
      }
    }
    // Kept as written (no day employed, so off the payroll, said again there); most often the two are swapped.
    if (dates.hireDate !== null && dates.leaveDate !== null && dates.leaveDate < dates.hireDate) {
      const [hire, leave] = [formatSerial(dates.hireDate), formatSerial(dates.leaveDate)];
      const message = msg('roster-leave-before-hire', { rawId, hire, leave });
      report.warning(
        'roster-leave-before-hire',
        'leaveDate',
        leave,
        message,
        msg('roster-leave-before-hire.action'),
        agentId,
      );
    }
    agents.push({
      agentId,
      name: name || rawId,
      account: cellText(table.get(row, 'account')),
      role,
      level,
      status,
      ...dates,
      row: index + 1,
    });
  }
  reportIdsAlike(table, agents, log);
  return agents;
}

/** 工号 and 姓名 of a roster sheet, for the pane's pickers; its problems are reported when the payroll runs. */
export function rosterEntries(sheet: SheetData): { agentId: string; name: string }[] {
  const log = new IssueLog();
  const { table } = locateTable(sheet, ROSTER_FIELDS, log);
  return table ? parseRoster(table, log).map((a) => ({ agentId: a.agentId, name: a.name })) : [];
}

import { ACTION, IssueLog } from '../issues';
import type { Agent, Level, Role, Status } from '../model';
import { parseDate } from '../dates';
import { cellText, normalizeKey } from '../text';
import { normalizeAgentId } from '../formulas';
import { locateTable, Table } from '../sheets/table';
import { ROSTER_FIELDS } from '../sheets/aliases';
import type { SheetData } from '../cell';
import { isSameRef, KeyedRows, rowsText, sameFields } from '../sheets/duplicates';

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

export const parseRole = (v: string): Role | null => lookup(ROLE_WORDS, v);
export const parseLevel = (v: string): Level | null => lookup(LEVEL_WORDS, v);

/** Roster rows → agents. Rows without a usable 工号, role or level are reported and left out. */
export function parseRoster(table: Table, log: IssueLog): Agent[] {
  const agents: Agent[] = [];
  const entries = new KeyedRows([table]);
  for (const { index, row } of table.rows()) {
    const id = cellText(table.get(row, 'agentId'));
    if (id) entries.push(normalizeAgentId(id), 0, index);
  }
  const dups = entries.duplicates((a, b) => sameFields(a, b, ['name', 'account', 'role', 'level', 'status', 'hireDate', 'leaveDate']));
  for (const { index, row } of table.rows()) {
    const rawId = cellText(table.get(row, 'agentId'));
    const name = cellText(table.get(row, 'name'));
    if (!rawId) {
      log.at('error', 'roster-missing-id', table.where(index, 'agentId'), null,
        { zh: `花名册第 ${index + 1} 行没有工号${name ? `（${name}）` : ''}`, en: `Roster row ${index + 1} has no agent ID${name ? ` (${name})` : ''}` }, ACTION.skipped);
      continue;
    }
    const agentId = normalizeAgentId(rawId);
    const dup = dups.get(agentId);
    if (dup?.conflict) {
      const where = rowsText(dup.rows);
      log.at('error', 'roster-duplicate-id', table.where(index, 'agentId'), rawId,
        { zh: `工号 ${rawId} 在花名册中出现 ${dup.rows.length} 次且信息不同（${where.zh}）`, en: `Agent ID ${rawId} appears ${dup.rows.length} times on the roster with different details (${where.en})` },
        { zh: '该客服本月未计入，请删除错误的行后重新生成', en: 'agent left out this month: delete the wrong row and generate again' }, agentId);
      continue;
    }
    if (dup && !isSameRef(dup.first, { table, index })) {
      log.at('warning', 'roster-duplicate-id', table.where(index, 'agentId'), rawId,
        { zh: `工号 ${rawId} 重复（第 ${dup.first.index + 1} 行已有相同信息）`, en: `Agent ID ${rawId} is listed again (same details as row ${dup.first.index + 1})` }, ACTION.countedOnce, agentId);
      continue;
    }
    const roleText = cellText(table.get(row, 'role'));
    const role = parseRole(roleText);
    if (!role) {
      log.at('error', 'roster-bad-role', table.where(index, 'role'), roleText,
        { zh: `工号 ${rawId} 的岗位“${roleText}”无法识别（应为 售前/售中/售后）`, en: `Agent ${rawId}: role "${roleText}" not recognised (expected 售前/售中/售后, presales/in-sales/aftersales)` }, { zh: '该客服未计入本月结果', en: 'agent left out of this month' }, agentId);
      continue;
    }
    const levelText = cellText(table.get(row, 'level'));
    const level = parseLevel(levelText);
    if (!level) {
      log.at('error', 'roster-bad-level', table.where(index, 'level'), levelText,
        { zh: `工号 ${rawId} 的级别“${levelText}”无法识别（应为 初级/中级/高级/资深）`, en: `Agent ${rawId}: level "${levelText}" not recognised (expected 初级/中级/高级/资深, junior/intermediate/senior/expert)` }, { zh: '该客服未计入本月结果', en: 'agent left out of this month' }, agentId);
      continue;
    }
    const statusText = cellText(table.get(row, 'status'));
    let status: Status = 'regular';
    if (statusText) {
      const s = lookup(STATUS_WORDS, statusText);
      if (s) status = s;
      else log.at('warning', 'roster-bad-status', table.where(index, 'status'), statusText,
        { zh: `工号 ${rawId} 的状态“${statusText}”无法识别`, en: `Agent ${rawId}: status "${statusText}" not recognised` }, { zh: '按“正式”处理', en: 'treated as regular' }, agentId);
    }
    const dates: { hireDate: number | null; leaveDate: number | null } = { hireDate: null, leaveDate: null };
    for (const key of ['hireDate', 'leaveDate'] as const) {
      const p = parseDate(table.get(row, key));
      if (p.kind === 'value') dates[key] = Math.floor(p.value);
      else if (p.kind === 'invalid') {
        log.at('warning', 'roster-bad-date', table.where(index, key), p.text,
          { zh: `工号 ${rawId} 的${key === 'hireDate' ? '入职' : '离职'}日期“${p.text}”无法识别`, en: `Agent ${rawId}: ${key === 'hireDate' ? 'hire' : 'leave'} date "${p.text}" not recognised` },
          { zh: '忽略该日期（按整月计算）', en: 'date ignored (full month assumed)' }, agentId);
      }
    }
    agents.push({ agentId, name: name || rawId, account: cellText(table.get(row, 'account')), role, level, status, ...dates, row: index + 1 });
  }
  return agents;
}

/** 工号 and 姓名 of a roster sheet, for the pane's pickers; its problems are reported when the payroll runs. */
export function rosterEntries(sheet: SheetData): { agentId: string; name: string }[] {
  const log = new IssueLog();
  const { table } = locateTable(sheet, ROSTER_FIELDS, log);
  return table ? parseRoster(table, log).map((a) => ({ agentId: a.agentId, name: a.name })) : [];
}

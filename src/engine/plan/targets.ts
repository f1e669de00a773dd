import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import type { BuiltinKpiKey, KpiKey } from '../model';
import { KPI_KEYS } from '../model';
import { parseNumber, parsePercent, parseSeconds, Parsed } from '../numbers';
import { cellText, normalizeKey } from '../text';
import { Table } from '../sheets/table';
import { KPI_LABEL } from './catalog';
import type { PeriodKind } from '../dates';
import type { Cell } from '../cell';

/** Personal targets: agentId → KPI → target (ratios as fractions, sales in yuan, seconds). */
export type TargetOverrides = Map<string, Partial<Record<KpiKey, number>>>;

const KPI_WORDS: Record<BuiltinKpiKey, string[]> = {
  sales: ['sales', '销售额', '客服销售额', '销售额目标'],
  conversion: ['conversion', '询单转化率', '转化率', '转化率目标'],
  aov: ['aov', '客单价', '客单价目标'],
  replyRate: ['replyrate', 'reply rate', '回复率', '回复率目标'],
  avgResponse: ['avgresponse', 'avg response', '平均响应', '平均响应(秒)', '响应时间', '响应时间目标'],
  satisfaction: ['satisfaction', '满意率', '满意率目标', '满意度'],
};

function kpiOf(text: string): BuiltinKpiKey | null {
  const k = normalizeKey(text);
  for (const key of KPI_KEYS) if (KPI_WORDS[key].some((w) => normalizeKey(w) === k)) return key;
  return null;
}

function parseTarget(kpi: BuiltinKpiKey, v: Parameters<typeof parseNumber>[0]): Parsed<number> {
  if (kpi === 'conversion' || kpi === 'replyRate' || kpi === 'satisfaction') return parsePercent(v);
  if (kpi === 'avgResponse') return parseSeconds(v);
  return parseNumber(v);
}

/**
 * Targets sheet, long (工号 | 指标 | 目标) or wide (工号 | 销售额 | 转化率 …).
 * An optional 周期 column marks a row 周 (weekly runs only) or 月 (months and
 * ranges only); a blank 周期 applies to every run, and a row for the run's own
 * kind wins over a blank one whatever the row order.
 */
export function parseTargets(table: Table, agents: AgentResolver, log: IssueLog, periodKind: PeriodKind = 'month'): TargetOverrides {
  const out: TargetOverrides = new Map();
  const specific: TargetOverrides = new Map();
  const long = table.has('kpi') && table.has('target');
  const wideKeys = KPI_KEYS.filter((k) => table.has(k));
  if (!long && wideKeys.length === 0) {
    log.at('error', 'targets-no-columns', { sheet: table.sheet.name, row: table.headerIndex + 1 }, null,
      { zh: '目标表既没有“指标/目标”两列，也没有按指标命名的列', en: 'Targets sheet has neither KPI/target columns nor one column per KPI' }, { zh: '忽略整张目标表', en: 'whole sheet ignored' });
    return out;
  }
  for (const { index, row } of table.rows()) {
    const ref = { agentId: cellText(table.get(row, 'agentId')), account: cellText(table.get(row, 'account')), name: cellText(table.get(row, 'name')) };
    const agent = agents.resolveRef(ref);
    const refText = ref.agentId || ref.account || ref.name;
    if (!agent) {
      log.at('warning', 'targets-unknown-agent', table.where(index, ref.agentId ? 'agentId' : ref.account ? 'account' : 'name'), refText,
        { zh: `目标表中的客服“${refText}”不在花名册中`, en: `Target for "${refText}", who is not on the roster` }, ACTION.skipped);
      continue;
    }
    const cycle = targetCycle(table, index, row, log);
    if (cycle === 'invalid' || (cycle !== null && cycle !== (periodKind === 'week' ? 'week' : 'month'))) continue;
    const into = cycle === null ? out : specific;
    const entries: [BuiltinKpiKey, string, ReturnType<typeof table.get>][] = [];
    if (long) {
      const kpiText = cellText(table.get(row, 'kpi'));
      const kpi = kpiOf(kpiText);
      if (!kpi) {
        log.at('error', 'targets-unknown-kpi', table.where(index, 'kpi'), kpiText,
          { zh: `目标表中的指标“${kpiText}”无法识别`, en: `Target KPI "${kpiText}" not recognised` }, ACTION.skipped, agent.agentId);
        continue;
      }
      entries.push([kpi, 'target', table.get(row, 'target')]);
    } else {
      for (const k of wideKeys) entries.push([k, k, table.get(row, k)]);
    }
    for (const [kpi, col, v] of entries) {
      const p = parseTarget(kpi, v);
      if (p.kind === 'blank') continue;
      if (p.kind !== 'value' || p.value <= 0) {
        log.at('error', 'targets-bad-value', table.where(index, col), cellText(v),
          { zh: `${agent.agentId} 的${KPI_LABEL[kpi].zh}目标“${cellText(v)}”无效`, en: `${agent.agentId}: ${KPI_LABEL[kpi].en} target "${cellText(v)}" is not valid` }, { zh: '使用默认目标', en: 'default target used' }, agent.agentId);
        continue;
      }
      const m = into.get(agent.agentId) ?? {};
      m[kpi] = p.value;
      into.set(agent.agentId, m);
    }
  }
  for (const [id, m] of specific) out.set(id, { ...out.get(id), ...m });
  return out;
}

const WEEK_WORDS = new Set(['周', '每周', '周度', '按周', 'week', 'weekly', 'w']);
const MONTH_WORDS = new Set(['月', '每月', '月度', '按月', 'month', 'monthly', 'm']);

/** The row's 周期: 'week', 'month', null when blank, 'invalid' (reported) otherwise. */
function targetCycle(table: Table, index: number, row: Cell[], log: IssueLog): 'week' | 'month' | null | 'invalid' {
  if (!table.has('period')) return null;
  const text = cellText(table.get(row, 'period'));
  if (!text) return null;
  const k = normalizeKey(text);
  if (WEEK_WORDS.has(k)) return 'week';
  if (MONTH_WORDS.has(k)) return 'month';
  log.at('error', 'targets-bad-cycle', table.where(index, 'period'), text,
    { zh: `目标表的周期“${text}”无法识别（应为 周 或 月）`, en: `Target cycle "${text}" not recognised (use 周/week or 月/month)` }, ACTION.skipped);
  return 'invalid';
}

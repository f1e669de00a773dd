import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import type { BuiltinKpiKey, KpiKey } from '../model';
import { parseNumber, parsePercent, parseSeconds, Parsed } from '../numbers';
import { cellText, isSummaryRow, normalizeKey } from '../text';
import { Table } from '../sheets/table';
import { defaultKpis, KpiDef, kpiMeasure, RATING_PREFIXES } from './kpis';
import type { PeriodKind } from '../dates';
import type { Cell } from '../cell';
import { cellAddress } from '../cell';
import { joined, joinedText, msg } from '../messages';

/** Personal targets: agentId → the plan's KPI key → target (ratios as fractions, sales in yuan, seconds). */
export type TargetOverrides = Map<string, Partial<Record<KpiKey, number>>>;

/**
 * The target rows read so far, one per agent, KPI and 周期 kind, across the workbook's 目标 sheets: a second,
 * different target is reported and the first row stands (as in the Plan sheet), never silently the last.
 */
export type TargetsSeen = Map<string, { sheet: string; index: number; value: number; text: string }>;

/** Words a 目标 sheet may use for the built-in KPIs, besides their keys and names. */
const KPI_WORDS: Record<BuiltinKpiKey, string[]> = {
  sales: ['sales', '销售额', '客服销售额', '销售额目标'],
  conversion: ['conversion', '询单转化率', '转化率', '转化率目标'],
  aov: ['aov', '客单价', '客单价目标'],
  replyRate: ['replyrate', 'reply rate', '回复率', '回复率目标'],
  avgResponse: ['avgresponse', 'avg response', '平均响应', '平均响应(秒)', '响应时间', '响应时间目标'],
  satisfaction: ['satisfaction', '满意率', '满意率目标', '满意度'],
};

/**
 * Which of the plan's KPIs a 指标 cell or a column header names: its key, its
 * name, a rating KPI's item (主管评分), or a measure (退款率, 转化率目标) that
 * exactly one KPI of the plan uses. Null when it names none of them.
 */
export function kpiResolver(kpis: KpiDef[]): (text: string) => KpiDef | null {
  const byWord = new Map<string, KpiDef | null>();
  const add = (word: string, def: KpiDef, strong: boolean) => {
    const k = normalizeKey(word.normalize('NFKC'));
    if (!k) return;
    const had = byWord.get(k);
    if (had === undefined || (strong && had !== def)) byWord.set(k, def);
    else if (had !== def && !strong) byWord.set(k, null); // two KPIs share the word: it names neither
  };
  // Weak words first (measures), then names, then keys: the more exact word wins.
  for (const def of kpis) {
    const ref = kpiMeasure(def);
    if (ref.kind === 'measure') {
      for (const a of ref.def.aliases) add(a, def, false);
      for (const w of KPI_WORDS[ref.def.key as BuiltinKpiKey] ?? []) add(w, def, false);
    } else {
      add(ref.item, def, false);
      for (const p of RATING_PREFIXES) add(`${p}:${ref.item}`, def, false);
    }
  }
  for (const def of kpis)
    for (const w of [def.name.zh, def.name.en, ...(KPI_WORDS[def.key as BuiltinKpiKey] ?? [])]) add(w, def, true);
  for (const def of kpis) add(def.key, def, true);
  return (text) => byWord.get(normalizeKey(text.normalize('NFKC'))) ?? null;
}

/** A target in the KPI's unit: "52%" or 0.52 for a rate, "30秒" for seconds, a number otherwise. */
function parseTarget(def: KpiDef, v: Parameters<typeof parseNumber>[0]): Parsed<number> {
  const ref = kpiMeasure(def);
  const unit = ref.kind === 'measure' ? ref.def.unit : 'number';
  if (unit === 'percent') return parsePercent(v);
  if (unit === 'seconds') return parseSeconds(v);
  return parseNumber(v);
}

/** Wide form: every header cell that names a KPI of the plan, as column key `kpi:<key>`. */
function wideColumns(
  table: Table,
  resolve: (text: string) => KpiDef | null,
  log: IssueLog,
): { table: Table; columns: [KpiDef, string][] } {
  const header = table.sheet.rows[table.headerIndex] ?? [];
  const skip = new Set(['agentId', 'account', 'name', 'kpi', 'target', 'period']);
  const taken = new Set([...table.cols].filter(([k]) => skip.has(k)).map(([, c]) => c));
  const cols = new Map(table.cols);
  const columns: [KpiDef, string][] = [];
  const seen = new Set<string>();
  header.forEach((h, c) => {
    if (taken.has(c)) return;
    const text = cellText(h);
    const def = resolve(text);
    if (!def && /(目标|target)$/i.test(text)) {
      // Named like a target, but of no KPI in the plan: say so rather than drop it silently.
      log.at(
        'error',
        'targets-unknown-kpi',
        { sheet: table.sheet.name, row: table.headerIndex + 1, column: text, cell: cellAddress(table.headerIndex, c) },
        text,
        msg('targets-unknown-kpi.targets-column-is-not-a', { value: text }),
        msg('targets-unknown-kpi.action'),
      );
    }
    if (!def || seen.has(def.key)) return;
    seen.add(def.key);
    cols.set(`kpi:${def.key}`, c);
    columns.push([def, `kpi:${def.key}`]);
  });
  return { table: new Table(table.sheet, table.headerIndex, cols), columns };
}

/**
 * Targets sheet, long (工号 | 指标 | 目标) or wide (工号 | 销售额 | 转化率 | 主管评分 …),
 * for any KPI of the plan's KPI table. An optional 周期 column marks a row 周
 * (weekly runs only) or 月 (months and ranges only); a blank 周期 applies to
 * every run, and a row for the run's own kind wins over a blank one whatever
 * the row order. A KPI the plan does not have, or one scored by bands, is
 * reported with its cell and the plan's target stays in force.
 */
export function parseTargets(
  sheetTable: Table,
  agents: AgentResolver,
  log: IssueLog,
  periodKind: PeriodKind = 'month',
  kpis: KpiDef[] = defaultKpis(),
  written: TargetsSeen = new Map(),
): TargetOverrides {
  const out: TargetOverrides = new Map();
  const specific: TargetOverrides = new Map();
  const resolve = kpiResolver(kpis);
  const long = sheetTable.has('kpi') && sheetTable.has('target');
  const { table, columns } = long ? { table: sheetTable, columns: [] } : wideColumns(sheetTable, resolve, log);
  if (!long && columns.length === 0) {
    log.at(
      'error',
      'targets-no-columns',
      { sheet: table.sheet.name, row: table.headerIndex + 1 },
      null,
      msg('targets-no-columns', { kpis: joinedText(kpis.map((d) => d.name)) }),
      msg('targets-no-columns.action.whole-sheet-ignored-the-plan'),
    );
    return out;
  }
  const planTarget = msg('plan.targets.the-plan-s-target-applies');
  const banded = new Set<string>();
  for (const { index, row } of table.rows()) {
    const ref = {
      agentId: cellText(table.get(row, 'agentId')),
      account: cellText(table.get(row, 'account')),
      name: cellText(table.get(row, 'name')),
    };
    const agent = agents.resolveRef(ref);
    const refText = ref.agentId || ref.account || ref.name;
    const report = table.reportAt(log, index);
    if (!agent) {
      const refField = ref.agentId ? 'agentId' : ref.account ? 'account' : 'name';
      const message = msg('targets-unknown-agent', { refText });
      report.warning('targets-unknown-agent', refField, refText, message, ACTION.skipped);
      continue;
    }
    const cycle = targetCycle(table, index, row, log);
    if (cycle === 'invalid' || (cycle !== null && cycle !== (periodKind === 'week' ? 'week' : 'month'))) continue;
    const into = cycle === null ? out : specific;
    const entries: [KpiDef, string, ReturnType<typeof table.get>][] = [];
    if (long) {
      const kpiText = cellText(table.get(row, 'kpi'));
      const def = resolve(kpiText);
      if (!def) {
        const message = msg('targets-unknown-kpi.target-kpi-is-not-a', {
          kpiText,
          kpis: joined(kpis.map((d) => d.key)),
        });
        report.error('targets-unknown-kpi', 'kpi', kpiText, message, planTarget, agent.agentId);
        continue;
      }
      entries.push([def, 'target', table.get(row, 'target')]);
    } else {
      for (const [def, col] of columns) entries.push([def, col, table.get(row, col)]);
    }
    for (const [def, col, v] of entries) {
      const p = parseTarget(def, v);
      if (p.kind === 'blank') continue;
      if (def.bands) {
        // Reported once per KPI (wide sheets would repeat it on every row).
        if (!banded.has(def.key)) {
          const message = msg('targets-banded-kpi', { name: def.name });
          report.warning('targets-banded-kpi', col, cellText(v), message, ACTION.ignored, agent.agentId);
        }
        banded.add(def.key);
        continue;
      }
      if (p.kind !== 'value' || p.value <= 0) {
        const text = cellText(v);
        const message = msg('targets-bad-value.target-is-not-valid', {
          agentId: agent.agentId,
          name: def.name,
          v: text,
        });
        report.error('targets-bad-value', col, text, message, planTarget, agent.agentId);
        continue;
      }
      const slot = `${cycle ?? ''}\u0000${agent.agentId}\u0000${def.key}`;
      const first = written.get(slot);
      if (first) {
        if (first.value !== p.value) {
          const text = cellText(v);
          const names = { agentId: agent.agentId, name: def.name, first: first.index + 1, firstValue: first.text };
          const message =
            first.sheet === table.sheet.name
              ? msg('targets-duplicate', names)
              : msg('targets-duplicate.other-sheet', { ...names, sheet: first.sheet });
          report.error('targets-duplicate', col, text, message, msg('kpi-duplicate-key.action'), agent.agentId);
        }
        continue;
      }
      written.set(slot, { sheet: table.sheet.name, index, value: p.value, text: cellText(v) });
      const m = into.get(agent.agentId) ?? {};
      m[def.key] = p.value;
      into.set(agent.agentId, m);
    }
  }
  for (const [id, m] of specific) out.set(id, { ...out.get(id), ...m });
  reportSummaryRows(table, log);
  return out;
}

/**
 * A 合计 / Total row ending a manager's targets sheet is skipped (SPEC 2.3: summary rows are skipped), and
 * said, so the manager sees it was not read as anyone's target. Its values are not checked against the rows
 * above: a total of rates or seconds is no sum, and no total changes a target.
 */
function reportSummaryRows(table: Table, log: IssueLog): void {
  const refField = (['agentId', 'account', 'name'] as const).find((k) => table.has(k)) ?? null;
  for (const { index, row } of table.filledRows()) {
    if (!isSummaryRow(row)) continue;
    const value = cellText(row.find((c) => cellText(c) !== ''));
    const where = table.where(index, refField);
    log.at(
      'info',
      'targets-summary-row',
      where,
      value,
      msg('targets-summary-row', { value }),
      msg('targets-summary-row.action'),
    );
  }
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
  const message = msg('targets-bad-cycle', { value: text });
  table.reportAt(log, index).error('targets-bad-cycle', 'period', text, message, ACTION.skipped);
  return 'invalid';
}

/**
 * The whole month in one call: find the input sheets, read and check them,
 * attribute orders, measure, score, rank, award and pay. Pure: the same
 * WorkbookData always gives the same result.
 */
import type { SheetData, WorkbookData } from './cell';
import type { AgentResult, DisputeRecord, InputKind, InputSheetSummary, Issue, Lang, LocalText, ShopFigures } from './model';
import { ROLES } from './model';
import { ACTION, InputError, IssueLog } from './issues';
import { parsePeriod, Period, PeriodKind, previousPeriod } from './dates';
import { ratio } from './formulas';
import { AgentResolver } from './agents';
import { describeLook, findInputSheets, nearestHeaders, sheetNamesOf, TableKind } from './sheets/classify';
import { isEarlierPeriod, scorecardPeriod } from './sheets/detect';
import { ADJUSTMENT_FIELDS, CHAT_FIELDS, CONSULTATION_FIELDS, DISPUTE_FIELDS, FieldDef, ORDER_FIELDS, PLAN_FIELDS, QA_FIELDS, RATING_FIELDS, ROSTER_FIELDS, TARGET_FIELDS } from './sheets/aliases';
import { locateTable, Table } from './sheets/table';
import { parseRoster } from './parse/roster';
import { readOrders } from './parse/orders';
import { withRefundConventions } from './parse/refund-convention';
import { readConsultations } from './parse/consultations';
import { missingConversionHalf, readChat } from './parse/chat';
import { readQa } from './parse/qa';
import { readAdjustments } from './parse/adjustments';
import { readDisputes } from './parse/disputes';
import { failuresOf, readScorecards } from './parse/history';
import { agentTrend, earlierPeriodsOfKind, SCORE_FELL_FLAG, scoreFellTwice, shopTrend } from './trend';
import type { ShopPoint } from './output/shop-trend-block';
import { chatServesPeriod, PERIOD_FORMS, PERIOD_UNIT } from './period-rules';
import { Attributor } from './attribution';
import { measuresOf } from './measures';
import { rankWithin, scoreAgent } from './scoring';
import { awardStars } from './stars';
import { computePay, daysEmployed } from './pay';
import { defaultPlan, Plan } from './plan/defaults';
import { applyPlanSheet } from './plan/overrides';
import { parseTargets, TargetOverrides } from './plan/targets';
import { readRatings } from './parse/ratings';
import { reportMissingRatings, scoresMeasure } from './plan/manual-items';
import { applyWeekTargets } from './plan/week-targets';
import { Hasher, sheetChecksum } from './sha256';

export const ENGINE_VERSION = '0.1.0';

export interface RunOptions {
  period: string;
  lang?: Lang;
  generatedAt?: Date;
  version?: string;
  /** A faster hasher where the host has one (Node's crypto); defaults to the built-in SHA-256. */
  makeHasher?: () => Hasher;
  /** Skip the audit checksums (benchmarks time them separately); default true. */
  checksums?: boolean;
}

export interface PayrollResult {
  period: string;
  /** A month is the payroll; a week or a range of days is an assessment (no pay outputs). */
  periodKind: PeriodKind;
  /** The shop's sales, silent share and conversion for up to the last 6 periods of this kind, this one last. */
  shopTrend: ShopPoint[];
  /** The shop, from the roster's chat accounts ("暖阳旗舰店:小美" → "暖阳旗舰店"); "" when they carry none. */
  shopName: string;
  shop: ShopFigures;
  agents: AgentResult[];
  issues: Issue[];
  inputs: InputSheetSummary[];
  /** The period's 申诉 (disputes), decided or not. */
  disputes: DisputeRecord[];
  plan: Plan;
  generatedAt: string;
  version: string;
}

export interface ValidationReport {
  period: string;
  inputs: InputSheetSummary[];
  issues: Issue[];
  fatal: Issue[];
  ok: boolean;
}

const REQUIRED: { kind: TableKind; label: LocalText }[] = [
  { kind: 'roster', label: { zh: '花名册', en: 'Roster' } },
  { kind: 'orders', label: { zh: '订单报表', en: 'Orders' } },
  { kind: 'chat', label: { zh: '聊天统计', en: 'ChatStats' } },
];

/** Kinds in messages; a kind added later without a label is named by its key. */
const KIND_LABEL: Partial<Record<TableKind, LocalText>> = {
  roster: { zh: '花名册', en: 'roster' }, orders: { zh: '订单报表', en: 'orders' }, chat: { zh: '聊天统计', en: 'chat statistics' }, qa: { zh: '质检', en: 'QA' },
  adjustments: { zh: '奖惩', en: 'adjustments' }, targets: { zh: '目标', en: 'targets' }, plan: { zh: '方案', en: 'plan' }, disputes: { zh: '申诉', en: 'disputes' },
  ratings: { zh: '评分', en: 'ratings' }, consultations: { zh: '接待记录', en: 'consultations' },
};

const FIELDS: Record<Exclude<InputKind, 'history'>, FieldDef[]> = {
  roster: ROSTER_FIELDS, orders: ORDER_FIELDS, chat: CHAT_FIELDS, qa: QA_FIELDS, adjustments: ADJUSTMENT_FIELDS, targets: TARGET_FIELDS, plan: PLAN_FIELDS, disputes: DISPUTE_FIELDS, ratings: RATING_FIELDS, consultations: CONSULTATION_FIELDS,
};

interface Located {
  kind: InputKind;
  sheet: SheetData;
  table: Table | null;
}

/** Find input sheets and their columns; fatal problems (missing sheet or column) are logged as such. */
function locateInputs(wb: WorkbookData, period: Period, log: IssueLog): Located[] {
  const { found, unrecognised } = findInputSheets(wb.sheets, FIELDS);
  const byName = new Map(wb.sheets.map((s) => [s.name, s]));
  const located: Located[] = [];
  for (const { name, kind, byHeader } of found) {
    const sheet = byName.get(name)!;
    if (byHeader) log.at('info', 'sheet-recognised-by-header', { sheet: name, row: null }, null,
      { zh: `工作表“${name}”按表头识别为${(KIND_LABEL[kind as TableKind] ?? { zh: kind }).zh}`, en: `Sheet "${name}" recognised by its header as ${(KIND_LABEL[kind as TableKind] ?? { en: kind }).en}` }, { zh: '按此读取', en: 'read as such' });
    if (kind === 'history') {
      if (isEarlier(name, period)) located.push({ kind, sheet, table: null });
      continue;
    }
    const { table, missing } = locateTable(sheet, FIELDS[kind], log);
    if (table && kind === 'chat') missing.push(...missingConversionHalf(table));
    const required = REQUIRED.some((r) => r.kind === kind);
    if (!table) {
      log.at(required ? 'fatal' : 'error', 'no-header', { sheet: name, row: null }, null,
        { zh: `工作表“${name}”找不到表头（前 20 行中没有可识别的列名）`, en: `Sheet "${name}": no header found (no known column names in the first 20 rows)` }, required ? ACTION.stopped : { zh: '忽略整张表', en: 'whole sheet ignored' });
      continue;
    }
    for (const f of missing) {
      const near = nearestHeaders(sheet.rows[table.headerIndex] ?? [], new Set(table.cols.values()), f);
      const seen = near.length > 0 ? { zh: `；表中相近的列：${near.join(' / ')}`, en: `; nearest headers in the sheet: ${near.join(' / ')}` } : { zh: '', en: '' };
      log.at(required ? 'fatal' : 'error', 'missing-column', { sheet: name, row: table.headerIndex + 1 }, null,
        { zh: `工作表“${name}”缺少必需的列“${f.aliases[0]}”（可用列名：${f.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a)).join(' / ')}${seen.zh}）`, en: `Sheet "${name}" is missing the required column "${f.aliases[0]}" (also accepted: ${f.aliases.slice(1).join(' / ')}${seen.en})` },
        required ? ACTION.stopped : { zh: '忽略整张表', en: 'whole sheet ignored' });
    }
    if (kind === 'chat' || kind === 'qa' || kind === 'adjustments' || kind === 'targets' || kind === 'disputes' || kind === 'ratings') {
      if (!table.has('agentId') && !table.has('account') && !table.has('name')) {
        log.at(kind === 'chat' ? 'fatal' : 'error', 'missing-column', { sheet: name, row: table.headerIndex + 1 }, null,
          { zh: `工作表“${name}”缺少客服列（旺旺 / 工号 / 姓名）`, en: `Sheet "${name}" has no agent column (account / agent ID / name)` }, kind === 'chat' ? ACTION.stopped : { zh: '忽略整张表', en: 'whole sheet ignored' });
        continue;
      }
    }
    if (missing.length > 0) continue;
    if (kind === 'chat' && !chatServesPeriod(table, period, log)) continue;
    located.push({ kind, sheet, table });
  }
  for (const r of REQUIRED) {
    if (!found.some((f) => f.kind === r.kind)) {
      const looks = unrecognised.map(describeLook);
      const seen = looks.length > 0 ? { zh: `。已有的其他工作表：${looks.map((l) => l.zh).join('；')}`, en: `. Other sheets seen: ${looks.map((l) => l.en).join('; ')}` } : { zh: '', en: '' };
      log.at('fatal', 'missing-sheet', { sheet: null }, null,
        { zh: `缺少${r.label.zh}工作表（工作表名应为 ${sheetNamesOf(r.kind)}，或表头含${r.label.zh}的必需列）${seen.zh}`, en: `The ${r.label.en} sheet is missing (name it ${sheetNamesOf(r.kind)}, or give it the required ${r.label.en} columns)${seen.en}` }, ACTION.stopped);
    }
  }
  return located;
}

function isEarlier(name: string, period: Period): boolean {
  const key = scorecardPeriod(name);
  return !!key && isEarlierPeriod(key, period.key);
}

function summaries(located: Located[], makeHasher?: () => Hasher, checksums = true): InputSheetSummary[] {
  return located.map((l) => ({
    kind: l.kind,
    sheet: l.sheet.name,
    headerRow: l.table ? l.table.headerIndex + 1 : 1,
    dataRows: l.table ? l.table.dataRowCount() : Math.max(0, l.sheet.rows.length - 1),
    checksum: checksums ? sheetChecksum(l.sheet.rows, makeHasher) : '',
  }));
}

/** Check the workbook without producing outputs: what the pane's Validate step shows. */
export function validateWorkbook(wb: WorkbookData, periodText: string): ValidationReport {
  const period = requirePeriod(periodText);
  try {
    const r = runPayroll(wb, { period: period.key });
    return { period: period.key, inputs: r.inputs, issues: r.issues, fatal: [], ok: true };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const log = new IssueLog();
    const located = locateInputs(wb, period, log);
    return { period: period.key, inputs: summaries(located), issues: log.list, fatal: e.issues, ok: false };
  }
}

function requirePeriod(text: string): Period {
  const p = parsePeriod(text);
  if (!p) {
    throw new InputError([{ severity: 'fatal', code: 'bad-period', sheet: null, row: null, column: null, cell: null, value: text.trim() === '' ? null : text,
      message: { zh: `期间“${text}”无效，应为${PERIOD_FORMS.zh}`, en: `Period "${text}" is not valid: use ${PERIOD_FORMS.en}` }, action: ACTION.stopped }]);
  }
  return p;
}

/** Compute the month's scorecard and payroll. Throws InputError when a required sheet or column is missing. */
export function runPayroll(wb: WorkbookData, opts: RunOptions): PayrollResult {
  const period = requirePeriod(opts.period);
  const log = new IssueLog();
  const located = locateInputs(wb, period, log);
  const fatal = log.list.filter((i) => i.severity === 'fatal');
  if (fatal.length > 0) throw new InputError(fatal);
  const tablesOf = (kind: InputKind) => located.filter((l) => l.kind === kind && l.table).map((l) => l.table!);

  // Roster (the first roster sheet; more than one is reported).
  const rosterTables = tablesOf('roster');
  if (rosterTables.length > 1) log.at('warning', 'several-rosters', { sheet: rosterTables[1].sheet.name }, null,
    { zh: `有 ${rosterTables.length} 张花名册，只使用“${rosterTables[0].sheet.name}”`, en: `${rosterTables.length} roster sheets: only "${rosterTables[0].sheet.name}" is used` }, ACTION.ignored);
  const agents = parseRoster(rosterTables[0], log);
  const resolver = new AgentResolver(agents);
  const employedAgents = agents.filter((a) => {
    if (daysEmployed(a, period) > 0) return true;
    log.at('info', 'agent-not-employed', { sheet: rosterTables[0].sheet.name, row: a.row }, a.agentId,
      { zh: `${a.agentId} ${a.name} 在 ${period.key} 不在岗（入职/离职日期）`, en: `${a.agentId} ${a.name} was not employed in ${period.key} (hire/leave dates)` }, { zh: '不计入本月工资', en: 'not on this month\'s payroll' }, a.agentId);
    return false;
  });
  const employed = new Set(employedAgents.map((a) => a.agentId));

  // Plan and personal targets.
  const plan = defaultPlan();
  for (const t of tablesOf('plan')) applyPlanSheet(plan, t, log);
  applyWeekTargets(plan, period);
  const targets: TargetOverrides = new Map();
  for (const t of tablesOf('targets')) for (const [id, m] of parseTargets(t, resolver, log, period.kind)) targets.set(id, { ...targets.get(id), ...m });

  // Orders → agents; chat; QA; adjustments; history.
  const orderTables = tablesOf('orders');
  const consultations = readConsultations(tablesOf('consultations'), resolver, log);
  const sales = new Attributor(resolver, employed, plan, log, orderTables.reduce((n, t) => n + t.sheet.rows.length, 0), consultations?.index);
  const orderStats = readOrders(orderTables, period, plan, log, (o) => sales.add(o));
  const chat = readChat(tablesOf('chat'), period, resolver, employed, log);
  const qa = readQa(tablesOf('qa'), period, resolver, employed, log);
  const adjustments = readAdjustments(tablesOf('adjustments'), period, resolver, employed, plan, log);
  const disputes = readDisputes(tablesOf('disputes'), period, resolver, employed, log);
  const ratings = readRatings(tablesOf('ratings'), period, resolver, employed, log);
  const earlierCards = readScorecards(located.filter((l) => l.kind === 'history').map((l) => l.sheet), log);
  const history = failuresOf(earlierCards);
  const trendPeriods = earlierPeriodsOfKind(period, earlierCards);

  // Measures, scores, grades.
  const salesOf = sales.totals();
  const scored = employedAgents.map((agent) => {
    const measures = measuresOf(salesOf.get(agent.agentId), chat.byAgent.get(agent.agentId));
    const q = qa.get(agent.agentId) ?? { deducted: 0, fatal: false, items: [] };
    const s = scoreAgent(agent, measures, q, plan, targets, ratings.get(agent.agentId));
    reportMissingRatings(agent, plan, ratings, log, { sheet: rosterTables[0].sheet.name, row: agent.row });
    const at = { sheet: rosterTables[0].sheet.name, row: agent.row, column: rosterTables[0].columnLabel('agentId'), cell: rosterTables[0].cellRef(agent.row - 1, 'agentId') };
    if (s.score === null) log.at('warning', 'no-kpi', at, agent.agentId,
      { zh: `${agent.agentId} ${agent.name} 没有任何可用的考核指标（无订单、无聊天统计）`, en: `${agent.agentId} ${agent.name} has no KPI available (no orders, no chat stats)` }, { zh: '总分留空，评为不达标', en: 'score left blank, graded fail' }, agent.agentId);
    else if (measures.chatRows === 0) log.at('warning', 'agent-no-chat', at, agent.agentId,
      { zh: `${agent.agentId} ${agent.name} 在聊天统计中没有任何一行（旺旺“${agent.account}”）`, en: `${agent.agentId} ${agent.name} has no row in the chat stats (account "${agent.account}")` },
      { zh: '转化率、回复率、响应、满意率按不适用处理，只按其余指标打分', en: 'conversion, reply rate, response and satisfaction not available: scored on the other KPIs' }, agent.agentId);
    else if (scoresMeasure(plan, agent.role, 'sales') && measures.orders === 0) log.at('warning', 'agent-no-orders', at, agent.agentId,
      { zh: `${agent.agentId} ${agent.name} 有接待数据，但没有任何订单归属于他/她（备注中的工号是否写错？）`, en: `${agent.agentId} ${agent.name} has chat stats but no order credited (a mistyped 工号 in memos?)` },
      { zh: '销售额按 0 计', en: 'sales counted as 0' }, agent.agentId);
    return { agent, measures, qa: q, ...s };
  });

  // Ranks within role, stars.
  const ranks = new Map<string, number>();
  for (const role of ROLES) {
    const group = scored.filter((x) => x.agent.role === role).map((x) => ({ agentId: x.agent.agentId, score: x.score, sales: x.measures.sales }));
    for (const [id, r] of rankWithin(group)) ranks.set(id, r);
  }
  const stars = awardStars(scored.map((x) => ({ agent: x.agent, m: x.measures })), plan);

  // Pay, statements, streaks and flags.
  const results: AgentResult[] = scored.map((x) => {
    const id = x.agent.agentId;
    const adj = [...(adjustments.get(id) ?? []), ...(disputes.adjustments.get(id) ?? [])];
    const st = stars.get(id) ?? [];
    const { pay, statement } = computePay({ agent: x.agent, measures: x.measures, score: x.score, grade: x.grade, fatal: x.qa.fatal, stars: st, adjustments: adj }, plan, period);
    const streak = failureStreak(id, x.grade === '不达标', period, history);
    const streakFlag = streak >= plan.streak.eliminationAt ? 'elimination' : streak >= plan.streak.warningAt ? 'warning' : 'none';
    const flags: LocalText[] = [];
    if (x.qa.fatal) flags.push({ zh: '质检致命项', en: 'fatal QA item' });
    const unit = PERIOD_UNIT[period.kind];
    if (streakFlag === 'elimination') flags.push({ zh: `连续 ${streak} ${unit.zh}不达标：淘汰审查`, en: `${streak} failed ${unit.en} in a row: elimination review` });
    else if (streakFlag === 'warning') flags.push({ zh: `连续 ${streak} ${unit.zh}不达标：预警`, en: `${streak} failed ${unit.en} in a row: warning` });
    const dismissal = adj.find((a) => a.dismissalReview);
    if (dismissal) flags.push({ zh: `本月第 ${dismissal.ordinal} 次违规：开除审查`, en: `violation #${dismissal.ordinal} this month: dismissal review` });
    if (pay.daysEmployed < pay.daysInMonth) flags.push({ zh: `在岗 ${pay.daysEmployed}/${pay.daysInMonth} 天`, en: `employed ${pay.daysEmployed}/${pay.daysInMonth} days` });
    if (x.agent.status === 'probation') flags.push({ zh: '试用期', en: 'probation' });
    const scoreFalling = scoreFellTwice(id, x.score, period, earlierCards);
    if (scoreFalling) flags.push(SCORE_FELL_FLAG);
    const trend = agentTrend(id, { period: period.key, score: x.score, grade: x.grade, sales: x.measures.sales / 100, conversion: x.measures.conversion }, trendPeriods, earlierCards);
    return { agent: x.agent, measures: x.measures, kpis: x.kpis, qa: x.qa, score: x.score, grade: x.grade, rank: ranks.get(id)!, stars: st, adjustments: adj, pay, statement, failureStreak: streak, streakFlag, flags, trend, scoreFalling };
  });
  const roleOrder = new Map(ROLES.map((r, i) => [r, i]));
  results.sort((a, b) => roleOrder.get(a.agent.role)! - roleOrder.get(b.agent.role)! || a.rank - b.rank || (a.agent.agentId < b.agent.agentId ? -1 : 1));

  const shop: ShopFigures = {
    orders: sales.shop.orders,
    sales: sales.shop.sales,
    attributedSales: sales.shop.attributed,
    silentSales: sales.shop.silent,
    silentOrders: sales.shop.silentOrders,
    salesBySource: sales.shop.bySource,
    silentShare: ratio(sales.shop.silent, sales.shop.sales),
    paid: sales.shop.paid,
    refunds: sales.shop.refunds,
    consultations: chat.shop.consultations,
    inquiries: chat.shop.inquiries,
    paidBuyers: chat.shop.paidBuyers,
    conversion: ratio(chat.shop.paidBuyers, chat.shop.inquiries),
  };

  const shopNow: ShopPoint = { period: period.key, sales: shop.sales / 100, silentShare: shop.silentShare, conversion: shop.conversion };

  return {
    period: period.key,
    periodKind: period.kind,
    shopTrend: shopTrend(shopNow, trendPeriods, earlierCards),
    shopName: shopNameOf(employedAgents),
    shop,
    agents: results,
    issues: log.list,
    inputs: withRefundConventions(summaries(located, opts.makeHasher, opts.checksums !== false), orderStats.refundConventions),
    disputes: disputes.list,
    plan,
    generatedAt: (opts.generatedAt ?? new Date()).toISOString(),
    version: opts.version ?? ENGINE_VERSION,
  };
}

/** The most common shop prefix of the agents' accounts. */
function shopNameOf(agents: { account: string }[]): string {
  const counts = new Map<string, number>();
  for (const a of agents) {
    const i = Math.max(a.account.lastIndexOf(':'), a.account.lastIndexOf('：'));
    if (i > 0) counts.set(a.account.slice(0, i).trim(), (counts.get(a.account.slice(0, i).trim()) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [name, c] of counts) if (c > n || (c === n && name < best)) [best, n] = [name, c];
  return best;
}

/** Consecutive failed months ending with this one, from earlier scorecards in the workbook. */
function failureStreak(agentId: string, failedNow: boolean, period: Period, history: Map<string, Map<string, boolean>>): number {
  if (!failedNow) return 0;
  let n = 1;
  for (let back = 1; ; back++) {
    const m = history.get(previousPeriod(period, back).key);
    if (!m || m.get(agentId) !== true) return n;
    n++;
  }
}

/**
 * 聊天统计 (千牛 / 赤兔): one row per agent per day, or per agent for the
 * period. Each measure sums only rows where its inputs are available, so a
 * 延迟统计 day drops out of conversion instead of counting as 0.
 */
import type { AgentResolver } from '../agents';
import type { LocalText } from '../model';
import { ACTION, IssueLog } from '../issues';
import { parseCount, parseNumber, parsePercent, parseSeconds, Parsed } from '../numbers';
import { parseDate, inPeriod, Period } from '../dates';
import { UNDATED_CHAT_ROW } from '../period-rules';
import { cellText, normalizeKey } from '../text';
import type { Cell } from '../cell';
import { Table } from '../sheets/table';
import { CHAT_FIELDS, FieldDef } from '../sheets/aliases';
import { isSameRef, KeyedRows, rowsText, sameFields } from '../sheets/duplicates';
import { rowSpans } from '../sheets/row-spans';
import { joined, msg } from '../messages';
import { unrepliedOfDay } from '../formulas';
import { logCoded, logSheetNote } from './coded-issues';

export interface ChatAcc {
  rows: number;
  consultations: number;
  received: number;
  inquiries: number; // over rows where paid buyers are available too
  paidBuyers: number;
  replyReceived: number; // 接待人数 over rows where 未回复人数 is available too
  unreplied: number;
  respWeight: number; // Σ 接待人数 behind the response mean
  respWeightedMs: number; // Σ round(avg × 1000) × 接待人数 (integers: order-independent)
  satGood: number; // 很满意 + 满意
  satAll: number; // all evaluations from counts
  satRateWeightedPpm: number; // Σ round(rate × 1e6) × weight, when only 客户满意率 is given
  satRateWeight: number;
  evaluations: number;
  firstWeight: number; // Σ 接待人数 behind the first-response mean
  firstWeightedMs: number;
  answerWeight: number; // Σ 接待人数 behind the 答问比 mean
  answerWeightedPpm: number;
  /** Rate-only exports: Σ round(rate × 1e6) × 接待人数 and Σ 接待人数 (each row weighs 1 when 接待人数 is missing). */
  convRateWeightedPpm: number;
  convRateWeight: number;
  replyRateWeightedPpm: number;
  replyRateWeight: number;
}

export interface ShopFunnel {
  consultations: number;
  inquiries: number;
  paidBuyers: number;
}

export function emptyChatAcc(): ChatAcc {
  return {
    rows: 0,
    consultations: 0,
    received: 0,
    inquiries: 0,
    paidBuyers: 0,
    replyReceived: 0,
    unreplied: 0,
    respWeight: 0,
    respWeightedMs: 0,
    satGood: 0,
    satAll: 0,
    satRateWeightedPpm: 0,
    satRateWeight: 0,
    evaluations: 0,
    firstWeight: 0,
    firstWeightedMs: 0,
    answerWeight: 0,
    answerWeightedPpm: 0,
    convRateWeightedPpm: 0,
    convRateWeight: 0,
    replyRateWeightedPpm: 0,
    replyRateWeight: 0,
  };
}

const COUNT_KEYS = ['verySatisfied', 'satisfied', 'neutral', 'dissatisfied', 'veryDissatisfied'] as const;
const FIELD_LABEL: Record<string, LocalText> = {
  consultations: msg('parse.chat.fieldLabel.consultations'),
  received: msg('parse.chat.fieldLabel.received'),
  inquiries: msg('parse.chat.fieldLabel.inquiries'),
  paidBuyers: msg('parse.chat.fieldLabel.paidBuyers'),
  conversionRate: msg('parse.chat.fieldLabel.conversionRate'),
  replyRate: msg('parse.chat.fieldLabel.replyRate'),
  unreplied: msg('parse.chat.fieldLabel.unreplied'),
  avgResponse: msg('parse.chat.fieldLabel.avgResponse'),
  satisfactionRate: msg('parse.chat.fieldLabel.satisfactionRate'),
  evaluations: msg('parse.chat.fieldLabel.evaluations'),
  verySatisfied: msg('parse.chat.fieldLabel.verySatisfied'),
  satisfied: msg('parse.chat.fieldLabel.satisfied'),
  neutral: msg('parse.chat.fieldLabel.neutral'),
  dissatisfied: msg('parse.chat.fieldLabel.dissatisfied'),
  veryDissatisfied: msg('parse.chat.fieldLabel.veryDissatisfied'),
};

/**
 * A chat sheet with no conversion field at all is valid, but one half of the
 * pair without the other and without a rate means a column was lost: that
 * one is required, as before.
 */
export function missingConversionHalf(t: Table): FieldDef[] {
  if (t.has('conversionRate') || t.has('inquiries') === t.has('paidBuyers')) return [];
  return CHAT_FIELDS.filter((f) => (f.key === 'inquiries' || f.key === 'paidBuyers') && !t.has(f.key));
}

/**
 * Where a chat sheet's conversion comes from: 询单人数 with 询单最终付款人数
 * ('counts'), 询单人数 with a rate ('derived': the count is derived per row),
 * a rate alone ('rate': weighted by 接待人数), or nowhere (千牛 咨询接待分析:
 * conversion not available, said once per sheet).
 */
function conversionSource(t: Table, log: IssueLog): 'counts' | 'derived' | 'rate' | 'none' {
  if (t.has('inquiries') && t.has('paidBuyers')) return 'counts';
  if (t.has('inquiries') && t.has('conversionRate')) return 'derived';
  if (t.has('conversionRate')) return 'rate';
  logSheetNote(log, t, 'chat-no-conversion', msg('chat-no-conversion.action'));
  return 'none';
}

export function readChat(
  tables: Table[],
  period: Period,
  agents: AgentResolver,
  employed: ReadonlySet<string>,
  log: IssueLog,
): { byAgent: Map<string, ChatAcc>; shop: ShopFunnel; rows: number } {
  const byAgent = new Map<string, ChatAcc>();
  const shop: ShopFunnel = { consultations: 0, inquiries: 0, paidBuyers: 0 };
  let total = 0;
  const NUMERIC = [
    'consultations',
    'received',
    'inquiries',
    'paidBuyers',
    'conversionRate',
    'unreplied',
    'replyRate',
    'avgResponse',
    'firstResponse',
    'answerRatio',
    'satisfactionRate',
    'evaluations',
    ...COUNT_KEYS,
  ];
  for (const t of tables) {
    // First pass: each row's agent+day key, so duplicates are decided before any row counts.
    const keyOf = new Map<number, string>();
    const entries = new KeyedRows([t]);
    for (const { index, row } of t.rows()) {
      const refText =
        cellText(t.get(row, 'account')) || cellText(t.get(row, 'agentId')) || cellText(t.get(row, 'name'));
      if (!refText) continue;
      let day = '';
      if (t.has('date')) {
        const d = parseDate(t.get(row, 'date'));
        if (d.kind === 'invalid' || (d.kind === 'value' && !inPeriod(d.value, period))) continue;
        if (d.kind !== 'value' && period.kind !== 'month') continue;
        if (d.kind === 'value') day = String(Math.floor(d.value));
      }
      const key = `${normalizeKey(refText)}|${day}`;
      keyOf.set(index, key);
      entries.push(key, 0, index);
    }
    const dups = entries.duplicates((a, b) => sameFields(a, b, NUMERIC));
    // Sheet rows (1-based) of each unknown account and of the rows outside the period: the messages name them all.
    const unknown = new Map<string, { row: number; rows: number[]; key: string }>();
    const outsideRows: number[] = [];
    const hasCounts = COUNT_KEYS.every((k) => t.has(k));
    const conversionFrom = conversionSource(t, log);
    for (const { index, row } of t.rows()) {
      const ref = {
        agentId: cellText(t.get(row, 'agentId')),
        account: cellText(t.get(row, 'account')),
        name: cellText(t.get(row, 'name')),
        shop: cellText(t.get(row, 'shop')),
      };
      const refKey = ref.account ? 'account' : ref.agentId ? 'agentId' : 'name';
      const refText = ref.account || ref.agentId || ref.name;
      if (!refText) {
        log.at(
          'warning',
          'chat-missing-agent',
          t.where(index, refKey),
          null,
          msg('chat-missing-agent'),
          ACTION.skipped,
        );
        continue;
      }
      let dayKey = '';
      if (t.has('date')) {
        const d = parseDate(t.get(row, 'date'));
        if (d.kind === 'invalid') {
          log.at(
            'error',
            'chat-bad-date',
            t.where(index, 'date'),
            d.text,
            msg('chat-bad-date', { value: d.text }),
            ACTION.skipped,
          );
          continue;
        }
        if (d.kind !== 'value' && period.kind !== 'month') {
          log.at(
            'warning',
            'chat-undated-row',
            t.where(index, 'date'),
            null,
            UNDATED_CHAT_ROW.message(period.key),
            UNDATED_CHAT_ROW.action,
          );
          continue;
        }
        if (d.kind === 'value') {
          if (!inPeriod(d.value, period)) {
            outsideRows.push(index + 1);
            continue;
          }
          dayKey = String(Math.floor(d.value));
        }
      }
      const dup = dups.get(keyOf.get(index) ?? '');
      // A conflicting copy of an agent's day is left out; an identical one counts once (at its first row).
      if (dup && (dup.conflict || !isSameRef(dup.first, { table: t, index }))) {
        const sameDay = dayKey ? msg('chat-duplicate.same-day') : '';
        const message = dup.conflict
          ? msg('chat-duplicate', { refText, sameDay, count: dup.rows.length, where: rowsText(dup.rows) })
          : msg('chat-duplicate.repeated', { refText, sameDay, row: dup.first.index + 1 });
        const action = dup.conflict ? msg('chat-duplicate.action') : ACTION.countedOnce;
        log.at(dup.conflict ? 'error' : 'warning', 'chat-duplicate', t.where(index, refKey), refText, message, action);
        continue;
      }
      total++;
      const num = (key: string, parse: (v: Cell | undefined) => Parsed<number> = parseCount): number | null => {
        if (!t.has(key)) return null;
        const v = t.get(row, key);
        const p = parse(v);
        if (p.kind === 'value') return p.value;
        if (p.kind === 'na') {
          log.at(
            'info',
            'chat-not-available',
            t.where(index, key),
            cellText(v),
            msg('chat-not-available', { refText, FIELD_LABEL: FIELD_LABEL[key], v: cellText(v) }),
            ACTION.treatedNA,
          );
        } else if (p.kind === 'invalid') {
          log.at(
            'warning',
            'chat-bad-number',
            t.where(index, key),
            p.text,
            msg('chat-bad-number', { refText, FIELD_LABEL: FIELD_LABEL[key], value: p.text }),
            ACTION.treatedNA,
          );
        }
        return null;
      };
      const consultations = num('consultations');
      const received = num('received');
      const inquiries = num('inquiries');
      const convRate = conversionFrom === 'counts' ? null : num('conversionRate', parsePercent);
      // With 询单人数 beside the rate, the count it stands for: paid = round(rate × inquiries).
      const paidBuyers =
        conversionFrom === 'counts'
          ? num('paidBuyers')
          : conversionFrom === 'derived' && inquiries !== null && convRate !== null
            ? Math.round(convRate * inquiries)
            : null;
      const replyRateCell = t.has('unreplied') ? null : num('replyRate', parsePercent);
      const unreplied = t.has('unreplied')
        ? num('unreplied')
        : received !== null && replyRateCell !== null
          ? received - Math.round(replyRateCell * received)
          : null;
      const avg = num('avgResponse', parseSeconds);
      if (consultations !== null) shop.consultations += consultations;
      if (inquiries !== null && paidBuyers !== null) {
        shop.inquiries += inquiries;
        shop.paidBuyers += paidBuyers;
      }
      const agent = agents.resolveRef(ref);
      if (!agent || !employed.has(agent.agentId)) {
        const k = normalizeKey(refText);
        const u = unknown.get(k);
        if (u) u.rows.push(index + 1);
        else unknown.set(k, { row: index, rows: [index + 1], key: refKey });
        continue;
      }
      let acc = byAgent.get(agent.agentId);
      if (!acc) byAgent.set(agent.agentId, (acc = emptyChatAcc()));
      acc.rows++;
      if (consultations !== null) acc.consultations += consultations;
      if (received !== null) acc.received += received;
      if (inquiries !== null && paidBuyers !== null) {
        if (paidBuyers > inquiries)
          log.at(
            'warning',
            'chat-paid-exceeds-inquiries',
            t.where(index, 'paidBuyers'),
            paidBuyers,
            msg('chat-paid-exceeds-inquiries', { refText, paidBuyers, inquiries }),
            msg('chat-paid-exceeds-inquiries.action'),
          );
        acc.inquiries += inquiries;
        acc.paidBuyers += paidBuyers;
      }
      if (conversionFrom === 'rate' && convRate !== null) {
        const w = t.has('received') ? (received ?? 0) : 1;
        acc.convRateWeightedPpm += Math.round(convRate * 1e6) * w;
        acc.convRateWeight += w;
      }
      if (received !== null && unreplied !== null) {
        acc.replyReceived += received;
        acc.unreplied += unrepliedOfDay(received, unreplied);
      } else if (!t.has('received') && replyRateCell !== null) {
        acc.replyRateWeightedPpm += Math.round(replyRateCell * 1e6);
        acc.replyRateWeight += 1;
      }
      // A sheet without 接待人数 (a report of rates and times per agent): each row weighs the same, as the rates above.
      const rowWeight = t.has('received') ? received : 1;
      if (rowWeight !== null && avg !== null && rowWeight > 0) {
        acc.respWeight += rowWeight;
        acc.respWeightedMs += Math.round(avg * 1000) * rowWeight;
      }
      if (rowWeight !== null && rowWeight > 0)
        addFirstResponseAndAnswerRatio(
          acc,
          rowWeight,
          quietValue(parseSeconds(t.get(row, 'firstResponse'))),
          quietValue(parseNumber(t.get(row, 'answerRatio'))),
        );
      if (hasCounts) {
        const counts = COUNT_KEYS.map((k) => num(k));
        if (counts.every((c) => c !== null)) {
          const [vs, s, n, d, vd] = counts as number[];
          acc.satGood += vs + s;
          acc.satAll += vs + s + n + d + vd;
          acc.evaluations += vs + s + n + d + vd;
        }
      } else if (t.has('satisfactionRate')) {
        const rate = num('satisfactionRate', parsePercent);
        const evals = num('evaluations');
        const weight = evals ?? rowWeight;
        if (rate !== null && weight !== null && weight > 0) {
          acc.satRateWeightedPpm += Math.round(rate * 1e6) * weight;
          acc.satRateWeight += weight;
        }
        if (evals !== null) acc.evaluations += evals;
      }
    }
    for (const [, u] of unknown) {
      const text = cellText(t.sheet.rows[u.row][t.col(u.key)!]);
      const where = rowSpans(u.rows);
      // 01 for roster 工号 1 and 001 (or KF 01 for KF01 and KF-01): on the roster, but as two people.
      const alike = u.key === 'agentId' ? agents.idsWrittenAlike(text) : null;
      if (alike) {
        const params = { value: text, ids: joined(alike), count: u.rows.length, where };
        const action = msg('chat-ambiguous-id.action');
        logCoded(log, 'warning', 'chat-ambiguous-id', t.where(u.row, u.key), text, params, action);
        continue;
      }
      // Ambiguous (several shops' agents) or unknown: the same warning with its own words.
      const ambiguous = agents.isAmbiguous(text);
      const code = ambiguous ? 'chat-ambiguous-agent' : 'chat-unknown-agent';
      const action = msg(ambiguous ? 'chat-ambiguous-agent.action' : 'chat-unknown-agent.action');
      const params = { value: text, count: u.rows.length, where };
      logCoded(log, 'warning', code, t.where(u.row, u.key), text, params, action);
    }
    if (outsideRows.length > 0) {
      const first = outsideRows[0] - 1;
      log.at(
        'info',
        'chat-outside-period',
        {
          sheet: t.sheet.name,
          row: first + 1,
          column: t.columnLabel('date'),
          cell: t.cellRef(first, 'date'),
        },
        null,
        msg('chat-outside-period', { outside: outsideRows.length, key: period.key, where: rowSpans(outsideRows) }),
        msg('chat-outside-period.action'),
      );
    }
  }
  return { byAgent, shop, rows: total };
}

/** 首次响应 and 答问比 as means weighted by 接待人数 (integers, so row order never matters). */
function addFirstResponseAndAnswerRatio(
  acc: ChatAcc,
  received: number,
  first: number | null,
  answer: number | null,
): void {
  if (first !== null) {
    acc.firstWeight += received;
    acc.firstWeightedMs += Math.round(first * 1000) * received;
  }
  if (answer !== null) {
    acc.answerWeight += received;
    acc.answerWeightedPpm += Math.round(answer * 1e6) * received;
  }
}

/** A value read without an issue: these two measures are scored only when a plan asks for them, and a bad cell simply leaves the day out. */
function quietValue(p: Parsed<number>): number | null {
  return p.kind === 'value' ? p.value : null;
}

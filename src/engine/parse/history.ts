import type { Cell, SheetData } from '../cell';
import { IssueLog } from '../issues';
import { normalizeAgentId } from '../formulas';
import { parseNumber, parseWrittenRatio } from '../numbers';
import { cellText } from '../text';
import { HISTORY_FIELDS } from '../sheets/aliases';
import { locateTable } from '../sheets/table';
import { scorecardPeriod } from '../sheets/detect';
import { readShopTrendBlock, ShopPoint } from '../output/shop-trend-block';
import { msg } from '../messages';

const FAIL_WORDS = new Set(['不达标', 'fail', 'failed']);
const GRADE_WORDS: Record<string, string> = {
  金牌: '金牌',
  gold: '金牌',
  银牌: '银牌',
  silver: '银牌',
  铜牌: '铜牌',
  bronze: '铜牌',
  不达标: '不达标',
  fail: '不达标',
  failed: '不达标',
};

/** One agent's line of an earlier scorecard. */
export interface EarlierAgent {
  failed: boolean;
  score: number | null;
  /** 金牌 / 银牌 / 铜牌 / 不达标, whatever language the sheet was in; null when unreadable. */
  grade: string | null;
  /** yuan */
  sales: number | null;
  conversion: number | null;
}

export interface EarlierScorecard {
  period: string;
  sheet: string;
  agents: Map<string, EarlierAgent>;
  /** Shop figures of that period, from its shop-trend block (scorecards written since trends). */
  shop: ShopPoint | null;
}

const numberOr = (v: Cell | undefined, percent = false): number | null => {
  const p = percent ? parseWrittenRatio(v) : parseNumber(v);
  return p.kind === 'value' ? p.value : null;
};

/** Earlier periods' scorecards, each by period key; a sheet without 工号 and 等级 is reported and left out. */
export function readScorecards(sheets: SheetData[], log: IssueLog): Map<string, EarlierScorecard> {
  const out = new Map<string, EarlierScorecard>();
  for (const s of sheets) {
    const period = scorecardPeriod(s.name);
    if (!period) continue;
    const scratch = new IssueLog();
    const { table, missing } = locateTable(s, HISTORY_FIELDS, scratch);
    if (!table || missing.length > 0) {
      log.at(
        'warning',
        'history-unreadable',
        { sheet: s.name },
        null,
        msg('history-unreadable', { name: s.name }),
        msg('history-unreadable.action'),
      );
      continue;
    }
    // The zh and en scorecards of one period say the same: the first one read is kept whole.
    const card: EarlierScorecard = out.get(period) ?? { period, sheet: s.name, agents: new Map(), shop: null };
    for (const { row } of table.rows()) {
      const id = cellText(table.get(row, 'agentId'));
      if (!id) continue;
      const key = normalizeAgentId(id);
      if (card.agents.has(key)) continue;
      const gradeText = cellText(table.get(row, 'grade')).toLowerCase();
      card.agents.set(key, {
        failed: FAIL_WORDS.has(gradeText),
        score: table.has('score') ? numberOr(table.get(row, 'score')) : null,
        grade: GRADE_WORDS[gradeText] ?? null,
        sales: table.has('sales') ? numberOr(table.get(row, 'sales')) : null,
        conversion: table.has('conversion') ? numberOr(table.get(row, 'conversion'), true) : null,
      });
    }
    card.shop ??= readShopTrendBlock(s.rows).find((p) => p.period === period) ?? null;
    out.set(period, card);
  }
  return out;
}

/** Earlier periods' scorecards: period key → agentId → failed that period? */
export function readHistory(sheets: SheetData[], log: IssueLog): Map<string, Map<string, boolean>> {
  return failuresOf(readScorecards(sheets, log));
}

export function failuresOf(cards: Map<string, EarlierScorecard>): Map<string, Map<string, boolean>> {
  const out = new Map<string, Map<string, boolean>>();
  for (const [period, card] of cards) out.set(period, new Map([...card.agents].map(([id, a]) => [id, a.failed])));
  return out;
}

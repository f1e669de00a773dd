import type { SheetData } from '../cell';
import { IssueLog } from '../issues';
import { normalizeAgentId } from '../formulas';
import { cellText } from '../text';
import { HISTORY_FIELDS } from '../sheets/aliases';
import { locateTable } from '../sheets/table';
import { scorecardPeriod } from '../sheets/detect';

const FAIL_WORDS = new Set(['不达标', 'fail', 'failed']);

/** Earlier periods' scorecards: period key → agentId → failed that month? */
export function readHistory(sheets: SheetData[], log: IssueLog): Map<string, Map<string, boolean>> {
  const out = new Map<string, Map<string, boolean>>();
  for (const s of sheets) {
    const period = scorecardPeriod(s.name);
    if (!period) continue;
    const scratch = new IssueLog();
    const { table, missing } = locateTable(s, HISTORY_FIELDS, scratch);
    if (!table || missing.length > 0) {
      log.at('warning', 'history-unreadable', { sheet: s.name }, null,
        { zh: `往期绩效表“${s.name}”缺少工号或等级列，无法用于连续不达标统计`, en: `Earlier scorecard "${s.name}" lacks agent ID or grade columns: not used for failure streaks` }, { zh: '已忽略', en: 'ignored' });
      continue;
    }
    const m = out.get(period) ?? new Map<string, boolean>();
    for (const { row } of table.rows()) {
      const id = cellText(table.get(row, 'agentId'));
      if (!id) continue;
      m.set(normalizeAgentId(id), FAIL_WORDS.has(cellText(table.get(row, 'grade')).toLowerCase()));
    }
    out.set(period, m);
  }
  return out;
}

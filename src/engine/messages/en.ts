/** Every engine message in English: the same keys and placeholders as zh.ts. */
import type { ZH } from './zh';

export const EN: Record<keyof typeof ZH, string> = {
  // issues.ts
  'action.skipped': 'row skipped',
  'action.treatedNA': 'treated as not available (not 0)',
  'action.treatedZero': 'treated as 0',
  'action.silent': 'counted as silent sales (shop only, credited to nobody)',
  'action.ignored': 'ignored',
  'action.defaultKept': 'default kept',
  'action.countedOnce': 'counted once',
  'action.none': 'nothing to do',
  'action.stopped': 'cannot generate: fix and retry',
  // parse/ratings.ts
  'rating-no-item': 'Ratings: row names no item',
  'rating-bad-value': '{agentId}: rating "{item}" value "{raw}" is not a non-negative number',
  // parse/qa.ts
  'qa-negative-points': 'points written as negative {value}',
  'qa-negative-points.action': '{points} points deducted',
  'qa-bad-points': 'QA points "{value}" is not a number',
  'qa-bad-fatal': '"fatal" should be yes/no, got "{value}"',
  'qa-bad-fatal.action': 'treated as no',
  // parse/agent-rows.ts
  'unknown-agent': '{what}: agent "{refText}" is not on this month\'s roster',
  'unknown-agent.no-agent': '{what}: row names no agent',
  'bad-date': '{what}: date "{value}" not recognised',
  'rows-outside-period': '{what}: {outside} rows are dated outside {key}',
  'rows-outside-period.action': 'not counted this month',
  'rows-outside-period.action-period': 'not counted in this period',
  'undated-rows-for-period': '{what}: {undated} rows have no date, so it cannot be told whether they belong to {key}',
  'undated-rows-for-period.action': 'not counted in this period; fill in their dates',
};

/**
 * Every engine message in Chinese, keyed by code. A data problem's key is its
 * issue code (the Code column of the Issues sheet); `code.action` is what was
 * done about it. `{name}` is a placeholder filled by `msg` / `message`.
 * en.ts must have the same keys and placeholders (test/engine/messages.test.ts).
 */
export const ZH = {
  // issues.ts
  'action.skipped': '已跳过该行',
  'action.treatedNA': '按“不适用”处理（不计为 0）',
  'action.treatedZero': '按 0 处理',
  'action.silent': '计入静默销售（店铺销售，不归属任何客服）',
  'action.ignored': '已忽略',
  'action.defaultKept': '保留默认值',
  'action.countedOnce': '只计一次',
  'action.none': '无需处理',
  'action.stopped': '无法生成，请补全后重试',
  // parse/ratings.ts
  'rating-no-item': '评分表的这一行没有写项目',
  'rating-bad-value': '{agentId} 的“{item}”评分“{raw}”不是非负数字',
  // parse/qa.ts
  'qa-negative-points': '扣分写成负数 {value}',
  'qa-negative-points.action': '按扣 {points} 分处理',
  'qa-bad-points': '质检扣分“{value}”不是数字',
  'qa-bad-fatal': '“致命项”应为 是/否，写的是“{value}”',
  'qa-bad-fatal.action': '按“否”处理',
  // parse/agent-rows.ts
  'unknown-agent': '{what}表中的客服“{refText}”不在本月花名册中',
  'unknown-agent.no-agent': '{what}表的这一行没有写客服',
  'bad-date': '{what}表的日期“{value}”无法识别',
  'rows-outside-period': '{what}表有 {outside} 行日期不在 {key}',
  'rows-outside-period.action': '不计入本月',
  'rows-outside-period.action-period': '不计入本期',
  'undated-rows-for-period': '{what}表有 {undated} 行没有日期，无法判断是否属于 {key}',
  'undated-rows-for-period.action': '未计入本期；请填写日期',
} as const;

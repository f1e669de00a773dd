/** The pane's 工资测算 / What-if words, Chinese first. */
import type { Lang } from '../engine';

const zh = {
  title: '工资测算',
  hint: '为一位客服写一张测算表到当前工作簿：本期数据和方案数值可以修改，得分、等级和工资由 CS.* 公式即时重算（需要本加载项）。测算表不属于财务工资表。',
  choose: '工资测算…',
  agent: '客服',
  noAgents: '花名册中还没有客服',
  write: '写入测算表',
  writing: '正在写入测算表…',
  written: (sheet: string) => `已写入测算表“${sheet}”：修改其中的数值即可看到工资变化（需要已加载本加载项才会重算）。`,
};

export type WhatIfStrings = typeof zh;

const en: WhatIfStrings = {
  title: 'What-if',
  hint: "Writes one agent's what-if sheet into this workbook: the period's inputs and the plan's numbers are editable, and the scores, grade and pay recalculate through CS.* formulas (this add-in must be loaded). The sheet is not part of the finance payroll.",
  choose: 'What-if…',
  agent: 'Agent',
  noAgents: 'No agents on the roster yet',
  write: 'Write what-if sheet',
  writing: 'Writing the what-if sheet…',
  written: (sheet: string) => `What-if sheet "${sheet}" written: change its numbers to see the pay move (recalculates while this add-in is loaded).`,
};

export const WHATIF_TEXT: Record<Lang, WhatIfStrings> = { zh, en };

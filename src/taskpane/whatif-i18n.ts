/** The pane's 工资测算 / What-if words: a typed view of `pane.whatif.*` in the one message catalog. */
import { inSentence, INPUT_KIND_TEXT, SHEET_TITLES, wordsIn } from '../engine';
import type { Lang } from '../engine';

function build(lang: Lang) {
  const say = wordsIn(lang);
  return {
    title: say('pane.whatif.title'),
    hint: say('pane.whatif.hint', { payroll: inSentence(SHEET_TITLES.payroll) }),
    choose: say('pane.whatif.choose'),
    agent: say('pane.whatif.agent'),
    noAgents: say('pane.whatif.noAgents', { roster: inSentence(INPUT_KIND_TEXT.roster) }),
    write: say('pane.whatif.write'),
    writing: say('pane.whatif.writing'),
    written: (sheet: string) => say('pane.whatif.written', { sheet }),
  };
}

export type WhatIfStrings = ReturnType<typeof build>;

export const WHATIF_TEXT: Record<Lang, WhatIfStrings> = { zh: build('zh'), en: build('en') };

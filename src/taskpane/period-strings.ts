/** The pane's words for periods and trends: a typed view of `pane.period.*` in the one message catalog. */
import { inSentence, INPUT_KIND_TEXT, SHEET_TITLES, wordsIn } from '../engine';
import type { Lang } from '../engine';
import type { PeriodMode } from './period';

function build(lang: Lang) {
  const say = wordsIn(lang);
  const byMode = (month: string, week: string, range: string): Record<PeriodMode, string> => ({ month, week, range });
  return {
    label: say('pane.period.label'),
    modeLabel: say('pane.period.modeLabel'),
    mode: byMode(say('pane.period.mode.month'), say('pane.period.mode.week'), say('pane.period.mode.range')),
    hint: byMode(say('pane.period.hint.month'), say('pane.period.hint.week'), say('pane.period.hint.range')),
    invalid: byMode(
      say('pane.period.invalid.month'),
      say('pane.period.invalid.week'),
      say('pane.period.invalid.range'),
    ),
    // Examples of the forms, the same in every language.
    placeholder: byMode('2026-10', '2026-W43', '2026-10-01..2026-10-15'),
    prev: byMode(say('pane.period.prev.month'), say('pane.period.prev.week'), say('pane.period.prev.range')),
    next: byMode(say('pane.period.next.month'), say('pane.period.next.week'), say('pane.period.next.range')),
    assessmentNote: say('pane.period.assessmentNote', {
      scorecard: inSentence(SHEET_TITLES.scorecard),
      payroll: inSentence(SHEET_TITLES.payroll),
      plan: INPUT_KIND_TEXT.plan,
    }),
    trendTitle: say('pane.period.trendTitle'),
    shopSales: say('pane.period.shopSales'),
    conversion: say('pane.period.conversion'),
    scoresTitle: (role: string) => say('pane.period.scoresTitle', { role }),
    roleLabel: say('pane.period.roleLabel'),
    score: say('pane.period.score'),
    noTrend: say('pane.period.noTrend', { history: inSentence(INPUT_KIND_TEXT.history) }),
  };
}

export type PeriodStrings = ReturnType<typeof build>;

const PERIOD_STRINGS: Record<Lang, PeriodStrings> = { zh: build('zh'), en: build('en') };

export function periodStrings(lang: Lang): PeriodStrings {
  return PERIOD_STRINGS[lang];
}

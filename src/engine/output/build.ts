import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import type { SheetSpec } from './sheet-spec';
import { scorecardSheet } from './scorecard';
import { payrollSheet } from './payroll';
import { statementsSheet } from './statements';
import { issuesSheet } from './issues-sheet';
import { auditSheet } from './audit';

/** The output sheets (docs/rules.md: Outputs), in workbook order; a week or range is an assessment: no payroll, no pay slips. */
export function buildOutputSheets(r: PayrollResult, lang: Lang, opts: { shopName?: string } = {}): SheetSpec[] {
  if (!r.paysPeriod) return [scorecardSheet(r, lang), issuesSheet(r, lang), auditSheet(r, lang)];
  return [
    scorecardSheet(r, lang),
    payrollSheet(r, lang, opts.shopName ?? r.shopName),
    statementsSheet(r, lang),
    issuesSheet(r, lang),
    auditSheet(r, lang),
  ];
}

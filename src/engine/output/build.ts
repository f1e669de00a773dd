import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import type { SheetSpec } from './sheet-spec';
import { scorecardSheet } from './scorecard';
import { payrollSheet } from './payroll';
import { statementsSheet } from './statements';
import { issuesSheet } from './issues-sheet';
import { auditSheet } from './audit';
import { fitColumnWidths } from './column-widths';

/**
 * The output sheets (docs/rules.md: Outputs), in workbook order; a week or range is an assessment: no payroll, no pay
 * slips. Number columns are as wide as their widest number, so none shows as #####, and 工号/姓名 columns as their text.
 */
export function buildOutputSheets(r: PayrollResult, lang: Lang, opts: { shopName?: string } = {}): SheetSpec[] {
  return outputSheets(r, lang, opts).map(fitColumnWidths);
}

function outputSheets(r: PayrollResult, lang: Lang, opts: { shopName?: string }): SheetSpec[] {
  if (!r.paysPeriod) return [scorecardSheet(r, lang), issuesSheet(r, lang), auditSheet(r, lang)];
  return [
    scorecardSheet(r, lang),
    payrollSheet(r, lang, opts.shopName ?? r.shopName),
    statementsSheet(r, lang),
    issuesSheet(r, lang),
    auditSheet(r, lang),
  ];
}

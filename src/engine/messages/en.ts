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
  'ambiguous-agent':
    '{what}: agent "{refText}" could be any of several roster agent IDs ({ids}); it cannot tell which one',
  'bad-date': '{what}: date "{value}" not recognised',
  'rows-outside-period': '{what}: rows dated outside {key}: {outside}',
  'rows-outside-period.action': 'not counted this month',
  'rows-outside-period.action-period': 'not counted in this period',
  'undated-rows-for-period': '{what}: rows without a date: {undated}; it cannot be told whether they belong to {key}',
  'undated-rows-for-period.action': 'not counted in this period; fill in their dates',
  // run.ts
  'bad-period': 'Period "{value}" is not valid: use {PERIOD_FORMS}',
  // payrun/compare.ts
  'payrun.compare.different-periods-cannot-be-compared': 'Different periods cannot be compared: {period} and {period2}',
  'payrun.compare.not': '"{shopName}", not "{shopName2}"',
  'payrun.compare.another-shop-not-one-agent': 'another shop (not one agent ID in common)',
  'payrun.compare.the-workbook-to-compare-belongs':
    'The workbook to compare belongs to {which}: shops cannot be compared',
  // payrun/previous-run.ts
  'payrun.previous-run.the-workbook-to-compare-has':
    'The workbook to compare has no "Payroll {period}" and "Audit {period}" sheets: it is not an output of {period}',
  'payrun.previous-run.the-audit-sheet-to-compare':
    'The audit sheet to compare records period {auditPeriod}, not {period}',
  // issue-digest.ts
  'issue-digest.in-all': ', {yuan} in all',
  'issue-digest.alike-e-g': '{n} alike{sum}, e.g. {message}',
  // stars.ts
  'stars.starLabel.salesStar': 'Sales star',
  'stars.starLabel.conversionStar': 'Conversion star',
  'stars.starLabel.aovStar': 'AOV star',
  'stars.starLabel.serviceStar': 'Service star',
  'stars.highest-presales-sales': 'highest presales sales {sales}',
  'stars.highest-presales-conversion-inquiries':
    'highest presales conversion {conversion} (inquiries {inquiries} ≥ {conversionMinInquiries})',
  'stars.highest-presales-aov-buyers': 'highest presales AOV {aov} (buyers {buyers} ≥ {aovMinBuyers})',
  'stars.highest-satisfaction-evaluations':
    'highest satisfaction {satisfaction} (evaluations {evaluations} ≥ {serviceMinEvaluations})',
  'stars.label': 'PK · sales',
  'stars.label.pk-conversion': 'PK · conversion',
  'stars.label.pk-avg-response': 'PK · avg response',
  'stars.label.pk-received': 'PK · received',
  'stars.rank': '{label}: rank {rank}',
  // plan/weights.ts
  'plan-weights-rescaled.action': 'scaled to 100 (each weight × 100 / sum)',
  // plan/week-targets.ts
  'plan.week-targets.levelLabel.junior': 'junior',
  'plan.week-targets.levelLabel.intermediate': 'intermediate',
  'plan.week-targets.levelLabel.senior': 'senior',
  'plan.week-targets.levelLabel.expert': 'expert',
  'plan.week-targets.0-the-month-s-target': " (0 = the month's target)",
  'plan.week-targets.conversion': 'conversion',
  'plan.week-targets.aov-yuan': 'AOV (yuan)',
  'plan.week-targets.reply-rate': 'reply rate',
  'plan.week-targets.avg-response-s': 'avg response (s)',
  'plan.week-targets.satisfaction': 'satisfaction',
  'plan.week-targets.label': 'weekly target: sales · {LEVEL_LABEL} (yuan){SAME}',
  'plan.week-targets.label.weekly-target': 'weekly target: {label}{SAME}',
  // plan/kpi-table.ts
  'plan.kpi-table.this-kpi-is-left-out': 'this KPI is left out of the plan',
  'kpi-no-key': 'KPI table: row has no KPI key',
  'kpi-no-key.action': 'row left out of the plan',
  'kpi-duplicate-key': 'KPI key "{key}" appears twice (already on row {first})',
  'kpi-duplicate-key.action': 'the first row is used, this one ignored',
  'kpi-unknown-measure':
    'KPI "{key}": measure "{measureText}" is not known (use sales, conversion, AOV, UPT, reply rate, avg response, first response, satisfaction, refund rate, answer ratio, units, buyers, or "rating:<item>")',
  'kpi-unknown-measure.action': 'this KPI is left out of the plan',
  'kpi-no-target': 'KPI "{key}" has neither a target nor bands',
  'kpi-no-target.action': 'this KPI is left out of the plan',
  'kpi-table-empty': 'The KPI table has no usable KPI row',
  // plan/overrides.ts
  'plan-unknown-key': 'Plan key "{keyText}" does not exist',
  'plan-unknown-key.did-you-mean': 'Plan key "{keyText}" does not exist: did you mean "{suggestion}"?',
  'plan-unknown-key.did-you-mean.action':
    'row ignored (that setting keeps its default); rename the key to "{suggestion}"',
  'plan-duplicate-key': 'Plan key "{keyText}" appears twice with different values (already on row {first})',
  'plan-duplicate-key.other-sheet':
    'Plan key "{keyText}" appears twice with different values (already on row {first} of "{sheet}")',
  'plan-kpi-table-twice': 'A KPI table is already in "{sheet}": this one is not read',
  'plan-kpi-absent': 'Plan key "{keyText}": KPI "{kpiKey}" is not in the KPI table',
  'plan-commission-shape': 'commission bounds must ascend and rates need one more entry than bounds',
  'plan-step-zero': 'conversion bonus step must be above 0',
  'plan-cap-zero': 'score cap must be above 0',
  // plan/targets.ts
  'targets-no-columns': 'Targets sheet has neither KPI/target columns nor one column per KPI of the plan ({kpis})',
  'targets-unknown-agent': 'Target for "{refText}", who is not on the roster',
  'targets-bad-cycle': 'Target cycle "{value}" not recognised (use 周/week or 月/month)',
  'targets-summary-row': 'This row of the targets sheet is a total row ("{value}"), nobody\'s target',
  'targets-summary-row.action': "skipped: targets are read per agent's row; a total row changes no target",
  // plan/manual-items.ts
  'rating-missing': '{agentId} {name} has no "{item}" row in the Ratings sheet',
  'rating-missing.action': 'KPI "{name}" not available (not 0): scored on the other KPIs',
  // pipeline/pay-and-flag.ts
  'pipeline.pay-and-flag.fatal-qa-item': 'fatal QA item',
  'pipeline.pay-and-flag.failed-in-a-row-elimination': '{streak} failed {unit} in a row: elimination review',
  'pipeline.pay-and-flag.failed-in-a-row-warning': '{streak} failed {unit} in a row: warning',
  'pipeline.pay-and-flag.violation-this-month-dismissal-review': 'violation #{ordinal} this month: dismissal review',
  'pipeline.pay-and-flag.employed-days': 'employed {daysEmployed}/{daysInMonth} days',
  'pipeline.pay-and-flag.probation': 'probation',
  // pipeline/locate-inputs.ts
  'no-header': 'Sheet "{name}": no header found (no known column names in the first 20 rows)',
  'no-header.action': 'whole sheet ignored',
  'missing-column': 'Sheet "{name}" has no agent column (account / agent ID / name)',
  'missing-column.action': 'whole sheet ignored',
  'sheet-recognised-by-header.action': 'read as such',
  'header-did-you-mean': '; is the header "{header}" a typo of "{meant}"?',
  'pipeline.locate-inputs.nearest-headers-in-the-sheet': '; nearest headers in the sheet: {near}',
  'missing-sheet':
    'The {label} sheet is missing (name it {sheetNamesOf}, or give it the required {label} columns){seen}',
  // pipeline/staff.ts
  'several-rosters': '{length} roster sheets: only "{name}" is used',
  'roster-no-agents':
    'The roster sheet "{name}" has no usable agent rows below its header (row {headerRow}): with nobody to pay, no scorecard or payroll is made',
  'roster-no-agents.action':
    'cannot generate: list the agents (agent ID, name, role, level) on the roster and run again',
  'agent-not-employed': '{agentId} {name} was not employed in {key} (hire/leave dates)',
  'agent-not-employed.action': "left off this period's scorecard and payroll",
  // pipeline/score.ts
  'no-kpi': '{agentId} {name} has no KPI available (no orders, no chat stats)',
  'no-kpi.action': 'score left blank, graded fail',
  // pipeline/negative-pay.ts
  'gross-pay-negative':
    '{agentId} {name} has a negative gross pay ({grossPay}): fines of {fines} exceed what the month earned',
  'gross-pay-negative.action':
    'kept on the payroll as computed; check the fines and agree with finance how to settle it (correct the fine or deduct it next month)',
  'agent-no-chat': '{agentId} {name} has no row in the chat stats (account "{account}")',
  'agent-no-chat.action': 'conversion, reply rate, response and satisfaction not available: scored on the other KPIs',
  'agent-no-orders': '{agentId} {name} has chat stats but no order credited (a mistyped 工号 in memos?)',
  'agent-no-orders.action': 'sales counted as 0',
  // files/messages.ts
  'file-csv-truncated':
    '{file} stops part-way through record {row} (a quote is never closed), so the download is probably incomplete: download it again so that no order is missed.',
  'file-note.action': 'computed from what could be read: check it, and download the file again if need be',
  // excel/merge-blind.ts (a host below ExcelApi 1.13)
  'host-merged-cells':
    'This version of Excel cannot read merged cells (that needs ExcelApi 1.13, e.g. Microsoft 365 or Excel 2021): cell {cell} of "{sheet}" is blank below a cell with a value, which is what a merged cell looks like, and only the top-left cell of a merge can be read. If it is merged, unmerge the cells and fill the value into each one, or import the exported CSV file instead, then generate again.',
  'file-csv-undecodable':
    '{file}: row {row}, column {letter} holds bytes that are not text (shown as "�"); cells with such bytes: {count}. The file may be damaged or not GBK / UTF-8, so an agent ID or amount in them may not be read; check those cells, download the file again, or save it from Excel as "CSV UTF-8".',
  'file-csv-short-last-row':
    '{file}: the last record (record {row}) has fewer fields than the header ({fields} of {headerFields}): the download may be incomplete; check the last order.',
  // trend.ts
  'trend.score-fell-two-periods-in': 'score fell two periods in a row',
  // output/shop-trend-block.ts
  'output.shop-trend-block.shop-trend': 'Shop trend',
  // period-rules.ts
  'period-rules.yyyy-mm-a-month-e':
    'YYYY-MM (a month, e.g. 2026-10), YYYY-Www (an ISO week, e.g. 2026-W43) or YYYY-MM-DD..YYYY-MM-DD (a range of days)',
  'period-fault.week': '{year} has {weeks} ISO weeks ({year}-W01 … {last}): there is no "{value}"',
  'period-fault.month': 'Period "{value}" names no month (01–12)',
  'period-fault.day': 'Period "{value}" names a day the calendar does not have',
  'period-fault.reversed': 'Period "{value}" ends before it starts',
  'period-fault.long': 'Period "{value}" spans {days} days; at most {max}',
  'period-rules.periodUnit.month': 'months',
  'period-rules.periodUnit.week': 'weeks',
  'period-rules.periodUnit.range': 'periods',
  'chat-no-date-for-period':
    'Sheet "{name}" has no date (日期) column: its rows cannot be placed in {key}; a weekly or date-range assessment needs chat stats exported per day',
  'period-rules.chat-row-has-no-date': 'Chat row has no date: cannot tell whether it belongs to {period}',
  // pay.ts
  'pay.probation': ' × probation {rate}',
  'pay.days-employed': ' × {days}/{dim} days employed',
  'pay.fatal-qa-item-this-month': ' (fatal QA item this month: graded fail)',
  'pay.no-kpi-available-graded-fail': ' (no KPI available: graded fail)',
  'pay.score': ' (score {score})',
  'pay.presales-only': 'presales only',
  'pay.no-inquiries-not-available': 'no inquiries (not available)',
  'pay.conversion-0': 'conversion {conversion} < {rate} → 0',
  'pay.conversion':
    'conversion {conversion} ({paidBuyers}/{inquiries}) ≥ {rate} → {toCents} + {steps} × {toCents2} = {conversionBonus}',
  'pay.none': 'none',
  'pay.explanation':
    '{basePay} + {performanceBonus} + {conversionBonus} + {commission} + {awards} − {fines} = {grossPay}',
  'pay.no-sales': 'no sales',
  'pay.sales-flat-reached-tier': 'sales {sales} × {rate} (flat, reached tier) = {total}',
  'pay.sales': 'sales {sales}: {slices} = {total}',
  // parse/history.ts
  'history-unreadable':
    'Earlier scorecard "{name}" lacks agent ID or grade columns: not used for failure streaks or trends',
  'history-unreadable.action': 'ignored',
  // parse/order-messages.ts
  'order-conflicting-duplicate':
    'Order {orderId} appears {length} times with different contents ({where}): no way to tell which is right',
  'order-conflicting-duplicate.action': 'no copy counted: delete the wrong rows and generate again',
  'order-duplicate': 'Order {orderId} appears again (already {name} row {index})',
  'order-item-lines':
    'Order {orderId} is on {length} rows alike but for the quantity: the items of one order (as JD exports them), quantity {units} in all',
  'order-item-lines.action': 'counted as one order (its amounts once), quantities added',
  'order-missing-id': 'Order has no order number: duplicates cannot be checked',
  'order-missing-id.action': 'still counted',
  'order-bad-paid': 'Order {orderId}: amount paid "{value}" is not an amount',
  'parse.order-messages.order-amount-paid-is-negative': 'Order {orderId}: amount paid is negative ({paid})',
  'parse.order-messages.order-amount-paid-exceeds-the':
    'Order {orderId}: amount paid {paid} exceeds the plausible maximum {maxCents}: likely a data error',
  'parse.order-messages.postage': 'postage',
  'parse.order-messages.refund': 'refund',
  'parse.order-messages.order-is-not-a-valid': 'Order {orderId}: {label} "{value}" is not a valid amount',
  'order-refund-exceeds': 'Order {orderId}: refund {refund} exceeds amount paid {paid}',
  'order-refund-exceeds.action': 'treated as a full refund (refund capped at amount paid, net sales 0)',
  'order-partial-refund-unknown':
    'Order {orderId}: after-sales status "{status}", but the sheet has no refund amount column, so how much was refunded is unknown',
  'order-partial-refund-unknown.action':
    "counted without a refund; to deduct it, add a 退款金额 (refund amount) column (in Pinduoduo's after-sales export) and run again",
  'order-partial-refund-blank':
    'Order {orderId}: after-sales status "{status}", but its refund amount cell is blank, so how much was refunded is unknown',
  'order-partial-refund-blank.action':
    "counted without a refund; to deduct it, fill in the refund amount in this cell (in Pinduoduo's after-sales export) and run again",
  'order-after-sales-pending': 'Order {orderId}: after-sales status "{status}", not finished yet',
  'order-after-sales-pending.action':
    'counted without a refund; once refunded, export the orders again and rerun (a locked month does not change by itself)',
  'order-closed-refunded': 'Order {orderId} was closed after payment with refund {refund} below amount paid',
  'order-closed-refunded.action': 'treated as fully refunded (plan orders.closedAsRefunded)',
  'order-bad-qty': 'Order {orderId}: quantity "{value}" is not a whole number',
  'orders-outside-period': 'Orders paid outside {key}: {outside} (the first on row {firstOutside})',
  'orders-outside-period.action': 'not counted this month',
  'orders-unpaid': 'Orders with no payment time (never paid): {unpaid} (the first on row {firstUnpaid})',
  'orders-unpaid.action': 'not counted as sales',
  // parse/adjustments.ts
  'adjustment-bad-type': 'Adjustment type "{typeText}" not recognised (expected reward/fine/violation/project bonus)',
  'adjustment-negative.action': 'absolute value used (the type decides the sign)',
  'adjustment-negative.reversal.action':
    'deducted in fines as a {type} taken back (never paid as another {type}); if it is a typo, write it as positive',
  'amount-sub-cent.action': 'this row counts it rounded half-up to the cent: {rounded}',
  // parse/disputes.ts
  'dispute-unknown-item':
    'Dispute item "{itemText}" is neither a pay component nor a KPI (e.g. commission, awards, conversion)',
  'dispute-bad-status': 'Dispute status "{statusText}" not recognised (expected pending / approved / rejected)',
  'dispute-bad-status.action': 'listed as pending, not paid',
  'dispute-bad-amount': 'Dispute amount "{value}" is not an amount',
  'dispute-bad-month': 'Dispute month "{value}" is not a month (write 2026-10, 2026年10月 or 10月)',
  'dispute-pending.action': 'not paid this month; decide it before locking the month',
  'dispute-month-locked':
    "{who}'s dispute ({item}) belongs to {month}, which is locked (定稿 by {by}, {at}): not counted in {key}",
  'dispute-month-locked.action':
    "if {month}'s pay does not include it yet: unlock {month} and regenerate it, or set its month to {key} to pay it in this run",
  'disputes-other-months':
    'Disputes of other months ({months}) are not counted in {key} (rows: {rows}, the first on row {first})',
  'disputes-by-month': 'Disputes are handled by month and not counted in {key}, a week or range (rows: {rows})',
  'disputes-by-month.action': "handled in their month's payroll",
  'disputes-by-month.action-paid':
    "handled in their month's payroll; when paying by week or range, enter an approved dispute's amount with its date in the adjustments sheet (奖惩) to pay it in that period",
  'dispute-no-month': "{who}'s approved dispute ({item}) has no month: paid in {key}",
  'dispute-no-month.action': "fill in its month: left blank, every later month's run pays it again",
  'dispute-approved-no-amount': "{who}'s dispute ({item}) is approved without an amount",
  'dispute-approved-no-amount.action': 'pay unchanged: correct the input sheet and regenerate if a number must change',
  // parse/consultations.ts
  'consultation-unknown-agent':
    'Consultation agent "{value}" is not on the roster (records: {count}, the first on row {row})',
  'consultation-unknown-agent.action': 'those records credit nobody',
  'parse.consultations.skipText.buyer': 'no buyer',
  'parse.consultations.skipText.agent': 'no agent',
  'parse.consultations.skipText.time': 'a missing or unreadable time',
  'parse.consultations.consultation-records-have-the-first':
    'Consultation records with {SKIP_TEXT}: {count} (the first on row {row})',
  // parse/chat.ts
  'parse.chat.fieldLabel.consultations': 'consultations',
  'parse.chat.fieldLabel.received': 'received',
  'parse.chat.fieldLabel.inquiries': 'inquiries',
  'parse.chat.fieldLabel.paidBuyers': 'paid buyers',
  'parse.chat.fieldLabel.conversionRate': 'conversion rate',
  'parse.chat.fieldLabel.replyRate': 'reply rate',
  'parse.chat.fieldLabel.unreplied': 'unreplied',
  'parse.chat.fieldLabel.avgResponse': 'avg response (s)',
  'parse.chat.fieldLabel.satisfactionRate': 'satisfaction rate',
  'parse.chat.fieldLabel.evaluations': 'evaluations',
  'parse.chat.fieldLabel.verySatisfied': 'very satisfied',
  'parse.chat.fieldLabel.satisfied': 'satisfied',
  'parse.chat.fieldLabel.neutral': 'neutral',
  'parse.chat.fieldLabel.dissatisfied': 'dissatisfied',
  'parse.chat.fieldLabel.veryDissatisfied': 'very dissatisfied',
  'chat-no-conversion': '"{name}" has no 询单人数 with 询单最终付款人数 (or conversion rate) columns',
  'chat-no-conversion.action': 'conversion not available; the other measures computed as usual',
  'chat-missing-agent': 'Chat row names no agent account or ID',
  'chat-bad-date': 'Chat date "{value}" not recognised',
  'chat-duplicate.action': 'none of these rows counted: delete the wrong ones and generate again',
  'chat-not-available': '"{refText}": {FIELD_LABEL} is "{v}" (not available yet)',
  'chat-bad-number': '"{refText}": {FIELD_LABEL} "{value}" is not a valid number',
  'chat-paid-exceeds-inquiries': '"{refText}": paid buyers {paidBuyers} exceed inquiries {inquiries}',
  'chat-paid-exceeds-inquiries.action': 'counted as given',
  'chat-ambiguous-agent':
    'Chat stats name "{value}", which matches roster accounts of several shops (rows: {count}; {where}): no way to tell who',
  'chat-ambiguous-agent.action':
    'counted in the shop funnel only, credited to nobody: write the full "shop:account" in the chat stats',
  'chat-ambiguous-id':
    'Chat stats name the agent ID "{value}", which can be any of the roster IDs {ids} (rows: {count}; {where}): no way to tell who',
  'chat-ambiguous-id.action':
    'counted in the shop funnel only, credited to nobody: write the agent ID exactly as the roster does in the chat stats',
  'chat-unknown-agent': 'Chat stats name "{value}", not on this month\'s roster (rows: {count}; {where})',
  'chat-unknown-agent.action': 'counted in the shop funnel only, credited to nobody',
  'chat-outside-period': 'Chat rows dated outside {key}: {outside} ({where})',
  'chat-outside-period.action': 'not counted this month',
  // parse/roster.ts
  'roster-duplicate-id': 'Agent ID {rawId} appears {length} times on the roster with different details ({where})',
  'roster-duplicate-id.action':
    'agent left out this month, so their chats and other records are also reported as not on the roster (orders naming the ID get one line of their own): delete the wrong row and generate again',
  'roster-duplicate-id-orders':
    'Orders naming agent ID {agentId} in the memo or the agent column: {orders} (net sales {yuan}), not credited to it, as it is listed more than once on the roster with different details',
  'roster-duplicate-id-orders.action':
    'credited by the other sources where they name a roster agent (another ID in the memo …), else silent sales: correct the roster and generate again',
  'roster-duplicate-id.agent-id-is-listed-again': 'Agent ID {rawId} is listed again (same details as row {index})',
  'roster-same-number-ids':
    '{sheet}, column "{column}": agent IDs {list} are the same number, {number}. A memo, agent column or other sheet names one of them only when it writes {exact} exactly; written any other way (such as {other}) it names none of them (each such place gets a warning of its own)',
  'roster-ids-written-alike':
    '{sheet}, column "{column}": agent IDs {list} differ only in what stands between letters and digits. A memo, agent column or other sheet names one of them only when it writes {exact} exactly; written any other way (such as {other}) it names none of them (each such place gets a warning of its own)',
  'roster-ids-alike.entry': '{agentId} (row {row})',
  'roster-ids-alike.action':
    'all stay on the roster: if they are one agent delete the extra rows, else give them different IDs, then generate again',
  'roster-bad-role':
    'Agent {rawId}: role "{roleText}" not recognised (expected 售前/售中/售后, presales/in-sales/aftersales)',
  'roster-bad-role.action': 'agent left out of this month',
  'roster-bad-level':
    'Agent {rawId}: level "{levelText}" not recognised (expected 初级/中级/高级/资深, junior/intermediate/senior/expert)',
  'roster-bad-level.action': 'agent left out of this month',
  'roster-bad-status': 'Agent {rawId}: status "{statusText}" not recognised',
  'roster-bad-status.action': 'treated as regular',
  'roster-left-no-date': 'Agent {rawId}: status "{statusText}" but no leave date (离职日期)',
  'roster-left-no-date.action':
    'still paid for the whole month: write the last working day in the leave date column and generate again',
  'roster-bad-date.action': 'date ignored (full month assumed)',
  'roster-leave-before-hire': 'Agent {rawId}: leave date {leave} is before hire date {hire}',
  'roster-leave-before-hire.action':
    "no day employed, so not on this period's payroll; check whether the two dates are swapped",
  // parse/order-sheet-notes.ts
  'order-id-as-number':
    'Order numbers turned into numbers by Excel: {count} (e.g. {value}); their last digits are lost, so different orders may look alike',
  'order-id-as-number.action':
    'all of them counted, none taken for a duplicate: import the CSV as downloaded (do not open and save it in Excel first) to keep the order numbers whole',
  'orders-buyer-header-mistyped':
    '"{name}" has no buyer column (买家会员名 / 下单帐号); is the header "{header}" a typo of "{meant}"? Correct it and run again',
  'orders-no-buyer-column': '"{name}" has no buyer column (买家会员名 / 下单帐号)',
  'orders-no-buyer-column.action': 'each paid order counts as one buyer (AOV = sales / orders)',
  'orders-refund-convention-guessed':
    '"{name}" has refunded orders ({count}) but no 总金额 or other sign of whether 实付 is already net of the refund (Taobao / Tmall order reports net it)',
  'orders-refund-convention-guessed.action':
    'read as paid before the refund (the refund deducted from 实付). Check the export: if 实付 is net of the refund, set orders.refundConvention = netted in the Plan sheet, or refunds are deducted twice; if not, set it to gross and this warning goes',
  // parse/refund-convention.ts
  'parse.refund-convention.amount-paid-already-net-of':
    'amount paid already net of the refund: only postage deducted; refund rate over paid + refund',
  'parse.refund-convention.amount-paid-before-the-refund': 'amount paid before the refund: postage and refund deducted',
  'parse.refund-convention.set-by-plan-orders-refundconvention': 'set by plan orders.refundConvention',
  'parse.refund-convention.from-refunded-orders-with-paid':
    'from 总金额: refunded orders with 总金额 = paid + refund: {nettedRows}; with 总金额 = paid: {grossRows}',
  'parse.refund-convention.no-or-refunded-order-to':
    'no 总金额 or refunded order to judge by: read as before the refund',
  'parse.refund-convention.refund-beyond-paid':
    'no 总金额 to judge by; {beyondPaidRows} of {refundedRows} refunded orders refund more than paid (a full refund shows 实付 0): paid is net of the refund',
  'parse.refund-convention.text': '{what} ({why})',
  // sheets/classify.ts
  'sheets.classify.item-report':
    '"{name}" is the Taobao item report (ExportOrderDetailList: one row per item, without payment time, buyer or amount paid), which cannot give sales; use the order report (ExportOrderList) from the same export instead',
  'sheets.classify.has-no-known-columns': '"{name}" has no known columns',
  'sheets.classify.is-a-sheet': '"{name}" is a sheet of {kind}',
  // attribution.ts
  'attribution.sourceText.explicit': 'the agent column',
  'attribution.sourceText.consultation': 'the consultation records',
  'attribution.sourceText.memo': 'the memo',
  'order-agent-not-employed.action': 'credited to the employed agents only',
  'order-silent': 'Order {orderId} (net sales {yuan}) names no agent',
  'order-ambiguous-agent':
    'Order {orderId}: agent "{agentText}" could be any of several roster agent IDs ({ids}); it cannot tell which one',
  'order-unknown-agent': 'Order {orderId}: agent "{agentText}" is not on the roster',
  'memo-unknown-id.action': 'credited to the roster IDs only',
  'orders-no-created-time':
    'Order sheet "{name}" has no creation time column (订单创建时间): consultations cannot be measured from the order\'s creation',
  'orders-no-created-time.action': 'measured from the payment time instead',
  'order-bad-created-time': 'Order {orderId}: creation time is missing or not recognised',
  'order-bad-created-time.action': 'consultations measured from the payment time instead',
  // payrun/previous-run.ts
  'payrun.previous-run.the-workbook-to-compare-holds':
    'The workbook to compare holds the payroll of {others}, not {period}: months cannot be compared',
  'payrun.previous-run.to-compare-lacks-the-columns':
    '"{name}" to compare lacks the columns {missing} on row 1 (was it edited?)',
  // sheets/classify.ts
  'sheets.classify.has-columns-but-no': '"{name}" has {kind} columns but no {lacks}{hint}',
  // attribution.ts
  'order-agent-not-employed.order-day':
    'Order {orderId}, placed on {date}, names {gone}, not employed that day (hire/leave dates)',
  'order-agent-not-employed.consultation-day':
    'Order {orderId}: the consultation records name {gone}, not employed on {date} when they served the buyer (hire/leave dates)',
  'order-agent-not-employed': 'Order {orderId}: the consultation records name {gone}, not employed in this period',
  'order-agent-not-employed.order-names-not-employed-this': 'Order {orderId} names {gone}, not employed in this period',
  'memo-ambiguous-id':
    'Order {orderId}: memo writes {token}, which could be any of several roster agent IDs ({ids}); it cannot tell which one',
  'memo-unknown-id': 'Order {orderId}: memo names agent ID {strangers}, not on the roster',
  // plan/weights.ts
  'plan-weights-zero': 'Plan weights for {role} ({roleText}) sum to 0',
  'plan-weights-rescaled': 'Plan weights for {role} ({roleText}) sum to {sum}, not 100',
  // plan/overrides.ts
  'plan-bad-value': 'Plan "{keyText}": value "{value}" is not valid (expected {expected})',
  'plan.expects.number': 'a non-negative number',
  'plan.expects.weight': 'a non-negative number (30 or 30%)',
  'plan.expects.percent': 'a percentage (5%) or a fraction up to 1 (0.05)',
  'plan.expects.bool': 'yes/no',
  'plan.expects.enum': '{values}',
  'plan.expects.numberList': 'comma-separated numbers',
  'plan.expects.percentList': 'comma-separated percentages (0.5%,1%,1.5%) or fractions up to 1',
  'plan.expects.enumList': 'comma-separated, each once: {values}',
  // pipeline/locate-inputs.ts
  'sheet-recognised-by-header': 'Sheet "{name}" recognised by its header as {kind}',
  'missing-column.required':
    'Sheet "{name}" is missing the required column "{column}" (also accepted: {accepted}{seen})',
  'sheet-not-used': '{look}: not read',
  'sheet-not-used.item-report.action': 'not read: sales come from the order report',
  'sheet-not-used.action': 'to use it, check its header (the column names)',
  'sheet-not-used.same-kind':
    'Sheet "{name}" is another {kind} sheet, but sheet "{used}" is used: "{name}" was not read',
  'sheet-not-used.same-kind.action': 'to use it, delete or rename "{used}"',
  'missing-sheet.others-seen': '. Other sheets seen: {looks}',
  // issue-digest.ts
  'order-silent.repeated': '{n} orders name no agent (silent sales{amount})',
  'order-silent.repeated-amount': ', net sales {amount} in all',
  // parse/order-messages.ts
  'order-bad-paytime': 'Order {orderId}: payment time "{value}" not recognised',
  'order.no-number': '(no number)',
  // parse/adjustments.ts
  'adjustment-bad-amount': '{type} amount "{value}" is not an amount',
  'adjustment-negative': '{type} amount written as negative',
  'amount-sub-cent': 'amount {value} has fractions of a cent',
  // parse/disputes.ts
  'dispute-pending': "{who}'s dispute ({item}{claim}) is still pending",
  'dispute-pending.claim': ': {claim}',
  // parse/chat.ts
  'chat-duplicate': 'Chat stats for "{refText}"{sameDay} appear {count} times with different numbers ({where})',
  'chat-duplicate.repeated': 'Chat stats for "{refText}"{sameDay} appear twice (already row {row})',
  'chat-duplicate.same-day': ' on the same day',
  // parse/roster.ts
  'roster-missing-id': 'Roster row {row} has no agent ID{name}',
  'roster-missing-id.name': ' ({name})',
  'roster-bad-date': 'Agent {agentId}: {which} date "{value}" not recognised',
  'roster.hireDate': 'hire',
  'roster.leaveDate': 'leave',
  // pay.ts
  'pay.base': '{level} base {levelBase}{probation}{prorated} = {basePay}',
  'pay.reason': ': {reason}',
  'pay.reward': 'reward{reason}',
  'pay.dispute-approved': 'dispute approved: {reason}',
  'pay.project-bonus': 'project bonus{reason}',
  'pay.fine': 'fine{reason}',
  'pay.reversed': 'taken back: {label}',
  'pay.violation': 'violation #{ordinal}{reason}{dismissal}',
  'pay.violation-reason': ' ({reason})',
  'pay.dismissal-review': ', dismissal review',
  'pay.part': '{label} {amount}',
  'pay.parts': '{parts} = {total}',
  // attribution.ts
  'attribution.fallback': 'attributed by {sources} instead',
  // sheets/duplicates.ts
  'rows.one': '{sheet} row {rows}',
  'rows.many': '{sheet} rows {rows}',
  // sheets/row-spans.ts
  'row-spans.one': 'row {rows}',
  'row-spans.many': 'rows {rows}',
  'row-spans.more': 'rows {rows} and more',
  // files/messages.ts
  'file.save-as': 'open it in Excel or WPS, save it as .xlsx (Excel Workbook) or CSV, and import that',
  'file-empty': '{file} is empty (0 bytes), perhaps an unfinished download: download it again.',
  'file-xls': '{file} is an old Excel (.xls) or WPS (.et) file, which cannot be read directly: {saveAs}.',
  'file-encrypted':
    '{file} is password-protected (encrypted) and cannot be read: open it in Excel or WPS with its password, clear the password under File → Info → Protect Workbook → Encrypt with Password, save, and import that.',
  'file-xlsb': '{file} is an Excel binary workbook (.xlsb), which cannot be read directly: {saveAs}.',
  'file-numbers':
    '{file} is an Apple Numbers file, which cannot be read directly: in Numbers choose File → Export To → Excel or CSV, and import the exported file.',
  'file-zip': '{file} is a zip archive, not an Excel workbook: unzip it first and import the .xlsx or CSV file inside.',
  'file-html':
    '{file} is really a web-page table (some back offices export .xls files like this), which cannot be read directly: {saveAs}.',
  'file-not-table':
    '{file} is not a spreadsheet (neither .xlsx nor CSV text): import the .xlsx or CSV file the back office gives; for any other format, {saveAs}.',
  'file-xlsx-damaged':
    '{file} looks like an .xlsx but is damaged or incomplete and cannot be opened: download it again, or open it in Excel and save it as a new .xlsx.',
  'file-xlsx-no-sheets': '{file} holds no worksheet: check that this is the right file.',
  'file-not-found': 'File not found: {file}. Check the name and the folder.',
  'file-is-folder': '{file} is a folder, not a file: give the .xlsx or CSV files inside it.',
  'file-no-permission': 'No permission to read {file}: copy it into a folder of your own, or ask for read access.',
  'file-unreadable': 'Cannot open {file}: check that the file exists and is not locked by another program.',
  // output/shop-trend-block.ts
  'shop-trend.header.period': 'Period',
  'shop-trend.header.sales': 'Shop sales',
  'shop-trend.header.silentShare': 'Silent share',
  'shop-trend.header.conversion': 'Conversion',
  // pay.ts
  'pay.this-period': ' × {shareText} this period',
  'pay.conversion-of-period': '{cbText}{ofPeriod} = {conversionBonus}',
  'pay.tiers-monthly-tiers': ' (tiers = monthly tiers{ofPeriod}: {bounds})',
  // pay.ts (paid periods)
  'pay.performance.of-period': 'performance base {perfBase} × {grade} coefficient {coef}{why}{ofPeriod} = {bonus}',
  'pay.part.of-period': '{label} {monthly}{ofPeriod}',
  'pay.commission-with-note': '{text}{note}',
  // plan/targets.ts
  'targets-unknown-kpi.targets-column-is-not-a': 'Targets column "{value}" is not a KPI of the plan',
  'targets-unknown-kpi.action': "column ignored: the plan's target applies",
  'targets-no-columns.action.whole-sheet-ignored-the-plan': "whole sheet ignored: the plan's targets apply",
  'plan.targets.the-plan-s-target-applies': "the plan's target applies",
  'targets-unknown-kpi.target-kpi-is-not-a':
    'Target KPI "{kpiText}" is not a KPI of the plan (the plan\'s KPI keys: {kpis})',
  'targets-duplicate':
    '{agentId}: the {name} target is written twice with different values (row {first} already has "{firstValue}")',
  'targets-duplicate.other-sheet':
    '{agentId}: the {name} target is written twice with different values (row {first} of "{sheet}" already has "{firstValue}")',
  'targets-banded-kpi': 'KPI "{name}" is scored by bands: a personal target does not apply',
  'targets-bad-value.target-is-not-valid': '{agentId}: {name} target "{v}" is not valid',
  // sheets/table.ts
  'header-alternative.column-means-the-same-as':
    '"{trim}" (column {letter}) means the same as "{trim2}" (column {letter2})',
  'header-alternative.action.column-used': 'column {letter} used',
  'duplicate-header.header-appears-twice-columns-and': 'Header "{trim}" appears twice (columns {letter} and {letter2})',
  'duplicate-header.action.the-first-column-is-used': 'the first (column {letter}) is used; column {letter2} ignored',
  // period-share.ts
  'period-share.of-a-month': '{terms} of a month',
};

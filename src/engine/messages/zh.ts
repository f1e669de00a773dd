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
  'ambiguous-agent': '{what}表中的客服“{refText}”可以指花名册中的多个工号（{ids}），无法判定是哪一位',
  'bad-date': '{what}表的日期“{value}”无法识别',
  'rows-outside-period': '{what}表有 {outside} 行日期不在 {key}',
  'rows-outside-period.action': '不计入本月',
  'rows-outside-period.action-period': '不计入本期',
  'undated-rows-for-period': '{what}表有 {undated} 行没有日期，无法判断是否属于 {key}',
  'undated-rows-for-period.action': '未计入本期；请填写日期',
  // run.ts
  'bad-period': '期间“{value}”无效，应为{PERIOD_FORMS}',
  // payrun/compare.ts
  'payrun.compare.different-periods-cannot-be-compared': '不能对比不同月份：{period} 与 {period2}',
  'payrun.compare.not': '“{shopName}”，不是“{shopName2}”',
  'payrun.compare.another-shop-not-one-agent': '另一家店（没有一个相同的工号）',
  'payrun.compare.the-workbook-to-compare-belongs': '用于对比的工作簿属于{which}：不能对比不同店铺',
  // payrun/previous-run.ts
  'payrun.previous-run.the-workbook-to-compare-has':
    '用于对比的工作簿中没有“工资表 {period}”和“审计 {period}”：它不是本工具生成的 {period} 输出',
  'payrun.previous-run.the-audit-sheet-to-compare': '用于对比的审计表记录的月份是 {auditPeriod}，不是 {period}',
  // issue-digest.ts
  'issue-digest.in-all': '，合计 {yuan}',
  'issue-digest.alike-e-g': '同类问题 {n} 条{sum}，例如：{message}',
  // stars.ts
  'stars.starLabel.salesStar': '业绩之星',
  'stars.starLabel.conversionStar': '转化率之星',
  'stars.starLabel.aovStar': '客单价之星',
  'stars.starLabel.serviceStar': '服务之星',
  'stars.highest-presales-sales': '售前最高销售额 {sales}',
  'stars.highest-presales-conversion-inquiries':
    '售前最高询单转化率 {conversion}（询单 {inquiries} ≥ {conversionMinInquiries}）',
  'stars.highest-presales-aov-buyers': '售前最高客单价 {aov}（销售人数 {buyers} ≥ {aovMinBuyers}）',
  'stars.highest-satisfaction-evaluations':
    '全员最高满意率 {satisfaction}（评价 {evaluations} ≥ {serviceMinEvaluations}）',
  'stars.label': 'PK·销售额',
  'stars.label.pk-conversion': 'PK·询单转化率',
  'stars.label.pk-avg-response': 'PK·平均响应',
  'stars.label.pk-received': 'PK·接待人数',
  'stars.rank': '{label} 第 {rank} 名',
  // plan/weights.ts
  'plan-weights-rescaled.action': '按比例折算为 100（每项权重 × 100 / 合计）',
  // plan/week-targets.ts
  'plan.week-targets.levelLabel.junior': '初级',
  'plan.week-targets.levelLabel.intermediate': '中级',
  'plan.week-targets.levelLabel.senior': '高级',
  'plan.week-targets.levelLabel.expert': '资深',
  'plan.week-targets.0-the-month-s-target': '（0 = 沿用月度目标）',
  'plan.week-targets.conversion': '询单转化率',
  'plan.week-targets.aov-yuan': '客单价（元）',
  'plan.week-targets.reply-rate': '回复率',
  'plan.week-targets.avg-response-s': '平均响应（秒）',
  'plan.week-targets.satisfaction': '满意率',
  'plan.week-targets.label': '周目标：销售额·{LEVEL_LABEL}（元）{SAME}',
  'plan.week-targets.label.weekly-target': '周目标：{label}{SAME}',
  // plan/kpi-table.ts
  'plan.kpi-table.this-kpi-is-left-out': '该指标不计入方案',
  'kpi-no-key': '考核指标表的这一行没有写指标键',
  'kpi-no-key.action': '该行不计入方案',
  'kpi-duplicate-key': '指标键“{key}”重复（第 {first} 行已有）',
  'kpi-duplicate-key.action': '使用第一行，忽略这一行',
  'kpi-unknown-measure':
    '指标“{key}”的度量“{measureText}”无法识别（可用：销售额、询单转化率、客单价、客件数、回复率、平均响应、首次响应、满意率、退款率、答问比、销售量、销售人数，或“评分:项目名”）',
  'kpi-unknown-measure.action': '该指标不计入方案',
  'kpi-no-target': '指标“{key}”既没有目标也没有评分分段',
  'kpi-no-target.action': '该指标不计入方案',
  'kpi-table-empty': '考核指标表中没有一行可用的指标',
  // plan/overrides.ts
  'plan-unknown-key': '方案中的键“{keyText}”不存在',
  'plan-unknown-key.did-you-mean': '方案中的键“{keyText}”不存在，是否想写“{suggestion}”？',
  'plan-unknown-key.did-you-mean.action': '忽略这一行（该项仍用默认值）；请把键改为“{suggestion}”',
  'plan-duplicate-key': '方案键“{keyText}”重复且值不同（第 {first} 行已有）',
  'plan-duplicate-key.other-sheet': '方案键“{keyText}”重复且值不同（“{sheet}”第 {first} 行已有）',
  'plan-kpi-table-twice': '“{sheet}”中已有考核指标表，这张表不再读取',
  'plan-kpi-absent': '方案键“{keyText}”所属的指标“{kpiKey}”不在考核指标表中',
  'plan-commission-shape': '提成分档须递增，且比例个数比分档多一个',
  'plan-step-zero': '转化奖金每档必须大于 0',
  'plan-cap-zero': '单项得分上限必须大于 0',
  // plan/targets.ts
  'targets-no-columns': '目标表既没有“指标/目标”两列，也没有按方案指标命名的列（方案的指标：{kpis}）',
  'targets-unknown-agent': '目标表中的客服“{refText}”不在花名册中',
  'targets-bad-cycle': '目标表的周期“{value}”无法识别（应为 周 或 月）',
  'targets-summary-row': '目标表这一行是合计行（“{value}”），不是哪位客服的目标',
  'targets-summary-row.action': '已跳过：目标按每位客服的行读取，合计行不改变任何目标',
  // plan/manual-items.ts
  'rating-missing': '{agentId} {name} 在评分表中没有“{item}”',
  'rating-missing.action': '指标“{name}”按不适用处理（不计为 0），其余指标按比例计分',
  // pipeline/pay-and-flag.ts
  'pipeline.pay-and-flag.fatal-qa-item': '质检致命项',
  'pipeline.pay-and-flag.failed-in-a-row-elimination': '连续 {streak} {unit}不达标：淘汰审查',
  'pipeline.pay-and-flag.failed-in-a-row-warning': '连续 {streak} {unit}不达标：预警',
  'pipeline.pay-and-flag.violation-this-month-dismissal-review': '本月第 {ordinal} 次违规：开除审查',
  'pipeline.pay-and-flag.employed-days': '在岗 {daysEmployed}/{daysInMonth} 天',
  'pipeline.pay-and-flag.probation': '试用期',
  // pipeline/locate-inputs.ts
  'no-header': '工作表“{name}”找不到表头（前 20 行中没有可识别的列名）',
  'no-header.action': '忽略整张表',
  'missing-column': '工作表“{name}”缺少客服列（旺旺 / 工号 / 姓名）',
  'missing-column.action': '忽略整张表',
  'sheet-recognised-by-header.action': '按此读取',
  'header-did-you-mean': '；表头“{header}”是不是“{meant}”写错了？',
  'pipeline.locate-inputs.nearest-headers-in-the-sheet': '；表中相近的列：{near}',
  'missing-sheet': '缺少{label}工作表（工作表名应为 {sheetNamesOf}，或表头含{label}的必需列）{seen}',
  // pipeline/staff.ts
  'several-rosters': '有 {length} 张花名册，只使用“{name}”',
  'roster-no-agents':
    '花名册工作表“{name}”表头（第 {headerRow} 行）下没有可用的客服行：没有可发工资的客服，无法生成绩效与工资',
  'roster-no-agents.action': '无法生成：在花名册中填写客服（工号、姓名、岗位、级别）后重新计算',
  'agent-not-employed': '{agentId} {name} 在 {key} 不在岗（入职/离职日期）',
  'agent-not-employed.action': '不计入本期的绩效表与工资表',
  // pipeline/score.ts
  'no-kpi': '{agentId} {name} 没有任何可用的考核指标（无订单、无聊天统计）',
  'no-kpi.action': '总分留空，评为不达标',
  // pipeline/negative-pay.ts
  'gross-pay-negative': '{agentId} {name} 的应发工资为负数（{grossPay}）：罚款 {fines} 超过了本月应得',
  'gross-pay-negative.action': '按计算结果列入工资表；请核对罚款，并与财务确认如何处理（更正罚款或下月扣除）',
  'agent-no-chat': '{agentId} {name} 在聊天统计中没有任何一行（旺旺“{account}”）',
  'agent-no-chat.action': '转化率、回复率、响应、满意率按不适用处理，只按其余指标打分',
  'agent-no-orders': '{agentId} {name} 有接待数据，但没有任何订单归属于他/她（备注中的工号是否写错？）',
  'agent-no-orders.action': '销售额按 0 计',
  // files/messages.ts
  'file-csv-truncated':
    '{file} 在第 {row} 条记录处中断（引号没有闭合），文件可能没有下载完整：请重新下载后再试，以免漏算订单。',
  'file-note.action': '已按读到的内容计算：请核对该处，必要时重新下载',
  // excel/merge-blind.ts (a host below ExcelApi 1.13)
  'host-merged-cells':
    '这个版本的 Excel 读不到合并单元格（需要 ExcelApi 1.13，如 Microsoft 365 或 Excel 2021）：“{sheet}”的 {cell} 是空白，上面一格却有值，很像合并单元格，而合并区域只有左上角一格能读到值。如果这里是合并单元格，请取消合并并把值填到每一格，或改用导出的 CSV 文件导入，然后重新生成。',
  'file-csv-undecodable':
    '{file} 第 {row} 行 {letter} 列有无法识别的字节（显示为“�”），这样的单元格共 {count} 个：文件可能已损坏或不是 GBK / UTF-8 编码，其中的工号、金额可能读不出；请核对这些单元格，或重新下载，或在 Excel 中另存为“CSV UTF-8”。',
  'file-csv-short-last-row':
    '{file} 的最后一条记录（第 {row} 条）只有 {fields} 列，表头有 {headerFields} 列：文件可能没有下载完整，请核对最后一单。',
  // trend.ts
  'trend.score-fell-two-periods-in': '总分连续两期下降',
  // output/shop-trend-block.ts
  'output.shop-trend-block.shop-trend': '店铺趋势',
  // period-rules.ts
  'period-rules.yyyy-mm-a-month-e':
    'YYYY-MM（月，例如 2026-10）、YYYY-Www（ISO 周，例如 2026-W43）或 YYYY-MM-DD..YYYY-MM-DD（日期范围）',
  'period-fault.week': '{year} 年只有 {weeks} 个 ISO 周（{year}-W01 … {last}），没有“{value}”',
  'period-fault.month': '期间“{value}”的月份不存在（应为 01–12）',
  'period-fault.day': '期间“{value}”中有日历上不存在的日期',
  'period-fault.reversed': '期间“{value}”的结束日早于开始日',
  'period-fault.long': '期间“{value}”共 {days} 天，最多 {max} 天',
  'period-rules.periodUnit.month': '个月',
  'period-rules.periodUnit.week': '周',
  'period-rules.periodUnit.range': '期',
  'chat-no-date-for-period':
    '工作表“{name}”没有“日期”列：无法知道哪些行属于 {key}，按周或日期范围考核需要按天导出的聊天统计',
  'period-rules.chat-row-has-no-date': '聊天统计行没有日期，无法判断是否属于 {period}',
  // pay.ts
  'pay.probation': ' × 试用期 {rate}',
  'pay.days-employed': ' × 在岗 {days}/{dim} 天',
  'pay.fatal-qa-item-this-month': '（本月有质检致命项，评为不达标）',
  'pay.no-kpi-available-graded-fail': '（无可用指标，评为不达标）',
  'pay.score': '（总分 {score}）',
  'pay.presales-only': '仅售前岗位适用',
  'pay.no-inquiries-not-available': '无询单数据（不适用）',
  'pay.conversion-0': '询单转化率 {conversion} < {rate} → 0',
  'pay.conversion':
    '询单转化率 {conversion}（{paidBuyers}/{inquiries}）≥ {rate} → {toCents} + {steps} × {toCents2} = {conversionBonus}',
  'pay.none': '无',
  'pay.explanation':
    '{basePay} + {performanceBonus} + {conversionBonus} + {commission} + {awards} − {fines} = {grossPay}',
  'pay.no-sales': '销售额为 0',
  'pay.sales-flat-reached-tier': '销售额 {sales} × {rate}（全额按所达档位）= {total}',
  'pay.sales': '销售额 {sales}：{slices} = {total}',
  // parse/history.ts
  'history-unreadable': '往期绩效表“{name}”缺少工号或等级列，无法用于连续不达标统计和趋势',
  'history-unreadable.action': '已忽略',
  // parse/order-messages.ts
  'order-conflicting-duplicate': '订单 {orderId} 出现 {length} 次且内容不同（{where}），无法判断哪一行正确',
  'order-conflicting-duplicate.action': '所有副本都未计入，请删除错误的行后重新生成',
  'order-duplicate': '订单 {orderId} 重复（{name} 第 {index} 行已有）',
  'order-item-lines':
    '订单 {orderId} 有 {length} 行，除数量外都相同：是同一订单的多个商品（如京东按商品导出），数量共 {units}',
  'order-item-lines.action': '按一单计（金额计一次），数量相加',
  'order-missing-id': '订单没有订单编号，无法检查重复',
  'order-missing-id.action': '仍计入',
  'order-bad-paid': '订单 {orderId} 的实际支付金额“{value}”不是金额',
  'parse.order-messages.order-amount-paid-is-negative': '订单 {orderId} 的实际支付金额为负数（{paid}）',
  'parse.order-messages.order-amount-paid-exceeds-the':
    '订单 {orderId} 的实际支付金额 {paid} 超过上限 {maxCents}，疑似数据错误',
  'parse.order-messages.postage': '邮费',
  'parse.order-messages.refund': '退款金额',
  'parse.order-messages.order-is-not-a-valid': '订单 {orderId} 的{label}“{value}”无效',
  'order-refund-exceeds': '订单 {orderId} 的退款 {refund} 大于实付 {paid}',
  'order-refund-exceeds.action': '按全额退款处理（退款计为实付金额，净销售额为 0）',
  'order-partial-refund-unknown': '订单 {orderId} 的售后状态为“{status}”，但表中没有退款金额列，退了多少无从得知',
  'order-partial-refund-unknown.action':
    '按未退款计入销售；如需扣除，请在订单表加上“退款金额”列（拼多多售后单导出中有）后重新计算',
  'order-partial-refund-blank': '订单 {orderId} 的售后状态为“{status}”，但这一行的退款金额是空的，退了多少无从得知',
  'order-partial-refund-blank.action':
    '按未退款计入销售；如需扣除，请在这一格填入退款金额（拼多多售后单导出中有）后重新计算',
  'order-after-sales-pending': '订单 {orderId} 的售后状态为“{status}”，售后尚未完成',
  'order-after-sales-pending.action': '按未退款计入销售；退款完成后重新导出订单再计算（已定稿的月份不会自动改变）',
  'order-closed-refunded': '订单 {orderId} 付款后交易关闭，退款金额 {refund} 小于实付',
  'order-closed-refunded.action': '按全额退款处理（方案 orders.closedAsRefunded）',
  'order-bad-qty': '订单 {orderId} 的宝贝数量“{value}”无效',
  'orders-outside-period': '{outside} 笔订单的付款时间不在 {key}（第一笔在第 {firstOutside} 行）',
  'orders-outside-period.action': '不计入本月',
  'orders-unpaid': '{unpaid} 笔订单没有付款时间（未付款；第一笔在第 {firstUnpaid} 行）',
  'orders-unpaid.action': '不计入销售',
  // parse/adjustments.ts
  'adjustment-bad-type': '奖惩类型“{typeText}”无法识别（应为 奖励/罚款/违规/项目奖金）',
  'adjustment-negative.action': '按绝对值处理（类型决定加减）',
  'adjustment-negative.reversal.action': '按冲减{type}计入罚款（不会当作又一笔{type}发放）；如果是笔误，请改为正数',
  'amount-sub-cent.action': '该行按四舍五入到分计为 {rounded}',
  // parse/disputes.ts
  'dispute-unknown-item': '申诉项目“{itemText}”不是工资项目或考核指标（如 提成、奖励、询单转化率）',
  'dispute-bad-status': '申诉状态“{statusText}”无法识别（应为 待处理 / 通过 / 驳回）',
  'dispute-bad-status.action': '按待处理列出，不计入工资',
  'dispute-bad-amount': '申诉金额“{value}”不是金额',
  'dispute-bad-month': '申诉月份“{value}”不是月份（应写成 2026-10、2026年10月 或 10月）',
  'dispute-pending.action': '不计入本月工资；定稿前请处理',
  'dispute-month-locked': '{who} 的申诉（{item}）属于 {month}，该月已定稿（{by}，{at}），不计入 {key}',
  'dispute-month-locked.action':
    '若 {month} 的工资还没有包含它：解锁 {month} 后重新生成，或把月份改为 {key} 在本期支付',
  'disputes-other-months': '申诉表有 {rows} 行属于其他月份（{months}），不计入 {key}（第一行在第 {first} 行）',
  'disputes-by-month': '申诉表有 {rows} 行：申诉按月份处理，不计入按周或按日期范围的 {key}',
  'disputes-by-month.action': '在所属月份的工资中处理',
  'disputes-by-month.action-paid':
    '在所属月份的工资中处理；按周或按日期范围发薪时，把通过的申诉金额连同日期记入奖惩表，即计入当期',
  'dispute-no-month': '{who} 的申诉（{item}）已通过但没有填月份，按本期 {key} 支付',
  'dispute-no-month.action': '请填写所属月份：不填则以后每个月的工资都会再付一次',
  'dispute-approved-no-amount': '{who} 的申诉（{item}）已通过但没有金额',
  'dispute-approved-no-amount.action': '工资不变：如需改数，请改输入表后重新生成',
  // parse/consultations.ts
  'consultation-unknown-agent': '接待记录中的客服“{value}”不在花名册中（共 {count} 条，第一条在第 {row} 行）',
  'consultation-unknown-agent.action': '这些接待记录不参与归属',
  'parse.consultations.skipText.buyer': '没有买家',
  'parse.consultations.skipText.agent': '没有客服',
  'parse.consultations.skipText.time': '时间为空或无法识别',
  'parse.consultations.consultation-records-have-the-first': '{count} 条接待记录{SKIP_TEXT}（第一条在第 {row} 行）',
  // parse/chat.ts
  'parse.chat.fieldLabel.consultations': '咨询人数',
  'parse.chat.fieldLabel.received': '接待人数',
  'parse.chat.fieldLabel.inquiries': '询单人数',
  'parse.chat.fieldLabel.paidBuyers': '询单最终付款人数',
  'parse.chat.fieldLabel.conversionRate': '询单转化率',
  'parse.chat.fieldLabel.replyRate': '回复率',
  'parse.chat.fieldLabel.unreplied': '未回复人数',
  'parse.chat.fieldLabel.avgResponse': '平均响应(秒)',
  'parse.chat.fieldLabel.satisfactionRate': '客户满意率',
  'parse.chat.fieldLabel.evaluations': '评价人数',
  'parse.chat.fieldLabel.verySatisfied': '很满意',
  'parse.chat.fieldLabel.satisfied': '满意',
  'parse.chat.fieldLabel.neutral': '一般',
  'parse.chat.fieldLabel.dissatisfied': '不满意',
  'parse.chat.fieldLabel.veryDissatisfied': '很不满意',
  'chat-no-conversion': '“{name}”没有询单人数与询单最终付款人数（或询单转化率）列',
  'chat-no-conversion.action': '询单转化率按不适用处理，其余指标照常计算',
  'chat-missing-agent': '聊天统计行没有客服旺旺/工号',
  'chat-bad-date': '聊天统计日期“{value}”无法识别',
  'chat-duplicate.action': '这些行都未计入，请删除错误的行后重新生成',
  'chat-not-available': '“{refText}”的{FIELD_LABEL}为“{v}”（暂无数据）',
  'chat-bad-number': '“{refText}”的{FIELD_LABEL}“{value}”不是有效数字',
  'chat-paid-exceeds-inquiries': '“{refText}”的询单最终付款人数 {paidBuyers} 大于询单人数 {inquiries}',
  'chat-paid-exceeds-inquiries.action': '仍按原值计入',
  'chat-ambiguous-agent': '聊天统计中的“{value}”在花名册中对应多个店铺的客服旺旺（{count} 行：{where}），无法判断是谁',
  'chat-ambiguous-agent.action': '只计入店铺漏斗，不计入任何客服；请在聊天统计中写完整的“店铺:旺旺”',
  'chat-ambiguous-id': '聊天统计中的工号“{value}”可以指花名册中的多个工号（{ids}；{count} 行：{where}），无法判断是谁',
  'chat-ambiguous-id.action': '只计入店铺漏斗，不计入任何客服；请在聊天统计中一字不差地写花名册上的工号',
  'chat-unknown-agent': '聊天统计中的“{value}”不在本月花名册中（{count} 行：{where}）',
  'chat-unknown-agent.action': '只计入店铺漏斗，不计入任何客服',
  'chat-outside-period': '{outside} 行聊天统计的日期不在 {key}（{where}）',
  'chat-outside-period.action': '不计入本月',
  // parse/roster.ts
  'roster-duplicate-id': '工号 {rawId} 在花名册中出现 {length} 次且信息不同（{where}）',
  'roster-duplicate-id.action':
    '该客服本月未计入，其聊天等记录也会报为“不在花名册中”（指向该工号的订单另列一条）；请删除错误的行后重新生成',
  'roster-duplicate-id-orders':
    '备注或客服列指向工号 {agentId} 的订单共 {orders} 笔（净销售额 {yuan}），没有计给该工号：它在花名册中出现多次且信息不同',
  'roster-duplicate-id-orders.action':
    '这些订单按其他来源（如备注中的其他工号）归属，都没有的计入静默销售；改正花名册后重新生成',
  'roster-duplicate-id.agent-id-is-listed-again': '工号 {rawId} 重复（第 {index} 行已有相同信息）',
  'roster-same-number-ids':
    '{sheet}“{column}”列中的工号 {list}是同一个数 {number}：备注、客服列或其他表只有一字不差地写 {exact} 才归属对应的那一位，写成其他形式（如 {other}）时哪一位都不计（每处另有提示）',
  'roster-ids-written-alike':
    '{sheet}“{column}”列中的工号 {list}只差字母与数字之间的分隔符：备注、客服列或其他表只有一字不差地写 {exact} 才归属对应的那一位，写成其他形式（如 {other}）时哪一位都不计（每处另有提示）',
  'roster-ids-alike.entry': '{agentId}（第 {row} 行）',
  'roster-ids-alike.action': '都留在花名册中；若是同一位客服请删除多余的行，否则请改用不同的工号，再重新生成',
  'roster-bad-role': '工号 {rawId} 的岗位“{roleText}”无法识别（应为 售前/售中/售后）',
  'roster-bad-role.action': '该客服未计入本月结果',
  'roster-bad-level': '工号 {rawId} 的级别“{levelText}”无法识别（应为 初级/中级/高级/资深）',
  'roster-bad-level.action': '该客服未计入本月结果',
  'roster-bad-status': '工号 {rawId} 的状态“{statusText}”无法识别',
  'roster-bad-status.action': '按“正式”处理',
  'roster-left-no-date': '工号 {rawId} 的状态为“{statusText}”，但没有离职日期',
  'roster-left-no-date.action': '本月仍按全月在岗计算工资：请在离职日期列填写最后工作日后重新生成',
  'roster-bad-date.action': '忽略该日期（按整月计算）',
  'roster-leave-before-hire': '工号 {rawId} 的离职日期 {leave} 早于入职日期 {hire}',
  'roster-leave-before-hire.action': '没有在职日，不计入本期工资；请核对两个日期是否写反',
  // parse/order-sheet-notes.ts
  'order-id-as-number': '{count} 个订单编号已被 Excel 变成数字（如 {value}），末几位已丢失，不同订单可能看起来一样',
  'order-id-as-number.action':
    '这些订单都照常计入，不按重复处理；请直接导入下载的 CSV 文件（不要先用 Excel 打开保存），订单编号才能保持完整',
  'orders-buyer-header-mistyped':
    '“{name}”没有买家列（买家会员名 / 下单帐号）；表头“{header}”是不是“{meant}”写错了？改正后重新计算',
  'orders-no-buyer-column': '“{name}”没有买家列（买家会员名 / 下单帐号）',
  'orders-no-buyer-column.action': '每笔已付款订单按一位买家计（客单价 = 销售额 / 订单数）',
  'orders-refund-convention-guessed':
    '“{name}”有 {count} 笔退款订单，但没有总金额或其他依据判断实付是否已扣退款（淘宝 / 天猫的订单报表实付已扣退款）',
  'orders-refund-convention-guessed.action':
    '已按实付未扣退款计算（净销售额再扣退款）。请核对导出：实付已扣退款的，在方案表设 orders.refundConvention = netted，否则退款被扣两次；未扣的设为 gross，此提示不再出现',
  // parse/refund-convention.ts
  'parse.refund-convention.amount-paid-already-net-of': '实付已扣退款：净销售额只扣邮费，退款率按实付 + 退款计',
  'parse.refund-convention.amount-paid-before-the-refund': '实付未扣退款：净销售额扣邮费和退款',
  'parse.refund-convention.set-by-plan-orders-refundconvention': '方案 orders.refundConvention 指定',
  'parse.refund-convention.from-refunded-orders-with-paid':
    '按总金额判断：{nettedRows} 笔退款订单总金额 = 实付 + 退款，{grossRows} 笔总金额 = 实付',
  'parse.refund-convention.no-or-refunded-order-to': '没有总金额或退款订单可判断，按未扣退款处理',
  'parse.refund-convention.refund-beyond-paid':
    '没有总金额可判断；{refundedRows} 笔退款订单中 {beyondPaidRows} 笔退款大于实付（全额退款实付为 0），实付已扣退款',
  'parse.refund-convention.text': '{what}（{why}）',
  // sheets/classify.ts
  'sheets.classify.item-report':
    '“{name}”是淘宝的宝贝报表（ExportOrderDetailList：每行一件宝贝，没有付款时间、买家和实付金额），不能用来计算销售；请改用同一次导出的订单报表（ExportOrderList）',
  'sheets.classify.has-no-known-columns': '“{name}”没有可识别的列',
  'sheets.classify.is-a-sheet': '“{name}”是{kind}表',
  // attribution.ts
  'attribution.sourceText.explicit': '客服列',
  'attribution.sourceText.consultation': '接待记录',
  'attribution.sourceText.memo': '备注中的工号',
  'order-agent-not-employed.action': '只归属在岗客服',
  'order-silent': '订单 {orderId}（净销售额 {yuan}）没有归属客服',
  'order-ambiguous-agent': '订单 {orderId} 的客服“{agentText}”可以指花名册中的多个工号（{ids}），无法判定是哪一位',
  'order-unknown-agent': '订单 {orderId} 的客服“{agentText}”不在花名册中',
  'memo-unknown-id.action': '只归属花名册中的工号',
  'orders-no-created-time': '订单表“{name}”没有“订单创建时间”列，接待记录无法按下单时间判定',
  'orders-no-created-time.action': '改按付款时间判定',
  'order-bad-created-time': '订单 {orderId} 的创建时间为空或无法识别',
  'order-bad-created-time.action': '接待记录改按付款时间判定',
  // payrun/previous-run.ts
  'payrun.previous-run.the-workbook-to-compare-holds':
    '用于对比的工作簿是 {others} 的工资，不是 {period} 的：不能对比不同月份',
  'payrun.previous-run.to-compare-lacks-the-columns': '用于对比的“{name}”第 1 行缺少列：{missing}（表被改动过？）',
  // sheets/classify.ts
  'sheets.classify.has-columns-but-no': '“{name}”有{kind}列，但没有 {lacks}{hint}',
  // attribution.ts
  'order-agent-not-employed.order-day': '订单 {orderId} 于 {date} 下单，归属的客服 {gone} 当天不在岗（入职/离职日期）',
  'order-agent-not-employed.consultation-day':
    '订单 {orderId} 按接待记录归属的客服 {gone} 在接待当天（{date}）不在岗（入职/离职日期）',
  'order-agent-not-employed': '订单 {orderId} 按接待记录归属的客服 {gone} 本期不在岗',
  'order-agent-not-employed.order-names-not-employed-this': '订单 {orderId} 归属的客服 {gone} 本期不在岗',
  'memo-ambiguous-id': '订单 {orderId} 的备注写了 {token}，可以指花名册中的多个工号（{ids}），无法判定是哪一位',
  'memo-unknown-id': '订单 {orderId} 的备注写了不在花名册中的工号 {strangers}',
  // plan/weights.ts
  'plan-weights-zero': '方案中“{role}”（{roleText}）岗位的权重合计为 0',
  'plan-weights-rescaled': '方案中{roleText}（{role}）的权重合计为 {sum}，不是 100',
  // plan/overrides.ts
  'plan-bad-value': '方案“{keyText}”的值“{value}”无效（应为{expected}）',
  'plan.expects.number': '非负数字',
  'plan.expects.weight': '非负数字（如 30 或 30%）',
  'plan.expects.percent': '百分比（如 5%）或不大于 1 的小数（如 0.05）',
  'plan.expects.bool': '是/否',
  'plan.expects.enum': '{values}',
  'plan.expects.numberList': '逗号分隔的数字',
  'plan.expects.percentList': '逗号分隔的百分比（如 0.5%,1%,1.5%）或不大于 1 的小数',
  'plan.expects.enumList': '逗号分隔、不重复的 {values}',
  // pipeline/locate-inputs.ts
  'sheet-recognised-by-header': '工作表“{name}”按表头识别为{kind}',
  'missing-column.required': '工作表“{name}”缺少必需的列“{column}”（可用列名：{accepted}{seen}）',
  'sheet-not-used': '{look}，未读取',
  'sheet-not-used.item-report.action': '未读取：销售按订单报表计算',
  'sheet-not-used.action': '如需使用，请检查表头（列名）',
  'sheet-not-used.same-kind': '工作表“{name}”也是{kind}，但已使用工作表“{used}”：“{name}”未读取',
  'sheet-not-used.same-kind.action': '如要用它，请删除或改名“{used}”',
  'missing-sheet.others-seen': '。已有的其他工作表：{looks}',
  // issue-digest.ts
  'order-silent.repeated': '{n} 笔订单没有归属客服（静默销售{amount}）',
  'order-silent.repeated-amount': '，净销售额合计 {amount}',
  // parse/order-messages.ts
  'order-bad-paytime': '订单 {orderId} 的付款时间“{value}”无法识别',
  'order.no-number': '(无编号)',
  // parse/adjustments.ts
  'adjustment-bad-amount': '{type}金额“{value}”不是金额',
  'adjustment-negative': '{type}金额写成负数',
  'amount-sub-cent': '金额 {value} 有不足一分的部分',
  // parse/disputes.ts
  'dispute-pending': '{who} 的申诉（{item}{claim}）尚未处理',
  'dispute-pending.claim': '：{claim}',
  // parse/chat.ts
  'chat-duplicate': '“{refText}”{sameDay}的聊天统计出现 {count} 次且数字不同（{where}）',
  'chat-duplicate.repeated': '“{refText}”{sameDay}的聊天统计重复（第 {row} 行已有）',
  'chat-duplicate.same-day': '同一天',
  // parse/roster.ts
  'roster-missing-id': '花名册第 {row} 行没有工号{name}',
  'roster-missing-id.name': '（{name}）',
  'roster-bad-date': '工号 {agentId} 的{which}日期“{value}”无法识别',
  'roster.hireDate': '入职',
  'roster.leaveDate': '离职',
  // pay.ts
  'pay.base': '{level}底薪 {levelBase}{probation}{prorated} = {basePay}',
  'pay.reason': '：{reason}',
  'pay.reward': '奖励{reason}',
  'pay.dispute-approved': '申诉通过：{reason}',
  'pay.project-bonus': '项目奖金{reason}',
  'pay.fine': '罚款{reason}',
  'pay.reversed': '冲减{label}',
  'pay.violation': '第 {ordinal} 次违规{reason}{dismissal}',
  'pay.violation-reason': '（{reason}）',
  'pay.dismissal-review': '，开除审查',
  'pay.part': '{label} {amount}',
  'pay.parts': '{parts} = {total}',
  // attribution.ts
  'attribution.fallback': '改按{sources}归属',
  // sheets/duplicates.ts
  'rows.one': '{sheet} 第 {rows} 行',
  'rows.many': '{sheet} 第 {rows} 行',
  // sheets/row-spans.ts
  'row-spans.one': '第 {rows} 行',
  'row-spans.many': '第 {rows} 行',
  'row-spans.more': '第 {rows} 行等',
  // files/messages.ts
  'file.save-as': '请在 Excel 或 WPS 中打开它，另存为 .xlsx（Excel 工作簿）或 CSV，再导入',
  'file-empty': '{file} 是空文件（0 字节），可能没有下载完整：请重新下载。',
  'file-xls': '{file} 是旧版 Excel（.xls）或 WPS（.et）文件，无法直接读取：{saveAs}。',
  'file-encrypted':
    '{file} 设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中输入密码打开它，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清空密码并保存，再导入。',
  'file-xlsb': '{file} 是 Excel 二进制工作簿（.xlsb），无法直接读取：{saveAs}。',
  'file-numbers':
    '{file} 是 Apple Numbers 文件，无法直接读取：请在 Numbers 中选择“文件 → 导出为 → Excel”或“CSV”，再导入导出的文件。',
  'file-zip': '{file} 是压缩包，不是 Excel 工作簿：请先解压，再导入其中的 .xlsx 或 CSV 文件。',
  'file-html': '{file} 其实是网页格式的表格（有些后台导出的 .xls 就是这样），无法直接读取：{saveAs}。',
  'file-not-table':
    '{file} 不是表格文件（既不是 .xlsx 也不是 CSV 文本）：请导入从后台下载的 .xlsx 或 CSV 文件；其他格式{saveAs}。',
  'file-xlsx-damaged':
    '{file} 看起来是 .xlsx，但文件已损坏或不完整，无法打开：请重新下载，或在 Excel 中打开后另存为新的 .xlsx。',
  'file-xlsx-no-sheets': '{file} 中没有任何工作表：请确认选对了文件。',
  'file-not-found': '找不到文件 {file}：请检查文件名和文件夹。',
  'file-is-folder': '{file} 是文件夹，不是文件：请给出文件夹中的 .xlsx 或 CSV 文件。',
  'file-no-permission': '没有读取 {file} 的权限：请把文件复制到自己的文件夹，或请管理员开放读取权限。',
  'file-unreadable': '无法打开 {file}：请确认文件存在，且没有被其他程序占用。',
  // output/shop-trend-block.ts
  'shop-trend.header.period': '期间',
  'shop-trend.header.sales': '店铺销售额',
  'shop-trend.header.silentShare': '静默销售占比',
  'shop-trend.header.conversion': '询单转化率',
  // pay.ts
  'pay.this-period': ' × 本期 {shareText}',
  'pay.conversion-of-period': '{cbText}{ofPeriod} = {conversionBonus}',
  'pay.tiers-monthly-tiers': '（档位 = 月度档位{ofPeriod}：{bounds}）',
  // pay.ts (paid periods)
  'pay.performance.of-period': '绩效基数 {perfBase} × {grade}系数 {coef}{why}{ofPeriod} = {bonus}',
  'pay.part.of-period': '{label} {monthly}{ofPeriod}',
  'pay.commission-with-note': '{text}{note}',
  // plan/targets.ts
  'targets-unknown-kpi.targets-column-is-not-a': '目标表的列“{value}”不是方案中的指标',
  'targets-unknown-kpi.action': '忽略该列，使用方案中的目标',
  'targets-no-columns.action.whole-sheet-ignored-the-plan': '忽略整张目标表，使用方案目标',
  'plan.targets.the-plan-s-target-applies': '使用方案中的目标',
  'targets-unknown-kpi.target-kpi-is-not-a': '目标表中的指标“{kpiText}”不是方案中的指标（方案的指标键：{kpis}）',
  'targets-duplicate': '{agentId} 的{name}目标写了两次且不同（第 {first} 行已有“{firstValue}”）',
  'targets-duplicate.other-sheet': '{agentId} 的{name}目标写了两次且不同（“{sheet}”第 {first} 行已有“{firstValue}”）',
  'targets-banded-kpi': '指标“{name}”按评分分段计分，个人目标不适用',
  'targets-bad-value.target-is-not-valid': '{agentId} 的{name}目标“{v}”无效',
  // sheets/table.ts
  'header-alternative.column-means-the-same-as': '“{trim}”（{letter} 列）与“{trim2}”（{letter2} 列）含义相同',
  'header-alternative.action.column-used': '使用 {letter} 列',
  'duplicate-header.header-appears-twice-columns-and': '表头“{trim}”重复出现（{letter} 列与 {letter2} 列）',
  'duplicate-header.action.the-first-column-is-used': '使用第一个（{letter} 列），忽略 {letter2} 列',
  // period-share.ts
  'period-share.of-a-month': '{terms} 个月',
} as const;

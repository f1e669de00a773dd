/**
 * The CS.* custom functions (README: Custom functions). Each is a thin wrapper: coerce the
 * arguments (args.ts), call the engine formula the payroll uses
 * (engine/formulas.ts), hand the result to Excel (toCell). No KPI logic here.
 *
 * Amounts and counts are declared `unknown[][]` (a range; a single value
 * arrives as a 1×1 range) so text such as "1,234.50" or "延迟统计" reaches us
 * and gets a precise message instead of Excel's bare #VALUE!.
 *
 * The JSDoc blocks are the functions.json metadata (custom-functions-metadata
 * reads them at build time); the webpack plugin appends the
 * CustomFunctions.associate() calls to this file.
 */
import { ArgumentError, bandScore, formulas as engine, msg, parseBands, toCents } from '../engine';
import type { ArgCode } from '../engine';
import {
  toCell,
  sumArg,
  sumOrBlank,
  numberArg,
  optionalNumberArg,
  numberList,
  optionalNumberList,
  pairedNumbers,
  pairedSums,
  requireCentsFit,
  flagArg,
  choiceArg,
  textArg,
  textList,
  type NaCode,
  type Summed,
  type ChatDays,
} from './args';

/** Amounts, units, targets: a negative cell is a bad argument (net sales never go below 0); a fraction is fine (an order split between agents credits a share of its units). */
const NON_NEGATIVE = { nonNegative: true };
/** People: a whole number of them, never negative. */
const PEOPLE = { nonNegative: true, whole: true };
const people = (label: ArgCode, arg: unknown): Summed => ({ label, arg, opts: PEOPLE });
/** An amount or a count of units, summed: never negative. */
const nonNegative = (label: ArgCode, arg: unknown): Summed => ({ label, arg, opts: NON_NEGATIVE });

/** Paired rows of 聊天统计 are days: one blank on either side is left out of both sums, as the payroll leaves it out. */
const CHAT_DAYS: ChatDays = {};
/** …and a day's unreplied counts at most its received (engine.unrepliedOfDay, as the payroll counts it). */
const REPLY_DAYS: ChatDays = { day: (received, unreplied) => [received, engine.unrepliedOfDay(received, unreplied)] };

/** A rate of two arguments, each summed (row by row when both are ranges; `days` when the rows are chat days); #N/A (`na`) when it has no denominator. */
const ratio = (
  formula: (a: number, b: number) => number | null,
  a: Summed,
  b: Summed,
  na: NaCode,
  days?: ChatDays,
): number => toCell(() => formula(...pairedSums(a, b, days)), na);

/**
 * 询单转化率 Inquiry conversion = 询单最终付款人数 ÷ 询单人数 (paid buyers ÷ inquiries). Ranges are summed; two ranges are paired row by row and a day reading 延迟统计, or blank on either side, is left out of both, as in the payroll. 例 =CS.CONVERSION(200, 106) → 0.53. #N/A when there are no inquiries. Paid buyers above inquiries count as given, as in the payroll (may exceed 1).
 * @customfunction CONVERSION CONVERSION
 * @param inquiries 询单人数（整数） Inquiries: a whole number or a range (summed)
 * @param paidBuyers 询单最终付款人数（整数） Paid buyers: a whole number or a range (summed)
 * @returns 转化率（小数） Conversion as a fraction
 */
export function CONVERSION(inquiries: unknown[][], paidBuyers: unknown[][]): number {
  return ratio(
    engine.conversion,
    people('fn.arg.inquiries', inquiries),
    people('fn.arg.paidBuyers', paidBuyers),
    'fn.na.conversion',
    CHAT_DAYS,
  );
}

/**
 * 客单价 AOV (average order value) = 销售额 ÷ 销售人数 (sales ÷ buyers); ranges are summed (two ranges must be the same size). 例 =CS.AOV(45000, 300) → 150. #N/A when there are no buyers.
 * @customfunction AOV AOV
 * @param sales 客服销售额 Sales: an amount or a range (summed)
 * @param buyers 销售人数（整数） Buyers: a whole number or a range (summed)
 * @returns 客单价 Average order value
 */
export function AOV(sales: unknown[][], buyers: unknown[][]): number {
  return ratio(engine.aov, nonNegative('fn.arg.sales', sales), people('fn.arg.buyers', buyers), 'fn.na.aov');
}

/**
 * 客件数 UPT (units per transaction) = 销售量 ÷ 销售人数 (units ÷ buyers); ranges are summed (two ranges must be the same size). 例 =CS.UPT(450, 300) → 1.5. #N/A when there are no buyers.
 * @customfunction UPT UPT
 * @param units 销售量 Units sold: a number or a range (summed)
 * @param buyers 销售人数（整数） Buyers: a whole number or a range (summed)
 * @returns 客件数 Units per buyer
 */
export function UPT(units: unknown[][], buyers: unknown[][]): number {
  return ratio(engine.upt, nonNegative('fn.arg.units', units), people('fn.arg.buyers', buyers), 'fn.na.upt');
}

/**
 * 回复率 Reply rate = (接待人数 − 未回复人数) ÷ 接待人数 ((received − unreplied) ÷ received). Ranges are summed; two ranges are paired row by row and a day reading 延迟统计, or blank on either side, is left out of both, as in the payroll. Paired by day, a day's 未回复 above its 接待 counts as all unreplied, as in the payroll. 例 =CS.REPLYRATE(500, 10) → 0.98. #N/A when nobody was received.
 * @customfunction REPLYRATE REPLYRATE
 * @param received 接待人数（整数） Customers received: a whole number or a range (summed)
 * @param unreplied 未回复人数（整数） Customers not replied to: a whole number or a range (summed)
 * @returns 回复率（小数） Reply rate as a fraction
 */
export function REPLYRATE(received: unknown[][], unreplied: unknown[][]): number {
  return ratio(
    engine.replyRate,
    people('fn.arg.received', received),
    people('fn.arg.unreplied', unreplied),
    'fn.na.reply-rate',
    REPLY_DAYS,
  );
}

/**
 * 退款率 Refund rate = 退款金额 ÷ 买家实际支付金额 (refunds ÷ amount paid); ranges are summed (two ranges must be the same size). 例 =CS.REFUNDRATE(1200, 60000) → 0.02. #N/A when nothing was paid.
 * @customfunction REFUNDRATE REFUNDRATE
 * @param refunds 退款金额 Refunds: an amount or a range (summed)
 * @param paid 买家实际支付金额 Amount paid by buyers: an amount or a range (summed)
 * @returns 退款率（小数） Refund rate as a fraction
 */
export function REFUNDRATE(refunds: unknown[][], paid: unknown[][]): number {
  return ratio(
    engine.refundRate,
    nonNegative('fn.arg.refunds', refunds),
    nonNegative('fn.arg.paid', paid),
    'fn.na.refund-rate',
  );
}

/**
 * 净销售额 Net sales of an order = max(0, 实付 − 邮费 − 退款) (paid − postage − refund, never below 0). Ranges are paired row by row (one order per row) and the orders' net sales added; a single value applies to every row. 例 =CS.NETSALES(268, 10, 0) → 258. 实付已扣退款的报表（淘宝/天猫：总金额 = 实付 + 退款，审计表注明）退款填 0 When 实付 is already net of the refund (Taobao/Tmall reports: 总金额 = 实付 + 退款; the Audit sheet says which), pass 0 as refund, as the payroll deducts it only once.
 * @customfunction NETSALES NETSALES
 * @param paid 买家实际支付金额 Amount paid: an amount or a range of orders
 * @param postage 买家应付邮费 Postage: an amount or a range of orders
 * @param refund 退款金额 Refund: an amount or a range of orders; 0 when 实付 is already net of it
 * @returns 净销售额（元） Net sales in yuan, exact to the cent
 */
export function NETSALES(paid: unknown[][], postage: unknown[][], refund: unknown[][]): number {
  return toCell(() => {
    const orders = pairedNumbers([
      ['fn.arg.paid', paid],
      ['fn.arg.postage', postage],
      ['fn.arg.refund', refund],
    ]);
    for (const order of orders) requireCentsFit(order);
    // Whole cents per order, so a column of orders adds up exactly.
    // An all-blank row (the rest of a whole column) nets 0: skipped, not computed a million times.
    const cents = orders.reduce(
      (sum, [p, q, r]) => (p === 0 && q === 0 && r === 0 ? sum : sum + toCents(engine.netSales(p, q, r))),
      0,
    );
    return cents / 100;
  });
}

/**
 * 备注中的客服工号 The roster agentIds written in an order memo (商家备忘), as whole tokens (KF07, #KF07, 客服:KF07, KF07/KF12), in the order written, joined with ",". 例 =CS.MEMOAGENTS("客服:KF07/kf12 已催付", A2:A40) → "KF07,KF12". #N/A when none is found.
 * @customfunction MEMOAGENTS MEMOAGENTS
 * @param memo 商家备忘 Order memo text
 * @param agentIds 花名册工号 Roster agentIds: a range of 工号
 * @returns 工号，逗号分隔 The agentIds found, comma-separated, spelled as in the roster
 */
export function MEMOAGENTS(memo: string, agentIds: unknown[][]): string {
  return toCell(() => {
    const ids = textList(agentIds);
    if (ids.length === 0) throw new ArgumentError(msg('fn.no-agent-ids', { arg: msg('fn.arg.agentIds') }));
    // Match on the engine's normalised form; answer in the roster's own spelling.
    const bySpelling = new Map<string, string>();
    for (const id of ids)
      if (!bySpelling.has(engine.normalizeAgentId(id))) bySpelling.set(engine.normalizeAgentId(id), id);
    const found = engine.memoAgents(textArg('fn.arg.memo', memo), new Set(bySpelling.keys()));
    return found.length === 0 ? null : found.map((t) => bySpelling.get(t) ?? t).join(',');
  }, 'fn.na.memo-agents');
}

/**
 * KPI 得分 KPI score = min(实际 ÷ 目标, 上限) × 100, or min(目标 ÷ 实际, 上限) × 100 when lower is better (实际为 0 → 上限 × 100). 例 =CS.SCORE(0.53, 0.5) → 106; =CS.SCORE(24, 30, TRUE) → 120. #N/A when the actual or target is blank or the target is 0.
 * @customfunction SCORE SCORE
 * @param actual 实际值 Actual value: a number or a range (summed); blank = not available
 * @param target 目标值 Target: a number or a range (summed)
 * @param [lowerIsBetter] 越低越好 TRUE when lower is better (e.g. 平均响应 avg response); default FALSE
 * @param [cap] 封顶倍数 Cap on actual ÷ target; default 1.2
 * @returns 得分 Score (100 = on target)
 */
export function SCORE(actual: unknown[][], target: unknown[][], lowerIsBetter?: unknown, cap?: unknown): number {
  return toCell(
    () =>
      engine.kpiScore(
        sumOrBlank('fn.arg.actual', actual),
        // A negative target is a bad argument (the payroll refuses one in the plan); 0 is not available.
        sumOrBlank('fn.arg.target', target, NON_NEGATIVE),
        flagArg('fn.arg.lowerIsBetter', lowerIsBetter, false),
        numberArg('fn.arg.cap', cap, 1.2),
      ),
    'fn.na.score',
  );
}

/**
 * 加权总分 Weighted score = Σ 权重 × 得分 ÷ Σ 权重 (Σ weight × score ÷ Σ weights). A score that is blank or N/A text drops out and the other weights are scaled up. The ranges are paired cell by cell. 例 =CS.WEIGHTED({110,90,100}, {30,30,40}) → 100.
 * @customfunction WEIGHTED WEIGHTED
 * @param scores 各项得分 KPI scores: a range
 * @param weights 权重 Weights: a range of the same size
 * @returns 加权总分 Weighted total score
 */
export function WEIGHTED(scores: unknown[][], weights: unknown[][]): number {
  return toCell(
    () =>
      engine.weightedScore(optionalNumberList('fn.arg.scores', scores), numberList('fn.arg.weights', weights, 'zero')),
    'fn.na.weighted',
  );
}

/**
 * 分段得分 Band score: the score of the first band the value reaches, with the bands written as in the plan's KPI table (业绩分段描述). 例 =CS.BANDSCORE(80, "优 ≥ 90 → 100, 良 ≥ 75 → 85, 中 ≥ 60 → 70, 差 → 0") → 85. Below every band → 0. #N/A when the value is blank.
 * @customfunction BANDSCORE BANDSCORE
 * @param value 实际值 Value (e.g. a 主管评分): a number or a range (summed); blank = not available
 * @param bands 评分分段 Bands, e.g. "优 ≥ 90 → 100, 良 ≥ 75 → 85, 差 → 0"
 * @returns 得分 Score of the band reached
 */
export function BANDSCORE(value: unknown[][], bands: unknown): number {
  return toCell(
    () => bandScore(sumOrBlank('fn.arg.value', value), parseBands(textArg('fn.arg.bands', bands))),
    'fn.na.band-score',
  );
}

/**
 * 等级 Grade: ≥ 100 金牌, ≥ 90 银牌, ≥ 80 铜牌, else 不达标 (gold / silver / bronze / fail). 例 =CS.GRADE(92.5) → "银牌".
 * @customfunction GRADE GRADE
 * @param score 总分 Total score
 * @returns 金牌 / 银牌 / 铜牌 / 不达标
 */
export function GRADE(score: unknown): string {
  return toCell(() => engine.grade(optionalNumberArg('fn.arg.score', score)));
}

/**
 * 阶梯奖金 Tier bonus: value ≥ start → startAmount, plus stepAmount for every further full step, uncapped (转化奖金 conversion bonus). 例 =CS.TIERBONUS(0.58, 0.5, 800, 0.02, 400) → 2400. #N/A when the value is blank (not available); the payroll pays 0 then: =IFNA(CS.TIERBONUS(…), 0).
 * @customfunction TIERBONUS TIERBONUS
 * @param value 实际值 Value reached, e.g. conversion 0.58; blank = not available
 * @param start 起点 Threshold of the first tier, e.g. 0.5
 * @param startAmount 起点奖金 Bonus at the threshold, e.g. 800
 * @param step 阶梯 Size of each further step, e.g. 0.02
 * @param stepAmount 每阶加奖 Bonus added per full step, e.g. 400
 * @returns 奖金（元） Bonus in yuan
 */
export function TIERBONUS(
  value: unknown,
  start: unknown,
  startAmount: unknown,
  step: unknown,
  stepAmount: unknown,
): number {
  return toCell(() => {
    const reached = optionalNumberArg('fn.arg.value', value);
    const tiers = [
      numberArg('fn.arg.start', start),
      numberArg('fn.arg.startAmount', startAmount),
      numberArg('fn.arg.step', step),
      numberArg('fn.arg.stepAmount', stepAmount),
    ] as const;
    // Blank as in SCORE: not available, so IFNA(…, 0) gives the payroll's 0 for a conversion it has not got.
    return reached === null ? null : engine.tierBonus(reached, ...tiers);
  }, 'fn.na.tier-bonus');
}

const COMMISSION_MODES: Record<string, engine.CommissionMode> = {
  marginal: 'marginal',
  累进: 'marginal',
  超额累进: 'marginal',
  flat: 'flat',
  全额: 'flat',
};

/**
 * 提成 Commission on sales with tiers: bounds (ascending) and one more rate than bounds. "marginal" (超额累进, default) takes each slice at its own rate; "flat" (全额) applies the reached tier's rate to all. 例 =CS.COMMISSION(120000, {50000,100000}, {0.005,0.01,0.015}) → 1050.
 * @customfunction COMMISSION COMMISSION
 * @param sales 销售额 Sales: an amount or a range (summed)
 * @param bounds 分档上限 Tier bounds in yuan, ascending: a range
 * @param rates 提成比例 Rates: a range with one more cell than bounds
 * @param [mode] 计算方式 "marginal" (default) or "flat"
 * @returns 提成（元） Commission in yuan, rounded to the cent
 */
export function COMMISSION(sales: unknown[][], bounds: unknown[][], rates: unknown[][], mode?: string): number {
  return toCell(() => {
    const total = sumArg('fn.arg.sales', sales, NON_NEGATIVE);
    const tiers = numberList('fn.arg.bounds', bounds, 'skip');
    requireCentsFit([total, ...tiers]);
    return engine.commission(
      total,
      tiers,
      numberList('fn.arg.rates', rates, 'skip'),
      choiceArg('fn.arg.mode', mode, COMMISSION_MODES, 'marginal'),
    );
  });
}

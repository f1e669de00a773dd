/** The engine's domain types: roster, measures, scores, pay, results. */
import type { Cents } from './money';
import type { Grade } from './formulas';
import type { RefundConventionInfo } from './parse/refund-convention';
import type { TrendPoint } from './trend';

export type Lang = 'zh' | 'en';
export interface LocalText {
  zh: string;
  en: string;
}

export type Role = 'presales' | 'insales' | 'aftersales';
export const ROLES: Role[] = ['presales', 'insales', 'aftersales'];
export type Level = 'junior' | 'intermediate' | 'senior' | 'expert';
export const LEVELS: Level[] = ['junior', 'intermediate', 'senior', 'expert'];
export type Status = 'probation' | 'regular';

/** A KPI's key as the plan names it: one of the six built-ins or any key of the plan's KPI table. */
export type KpiKey = string;
/** The six KPIs of the default plan. */
export type BuiltinKpiKey = 'sales' | 'conversion' | 'aov' | 'replyRate' | 'avgResponse' | 'satisfaction';
export const KPI_KEYS: BuiltinKpiKey[] = ['sales', 'conversion', 'aov', 'replyRate', 'avgResponse', 'satisfaction'];

export type StarKey = 'salesStar' | 'conversionStar' | 'aovStar' | 'serviceStar';

export type Severity = 'fatal' | 'error' | 'warning' | 'info';

/** A data problem: where it is, what it was, and what was done about it. */
export interface Issue {
  severity: Severity;
  code: string;
  sheet: string | null;
  /** Excel row number (1-based), null for sheet-level problems. */
  row: number | null;
  /** Header text and letter, e.g. "买家实际支付金额 (F)". */
  column: string | null;
  /** Cell address for navigation, e.g. "F12". */
  cell: string | null;
  value: string | null;
  message: LocalText;
  /** What was done: skipped, treated as N/A, silent sales … */
  action: LocalText;
  /** Agent concerned, when known. */
  agentId?: string;
  /** Money the row is about (silent orders: net sales), in cents, so repeated rows can be summed. */
  amount?: number;
}

export interface Agent {
  agentId: string; // normalised (upper case)
  name: string;
  account: string;
  role: Role;
  level: Level;
  status: Status;
  hireDate: number | null; // serial
  leaveDate: number | null;
  /** Excel row in the roster sheet. */
  row: number;
}

/** Measures (docs/rules.md) for one agent in the period. Ratios are fractions; null = not available. */
export interface Measures {
  sales: Cents;
  buyers: number;
  units: number;
  orders: number; // orders credited (split orders count for each agent)
  paid: Cents; // Σ 买家实际支付金额 share
  refunds: Cents; // Σ 退款金额 share
  aov: number | null; // yuan
  upt: number | null;
  consultations: number; // 咨询人数
  received: number; // 接待人数
  inquiries: number; // 询单人数
  paidBuyers: number; // 询单最终付款人数
  unreplied: number;
  /** 接待人数 over the days where 未回复人数 is known too: the reply rate's denominator. */
  replyReceived: number;
  conversion: number | null;
  replyRate: number | null;
  avgResponseSec: number | null;
  satisfaction: number | null;
  evaluations: number; // evaluation count behind satisfaction
  refundRate: number | null;
  /** 首次响应(秒), weighted by 接待人数 like the average response; null when never given. */
  firstResponseSec?: number | null;
  /** 答问比, weighted by 接待人数; null when never given. */
  answerRatio?: number | null;
  chatRows: number;
  /** Orders and sales credited by each attribution source (split orders: the agent's share, counted once each). */
  bySource: SalesBySource;
}

/** Where an order's agent came from: the explicit agent column, the consultation records, or the memo's 工号. */
export type AttributionSource = 'explicit' | 'consultation' | 'memo';
export const ATTRIBUTION_SOURCES: AttributionSource[] = ['explicit', 'consultation', 'memo'];
export type SalesBySource = Record<AttributionSource, { orders: number; sales: Cents }>;

export interface KpiResult {
  key: KpiKey;
  weight: number; // plan weight for the role (0 = not scored)
  actual: number | null; // sales in yuan, ratios as fractions, seconds
  target: number | null;
  score: number | null; // 0–120, null when not available
}

export interface QaSummary {
  deducted: number;
  fatal: boolean;
  items: { date: string | null; item: string; points: number; fatal: boolean }[];
}

export interface AdjustmentLine {
  /** 'dispute': an approved 申诉, paid as awards (positive) or fines (negative). */
  type: 'reward' | 'fine' | 'violation' | 'project' | 'dispute';
  date: string | null;
  /** Negative only for a reward or project bonus written negative: a reward taken back, paid in fines. */
  amount: Cents;
  reason: string;
  /** For violations: 1st, 2nd, 3rd … in the month. */
  ordinal?: number;
  dismissalReview?: boolean;
}

export interface StarAward {
  key: StarKey | 'pk';
  label: LocalText;
  amount: Cents;
  detail: LocalText;
}

export interface Pay {
  basePay: Cents;
  performanceBonus: Cents;
  conversionBonus: Cents;
  commission: Cents;
  awards: Cents;
  fines: Cents;
  grossPay: Cents;
  daysEmployed: number;
  daysInMonth: number;
}

/** One line of an agent's statement: a component, its amount, and why. */
export interface StatementLine {
  component: 'basePay' | 'performanceBonus' | 'conversionBonus' | 'commission' | 'awards' | 'fines' | 'grossPay';
  amount: Cents;
  explanation: LocalText;
}

export interface AgentResult {
  agent: Agent;
  measures: Measures;
  kpis: KpiResult[];
  qa: QaSummary;
  score: number | null; // total, 2 decimals
  grade: Grade;
  rank: number; // within role
  stars: StarAward[];
  adjustments: AdjustmentLine[];
  pay: Pay;
  statement: StatementLine[];
  /** Consecutive 不达标 months ending with this one (0 when this month passes). */
  failureStreak: number;
  streakFlag: 'none' | 'warning' | 'elimination';
  flags: LocalText[];
  /** Up to the last 6 periods of this kind, this one last (trend.ts). */
  trend: TrendPoint[];
  /** Score lower than last period, which was lower than the one before. */
  scoreFalling: boolean;
}

export interface ShopFigures {
  orders: number; // paid orders in period (deduplicated)
  sales: Cents; // Σ net sales of the period's orders
  attributedSales: Cents;
  silentSales: Cents;
  silentOrders: number;
  silentShare: number | null;
  /** Orders and net sales credited by each attribution source. */
  salesBySource: SalesBySource;
  paid: Cents;
  refunds: Cents;
  consultations: number;
  inquiries: number;
  paidBuyers: number;
  conversion: number | null;
}

export type InputKind =
  | 'roster'
  | 'orders'
  | 'chat'
  | 'qa'
  | 'adjustments'
  | 'targets'
  | 'plan'
  | 'disputes'
  | 'ratings'
  | 'consultations'
  | 'history';

export interface InputSheetSummary {
  kind: InputKind;
  sheet: string;
  headerRow: number; // Excel row of the header
  dataRows: number; // rows below the header, summary and blank rows excluded
  /** SHA-256 (hex) of the sheet's values, for the audit. */
  checksum: string;
  /** Order sheets: whether 买家实际支付金额 was read as already net of the refund, and why. */
  refundConvention?: RefundConventionInfo;
}

export type DisputeStatus = 'pending' | 'approved' | 'rejected';

/** One 申诉 of the period: what was disputed, what was asked, what was decided. */
export interface DisputeRecord {
  agentId: string;
  name: string;
  /** The pay component or KPI disputed, in Chinese (e.g. 提成, 询单转化率). */
  item: string;
  claim: string;
  /** Cents asked (negative: a deduction); null when no amount is written. */
  amount: Cents | null;
  status: DisputeStatus;
  decision: string;
  reason: string;
  sheet: string;
  /** Excel row of the dispute. */
  row: number;
}

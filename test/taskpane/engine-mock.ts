/**
 * A stand-in for src/engine's public API in component tests, so each test
 * decides what the engine reports; everything it does not replace is the real
 * engine. Used through
 * `jest.mock('../../src/engine', () => ({ ...jest.requireActual('../../src/engine'), ...require('./engine-mock') }))`.
 */
import type { SheetData, WorkbookData } from '../../src/engine/cell';
import type { AgentResult, InputSheetSummary, Issue, Lang, Role, ShopFigures, StarAward } from '../../src/engine/model';
import type { SheetSpec } from '../../src/engine/output/sheet-spec';
import { detectInputSheets as realDetectInputSheets } from '../../src/engine/sheets/detect';

// Pure name parsing and sheet detection: the real ones, so the pane is tested with the names the engine accepts.
export { scorecardPeriod } from '../../src/engine/sheets/detect';
// Pay-run control is pure: the real change list, lock rows and sheet names.
export * from '../../src/engine/payrun';
export { sheetName } from '../../src/engine/output/labels';
export { columnLetter } from '../../src/engine/cell';
export { NUMBER_FORMATS, isFormulaCell } from '../../src/engine/output/sheet-spec';
// Pure: the real digest, so the pane's counts are tested as they run.
export { digestIssues } from '../../src/engine/issue-digest';
export { isEarlierPeriod } from '../../src/engine/sheets/detect';
export { parsePeriod, weekOf, previousPeriod, formatSerial } from '../../src/engine/dates';

export const detectInputSheets = jest.fn(realDetectInputSheets);

export function summaries(wb: WorkbookData): InputSheetSummary[] {
  return detectInputSheets(wb.sheets.map((s) => s.name)).map((d) => ({
    kind: d.kind,
    sheet: d.name,
    headerRow: 1,
    dataRows: Math.max(0, (wb.sheets.find((s) => s.name === d.name)?.rows.length ?? 1) - 1),
    checksum: '0',
  }));
}

export const validateWorkbook = jest.fn((wb: WorkbookData, period: string) => ({
  period,
  inputs: summaries(wb),
  issues: [] as Issue[],
  fatal: [] as Issue[],
  ok: true,
}));

export const runPayroll = jest.fn((wb: WorkbookData, opts: { period: string }) =>
  fakeResult(opts.period, [], summaries(wb)),
);

export const outputSheetNames = jest.fn((period: string) => [
  `绩效 ${period}`,
  `工资表 ${period}`,
  `Scorecard ${period}`,
  `Payroll ${period}`,
]);

export const buildOutputSheets = jest.fn((result: { period: string }, lang: Lang): SheetSpec[] =>
  (['scorecard', 'payroll'] as const).map((kind) => ({
    kind,
    name:
      lang === 'zh'
        ? `${kind === 'scorecard' ? '绩效' : '工资表'} ${result.period}`
        : `${kind === 'scorecard' ? 'Scorecard' : 'Payroll'} ${result.period}`,
    columns: [{ key: 'agentId', header: lang === 'zh' ? '工号' : 'Agent ID', format: 'text' }],
    rows: [['KF01'], ['KF02']],
    freezeHeader: true,
    autoFilter: true,
    protect: kind === 'payroll',
  })),
);

export const financeCsv = jest.fn(
  (_r: unknown, lang: Lang) =>
    `\ufeff${lang === 'zh' ? '工号,姓名,应发' : 'Agent ID,Name,Gross pay'}\r\nKF01,小美,8000.00\r\n`,
);

export const DEMO_SHEETS: SheetData[] = [
  {
    name: '花名册',
    rows: [
      ['工号', '姓名'],
      ['KF01', '小美'],
      ['KF02', '小丽'],
    ],
  },
  {
    name: '订单报表',
    rows: [
      ['订单编号', '买家实际支付金额'],
      ['1', 100],
      ['2', 200],
      ['3', 300],
    ],
  },
  {
    name: '聊天统计',
    rows: [
      ['旺旺', '询单人数'],
      ['店:小美', 10],
    ],
  },
];

export const generateDemoWorkbook = jest.fn((_opts?: { period?: string }): WorkbookData => ({
  sheets: DEMO_SHEETS.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) })),
}));

export const defaultPlanSheet = jest.fn((lang: Lang): SheetData => ({
  name: lang === 'zh' ? '方案' : 'Plan',
  rows: [
    ['键', '值'],
    ['weights.presales.sales', 30],
  ],
}));

/** An issue at a cell, with bilingual text. */
export function issue(
  sheet: string | null,
  cell: string | null,
  zh: string,
  en: string,
  severity: Issue['severity'] = 'warning',
): Issue {
  const row = cell ? Number(cell.replace(/^[A-Z]+/, '')) : null;
  return {
    severity,
    code: 'test',
    sheet,
    row,
    column: null,
    cell,
    value: null,
    message: { zh, en },
    action: { zh: '已跳过该行', en: 'row skipped' },
  };
}

/** An agent result with only what the pane shows filled in meaningfully. */
export function agent(
  agentId: string,
  name: string,
  role: Role,
  rank: number,
  score: number,
  stars: StarAward[] = [],
): AgentResult {
  return {
    agent: {
      agentId,
      name,
      account: `店:${name}`,
      role,
      level: 'junior',
      status: 'regular',
      hireDate: null,
      leaveDate: null,
      row: rank + 1,
    },
    measures: {} as AgentResult['measures'],
    kpis: [],
    qa: { deducted: 0, fatal: false, items: [] },
    score,
    grade: score >= 100 ? '金牌' : score >= 90 ? '银牌' : score >= 80 ? '铜牌' : '不达标',
    rank,
    stars,
    adjustments: [],
    pay: {
      basePay: 300000,
      performanceBonus: 0,
      conversionBonus: 0,
      commission: 0,
      awards: 0,
      fines: 0,
      grossPay: 300000,
      daysEmployed: 31,
      daysInMonth: 31,
    },
    statement: [],
    failureStreak: 0,
    streakFlag: 'none',
    flags: [],
    trend: [
      {
        period: '2026-10',
        score,
        grade: score >= 100 ? '金牌' : score >= 90 ? '银牌' : score >= 80 ? '铜牌' : '不达标',
        sales: null,
        conversion: null,
      },
    ],
    scoreFalling: false,
  };
}

export const SALES_STAR: StarAward = {
  key: 'salesStar',
  label: { zh: '业绩之星', en: 'Sales star' },
  amount: 20000,
  detail: { zh: '', en: '' },
};

export function shop(over: Partial<ShopFigures> = {}): ShopFigures {
  return {
    orders: 3,
    sales: 123456789,
    attributedSales: 108024690,
    silentSales: 15432099,
    silentOrders: 1,
    silentShare: 0.125,
    salesBySource: {
      explicit: { orders: 0, sales: 0 },
      consultation: { orders: 0, sales: 0 },
      memo: { orders: 2, sales: 108024690 },
    },
    paid: 130000000,
    refunds: 0,
    consultations: 100,
    inquiries: 50,
    paidBuyers: 25,
    conversion: 0.5,
    ...over,
  };
}

export function fakeResult(
  period: string,
  agents: AgentResult[],
  inputs: InputSheetSummary[] = [],
  issues: Issue[] = [],
) {
  return {
    period,
    periodKind: 'month',
    paysPeriod: true,
    shopTrend: [],
    shop: shop(),
    agents,
    issues,
    inputs,
    plan: {},
    generatedAt: '2026-11-01T08:00:00.000Z',
    version: 'test',
  };
}

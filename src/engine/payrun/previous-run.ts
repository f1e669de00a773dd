/**
 * Reads what an earlier generation left behind — its payroll, statements and
 * audit sheets as 2-D arrays — back into plain data, so a regeneration can say
 * what changed. Works on either language of the outputs.
 */
import { isBlank, type Cell, type SheetData } from '../cell';
import type { LocalText } from '../model';
import { PAYROLL_COLUMNS, MONEY_KEYS } from '../output/payroll';
import { COMPONENT_TEXT } from '../output/statements';
import { sheetName } from '../output/labels';
import { joined, message, msg, phrase, type PlainCode } from '../messages';
import { auditTimeText, splitZone } from '../output/audit-time';

export type MoneyKey = (typeof MONEY_KEYS)[number];

export interface PreviousAgent {
  agentId: string;
  name: string;
  /** Cents of each pay component, as the payroll sheet shows them. */
  pay: Record<MoneyKey, number>;
  /** How each component was computed (statement lines), when the statements sheet is there. */
  why: Partial<Record<MoneyKey, string>>;
}

export interface PreviousRun {
  period: string;
  /** When the earlier run was generated (UTC, as its audit says). */
  generatedAt: string;
  shopName: string;
  agents: PreviousAgent[];
  /** input sheet name → SHA-256, as the audit lists them. */
  inputs: Map<string, string>;
  /** input sheet name → its data rows, as the audit's note on it says (absent when the note does not read). */
  inputRows: Map<string, number>;
  /** How those were computed (CHECKSUM_METHOD); 1 for an audit without the row. */
  checksumMethod: number;
  /** plan key → value text. */
  plan: Map<string, string>;
}

/** Why an earlier output cannot be compared: a message for the manager. */
export class CompareRefused extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalText,
  ) {
    super(text.en);
    this.name = 'CompareRefused';
  }
}

/** Output cells are read as written (no folding of full-width text): they must match this run's names exactly. */
const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : typeof c === 'string' ? c.trim() : String(c);
const yuanToCents = (c: Cell): number | null =>
  typeof c === 'number' && Number.isFinite(c) ? Math.round(c * 100) : null;

/** The period's output sheet of this kind, under its Chinese or English name. */
export function findSheet(
  sheets: SheetData[],
  kind: 'payroll' | 'statements' | 'audit' | 'issues',
  period: string,
): SheetData | null {
  const names = [sheetName(kind, period, 'zh'), sheetName(kind, period, 'en')];
  return sheets.find((s) => names.includes(s.name.trim())) ?? null;
}

/** Periods an output workbook holds payroll sheets for (to say which one it is when it is not ours). */
function payrollPeriods(sheets: SheetData[]): string[] {
  return sheets.map((s) => /^(?:工资表|Payroll)\s+(\S+)$/i.exec(s.name.trim())?.[1]).filter((p): p is string => !!p);
}

/** The earlier run of `period` in these sheets; throws CompareRefused when it is not there or not readable. */
export function readPreviousRun(sheets: SheetData[], period: string): PreviousRun {
  const payroll = findSheet(sheets, 'payroll', period);
  const audit = findSheet(sheets, 'audit', period);
  if (!payroll || !audit) {
    const others = payrollPeriods(sheets);
    if (others.length > 0) {
      throw new CompareRefused(
        'compare-other-period',
        msg('payrun.previous-run.the-workbook-to-compare-holds', { others: joined(others), period }),
      );
    }
    throw new CompareRefused('compare-no-outputs', msg('payrun.previous-run.the-workbook-to-compare-has', { period }));
  }
  const { auditPeriod, generatedAt, shopName, inputs, inputRows, checksumMethod, plan } = readAudit(audit);
  if (auditPeriod && auditPeriod !== period) {
    throw new CompareRefused(
      'compare-other-period',
      msg('payrun.previous-run.the-audit-sheet-to-compare', { auditPeriod, period }),
    );
  }
  const agents = readPayroll(payroll);
  const statements = findSheet(sheets, 'statements', period);
  if (statements) readStatements(statements, agents);
  return { period, generatedAt, shopName, agents, inputs, inputRows, checksumMethod, plan };
}

function readPayroll(sheet: SheetData): PreviousAgent[] {
  const header = (sheet.rows[0] ?? []).map((c) => cellText(c));
  const indexOf = new Map<string, number>();
  for (const def of PAYROLL_COLUMNS) {
    const zh = def('zh').header;
    const en = def('en').header;
    const i = header.findIndex((h) => h === zh || h === en);
    if (i >= 0) indexOf.set(def('zh').key, i);
  }
  const missing = ['agentId', 'name', ...MONEY_KEYS].filter((k) => !indexOf.has(k));
  if (missing.length > 0) {
    throw new CompareRefused(
      'compare-bad-payroll',
      msg('payrun.previous-run.to-compare-lacks-the-columns', { name: sheet.name, missing: joined(missing) }),
    );
  }
  const agents: PreviousAgent[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const id = cellText(row[indexOf.get('agentId')!]);
    if (id === '' || isText(id, 'payroll.total')) break; // totals row, then notes
    const pay = {} as Record<MoneyKey, number>;
    for (const k of MONEY_KEYS) pay[k] = yuanToCents(row[indexOf.get(k)!]) ?? 0;
    agents.push({ agentId: id, name: cellText(row[indexOf.get('name')!]), pay, why: {} });
  }
  return agents;
}

const LABEL_TO_KEY = new Map<string, MoneyKey>();
for (const [k, label] of Object.entries(COMPONENT_TEXT)) {
  LABEL_TO_KEY.set(label.zh, k as MoneyKey);
  LABEL_TO_KEY.set(label.en, k as MoneyKey);
}

/**
 * Statement blocks: a title row "工号 姓名", then one row per component (label, amount, explanation),
 * then a blank row. Other rows inside a block (the 销售额来源 line) keep the block: only a title or a
 * blank row starts or ends one.
 */
function readStatements(sheet: SheetData, agents: PreviousAgent[]): void {
  const byTitle = new Map(agents.map((a) => [`${a.agentId} ${a.name}`, a]));
  statementLines(sheet, new Set(byTitle.keys()), (title, key, why) => void (byTitle.get(title)!.why[key] = why));
}

/** Each component line of the blocks titled as in `titles` ("工号 姓名"): its block's title, component and explanation. */
export function statementLines(
  sheet: SheetData,
  titles: ReadonlySet<string>,
  each: (title: string, key: MoneyKey, explanation: string) => void,
): void {
  let current: string | undefined;
  for (let r = 1; r < sheet.rows.length; r++) {
    const [a, b, c] = sheet.rows[r] ?? [];
    const label = cellText(a);
    const key = LABEL_TO_KEY.get(label);
    if (key && current) each(current, key, cellText(c));
    else if (label === '') current = undefined;
    else if (isBlank(b) && titles.has(label)) current = label;
  }
}

/** Whether a cell of an earlier output reads as this catalog text, in either language. */
function isText(cell: string, code: PlainCode): boolean {
  return cell === phrase(code, 'zh') || cell === phrase(code, 'en');
}

function readAudit(sheet: SheetData): {
  auditPeriod: string;
  generatedAt: string;
  shopName: string;
  inputs: Map<string, string>;
  inputRows: Map<string, number>;
  checksumMethod: number;
  plan: Map<string, string>;
} {
  let auditPeriod = '';
  let generatedAt = '';
  let shopName = '';
  const inputs = new Map<string, string>();
  const inputRows = new Map<string, number>();
  const plan = new Map<string, string>();
  let checksumMethod = 1;
  for (const row of sheet.rows.slice(1)) {
    const [section, item, value, note] = (row ?? []).map((c) => cellText(c));
    // "生成时间 (UTC+8)" over a date cell; an older Audit's "生成时间 (UTC)" over ISO text.
    const [itemWords, zone] = splitZone(item);
    if (isText(section, 'audit.section.run') && isText(item, 'col.period')) auditPeriod = value;
    else if (isText(section, 'audit.section.run') && isText(itemWords, 'audit.generatedAt'))
      generatedAt = auditTimeText(row?.[2], zone);
    else if (isText(section, 'audit.section.shop') && isText(item, 'audit.shopName')) shopName = value;
    else if (isText(section, 'audit.section.run') && isText(item, 'audit.checksumMethod'))
      checksumMethod = Number(value) || 0;
    else if (isText(section, 'audit.section.input')) {
      inputs.set(inputSheetOf(item), value.replace(/^SHA-256\s+/, ''));
      const rows = dataRowsIn(note ?? '');
      if (rows !== null) inputRows.set(inputSheetOf(item), rows);
    } else if (isText(section, 'audit.section.plan')) plan.set(item, value);
    else if (isText(section, 'audit.section.kpi')) plan.set(`KPI ${item}`, value);
  }
  return { auditPeriod, generatedAt, shopName, inputs, inputRows, checksumMethod, plan };
}

/** The audit's note on an input sheet ("表头第 1 行，数据 12 行") as a pattern capturing the data rows, per language. */
const INPUT_NOTE = (['zh', 'en'] as const).map((lang) => {
  const text = message('audit.input.note', { headerRow: '\u0001', dataRows: '\u0002' }, lang);
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('\u0001', '\\d+').replace('\u0002', '(\\d+)')}$`);
});

/** The data rows an audit's input note states, in either language; null when the note does not read so. */
function dataRowsIn(note: string): number | null {
  for (const re of INPUT_NOTE) {
    const m = re.exec(note);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The audit names an input as "花名册：Roster"; the sheet name is what follows the first "：". */
export function inputSheetOf(item: string): string {
  const i = item.indexOf('：');
  return i >= 0 ? item.slice(i + 1) : item;
}

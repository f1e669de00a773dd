/**
 * Sheets recognised by their header when their name is not one of the known
 * names: an order report left as `ExportOrderList202411011030`, `Sheet1`, a
 * CSV named after its file. Each unknown sheet's best header row is matched
 * against every input kind's field set; the kind naming the most fields wins,
 * and the sheet is taken when it has that kind's required columns. What each
 * unknown sheet looked like is kept for the "missing sheet" message.
 */
import { closestName } from '../near-miss';
import { rowAt, type SheetData } from '../cell';
import type { InputKind, LocalText } from '../model';
import { cellText, normalizeKey } from '../text';
import type { FieldDef } from './aliases';
import { FIELDS_BY_KIND, ITEM_REPORT_FIELDS, OTHER_COLUMNS_NEAR_FIELD_NAMES, SHEET_ALIASES } from './aliases';
import { bestHeaderRow, columnsNamingFields } from './table';
import { sheetKind } from './detect';
import { joined, msg } from '../messages';
import { inSentence, INPUT_KIND_TEXT } from '../messages/labels';

export type TableKind = Exclude<InputKind, 'history'>;

/** Fewer matched fields than this is no evidence of a kind (every kind shares 工号 / 姓名 / 旺旺). */
const MIN_FIELDS = 3;

/**
 * Sheets this add-in writes, for any period (a month, 2026-W43, 20261001-20261015), and its what-if sheets
 * ("测算 KF01 2026-10", cut at 31 characters): never inputs, however input-like their columns, and not "not read"
 * either: in the add-in they sit beside the inputs.
 */
const OUTPUT_SHEET =
  /^(绩效|工资表|工资条|数据问题|审计|scorecard|payroll|statements|issues|audit)\s*(\d{4}-\d{2}|\d{4}-W\d{2}|\d{8}-\d{8})$/i;
const WHATIF_SHEET = /^(测算|what-if) \S+ \d{4}/i;

/** Whether a sheet of this name could be an input recognised by its header (not a known input name, not an output). */
export function mayBeRecognisedByHeader(name: string): boolean {
  const n = name.normalize('NFKC').trim();
  return sheetKind(name) === null && !OUTPUT_SHEET.test(n) && !WHATIF_SHEET.test(n);
}

export interface SheetLook {
  name: string;
  /** The kind its columns suggest, or null when they name too few fields of any kind. */
  looksLike: TableKind | null;
  /** Required fields of that kind the header lacks (empty: taken as that kind). */
  missing: FieldDef[];
  /** Taobao's item report (宝贝报表), said as such: it is what a manager brings instead of the order report. */
  itemReport?: boolean;
  /** A header that is a typo of a missing field's name (付款时问 for 付款时间), said with the missing fields. */
  typo?: { header: string; meant: string };
}

export interface FoundSheets {
  found: { name: string; kind: InputKind; byHeader: boolean }[];
  /** Sheets neither named as an input nor taken by their header. */
  unrecognised: SheetLook[];
}

export function lookOf(sheet: SheetData, fieldsByKind: Record<TableKind, FieldDef[]>): SheetLook {
  let best: SheetLook = { name: sheet.name, looksLike: null, missing: [], itemReport: isItemReport(sheet) };
  let bestCount = MIN_FIELDS - 1;
  let headerIndex = -1;
  for (const kind of Object.keys(fieldsByKind) as TableKind[]) {
    const fields = fieldsByKind[kind];
    const { index, fields: seen } = bestHeaderRow(sheet, fields);
    // Ties go to the kind with fewer required columns missing, then to the order of the table.
    const missing = fields.filter((f) => f.required && !seen.has(f.key));
    if (seen.size > bestCount || (seen.size === bestCount && best.looksLike && missing.length < best.missing.length)) {
      best = { ...best, looksLike: kind, missing };
      bestCount = seen.size;
      headerIndex = index;
    }
  }
  if (best.looksLike && best.missing.length > 0) {
    const header = rowAt(sheet, headerIndex) ?? [];
    const used = new Set(columnsNamingFields(header, fieldsByKind[best.looksLike]));
    for (const f of best.missing) best.typo ??= mistypedHeader(header, used, f) ?? undefined;
  }
  return best;
}

/**
 * Input sheets by name, then unknown sheets by header. A kind found by name is
 * not taken again from an unknown sheet, except orders (several sheets allowed).
 */
export function findInputSheets(sheets: SheetData[], fieldsByKind: Record<TableKind, FieldDef[]>): FoundSheets {
  const found: FoundSheets['found'] = [];
  const unknown: SheetData[] = [];
  for (const s of sheets) {
    const kind = sheetKind(s.name);
    if (kind) found.push({ name: s.name, kind, byHeader: false });
    else if (mayBeRecognisedByHeader(s.name)) unknown.push(s);
  }
  const named = new Set(found.map((f) => f.kind));
  const unrecognised: SheetLook[] = [];
  for (const s of unknown) {
    const look = lookOf(s, fieldsByKind);
    if (look.looksLike && look.missing.length === 0 && (look.looksLike === 'orders' || !named.has(look.looksLike))) {
      found.push({ name: s.name, kind: look.looksLike, byHeader: true });
    } else unrecognised.push(look);
  }
  // Workbook order, so the first roster is the first one in the workbook.
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  found.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  return { found, unrecognised };
}

/**
 * The input sheets the engine will take, from each sheet's first rows (header
 * rows are enough): the task pane lists and reads them before the engine runs.
 */
export function inputSheetsOf(sheets: SheetData[]): {
  found: FoundSheets['found'];
  /** The other sheets (not outputs), each with what it looks like: "“Sheet2”有订单列，但没有 订单付款时间". */
  others: { name: string; look: LocalText }[];
} {
  const { found, unrecognised } = findInputSheets(sheets, FIELDS_BY_KIND);
  return { found, others: unrecognised.map((look) => ({ name: look.name, look: describeLook(look) })) };
}

/** Sheet names a kind is found by, as the parser accepts them: for messages. */
export function sheetNamesOf(kind: TableKind): string {
  return SHEET_ALIASES[kind].join(' / ');
}

/** "ExportOrderList… 有订单列，但没有 订单付款时间" / "Sheet2: no known columns". */
export function describeLook(look: SheetLook): LocalText {
  const name = look.name.length > 32 ? `${look.name.slice(0, 30)}…` : look.name;
  if (look.itemReport) return msg('sheets.classify.item-report', { name });
  if (!look.looksLike) return msg('sheets.classify.has-no-known-columns', { name });
  const kind = inSentence(INPUT_KIND_TEXT[look.looksLike]);
  const lacks = look.missing.map((f) => f.aliases[0]);
  if (lacks.length === 0) return msg('sheets.classify.is-a-sheet', { name, kind });
  const hint = look.typo ? msg('header-did-you-mean', look.typo) : '';
  return msg('sheets.classify.has-columns-but-no', { name, kind, lacks: joined(lacks), hint });
}

/**
 * Taobao's item report (宝贝报表): an order number with an item's title, price and 购买数量, and no payment
 * time (an order report with a price column is still an order report).
 */
export function isItemReport(sheet: SheetData): boolean {
  const { fields } = bestHeaderRow(sheet, ITEM_REPORT_FIELDS);
  if (!['orderId', 'title', 'price', 'itemQty'].every((k) => fields.has(k))) return false;
  return !bestHeaderRow(sheet, FIELDS_BY_KIND.orders).fields.has('payTime');
}

/** Headers of a row that look most like a missing field's names (shared characters), best first. */
export function nearestHeaders(header: unknown[], used: ReadonlySet<number>, field: FieldDef, max = 3): string[] {
  const aliases = field.aliases.map((a) => normalizeKey(a)).filter((a) => a.length > 0);
  const scored: { text: string; score: number }[] = [];
  header.forEach((h, c) => {
    if (used.has(c)) return;
    const text = cellText(h as never);
    const k = normalizeKey(text);
    if (!k) return;
    let score = 0;
    for (const a of aliases) score = Math.max(score, sharedShare(k, a));
    if (score >= 0.5) scored.push({ text, score });
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, max).map((s) => s.text);
}

/**
 * The one unused header that is a typo of a name of the missing field (买家会员民 for 买家会员名, 付款时问 for
 * 付款时间), with the name it misses; null when no header is, or several are, so no guess can mislead.
 */
export function mistypedHeader(
  header: unknown[],
  used: ReadonlySet<number>,
  field: FieldDef,
): { header: string; meant: string; column: number } | null {
  let found: { header: string; meant: string; column: number } | null = null;
  for (let c = 0; c < header.length; c++) {
    const text = used.has(c) ? '' : cellText(header[c] as never);
    const meant = text && !isOtherColumn(text) ? closestName(text, field.aliases) : null;
    if (meant === null) continue;
    if (found) return null;
    found = { header: text, meant, column: c };
  }
  return found;
}

const OTHER_COLUMNS = new Set(OTHER_COLUMNS_NEAR_FIELD_NAMES.map(normalizeKey));
const isOtherColumn = (header: string) => OTHER_COLUMNS.has(normalizeKey(header));

/** Characters two keys share, over the longer one's length. */
function sharedShare(a: string, b: string): number {
  const chars = new Set(b);
  let shared = 0;
  for (const ch of new Set(a)) if (chars.has(ch)) shared++;
  return shared / Math.max(new Set(a).size, chars.size);
}

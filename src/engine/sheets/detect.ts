import type { InputKind } from '../model';
import { normalizeKey } from '../text';
import { SHEET_ALIASES } from './aliases';
import { parsePeriod, periodFromSheetKey } from '../dates';

const ALIAS_TO_KIND = new Map<string, Exclude<InputKind, 'history'>>();
for (const [kind, aliases] of Object.entries(SHEET_ALIASES)) {
  for (const a of aliases) ALIAS_TO_KIND.set(normalizeKey(a), kind as Exclude<InputKind, 'history'>);
}

/** Output sheets of earlier runs: "绩效 2026-09" / "Scorecard 2026-W42" / "绩效 20261001-20261015". */
const HISTORY_RE = /^(绩效|scorecard)\s*(\d{4}-\d{2}|\d{4}-W\d{2}|\d{8}-\d{8})$/i;

/** The period key ("2026-09", "2026-W42", "2026-10-01..2026-10-15") of a scorecard sheet name, or null. */
export function scorecardPeriod(name: string): string | null {
  const m = HISTORY_RE.exec(name.normalize('NFKC').trim());
  return m ? (periodFromSheetKey(m[2].toUpperCase())?.key ?? null) : null;
}

/** Does the earlier scorecard `historyKey` end before `periodKey` starts? (false for either unreadable) */
export function isEarlierPeriod(historyKey: string, periodKey: string): boolean {
  const h = parsePeriod(historyKey);
  const p = parsePeriod(periodKey);
  return !!h && !!p && h.end <= p.start;
}

/** Which input a sheet is, by its name; null for anything else (outputs, notes …). */
export function sheetKind(name: string): InputKind | null {
  if (scorecardPeriod(name)) return 'history';
  const k = normalizeKey(name);
  const direct = ALIAS_TO_KIND.get(k);
  if (direct) return direct;
  // "Orders (2)", "订单报表2", "Orders-3": several sheets of one export.
  const base = k.replace(/(\(\d+\)|（\d+）|[-_]?\d+)$/, '');
  return base !== k ? (ALIAS_TO_KIND.get(base) ?? null) : null;
}

/** Input sheets of a workbook by name, in workbook order. */
export function detectInputSheets(sheetNames: string[]): { name: string; kind: InputKind }[] {
  const out: { name: string; kind: InputKind }[] = [];
  for (const name of sheetNames) {
    const kind = sheetKind(name);
    if (kind) out.push({ name, kind });
  }
  return out;
}

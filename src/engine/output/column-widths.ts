/**
 * Column widths that fit the numbers: a number wider than its column shows as
 * ##### in Excel and LibreOffice, and a clerk cannot read or check it. The
 * widths in the column specs suit a small shop; a team whose base pay sums past
 * ¥1,000,000.00, or an AOV of ¥12,345.67, needs more. IDs and names likewise.
 */
import { type ColumnFormat, isFormulaCell, type OutCell, type SheetSpec } from './sheet-spec';

/** The width a column without one gets (the .xlsx writer's default). */
export const DEFAULT_COLUMN_WIDTH = 12;
/** Room beside the characters: the cell's padding and the totals row's bold face. */
const PADDING = 2;

/** Thousands separators in an integer part of `digits` digits. */
const separators = (digits: number) => Math.floor((digits - 1) / 3);

/**
 * Characters a number takes as its column format shows it, each separator
 * counted as one: 1234567.5 as money is "¥1,234,567.50", 13. Text and General
 * never show #####, so they need nothing.
 */
export function shownNumberChars(n: number, format: ColumnFormat): number {
  if (!Number.isFinite(n)) return 0;
  const sign = n < 0 ? 1 : 0;
  const a = Math.abs(n);
  switch (format) {
    case 'money': {
      const s = a.toFixed(2);
      return sign + 1 + s.length + separators(s.length - 3);
    }
    case 'integer': {
      const s = a.toFixed(0);
      return sign + s.length + separators(s.length);
    }
    case 'rowNumber':
      return sign + a.toFixed(0).length;
    case 'percent':
      return sign + (a * 100).toFixed(1).length + 1;
    case 'decimal1':
      return sign + a.toFixed(1).length;
    case 'decimal2':
      return sign + a.toFixed(2).length;
    case 'datetime':
      return 'yyyy-mm-dd hh:mm:ss'.length;
    default:
      return 0;
  }
}

const numberOf = (v: OutCell | undefined): number | null =>
  typeof v === 'number' ? v : v && isFormulaCell(v) && typeof v.value === 'number' ? v.value : null;

/**
 * Text columns a clerk must read whole: the next cell cuts text off, and an 18-digit 工号 or a long name cut short
 * is another person's. Up to TEXT_CAP characters; longer text columns (explanations, messages) keep their widths.
 */
const READ_WHOLE = new Set(['agentId', 'name']);
const TEXT_CAP = 30;

/** Characters text takes on screen, a CJK character counting two. */
export function textChars(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return n;
}

/** What one cell needs of its column's width (0: nothing). */
function cellNeed(v: OutCell | undefined, format: ColumnFormat, readWhole: boolean): number {
  const n = numberOf(v);
  if (n !== null) {
    const chars = shownNumberChars(n, format);
    return chars ? chars + PADDING : 0;
  }
  return readWhole && typeof v === 'string' ? Math.min(TEXT_CAP, textChars(v) + 1) : 0;
}

/** Each column's width, widened where a number of the data or totals row, or an ID or name, would not fit. */
export function fittedWidths(spec: SheetSpec): (number | undefined)[] {
  const lines = spec.totalsRow ? [...spec.rows, spec.totalsRow] : spec.rows;
  return spec.columns.map((c, i) => {
    const readWhole = READ_WHOLE.has(c.key);
    let need = 0;
    for (const line of lines) need = Math.max(need, cellNeed(line[i], c.format, readWhole));
    return need > (c.width ?? DEFAULT_COLUMN_WIDTH) ? need : c.width;
  });
}

/**
 * Specs fitColumnWidths returned. Specs are never changed in place (an Audit with a section appended is a new
 * object), so one in here still fits, and the .xlsx writer need not measure its rows again (62,000 Issues rows).
 */
const fitted = new WeakSet<SheetSpec>();

/** The spec with its columns wide enough for every number, 工号 and name in them (the same spec when they already are). */
export function fitColumnWidths(spec: SheetSpec): SheetSpec {
  const widths = fittedWidths(spec);
  const out = widths.every((w, i) => w === spec.columns[i].width)
    ? spec
    : { ...spec, columns: spec.columns.map((c, i) => (widths[i] === c.width ? c : { ...c, width: widths[i] })) };
  fitted.add(out);
  return out;
}

/** The widths a writer gives the columns: as fitted already, or (slips, DingTalk, an Audit with sections appended) fitted now. */
export function widthsToWrite(spec: SheetSpec): (number | undefined)[] {
  return fitted.has(spec) ? spec.columns.map((c) => c.width) : fittedWidths(spec);
}

import type { ColumnSpec, ColumnFormat } from './sheet-spec';
import type { Lang, LocalText } from '../model';
import { msg, type PlainCode } from '../messages';

/** The catalog codes that name a column: the last part of the code is the column's key (`col.issues.row` → row). */
type ColumnCode = Extract<PlainCode, `col.${string}` | `component.${string}`>;

/** A column named by its catalog code, in both languages. */
export function col(code: ColumnCode, format: ColumnFormat, width?: number) {
  return headed(code.slice(code.lastIndexOf('.') + 1), msg(code), format, width);
}

/** A column whose header is built (a KPI's score, a rating's value). */
export function headed(key: string, header: LocalText, format: ColumnFormat, width?: number) {
  return (lang: Lang): ColumnSpec => ({ key, header: header[lang], format, ...(width ? { width } : {}) });
}

export type ColumnDef = ReturnType<typeof col>;

/** A column whose text differs row by row (see ColumnSpec.distinct). */
export function distinct(def: ColumnDef): ColumnDef {
  return (lang) => ({ ...def(lang), distinct: true });
}

export function columns(defs: ColumnDef[], lang: Lang): ColumnSpec[] {
  return defs.map((d) => d(lang));
}

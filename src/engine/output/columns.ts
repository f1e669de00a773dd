import type { ColumnSpec, ColumnFormat } from './sheet-spec';
import type { Lang } from '../model';

/** A column definition in both languages. */
export function col(key: string, zh: string, en: string, format: ColumnFormat, width?: number) {
  return (lang: Lang): ColumnSpec => ({ key, header: lang === 'zh' ? zh : en, format, ...(width ? { width } : {}) });
}

export type ColumnDef = ReturnType<typeof col>;

export function columns(defs: ColumnDef[], lang: Lang): ColumnSpec[] {
  return defs.map((d) => d(lang));
}

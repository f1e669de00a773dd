/**
 * Domain labels, defined once: roles, levels, statuses, grades, severities,
 * input sheet kinds and output sheet titles. The output sheets, the pane, the
 * CLI, the messages and the demo all read them from here, so a word cannot
 * drift between the Issues sheet and the pane.
 */
import type { Grade } from '../formulas';
import type { InputKind, Lang, Level, LocalText, Role, Severity } from '../model';
import { msg, type PlainCode } from './index';

/** A label per key, from the catalog code `<prefix>.<key>` (labels-zh.ts / labels-en.ts). */
function labelTable<K extends string, P extends string>(prefix: P, keys: readonly K[]): Record<K, LocalText> {
  return Object.fromEntries(keys.map((k) => [k, msg(`${prefix}.${k}` as PlainCode)])) as Record<K, LocalText>;
}

export const ROLE_TEXT = labelTable<Role, 'role'>('role', ['presales', 'insales', 'aftersales']);
export const LEVEL_TEXT = labelTable<Level, 'level'>('level', ['junior', 'intermediate', 'senior', 'expert']);
export const STATUS_TEXT = labelTable('status', ['probation', 'regular'] as const);
/** Keyed by the Grade value (金牌…); the catalog codes name the grades in English. */
export const GRADE_TEXT: Record<Grade, LocalText> = {
  金牌: msg('grade.gold'),
  银牌: msg('grade.silver'),
  铜牌: msg('grade.bronze'),
  不达标: msg('grade.fail'),
};
/** The Severity column of the Issues sheet and the pane's issue list. */
export const SEVERITY_TEXT = labelTable<Severity, 'severity'>('severity', ['fatal', 'error', 'warning', 'info']);
/** What each input sheet is, as the Audit sheet, the pane and the messages name it. */
export const INPUT_KIND_TEXT = labelTable<InputKind, 'input'>('input', [
  'roster',
  'orders',
  'chat',
  'qa',
  'adjustments',
  'targets',
  'plan',
  'disputes',
  'ratings',
  'consultations',
  'history',
]);
/** Output sheet names, stable across runs so finance's lookups keep working. */
export const SHEET_TITLES = labelTable('sheet', ['scorecard', 'payroll', 'statements', 'issues', 'audit'] as const);

/** A label table read in one language (the pane's string tables). */
export function labelsIn<K extends string>(table: Record<K, LocalText>, lang: Lang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(table) as K[]) out[k] = table[k][lang];
  return out;
}

/** A label inside an English sentence: "for presales", but "QA" stays "QA". */
export function inSentence(label: LocalText): LocalText {
  const en = /^[A-Z][a-z]/.test(label.en) ? label.en[0].toLowerCase() + label.en.slice(1) : label.en;
  return { zh: label.zh, en };
}

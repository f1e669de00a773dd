/** The 变更 / Changes section of the Audit sheet: what this generation changed against the one it replaced. */
import type { Lang } from '../model';
import type { OutCell, SheetSpec } from '../output/sheet-spec';
import { COMPONENT_TEXT } from '../output/statements';
import { formatYuan } from '../money';
import type { InputChange, PayRunChanges } from './compare';
import { message, phrase, type PlainCode } from '../messages';

const money = (c: number | null, lang: Lang) => (c === null ? phrase('changes.none', lang) : formatYuan(c));
const delta = (b: number | null, a: number | null) => {
  const d = (a ?? 0) - (b ?? 0);
  return `${d >= 0 ? '+' : '−'}${formatYuan(Math.abs(d))}`;
};

/**
 * How a moved component was computed, before → after when the earlier statements had an explanation
 * ("奖励 200 → 0" alone does not say which star was lost); the audit and the pane show the same text.
 */
export function componentWhy([was, now]: [string, string]): string {
  return was && was !== now ? `${was} → ${now}` : now;
}

/** A changed sheet's data rows before → after ("：数据 12 → 13 行"), or that they are as many; '' when unknown. */
function rowsText([was, now]: InputChange['rows'], lang: Lang): string {
  if (was === null || now === null) return '';
  const sep = lang === 'zh' ? '：' : ': ';
  return (
    sep +
    (was === now
      ? message('changes.input.same-rows', { rows: now }, lang)
      : message('changes.input.rows', { was, now }, lang))
  );
}

/** What follows a changed input's "已改动" in the Audit and the pane's change list: its rows ("：数据 120 → 121 行"). */
export function inputChangeDetail(i: InputChange, lang: Lang): string {
  return i.change === 'changed' ? rowsText(i.rows, lang) : '';
}

/**
 * Said plainly once when an input changed: the audit keeps a checksum per sheet, not its cells, so no run
 * can name the cell; null when no input changed.
 */
export function whichCellNote(c: PayRunChanges, lang: Lang): string | null {
  if (!c.inputs.some((i) => i.change === 'changed')) return null;
  return message('changes.input.which-cell', { generatedAt: c.earlierGeneratedAt || '—' }, lang);
}

/** Rows of the section: [section, item, value, note], in the audit's four columns. */
export function changesRows(c: PayRunChanges, lang: Lang, comparedWith: string): OutCell[][] {
  const say = (code: PlainCode) => phrase(code, lang);
  const sep = lang === 'zh' ? '；' : '; ';
  const S = say('changes.section');
  const rows: OutCell[][] = [];
  rows.push([
    S,
    say('changes.compared-with'),
    comparedWith,
    message('changes.counts', { agents: c.agents.length, inputs: c.inputs.length, plan: c.plan.length }, lang),
  ]);
  for (const a of c.agents) {
    const component = (k: string) => COMPONENT_TEXT[k as keyof typeof COMPONENT_TEXT][lang];
    const parts = Object.entries(a.components).map(
      ([k, [b, n]]) => `${component(k)} ${money(b, lang)} → ${money(n, lang)}`,
    );
    const why = Object.entries(a.why).map(([k, w]) => `${component(k)}：${componentWhy(w)}`);
    rows.push([
      S,
      `${a.agentId} ${a.name}`,
      `${say('component.grossPay')} ${money(a.grossPayBefore, lang)} → ${money(a.grossPayAfter, lang)}（${delta(a.grossPayBefore, a.grossPayAfter)}）${parts.length ? sep + parts.join(sep) : ''}`,
      why.join(sep) || null,
    ]);
  }
  const CHANGE_TEXT = {
    changed: say('changes.input.changed'),
    added: say('changes.input.added'),
    removed: say('changes.input.removed'),
    'not-compared': say('changes.input.not-compared'),
  };
  for (const i of c.inputs) {
    rows.push([
      S,
      `${say('audit.section.input')}：${i.sheet}`,
      CHANGE_TEXT[i.change] + inputChangeDetail(i, lang),
      `SHA-256 ${i.before ?? '—'} → ${i.after ?? '—'}`,
    ]);
  }
  const note = whichCellNote(c, lang);
  if (note) rows.push([S, say('audit.section.input'), note, null]);
  for (const p of c.plan)
    rows.push([S, `${say('audit.section.plan')}：${p.key}`, `${p.before ?? '—'} → ${p.after ?? '—'}`, null]);
  if (c.agents.length + c.inputs.length + c.plan.length === 0)
    rows.push([S, say('changes.result'), say('changes.nothing'), null]);
  return rows;
}

/** The output sheets with the Changes section appended to the audit sheet (other sheets untouched). */
export function withChangesSection(
  specs: SheetSpec[],
  c: PayRunChanges,
  lang: Lang,
  comparedWith: string,
): SheetSpec[] {
  return specs.map((s) =>
    s.kind === 'audit' ? { ...s, rows: [...s.rows, ...changesRows(c, lang, comparedWith)] } : s,
  );
}

/** The 变更 / Changes section of the Audit sheet: what this generation changed against the one it replaced. */
import type { Lang } from '../model';
import type { OutCell, SheetSpec } from '../output/sheet-spec';
import { COMPONENT_TEXT } from '../output/statements';
import { formatYuan } from '../money';
import type { PayRunChanges } from './compare';

const money = (c: number | null, zh: boolean) => (c === null ? (zh ? '（无）' : '(none)') : formatYuan(c));
const delta = (b: number | null, a: number | null) => {
  const d = (a ?? 0) - (b ?? 0);
  return `${d >= 0 ? '+' : '−'}${formatYuan(Math.abs(d))}`;
};

/** Rows of the section: [section, item, value, note], in the audit's four columns. */
export function changesRows(c: PayRunChanges, lang: Lang, comparedWith: string): OutCell[][] {
  const zh = lang === 'zh';
  const S = zh ? '变更' : 'Changes';
  const rows: OutCell[][] = [];
  rows.push([S, zh ? '对比对象' : 'Compared with', comparedWith, zh ? `${c.agents.length} 人工资变动，${c.inputs.length} 张输入表变动，${c.plan.length} 个方案键变动` : `${c.agents.length} agents' pay moved, ${c.inputs.length} input sheets changed, ${c.plan.length} plan keys changed`]);
  for (const a of c.agents) {
    const parts = Object.entries(a.components).map(([k, [b, n]]) => `${COMPONENT_TEXT[k as keyof typeof COMPONENT_TEXT][zh ? 0 : 1]} ${money(b, zh)} → ${money(n, zh)}`);
    const why = Object.entries(a.why).map(([k, [, now]]) => `${COMPONENT_TEXT[k as keyof typeof COMPONENT_TEXT][zh ? 0 : 1]}：${now}`);
    rows.push([S, `${a.agentId} ${a.name}`, `${zh ? '应发工资' : 'Gross pay'} ${money(a.grossPayBefore, zh)} → ${money(a.grossPayAfter, zh)}（${delta(a.grossPayBefore, a.grossPayAfter)}）${parts.length ? (zh ? '；' : '; ') + parts.join(zh ? '；' : '; ') : ''}`, why.join(zh ? '；' : '; ') || null]);
  }
  const CHANGE_TEXT = { changed: zh ? '已改动' : 'changed', added: zh ? '新增' : 'added', removed: zh ? '已删除' : 'removed' };
  for (const i of c.inputs) {
    rows.push([S, `${zh ? '输入表' : 'Input sheet'}：${i.sheet}`, CHANGE_TEXT[i.change], `SHA-256 ${i.before ?? '—'} → ${i.after ?? '—'}`]);
  }
  for (const p of c.plan) rows.push([S, `${zh ? '方案' : 'Plan'}：${p.key}`, `${p.before ?? '—'} → ${p.after ?? '—'}`, null]);
  if (c.agents.length + c.inputs.length + c.plan.length === 0) rows.push([S, zh ? '结果' : 'Result', zh ? '与上次生成相同，没有任何变动' : 'identical to the previous generation: nothing changed', null]);
  return rows;
}

/** The output sheets with the Changes section appended to the audit sheet (other sheets untouched). */
export function withChangesSection(specs: SheetSpec[], c: PayRunChanges, lang: Lang, comparedWith: string): SheetSpec[] {
  return specs.map((s) => (s.kind === 'audit' ? { ...s, rows: [...s.rows, ...changesRows(c, lang, comparedWith)] } : s));
}

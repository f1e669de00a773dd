/** The pay-run flags of `cs-kpi payroll` and the lines they add to the printed summary. */
import * as path from 'path';
import { formatYuan, type Lang, type PayrollResult } from '../engine';
import { UsageError } from './args';
import { outputFile } from './output-file';
import type { PayRunPlan } from './payrun';

export const PAYRUN_FLAGS = ['compare', 'slips', 'dingtalk'];

export interface PayRunPaths {
  compare: string | null;
  slips: string | null;
  dingtalk: string | null;
}

export function payRunPaths(flags: Map<string, string | true>, inputs: string[]): PayRunPaths {
  const get = (name: string) => {
    const v = flags.get(name);
    if (typeof v !== 'string') return null;
    // The DingTalk sheet is written; the earlier output and the slips folder are taken as named.
    const p = name === 'dingtalk' ? outputFile(v, '.xlsx', name) : path.resolve(v);
    if (inputs.includes(p))
      throw new UsageError(
        `--${name} must not be the input file: cs-kpi never modifies its input`,
        `--${name} 不能是输入文件：cs-kpi 从不修改输入文件`,
      );
    return p;
  };
  return { compare: get('compare'), slips: get('slips'), dingtalk: get('dingtalk') };
}

/**
 * The slips folder is replaced as a whole (moved aside, then deleted): it must not be the folder of
 * an input or of another file this run reads or writes, which would be deleted with it.
 */
export function slipsFolderHoldsNone(slips: string, files: (string | null)[]): void {
  const within = (f: string) => {
    const rel = path.relative(slips, f);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const inside = files.find((f) => f !== null && within(f));
  if (inside)
    throw new UsageError(
      `--slips ${slips} holds ${path.basename(inside)}, a file this run reads or writes: the slips folder is replaced as a whole, give a folder of its own (created if missing)`,
      `--slips ${slips} 中有本次要读或写的文件 ${path.basename(inside)}：工资条文件夹会被整体替换，请给出一个单独的文件夹（不存在时会新建）`,
    );
}

export function payRunSummary(plan: PayRunPlan, p: PayRunPaths, r: PayrollResult, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const c = plan.changes;
  if (c) {
    lines.push(
      zh
        ? `与 ${path.basename(p.compare!)} 对比：${c.agents.length} 人工资变动，${c.inputs.length} 张输入表变动，${c.plan.length} 个方案键变动（详见审计表“变更”）`
        : `Against ${path.basename(p.compare!)}: ${c.agents.length} agents' pay moved, ${c.inputs.length} input sheets changed, ${c.plan.length} plan keys changed (see the audit's Changes section)`,
    );
    for (const a of c.agents.slice(0, 10)) {
      const before = a.grossPayBefore === null ? '—' : `¥${formatYuan(a.grossPayBefore)}`;
      const after = a.grossPayAfter === null ? '—' : `¥${formatYuan(a.grossPayAfter)}`;
      lines.push(`  ${a.agentId} ${a.name}  ${before} → ${after}`);
    }
    if (c.agents.length > 10)
      lines.push(zh ? `  …… 另有 ${c.agents.length - 10} 人` : `  … and ${c.agents.length - 10} more`);
  }
  const pending = r.disputes.filter((d) => d.status === 'pending');
  if (pending.length > 0) {
    lines.push(
      zh
        ? `待处理申诉 ${pending.length} 条（不计入本月工资，定稿前请处理）：`
        : `${pending.length} pending disputes (not paid this month; decide them before locking):`,
    );
    for (const d of pending)
      lines.push(
        `  ${d.agentId} ${d.name} · ${d.item}${d.claim ? ` · ${d.claim}` : ''}${d.amount !== null ? ` · ¥${formatYuan(d.amount)}` : ''}（${d.sheet} ${zh ? '第 ' : 'row '}${d.row}${zh ? ' 行' : ''}）`,
      );
  }
  if (p.slips)
    lines.push(
      zh
        ? `已写入 ${r.agents.length} 份个人工资条到 ${p.slips}`
        : `Wrote ${r.agents.length} private pay slips to ${p.slips}`,
    );
  if (p.dingtalk)
    lines.push(
      zh
        ? `已写入钉钉 / 企业微信工资条导入表 ${p.dingtalk}`
        : `Wrote the DingTalk / WeCom pay-slip import sheet ${p.dingtalk}`,
    );
  return lines;
}

/**
 * Private pay slips: one sheet per agent holding that agent's statement only
 * (every component with its rule and numbers), the shop and the period —
 * nobody else's name, 工号 or amount, no buyer data.
 */
import type { AgentResult, Lang } from '../model';
import type { PayrollResult } from '../run';
import type { OutCell, SheetSpec } from '../output/sheet-spec';
import { pushStatementLines, statementSheetSpec } from '../output/statements';
import { GRADE_TEXT, LEVEL_TEXT, ROLE_TEXT } from '../output/labels';

export interface Slip {
  agentId: string;
  name: string;
  /** A file name safe on Windows, macOS and Linux: `<工号>-<姓名>-<period>.xlsx`. */
  fileName: string;
  sheet: SheetSpec;
}

/** Characters no file system accepts in a name, control characters, and a leading dot (hidden file). */
export function safeFileName(part: string): string {
  const cleaned = part
    .normalize('NFKC')
    // Control characters are exactly what a file name must not carry.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 60);
  return cleaned === '' ? '_' : cleaned;
}

export function slipFileName(agentId: string, name: string, period: string): string {
  return `${safeFileName(agentId)}-${safeFileName(name)}-${safeFileName(period)}.xlsx`;
}

export function slipSheet(r: PayrollResult, a: AgentResult, lang: Lang): SheetSpec {
  const zh = lang === 'zh';
  const score = a.score === null ? (zh ? '无' : 'n/a') : a.score.toFixed(2);
  const rows: OutCell[][] = [
    [zh ? '店铺' : 'Shop', null, r.shopName || (zh ? '（未识别）' : '(not found)')],
    [zh ? '月份' : 'Period', null, r.period],
    [zh ? '工号' : 'Agent ID', null, a.agent.agentId],
    [zh ? '姓名' : 'Name', null, a.agent.name],
    [zh ? '岗位·级别' : 'Role · level', null, `${ROLE_TEXT[a.agent.role][lang]}·${LEVEL_TEXT[a.agent.level][lang]}`],
    [zh ? '考核' : 'Assessment', null, zh ? `总分 ${score} · ${GRADE_TEXT[a.grade].zh} · 岗位排名 ${a.rank}` : `score ${score} · ${GRADE_TEXT[a.grade].en} · rank ${a.rank} in role`],
  ];
  const bold = [rows.length];
  pushStatementLines(a, lang, rows, bold);
  const title = zh ? `${r.shopName ? r.shopName + ' ' : ''}${r.period} 工资条 · ${a.agent.name}` : `${r.shopName ? r.shopName + ' ' : ''}Pay slip ${r.period} · ${a.agent.name}`;
  return statementSheetSpec(zh ? `工资条 ${r.period}` : `Pay slip ${r.period}`, rows, bold, title, lang);
}

/** One slip per agent on the payroll; two agents whose names clean to the same file get distinct names. */
export function buildSlips(r: PayrollResult, lang: Lang): Slip[] {
  const used = new Set<string>();
  return r.agents.map((a) => {
    let fileName = slipFileName(a.agent.agentId, a.agent.name, r.period);
    for (let n = 2; used.has(fileName.toLowerCase()); n++) fileName = slipFileName(`${a.agent.agentId}(${n})`, a.agent.name, r.period);
    used.add(fileName.toLowerCase());
    return { agentId: a.agent.agentId, name: a.agent.name, fileName, sheet: slipSheet(r, a, lang) };
  });
}

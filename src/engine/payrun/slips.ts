/**
 * Private pay slips: one sheet per agent holding that agent's statement only
 * (every component with its rule and numbers), the shop and the period —
 * nobody else's name, 工号 or amount, no buyer data.
 */
import type { AgentResult, Lang } from '../model';
import type { PayrollResult } from '../run';
import type { OutCell, SheetSpec } from '../output/sheet-spec';
import { assessmentText, pushStatementLines, statementSheetSpec } from '../output/statements';
import { message, phrase, type PlainCode } from '../messages';
import { LEVEL_TEXT, ROLE_TEXT } from '../output/labels';

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
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut by characters, not UTF-16 units: half an emoji would be written as U+FFFD.
  const cut = Array.from(cleaned).slice(0, 60).join('');
  return cut === '' ? '_' : cut;
}

export function slipFileName(agentId: string, name: string, period: string): string {
  return `${safeFileName(agentId)}-${safeFileName(name)}-${safeFileName(period)}.xlsx`;
}

export function slipSheet(r: PayrollResult, a: AgentResult, lang: Lang): SheetSpec {
  const say = (code: PlainCode) => phrase(code, lang);
  const rows: OutCell[][] = [
    [say('slip.shop'), null, r.shopName || say('slip.shop-not-found')],
    [say('col.period'), null, r.period],
    [say('col.agentId'), null, a.agent.agentId],
    [say('col.name'), null, a.agent.name],
    [say('slip.role-level'), null, `${ROLE_TEXT[a.agent.role][lang]}·${LEVEL_TEXT[a.agent.level][lang]}`],
    [say('slip.assessment'), null, assessmentText(a, lang)],
  ];
  const bold = [rows.length];
  pushStatementLines(a, lang, rows, bold);
  const title = message(
    'slip.print-header',
    { shop: r.shopName ? r.shopName + ' ' : '', period: r.period, name: a.agent.name },
    lang,
  );
  return statementSheetSpec(message('slip.sheet', { period: r.period }, lang), rows, bold, title, lang);
}

/** One slip per agent on the payroll; two agents whose names clean to the same file get distinct names. */
export function buildSlips(r: PayrollResult, lang: Lang): Slip[] {
  const used = new Set<string>();
  return r.agents.map((a) => {
    let fileName = slipFileName(a.agent.agentId, a.agent.name, r.period);
    for (let n = 2; used.has(fileName.toLowerCase()); n++)
      fileName = slipFileName(`${a.agent.agentId}(${n})`, a.agent.name, r.period);
    used.add(fileName.toLowerCase());
    return { agentId: a.agent.agentId, name: a.agent.name, fileName, sheet: slipSheet(r, a, lang) };
  });
}

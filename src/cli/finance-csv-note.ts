/**
 * The finance CSV keeps 工号 exactly as they are (001, 123456789012345678): it is for import into
 * payroll systems, which read a field's text as it stands, where a `="001"` or `'001` wrapper
 * would become part of the ID. Excel, opening a CSV by double-click, reads such a field as a number
 * (001 → 1; 12 digits or more in scientific form, digits after the 15th lost). When the month has
 * such IDs, the run says so and where to read them as text.
 */
import type { Lang, PayrollResult } from '../engine';

/** Digits only, and either a leading zero or more digits than Excel's General format shows (11). */
const excelTurnsToNumber = (id: string) =>
  /^\d+$/.test(id) && ((id.length > 1 && id.startsWith('0')) || id.length > 11);

/** The note for the CSV's IDs Excel would change on opening; null when there are none. */
export function financeCsvIdNote(r: PayrollResult, csv: string, lang: Lang): string | null {
  const ids = r.agents.map((a) => a.agent.agentId).filter(excelTurnsToNumber);
  if (ids.length === 0) return null;
  const shown = ids.slice(0, 3).join(lang === 'zh' ? '、' : ', ') + (ids.length > 3 ? ' …' : '');
  return lang === 'zh'
    ? `cs-kpi: 注意：${csv} 中的工号 ${shown} 原样写出，导入工资系统不受影响；但用 Excel 双击打开这个 CSV 时，Excel 会把它们当作数字（去掉开头的 0，12 位以上显示为科学计数）。在 Excel 中查看请打开输出工作簿的工资表（工号是文本），或用“数据 → 从文本/CSV”导入并把工号列设为“文本”。`
    : `cs-kpi: note: the IDs ${shown} are written to ${csv} as they are, so a payroll system imports them unchanged; but Excel, opening this CSV by double-click, reads them as numbers (leading zeros dropped, 12 digits or more in scientific form). To read them in Excel, open the output workbook's Payroll sheet (IDs as text), or import the CSV with Data → From Text/CSV and set the ID column to Text.`;
}

/**
 * A fatal input problem as one stderr line: the message and where it is. With no workbook written, this line is
 * all the manager gets, so it names the sheet (unless the message does) and the column as well as the row.
 */
import type { Issue, Lang } from '../engine';

export function fatalLine(i: Issue, lang: Lang): string {
  const text = i.message[lang];
  if (!i.sheet || !i.row) return `cs-kpi: ${text}`;
  if (lang === 'zh') {
    const sheet = text.includes(`“${i.sheet}”`) ? '' : `“${i.sheet}”`;
    const column = i.column ? `，${i.column} 列` : '';
    return `cs-kpi: ${text}（${sheet}第 ${i.row} 行${column}）`;
  }
  const sheet = text.includes(`"${i.sheet}"`) ? '' : `sheet "${i.sheet}", `;
  const column = i.column ? `, column ${i.column}` : '';
  return `cs-kpi: ${text} (${sheet}row ${i.row}${column})`;
}

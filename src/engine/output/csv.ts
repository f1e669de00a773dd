import type { Lang } from '../model';
import type { PayrollResult } from '../run';
import { looksLikeFormula } from './sheet-spec';
import { LEVEL_TEXT, ROLE_TEXT, STATUS_TEXT } from './labels';
import { MONEY_KEYS, PAYROLL_COLUMNS } from './payroll';
import { columns } from './columns';

/** A CSV field: quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && looksLikeFormula(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Cents as "1234.50": two decimals, no thousands separator. */
export function centsText(c: number): string {
  const neg = c < 0;
  const a = Math.abs(c);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Finance CSV of the payroll: UTF-8 with BOM (Excel and WPS read the Chinese right), CRLF, one header row. */
export function financeCsv(r: PayrollResult, lang: Lang): string {
  const lines = [
    columns(PAYROLL_COLUMNS, lang)
      .map((c) => csvField(c.header))
      .join(','),
  ];
  for (const a of r.agents) {
    const cells: string[] = [
      csvField(a.agent.agentId),
      csvField(a.agent.name),
      csvField(ROLE_TEXT[a.agent.role][lang]),
      csvField(LEVEL_TEXT[a.agent.level][lang]),
      csvField(STATUS_TEXT[a.agent.status][lang]),
      String(a.pay.daysEmployed),
      ...MONEY_KEYS.map((k) => centsText(a.pay[k])),
    ];
    lines.push(cells.join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

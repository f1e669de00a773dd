/**
 * What an imported file holds, from its header, to name its sheet (花名册 /
 * 订单报表 / 聊天统计). Coarse on purpose: the payroll itself finds every sheet
 * and column by the engine's own rules; this only picks a name a manager
 * recognises, and a file it cannot place keeps its own name.
 */
import type { Cell } from '../cell';
import { normalizeKey } from '../text';

const HEADER_ROWS = 20;

type Named = 'roster' | 'orders' | 'chat';

const has = (headers: string[], ...words: string[]) => headers.some((h) => words.some((w) => h.includes(w)));

function kindOfRow(row: Cell[]): Named | null {
  const headers = row.filter((c): c is string => typeof c === 'string').map((c) => normalizeKey(c));
  if (headers.length < 2) return null;
  if (has(headers, '工号', 'agent id') && has(headers, '姓名', 'name') && has(headers, '岗位', '级别', 'role', 'level'))
    return 'roster';
  if (
    has(headers, '订单编号', '订单号', 'order id', 'order no') &&
    has(headers, '付款时间', '支付时间', '付款日期', 'paid at', 'payment time')
  )
    return 'orders';
  if (has(headers, '客服', '旺旺', 'agent', 'account') && has(headers, '询单人数', '咨询人数', '接待人数', 'inquiries'))
    return 'chat';
  return null;
}

export function kindByHeader(rows: Cell[][]): Named | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
    const k = kindOfRow(rows[r]);
    if (k) return k;
  }
  return null;
}

/** The sheet name an imported file of that kind takes. */
export const IMPORT_SHEET_NAME: Record<Named, string> = { roster: '花名册', orders: '订单报表', chat: '聊天统计' };

/**
 * Things said once per order sheet rather than once per row: order numbers
 * Excel has turned into numbers, and a report without a buyer column.
 */
import type { Cell } from '../cell';
import type { IssueLog } from '../issues';
import type { Table } from '../sheets/table';

/** Order numbers run to 18–19 digits; a double keeps 15–17, so from 1e15 on digits may be lost. */
const EXACT_DIGITS_LIMIT = 1e15;
const SCIENTIFIC = /^\s*\d(\.\d+)?e\+?\d+\s*$/i;

/**
 * An order number Excel has already turned into a number: a numeric cell of 16+ digits
 * (the last ones lost) or the text Excel writes for it, `1.23457E+18`.
 */
export function isExcelMangledId(v: Cell | undefined): boolean {
  if (typeof v === 'number') return v >= EXACT_DIGITS_LIMIT;
  return typeof v === 'string' && v.length <= 24 && (v.indexOf('E') > 0 || v.indexOf('e') > 0) && SCIENTIFIC.test(v);
}

export function reportOrderSheetNotes(t: Table, mangled: { count: number; first: number }, log: IssueLog): void {
  if (mangled.count > 0) {
    const value = t.sheet.rows[mangled.first][t.col('orderId')!];
    log.at('warning', 'order-id-as-number', t.where(mangled.first, 'orderId'), value,
      { zh: `${mangled.count} 个订单编号已被 Excel 变成数字（如 ${String(value)}），末几位已丢失，不同订单可能看起来一样`, en: `${mangled.count} order numbers were turned into numbers by Excel (e.g. ${String(value)}): their last digits are lost, so different orders may look alike` },
      { zh: '这些订单都照常计入，不按重复处理；请直接导入下载的 CSV 文件（不要先用 Excel 打开保存），订单编号才能保持完整', en: 'all of them counted, none taken for a duplicate: import the CSV as downloaded (do not open and save it in Excel first) to keep the order numbers whole' });
  }
  if (!t.has('buyer')) {
    log.at('info', 'orders-no-buyer-column', { sheet: t.sheet.name, row: t.headerIndex + 1 }, null,
      { zh: `“${t.sheet.name}”没有买家列（买家会员名 / 下单帐号）`, en: `"${t.sheet.name}" has no buyer column (买家会员名 / 下单帐号)` },
      { zh: '每笔已付款订单按一位买家计（客单价 = 销售额 / 订单数）', en: 'each paid order counts as one buyer (AOV = sales / orders)' });
  }
}

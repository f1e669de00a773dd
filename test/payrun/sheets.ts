/** Output sheets as a spreadsheet holds them: header, rows, totals, a blank row, notes (formulas as their values). */
import type { Cell, SheetData } from '../../src/engine/cell';
import { buildOutputSheets, isFormulaCell, type OutCell, type SheetSpec, type Lang } from '../../src/engine';
import type { PayrollResult } from '../../src/engine';
import { PAYROLL_HEADERS } from '../outputs/cli-output';

const plain = (c: OutCell): Cell => (isFormulaCell(c) ? c.value : c);

export function specToSheet(spec: SheetSpec): SheetData {
  const rows: Cell[][] = [spec.columns.map((c) => c.header), ...spec.rows.map((r) => r.map(plain))];
  if (spec.totalsRow) rows.push(spec.totalsRow.map(plain));
  if (spec.notes?.length) rows.push([], ...spec.notes.map((n) => [n]));
  return { name: spec.name, rows };
}

export const outputsAsSheets = (r: PayrollResult, lang: Lang = 'zh'): SheetData[] =>
  buildOutputSheets(r, lang).map(specToSheet);

/** The DingTalk / WeCom 工资条 sheet's header in Chinese: who, the month, then the payroll's money columns (hand-written in cli-output.ts). */
export const DINGTALK_HEADER_ZH = [
  '工号',
  '姓名',
  '月份',
  ...PAYROLL_HEADERS.zh.slice(PAYROLL_HEADERS.zh.indexOf('底薪')),
];
/** In English the pay components and the period follow the language; 工号 and 姓名 stay, as DingTalk and WeCom match people by them. */
export const DINGTALK_HEADER_EN = [
  '工号',
  '姓名',
  'Period',
  ...PAYROLL_HEADERS.en.slice(PAYROLL_HEADERS.en.indexOf('Base pay')),
];

/**
 * The pane's pay-run downloads, built whole in memory before the download
 * starts (so a failure leaves no partial archive): the private slips as a
 * .zip of one .xlsx per agent, and the DingTalk / WeCom 工资条 import sheet.
 */
import { zipSync } from 'fflate';
import { buildSlips, dingtalkSheet, type Lang, outputProps, type PayrollResult } from '../engine';
import { xlsxOf } from './xlsx-download';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function slipsZip(result: PayrollResult, lang: Lang): { bytes: Uint8Array; fileName: string } {
  const files: Record<string, Uint8Array> = {};
  const props = outputProps(result);
  for (const slip of buildSlips(result, lang)) files[slip.fileName] = xlsxOf(slip.sheet, props);
  // Each .xlsx is already compressed: store them as they are.
  return {
    bytes: zipSync(files, { level: 0 }),
    fileName: lang === 'zh' ? `工资条-${result.period}.zip` : `pay-slips-${result.period}.zip`,
  };
}

export function dingtalkXlsx(result: PayrollResult, lang: Lang): { bytes: Uint8Array; fileName: string } {
  return {
    bytes: xlsxOf(dingtalkSheet(result, lang), outputProps(result)),
    fileName: lang === 'zh' ? `钉钉工资条-${result.period}.xlsx` : `dingtalk-payslips-${result.period}.xlsx`,
  };
}

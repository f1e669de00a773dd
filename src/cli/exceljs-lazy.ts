/**
 * ExcelJS, loaded on first use. Requiring it costs ≈ 0.47 s CPU; a payroll
 * run whose inputs the values-only reader takes and whose outputs the
 * streaming writer writes never needs it (demo data, a locked month's
 * rewrite and damaged inputs do).
 */
import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | null = null;

export function excelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('exceljs') as typeof ExcelJS);
}

import type { Cell, WorkbookData } from '../src/engine';

/**
 * The workbook as the add-in's reader hands it to the engine: Office.js
 * answers each 20,000-row request as JSON, so every cell arrives as a parsed
 * value (flat strings), not as the generator's concatenated ones.
 */
export function asReadFromExcel(wb: WorkbookData): WorkbookData {
  // In place, a request at a time, so the generator's copy is freed as the read copy grows.
  for (const s of wb.sheets) {
    for (let i = 0; i < s.rows.length; i += 20_000) {
      const read = JSON.parse(JSON.stringify(s.rows.slice(i, i + 20_000))) as Cell[][];
      for (let j = 0; j < read.length; j++) s.rows[i + j] = read[j];
    }
  }
  return wb;
}

/**
 * The pane's one-sheet .xlsx downloads (private slips, the DingTalk sheet):
 * the engine's parts (src/engine/xlsx-out, the CLI's writer too, so a slip is
 * the same file from either) zipped with fflate (its browser build is 22 KB
 * gzip, where ExcelJS's is 258 KB: about 3× the whole pane). Text is always
 * written as text, so a name reading "=HYPERLINK(…)" stays inert.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { type SheetSpec, type WorkbookProps, writeXlsxParts } from '../engine';

// ExcelJS's Office theme (an 8 KB string module; the CLI's files carry it too): the default font refers to it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const THEME: string = require('exceljs/lib/xlsx/xml/theme1.js');

/** The .xlsx bytes of one sheet; `props` date the file and its entries, so one run gives the same bytes. */
export function xlsxOf(spec: SheetSpec, props: WorkbookProps): Uint8Array {
  const parts: Zippable = {};
  writeXlsxParts([spec], props, THEME, (name, write) => {
    const pieces: string[] = [];
    write((xml) => void pieces.push(xml));
    parts[name] = [strToU8(pieces.join('')), { mtime: props.created }];
  });
  return zipSync(parts, { level: 6 });
}

/** The file an output option names, with the extension its content needs. */
import { statSync } from 'fs';
import * as path from 'path';
import { UsageError } from './args';

/** Extensions of other kinds of file: an output under one of these names would not open as what it is. */
const OTHER_KINDS = new Set([
  '.xlsx',
  '.xls',
  '.xlsm',
  '.xlsb',
  '.ods',
  '.et',
  '.csv',
  '.txt',
  '.json',
  '.pdf',
  '.zip',
]);

/**
 * `value` as the path of a `ext` file: "--out 结果" or "--out 工资2026.10" writes 结果.xlsx / 工资2026.10.xlsx
 * (a manager double-clicks it; without the extension the system does not know what opens it); a name of
 * another kind of file ("--out 工资.csv") is refused rather than written with content it does not say.
 */
export function outputFile(value: string, ext: '.xlsx' | '.csv', option: string): string {
  const given = path.extname(value).toLowerCase();
  // An existing folder stays as named: the place check then says to give a file name in it.
  if (given === ext || isFolder(value)) return path.resolve(value);
  if (!OTHER_KINDS.has(given)) return path.resolve(value + ext);
  throw new UsageError(
    `--${option} must name a file ending in ${ext}, not "${path.basename(value)}"`,
    `--${option} 须是 ${ext} 文件，不能是“${path.basename(value)}”`,
  );
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why an output cannot be written, in the manager's words: Node's errors
 * (ENOENT: no such file or directory, open '…tmp') never reach the manager.
 * Checked before any input is read, so a long run does not end in a path typo,
 * and used again for what still fails while writing (a full disk, a folder
 * made read-only meanwhile).
 */
import { constants, promises as fs, statSync } from 'fs';
import * as path from 'path';
import type { Lang } from '../engine';

/** An output that failed while being written, with the file it was for. */
export class OutputWriteError extends Error {
  constructor(
    readonly target: string,
    readonly code: string | undefined,
  ) {
    super(`cannot write ${target} (${code ?? 'unknown'})`);
  }
}

export const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** An error while writing, tied to the file it was for. */
export function asWriteError(e: unknown, target: string): OutputWriteError {
  return e instanceof OutputWriteError ? e : new OutputWriteError(target, codeOf(e));
}

/** Not a Node code: ENOENT for a file whose folder is there (/proc refuses new files so, even to root). */
const FOLDER_TAKES_NO_FILES = 'FOLDER_TAKES_NO_FILES';

const isFolder = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** One sentence per cause, naming the file or its folder and what to do. */
export function writeProblemText(code: string | undefined, target: string, lang: Lang): string {
  const dir = path.dirname(target);
  const zh = lang === 'zh';
  switch (code) {
    case 'ENOENT':
      return zh
        ? `无法写入 ${target}：文件夹 ${dir} 不存在。请先建好这个文件夹，或换一个已有的文件夹。`
        : `cannot write ${target}: the folder ${dir} does not exist. Create it first, or choose a folder that exists.`;
    case FOLDER_TAKES_NO_FILES:
      return zh
        ? `无法写入 ${target}：文件夹 ${dir} 存在，但不能在其中新建文件（系统或虚拟文件夹，如 /proc）。请换一个文件夹。`
        : `cannot write ${target}: the folder ${dir} exists but cannot take new files (a system or virtual folder such as /proc). Choose another folder.`;
    case 'ENOTDIR':
      return zh
        ? `无法写入 ${target}：路径 ${dir} 中有一部分是文件，不是文件夹。请检查路径。`
        : `cannot write ${target}: part of the path ${dir} is a file, not a folder. Check the path.`;
    case 'EISDIR':
      return zh
        ? `无法写入 ${target}：这是一个文件夹。请给出文件名，例如 ${path.join(target, '工资-输出.xlsx')}。`
        : `cannot write ${target}: it is a folder. Give a file name, e.g. ${path.join(target, 'payroll-output.xlsx')}.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return zh
        ? `无法写入 ${target}：没有写入 ${dir} 的权限（或该文件只读）。请换一个文件夹，或请管理员开放权限。`
        : `cannot write ${target}: no permission to write in ${dir} (or the file is read-only). Choose another folder, or ask for write access.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return zh
        ? `无法写入 ${target}：磁盘已满。请清理空间或换一个磁盘后重试。`
        : `cannot write ${target}: the disk is full. Free some space or choose another disk, then try again.`;
    case 'EBUSY':
      return zh
        ? `无法写入 ${target}：文件正被其他程序打开。请在 Excel / WPS 中关闭它后重试。`
        : `cannot write ${target}: the file is open in another program. Close it in Excel / WPS and try again.`;
    default:
      return zh
        ? `无法写入 ${target}。请检查路径、磁盘空间和权限后重试。`
        : `cannot write ${target}. Check the path, the free disk space and the permissions, then try again.`;
  }
}

/** The sentence for an error thrown while writing (`target`: the file when the error does not name one). */
export function failedWriteText(e: unknown, target: string, lang: Lang): string {
  const w = asWriteError(e, target);
  const folderThere = w.code === 'ENOENT' && isFolder(path.dirname(w.target));
  return writeProblemText(folderThere ? FOLDER_TAKES_NO_FILES : w.code, w.target, lang);
}

/** Why `target` could not be written where it is (the folder missing, not a folder, read-only; the target a folder); null when it can. */
export async function outputPlaceProblem(target: string): Promise<string | null> {
  const stat = await fs.stat(target).catch(() => null);
  if (stat?.isDirectory()) return 'EISDIR';
  const dir = await fs.stat(path.dirname(target)).catch((e: unknown) => codeOf(e) ?? 'ENOENT');
  if (typeof dir === 'string') return dir;
  if (!dir.isDirectory()) return 'ENOTDIR';
  return fs.access(path.dirname(target), constants.W_OK).then(
    () => null,
    (e: unknown) => codeOf(e) ?? 'EACCES',
  );
}

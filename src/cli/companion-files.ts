/**
 * The files `cs-kpi payroll` writes beside its workbook — the finance CSV
 * (--csv), the slips (--slips) and the DingTalk sheet (--dingtalk) — are
 * listed with their SHA-256 in the workbook's Audit sheet. An existing one is
 * replaced only when the workbook this run replaces (--out or --compare, not
 * locked: that is refused before) lists it unchanged. Anything else under
 * those names may be a locked month's files that finance already has, or a
 * file edited since: it is kept unless the manager says --overwrite.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { auditSheetNames, type Lang, recordedOutputFiles, type RecordedFile } from '../engine';
import { readOneFile } from './read-inputs';

export interface CompanionTargets {
  csv: string | null;
  slips: string | null;
  dingtalk: string | null;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** How the workbook at `out` lists a file: its path from the workbook's folder, "/" between folders. */
export function recordedFile(out: string, kind: RecordedFile['kind'], file: string, bytes: Uint8Array): RecordedFile {
  return { kind, path: path.relative(path.dirname(out), file).split(path.sep).join('/'), sha256: sha256Hex(bytes) };
}

/** absolute path → SHA-256 of every file the month's Audit sheets of these workbooks list. */
async function vouchedFiles(workbooks: string[], period: string): Promise<Map<string, string>> {
  const vouched = new Map<string, string>();
  const audits = auditSheetNames(period);
  for (const wb of workbooks) {
    const read = await readOneFile(wb, []);
    const audit = read.ok ? read.data.sheets.find((s) => audits.includes(s.name.trim())) : undefined;
    for (const f of audit ? recordedOutputFiles(audit) : [])
      vouched.set(path.resolve(path.dirname(wb), ...f.path.split('/')), f.sha256);
  }
  return vouched;
}

/** The files now at the targets (each slip in the slips folder); missing targets give none. */
async function existingFiles(t: CompanionTargets): Promise<string[]> {
  const isFile = async (p: string) => (await fs.stat(p).catch(() => null))?.isFile() ?? false;
  const files = [t.csv, t.dingtalk].filter((p): p is string => p !== null);
  const present = [];
  for (const f of files) if (await isFile(f)) present.push(f);
  const slips = t.slips ? await fs.readdir(t.slips).catch(() => [] as string[]) : [];
  for (const name of slips.filter((n) => n.toLowerCase().endsWith('.xlsx')).sort())
    if (await isFile(path.join(t.slips!, name))) present.push(path.join(t.slips!, name));
  return present;
}

/**
 * The first file at the targets that the replaced workbooks (`replaced`: --out and --compare, those
 * that exist) do not list with its present content; null when every one is theirs.
 */
export async function unlistedCompanion(
  t: CompanionTargets,
  replaced: string[],
  period: string,
): Promise<string | null> {
  const present = await existingFiles(t);
  if (present.length === 0) return null;
  const vouched = await vouchedFiles(replaced, period);
  for (const file of present) {
    const sha = vouched.get(path.resolve(file));
    if (!sha || sha !== sha256Hex(await fs.readFile(file))) return file;
  }
  return null;
}

/** Refusal for a file that --overwrite would be needed for; names the file. */
export function unlistedCompanionText(file: string, period: string, lang: Lang): string {
  return lang === 'zh'
    ? `cs-kpi: ${file} 已存在，但不是本次替换的工作簿（--out / --compare）审计表“随附文件”中记录、且未改动过的文件：它可能是已定稿的 ${period} 交给财务的文件，或之后被改动过。什么都没有写入。请换一个文件名或文件夹；确需覆盖时加 --overwrite。`
    : `cs-kpi: ${file} exists and is not a file that the workbook this run replaces (--out / --compare) lists, unchanged, under "Files written" in its Audit sheet: it may be a file of the locked ${period} that finance already has, or one changed since. Nothing was written. Choose another file or folder name, or add --overwrite to replace it.`;
}

/**
 * The files a run writes beside its workbook (finance CSV, pay slips, the
 * DingTalk sheet), listed in its Audit sheet with their SHA-256. The next run
 * reads the list back: a file it is about to replace is known to be this
 * workbook's own, unchanged since, and not of a locked month, only when the
 * workbook it replaces lists it. Finance can also check a file they were
 * sent against the list.
 */
import type { Cell, SheetData } from '../cell';
import type { Lang } from '../model';
import type { SheetSpec } from '../output/sheet-spec';
import { phrase, type PlainCode } from '../messages';

export type OutputFileKind = 'csv' | 'slip' | 'dingtalk';

export interface RecordedFile {
  kind: OutputFileKind;
  /** From the workbook's folder, with "/" between folders. */
  path: string;
  sha256: string;
}

const LABEL: Record<OutputFileKind, PlainCode> = { csv: 'files.csv', slip: 'files.slip', dingtalk: 'files.dingtalk' };
const KINDS = Object.keys(LABEL) as OutputFileKind[];
const SECTION = [phrase('files.section', 'zh'), phrase('files.section', 'en')];
const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

/** The output sheets with the Files section appended to the Audit sheet. */
export function withOutputFiles(specs: SheetSpec[], files: RecordedFile[], lang: Lang): SheetSpec[] {
  if (files.length === 0) return specs;
  const section = phrase('files.section', lang);
  const rows = [
    [section, phrase('files.note', lang), null, null],
    ...files.map((f) => [section, phrase(LABEL[f.kind], lang), f.path, `SHA-256 ${f.sha256}`]),
  ];
  return specs.map((s) => (s.kind === 'audit' ? { ...s, rows: [...s.rows, ...rows] } : s));
}

/** The files an Audit sheet lists, in either language; [] for an audit written before the list existed. */
export function recordedOutputFiles(audit: SheetData): RecordedFile[] {
  const files: RecordedFile[] = [];
  for (const row of audit.rows.slice(1)) {
    if (!SECTION.includes(text(row[0]))) continue;
    const kind = KINDS.find((k) => [phrase(LABEL[k], 'zh'), phrase(LABEL[k], 'en')].includes(text(row[1])));
    const sha256 = /^SHA-256 ([0-9a-f]{64})\b/.exec(text(row[3]))?.[1];
    if (kind && sha256 && text(row[2])) files.push({ kind, path: text(row[2]), sha256 });
  }
  return files;
}

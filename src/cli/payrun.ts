/**
 * The pay-run options of `cs-kpi payroll`: --compare (change list against an
 * earlier output), --slips (one private .xlsx per agent) and --dingtalk (a
 * 钉钉 / 企业微信 工资条 import sheet). Slips go to a temporary folder that is
 * renamed into place only when every file is written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  auditSheetNames,
  buildSlips,
  changesJson,
  CompareRefused,
  compareRuns,
  dingtalkSheet,
  type Lang,
  type PayrollResult,
  PayRunChanges,
  readPreviousRun,
  type SheetData,
  type SheetSpec,
  withChangesSection,
  withLockHistory,
  outputProps,
} from '../engine';
import { xlsxBytes } from './xlsx-write-package';

export interface PayRunOptions {
  compareWith: { file: string; sheets: SheetData[] } | null;
  slipsDir: string | null;
  dingtalk: string | null;
}

export interface PayRunPlan {
  changes: PayRunChanges | null;
  /** The output sheets with the Changes section when comparing. */
  sheets(specs: SheetSpec[]): SheetSpec[];
  /** Extra files written with the outputs (the DingTalk sheet), as the bytes written. */
  files(): { target: string; bytes: Uint8Array }[];
  json(): Record<string, unknown>;
}

/** Compare first: a refused compare stops the run before anything is written. */
export function planPayRun(o: PayRunOptions, result: PayrollResult, lang: Lang): PayRunPlan | CompareRefused {
  let changes: PayRunChanges | null = null;
  if (o.compareWith) {
    try {
      changes = compareRuns(readPreviousRun(o.compareWith.sheets, result.period), result, lang);
    } catch (e) {
      if (e instanceof CompareRefused) return e;
      throw e;
    }
  }
  const comparedWith = o.compareWith ? path.basename(o.compareWith.file) : '';
  // The month's lock history travels into the regenerated Audit sheet, as in the pane.
  const audits = auditSheetNames(result.period);
  const previousAudit = o.compareWith?.sheets.find((s) => audits.includes(s.name.trim()));
  return {
    changes,
    sheets: (specs) =>
      withLockHistory(changes ? withChangesSection(specs, changes, lang, comparedWith) : specs, previousAudit),
    files: () =>
      o.dingtalk ? [{ target: o.dingtalk, bytes: xlsxBytes([dingtalkSheet(result, lang)], outputProps(result)) }] : [],
    json: () => ({
      disputes: result.disputes.map((d) => ({ ...d, amount: d.amount === null ? null : d.amount / 100 })),
      ...(changes ? changesJson(changes) : {}),
    }),
  };
}

/**
 * Write every slip into a temporary folder beside `dir`; returns that folder (rename it with
 * placeSlips) and each slip's bytes as written, by the path it will have in `dir`.
 */
export async function writeSlipsToTemp(
  result: PayrollResult,
  lang: Lang,
  dir: string,
): Promise<{ temp: string; slips: { file: string; bytes: Uint8Array }[] }> {
  const temp = path.join(path.dirname(dir), `.${path.basename(dir)}.${process.pid}.tmp`);
  await fs.rm(temp, { recursive: true, force: true });
  const slips: { file: string; bytes: Uint8Array }[] = [];
  try {
    await fs.mkdir(temp, { recursive: true });
    const props = outputProps(result);
    for (const slip of buildSlips(result, lang)) {
      const bytes = xlsxBytes([slip.sheet], props);
      await fs.writeFile(path.join(temp, slip.fileName), bytes);
      slips.push({ file: path.join(dir, slip.fileName), bytes });
    }
  } catch (e) {
    await fs.rm(temp, { recursive: true, force: true });
    throw e;
  }
  return { temp, slips };
}

/**
 * Put the finished folder in place of `dir`. An existing folder is moved aside
 * first and restored if the rename fails, so `dir` is always either the old
 * slips or the new ones.
 */
export async function placeSlips(temp: string, dir: string): Promise<void> {
  const aside = path.join(path.dirname(dir), `.${path.basename(dir)}.${process.pid}.old`);
  const existed = await fs.rename(dir, aside).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false;
      throw e;
    },
  );
  try {
    await fs.rename(temp, dir);
  } catch (e) {
    if (existed) await fs.rename(aside, dir);
    await fs.rm(temp, { recursive: true, force: true });
    throw e;
  }
  if (existed) await fs.rm(aside, { recursive: true, force: true });
}

export const discardSlips = (temp: string) => fs.rm(temp, { recursive: true, force: true });

/** The slips folder is replaced as a whole: refuse one that holds anything but earlier slips (.xlsx files). */
export async function slipsDirProblem(dir: string, zh: boolean): Promise<string | null> {
  // A file there would be moved aside and deleted when the folder is put in its place.
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory())
    return zh
      ? `cs-kpi: --slips ${dir} 是一个文件，不是文件夹：工资条要写进一个文件夹，请给出文件夹名（不存在时会新建）`
      : `cs-kpi: --slips ${dir} is a file, not a folder: the slips go into a folder, give a folder name (created if missing)`;
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  const other = entries.find((e) => !e.isFile() || !e.name.toLowerCase().endsWith('.xlsx'));
  if (!other) return null;
  return zh
    ? `cs-kpi: 工资条文件夹 ${dir} 中有其他文件（${other.name}），会被整体替换：请换一个空文件夹`
    : `cs-kpi: the slips folder ${dir} holds other files (${other.name}) and would be replaced as a whole: use an empty folder`;
}

/**
 * `cs-kpi lock` / `cs-kpi unlock`: 定稿 of a month in an output workbook, as
 * the pane does it — one row appended to the month's Audit sheet (who, when,
 * why), the file rewritten atomically. And the check `cs-kpi payroll` makes
 * so that a locked month is never overwritten or regenerated.
 */
import * as path from 'path';
import type { Workbook } from 'exceljs';
import {
  auditSheetNames,
  type Lang,
  lockRow,
  lockState,
  type LockState,
  NUMBER_FORMATS,
  parsePeriod,
  periodFromSheetKey,
  pendingDisputesIn,
  sheetName,
  type SheetData,
} from '../engine';
import { parseArgs, UsageError } from './args';
import { readOneFile } from './read-inputs';
import { writeAtomically } from './xlsx-write';
import { failedWriteText } from './write-problem';
import { loadWorkbook, worksheetRows } from './xlsx-read';

interface LockIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Audit sheets are named 审计 YYYY-MM or Audit YYYY-MM (output/labels.ts). */
const AUDIT_NAME = /^(?:审计|Audit)\s+(\S+)$/;

/** The locked months of a workbook's sheets: each Audit sheet whose last lock row says locked. */
export function lockedMonths(sheets: SheetData[]): { period: string; lock: LockState }[] {
  return sheets.flatMap((s) => {
    const m = AUDIT_NAME.exec(s.name.trim());
    const lock = m ? lockState(s) : null;
    return m && lock?.locked ? [{ period: m[1], lock }] : [];
  });
}

/** An existing output workbook's sheets; null when there is none to read. */
export async function readOutputSheets(file: string): Promise<SheetData[] | null> {
  const read = await readOneFile(file, []);
  return read.ok ? read.data.sheets : null;
}

/** Refusal text for `cs-kpi payroll` onto (or compared with) a file holding a locked month; null when none is locked. */
export async function lockedFileProblem(
  file: string,
  role: 'out' | 'compare' | 'dingtalk',
  lang: Lang,
  sheets?: SheetData[] | null,
): Promise<string | null> {
  // A missing --out is created; an unreadable --compare is reported where it is read.
  const read = sheets === undefined ? await readOutputSheets(file) : sheets;
  const locked = read ? lockedMonths(read)[0] : undefined;
  if (!locked) return null;
  const { lock } = locked;
  // The sheet's suffix as --period takes it (20261001-20261015 → 2026-10-01..2026-10-15).
  const period = periodFromSheetKey(locked.period)?.key ?? locked.period;
  const name = path.basename(file);
  const flag = `--${role}`;
  return lang === 'zh'
    ? `cs-kpi: ${name}（${flag}）中的 ${period} 已由 ${lock.by} 于 ${lock.at} 定稿（锁定），不能重新生成或覆盖。如确需修改，先运行 cs-kpi unlock ${name} --period ${period} --by 姓名 --reason 原因（会记录在审计表中）。`
    : `cs-kpi: ${period} in ${name} (${flag}) was locked by ${lock.by} at ${lock.at}: it cannot be regenerated or overwritten. To change it, first run cs-kpi unlock ${name} --period ${period} --by NAME --reason TEXT (recorded in the Audit sheet).`;
}

/**
 * A table saved without a style (LibreOffice writes none when finance re-saves the file; the
 * OOXML part is optional) reads back in ExcelJS with a null style, on which its writer throws.
 * An empty style writes the element back without a name: the table keeps looking as it did.
 */
function keepStylelessTables(wb: Workbook): void {
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as { table: { style?: object | null } }[])
      if (!t.table.style) t.table.style = {};
  });
}

/** cs-kpi lock|unlock <output.xlsx> --period YYYY-MM --by NAME [--reason TEXT] [--lang zh|en] */
export async function lockCommand(
  action: 'lock' | 'unlock',
  argv: string[],
  io: LockIo,
  now = new Date(),
): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['period', 'by', 'reason', 'lang'], []);
  if (positional.length !== 1)
    throw new UsageError(
      `give one output workbook: cs-kpi ${action} <output.xlsx> --period YYYY-MM --by NAME`,
      `请给出一个输出工作簿：cs-kpi ${action} <输出.xlsx> --period YYYY-MM --by 姓名`,
    );
  const periodText = flags.get('period');
  const period = typeof periodText === 'string' ? parsePeriod(periodText) : null;
  // A week or range paid under the plan key period.pay is locked as a month is (README: Periods).
  if (!period)
    throw new UsageError(
      `--period must be the month to ${action}, as YYYY-MM (or a paid week or range: 2026-W43, 2026-10-01..2026-10-15)`,
      `--period 必须是要${action === 'lock' ? '定稿' : '解锁'}的月份，如 2026-10（或发薪的周、日期范围：2026-W43、2026-10-01..2026-10-15）`,
    );
  const by = flags.get('by');
  if (typeof by !== 'string' || by.trim() === '')
    throw new UsageError(
      `--by NAME is required: who ${action}s the month is recorded in the Audit sheet`,
      `缺少 --by 姓名：谁${action === 'lock' ? '定稿' : '解锁'}会记录在审计表中`,
    );
  const reason = flags.get('reason');
  if (action === 'unlock' && (typeof reason !== 'string' || reason.trim() === ''))
    throw new UsageError(
      '--reason TEXT is required: why the month is unlocked is recorded in the Audit sheet',
      '缺少 --reason 原因：解锁的原因会记录在审计表中',
    );
  const langFlag = flags.get('lang');
  if (langFlag !== undefined && langFlag !== 'zh' && langFlag !== 'en')
    throw new UsageError('--lang must be zh or en', '--lang 只能是 zh 或 en');
  const lang: Lang = langFlag === 'en' ? 'en' : 'zh';
  const zh = lang === 'zh';
  const file = path.resolve(positional[0]);
  const name = path.basename(file);

  const read = await readOneFile(file, []);
  if (!read.ok) {
    io.err(`cs-kpi: ${read.problem.message[lang]}`);
    return 1;
  }
  const audits = auditSheetNames(period.key);
  const audit = read.data.sheets.find((s) => audits.includes(s.name.trim()));
  if (!audit) {
    io.err(
      zh
        ? `cs-kpi: ${name} 中没有“${audits[0]}”表：请先用 cs-kpi payroll 生成这个月`
        : `cs-kpi: ${name} has no "${audits[1]}" sheet: generate the month with cs-kpi payroll first`,
    );
    return 1;
  }
  // An assessment (a week or range without pay) has nothing for finance to lock.
  const payrolls = [sheetName('payroll', period.key, 'zh'), sheetName('payroll', period.key, 'en')];
  if (period.kind !== 'month' && !read.data.sheets.some((s) => payrolls.includes(s.name.trim()))) {
    io.err(
      zh
        ? `cs-kpi: ${period.key} 是考核期，${name} 中没有“${payrolls[0]}”表：没有工资，不需要定稿`
        : `cs-kpi: ${period.key} is an assessment: ${name} has no "${payrolls[1]}" sheet, so there is no pay to lock`,
    );
    return 1;
  }
  const current = lockState(audit);
  if ((current?.locked ?? false) === (action === 'lock')) {
    const state =
      action === 'lock'
        ? zh
          ? `已由 ${current!.by} 于 ${current!.at} 定稿`
          : `already locked by ${current!.by} at ${current!.at}`
        : zh
          ? '本来就没有定稿'
          : 'is not locked';
    io.out(zh ? `${period.key} ${state}：文件未改动` : `${period.key} ${state}: the file was not changed`);
    return 0;
  }

  // The sheet's own language, so its rows read alike whoever wrote them.
  const row = lockRow(
    action,
    by,
    now,
    audit.name.startsWith('审计') ? 'zh' : 'en',
    typeof reason === 'string' ? reason : '',
  );
  const wb = await loadWorkbook(file);
  keepStylelessTables(wb);
  const ws = wb.getWorksheet(audit.name)!;
  const last = worksheetRows(ws).length;
  ws.getRow(last + 1).values = row.map((c) => (c === null ? undefined : c)) as never;
  // The time is a date cell (lockRow): shown as a date-time, not as the serial the Audit's text column would show.
  ws.getRow(last + 1).getCell(4).numFmt = NUMBER_FORMATS.datetime;
  ws.getRow(last + 1).commit();
  if (ws.autoFilter) ws.autoFilter = `A1:${String.fromCharCode(64 + Math.max(4, row.length))}${last + 1}`;
  try {
    await writeAtomically(wb, file);
  } catch (e) {
    io.err(`cs-kpi: ${failedWriteText(e, file, lang)}${zh ? '（原文件未改动）' : ' (the file was left as it was)'}`);
    return 1;
  }
  const who = String(row[2]);
  // The pane asks before locking with disputes open; the command line locks, and lists them first.
  const pending = action === 'lock' ? pendingDisputesIn(read.data.sheets, period.key) : [];
  if (pending.length > 0)
    io.err(
      [
        zh
          ? `cs-kpi: 注意：${period.key} 有 ${pending.length} 条待处理申诉（未计入本月工资），已照常定稿；如需计入，请解锁、处理申诉后重新生成：`
          : `cs-kpi: note: ${period.key} has ${pending.length} pending disputes (not paid this month); locked as asked. To pay one, unlock, decide it and regenerate:`,
        ...pending.map((m) => `  ${m}`),
      ].join('\n'),
    );
  if (action === 'lock')
    io.out(
      zh
        ? `${period.key} 已定稿：${who}，${row[3]}（记录在 ${audit.name}）`
        : `${period.key} locked by ${who} at ${row[3]} (recorded in ${audit.name})`,
    );
  else
    io.out(
      zh
        ? `${period.key} 已解锁：${who}，${row[3]}，原因：${row[4]}（记录在 ${audit.name}）`
        : `${period.key} unlocked by ${who} at ${row[3]}, reason: ${row[4]} (recorded in ${audit.name})`,
    );
  return 0;
}

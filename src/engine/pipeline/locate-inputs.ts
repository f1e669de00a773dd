/**
 * Pipeline stage 1: find the input sheets and their columns. Fatal problems
 * (a required sheet or column missing) are logged as such; the caller stops.
 */
import type { SheetData, WorkbookData } from '../cell';
import type { InputKind, InputSheetSummary, LocalText } from '../model';
import { ACTION, IssueLog } from '../issues';
import type { Period } from '../dates';
import { describeLook, findInputSheets, nearestHeaders, SheetLook, sheetNamesOf, TableKind } from '../sheets/classify';
import { isEarlierPeriod, scorecardPeriod } from '../sheets/detect';
import { FIELDS_BY_KIND, type FieldDef } from '../sheets/aliases';
import { locateTable, Table } from '../sheets/table';
import { missingConversionHalf } from '../parse/chat';
import { chatServesPeriod } from '../period-rules';
import { Hasher, ReadColumns, sheetChecksum } from '../sha256';
import { columnsToRead, HEADER_ROWS_TO_READ } from '../sheets/columns-to-read';

const REQUIRED: { kind: TableKind; label: LocalText }[] = [
  { kind: 'roster', label: { zh: '花名册', en: 'Roster' } },
  { kind: 'orders', label: { zh: '订单报表', en: 'Orders' } },
  { kind: 'chat', label: { zh: '聊天统计', en: 'ChatStats' } },
];

/** Kinds in messages; a kind added later without a label is named by its key. */
const KIND_LABEL: Partial<Record<TableKind, LocalText>> = {
  roster: { zh: '花名册', en: 'roster' }, orders: { zh: '订单报表', en: 'orders' }, chat: { zh: '聊天统计', en: 'chat statistics' }, qa: { zh: '质检', en: 'QA' },
  adjustments: { zh: '奖惩', en: 'adjustments' }, targets: { zh: '目标', en: 'targets' }, plan: { zh: '方案', en: 'plan' }, disputes: { zh: '申诉', en: 'disputes' },
  ratings: { zh: '评分', en: 'ratings' }, consultations: { zh: '接待记录', en: 'consultations' },
};

const FIELDS = FIELDS_BY_KIND;

/** Kinds whose rows name an agent, so need an agent column. */
const PER_AGENT_KINDS: ReadonlySet<InputKind> = new Set(['chat', 'qa', 'adjustments', 'targets', 'disputes', 'ratings']);

export interface Located {
  kind: InputKind;
  sheet: SheetData;
  table: Table | null;
}

/** The located inputs, as the later stages read them. */
export class Inputs {
  constructor(readonly located: Located[]) {}

  tablesOf(kind: InputKind): Table[] {
    return this.located.filter((l) => l.kind === kind && l.table).map((l) => l.table!);
  }

  sheetsOf(kind: InputKind): SheetData[] {
    return this.located.filter((l) => l.kind === kind).map((l) => l.sheet);
  }
}

/** Find input sheets and their columns; fatal problems (missing sheet or column) are logged as such. */
export function locateInputs(wb: WorkbookData, period: Period, log: IssueLog): Located[] {
  const { found, unrecognised } = findInputSheets(wb.sheets, FIELDS);
  const byName = new Map(wb.sheets.map((s) => [s.name, s]));
  const located: Located[] = [];
  for (const { name, kind, byHeader } of found) {
    const sheet = byName.get(name)!;
    if (byHeader) reportRecognisedByHeader(log, name, kind);
    if (kind === 'history') {
      if (isEarlier(name, period)) located.push({ kind, sheet, table: null });
      continue;
    }
    const table = locateChecked(sheet, kind, period, log);
    if (table) located.push({ kind, sheet, table });
  }
  for (const r of REQUIRED) if (!found.some((f) => f.kind === r.kind)) reportMissingSheet(log, r, unrecognised);
  return located;
}

/** The sheet's table when it has every column its kind needs (and chat covers the period); null, reported, when not. */
function locateChecked(sheet: SheetData, kind: Exclude<InputKind, 'history'>, period: Period, log: IssueLog): Table | null {
  const name = sheet.name;
  const { table, missing } = locateTable(sheet, FIELDS[kind], log);
  if (table && kind === 'chat') missing.push(...missingConversionHalf(table));
  const required = REQUIRED.some((r) => r.kind === kind);
  if (!table) {
    log.at(required ? 'fatal' : 'error', 'no-header', { sheet: name, row: null }, null,
      { zh: `工作表“${name}”找不到表头（前 20 行中没有可识别的列名）`, en: `Sheet "${name}": no header found (no known column names in the first 20 rows)` }, required ? ACTION.stopped : { zh: '忽略整张表', en: 'whole sheet ignored' });
    return null;
  }
  for (const f of missing) reportMissingColumn(log, sheet, table, f, required);
  if (PER_AGENT_KINDS.has(kind) && !table.has('agentId') && !table.has('account') && !table.has('name')) {
    log.at(kind === 'chat' ? 'fatal' : 'error', 'missing-column', { sheet: name, row: table.headerIndex + 1 }, null,
      { zh: `工作表“${name}”缺少客服列（旺旺 / 工号 / 姓名）`, en: `Sheet "${name}" has no agent column (account / agent ID / name)` }, kind === 'chat' ? ACTION.stopped : { zh: '忽略整张表', en: 'whole sheet ignored' });
    return null;
  }
  if (missing.length > 0) return null;
  if (kind === 'chat' && !chatServesPeriod(table, period, log)) return null;
  return table;
}

function reportRecognisedByHeader(log: IssueLog, name: string, kind: InputKind): void {
  log.at('info', 'sheet-recognised-by-header', { sheet: name, row: null }, null,
    { zh: `工作表“${name}”按表头识别为${(KIND_LABEL[kind as TableKind] ?? { zh: kind }).zh}`, en: `Sheet "${name}" recognised by its header as ${(KIND_LABEL[kind as TableKind] ?? { en: kind }).en}` }, { zh: '按此读取', en: 'read as such' });
}

function reportMissingColumn(log: IssueLog, sheet: SheetData, table: Table, f: FieldDef, required: boolean): void {
  const name = sheet.name;
  const near = nearestHeaders(sheet.rows[table.headerIndex] ?? [], new Set(table.cols.values()), f);
  const seen = near.length > 0 ? { zh: `；表中相近的列：${near.join(' / ')}`, en: `; nearest headers in the sheet: ${near.join(' / ')}` } : { zh: '', en: '' };
  log.at(required ? 'fatal' : 'error', 'missing-column', { sheet: name, row: table.headerIndex + 1 }, null,
    { zh: `工作表“${name}”缺少必需的列“${f.aliases[0]}”（可用列名：${f.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a)).join(' / ')}${seen.zh}）`, en: `Sheet "${name}" is missing the required column "${f.aliases[0]}" (also accepted: ${f.aliases.slice(1).join(' / ')}${seen.en})` },
    required ? ACTION.stopped : { zh: '忽略整张表', en: 'whole sheet ignored' });
}

function reportMissingSheet(log: IssueLog, r: { kind: TableKind; label: LocalText }, unrecognised: SheetLook[]): void {
  const looks = unrecognised.map(describeLook);
  const seen = looks.length > 0 ? { zh: `。已有的其他工作表：${looks.map((l) => l.zh).join('；')}`, en: `. Other sheets seen: ${looks.map((l) => l.en).join('; ')}` } : { zh: '', en: '' };
  log.at('fatal', 'missing-sheet', { sheet: null }, null,
    { zh: `缺少${r.label.zh}工作表（工作表名应为 ${sheetNamesOf(r.kind)}，或表头含${r.label.zh}的必需列）${seen.zh}`, en: `The ${r.label.en} sheet is missing (name it ${sheetNamesOf(r.kind)}, or give it the required ${r.label.en} columns)${seen.en}` }, ACTION.stopped);
}

function isEarlier(name: string, period: Period): boolean {
  const key = scorecardPeriod(name);
  return !!key && isEarlierPeriod(key, period.key);
}

/** What each located sheet is, where its header is, how many data rows it has, and its checksum. */
export function summaries(located: Located[], makeHasher?: () => Hasher, checksums = true): InputSheetSummary[] {
  return located.map((l) => ({
    kind: l.kind,
    sheet: l.sheet.name,
    headerRow: l.table ? l.table.headerIndex + 1 : 1,
    dataRows: l.table ? l.table.dataRowCount() : Math.max(0, l.sheet.rows.length - 1),
    checksum: checksums ? sheetChecksum(l.sheet.rows, makeHasher, readColumnsOf(l)) : '',
  }));
}

/** The columns the engine reads of a big sheet (undefined: all), so the checksum does not depend on how the sheet was read. */
function readColumnsOf(l: Located): ReadColumns | undefined {
  const choice = columnsToRead(l.sheet.rows.slice(0, HEADER_ROWS_TO_READ), l.kind);
  return choice ? { headerRow: choice.headerRow, columns: new Set(choice.columns) } : undefined;
}

/**
 * Pipeline stage 1: find the input sheets and their columns. Fatal problems
 * (a required sheet or column missing) are logged as such; the caller stops.
 */
import { firstRows, rowAt, rowCount, type SheetData, type WorkbookData } from '../cell';
import type { InputKind, InputSheetSummary, LocalText } from '../model';
import { ACTION, IssueLog } from '../issues';
import type { Period } from '../dates';
import {
  describeLook,
  type FoundSheets,
  findInputSheets,
  isItemReport,
  mistypedHeader,
  nearestHeaders,
  SheetLook,
  sheetNamesOf,
  TableKind,
} from '../sheets/classify';
import { isEarlierPeriod, scorecardPeriod } from '../sheets/detect';
import { FIELDS_BY_KIND, type FieldDef } from '../sheets/aliases';
import { isFilledRow, locateTable, Table } from '../sheets/table';
import { missingConversionHalf } from '../parse/chat';
import { chatServesPeriod } from '../period-rules';
import { Hasher, ReadColumns, sheetChecksum } from '../sha256';
import { columnsToRead, HEADER_ROWS_TO_READ } from '../sheets/columns-to-read';
import { dataText, joinedText, msg } from '../messages';
import { inSentence, INPUT_KIND_TEXT } from '../messages/labels';

// Named by the one label set (messages/labels.ts), as the pane and the Audit sheet name them.
const REQUIRED: { kind: TableKind; label: LocalText }[] = (['roster', 'orders', 'chat'] as const).map((kind) => ({
  kind,
  label: INPUT_KIND_TEXT[kind],
}));

const FIELDS = FIELDS_BY_KIND;

/** Kinds whose rows name an agent, so need an agent column. */
const PER_AGENT_KINDS: ReadonlySet<InputKind> = new Set([
  'chat',
  'qa',
  'adjustments',
  'targets',
  'disputes',
  'ratings',
]);

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
  const missing = REQUIRED.filter((r) => !found.some((f) => f.kind === r.kind));
  for (const r of missing) reportMissingSheet(log, r, unrecognised);
  // With a required sheet missing, its message lists these already.
  if (missing.length === 0) for (const look of unrecognised) reportNotUsed(log, look, found, byName.get(look.name)!);
  return located;
}

/** The sheet's table when it has every column its kind needs (and chat covers the period); null, reported, when not. */
function locateChecked(
  sheet: SheetData,
  kind: Exclude<InputKind, 'history'>,
  period: Period,
  log: IssueLog,
): Table | null {
  const name = sheet.name;
  if (kind === 'orders' && isItemReport(sheet)) {
    // Named as orders (订单明细) but the item report: one sentence saying so, not a list of missing columns.
    log.at('fatal', 'orders-item-report', { sheet: name, row: null }, null, describeItemReport(name), ACTION.stopped);
    return null;
  }
  const { table, missing } = locateTable(sheet, FIELDS[kind], log);
  if (table && kind === 'chat') missing.push(...missingConversionHalf(table));
  const required = REQUIRED.some((r) => r.kind === kind);
  if (!table) {
    log.at(
      required ? 'fatal' : 'error',
      'no-header',
      { sheet: name, row: null },
      null,
      msg('no-header', { name }),
      required ? ACTION.stopped : msg('no-header.action'),
    );
    return null;
  }
  for (const f of missing) reportMissingColumn(log, sheet, table, f, required);
  if (PER_AGENT_KINDS.has(kind) && !table.has('agentId') && !table.has('account') && !table.has('name')) {
    log.at(
      kind === 'chat' ? 'fatal' : 'error',
      'missing-column',
      { sheet: name, row: table.headerIndex + 1 },
      null,
      msg('missing-column', { name }),
      kind === 'chat' ? ACTION.stopped : msg('missing-column.action'),
    );
    return null;
  }
  if (missing.length > 0) return null;
  if (kind === 'chat' && !chatServesPeriod(table, period, log)) return null;
  return table;
}

function describeItemReport(name: string): LocalText {
  return describeLook({ name, looksLike: null, missing: [], itemReport: true });
}

function reportRecognisedByHeader(log: IssueLog, name: string, kind: InputKind): void {
  log.at(
    'info',
    'sheet-recognised-by-header',
    { sheet: name, row: null },
    null,
    msg('sheet-recognised-by-header', { name, kind: inSentence(INPUT_KIND_TEXT[kind]) }),
    msg('sheet-recognised-by-header.action'),
  );
}

/**
 * A sheet with data that is not read: a second chat CSV beside the workbook's own 聊天统计, an order
 * file lacking a column, a CSV saved with semicolons. Said, so that no file given is dropped unseen.
 */
function reportNotUsed(log: IssueLog, look: SheetLook, found: FoundSheets['found'], sheet: SheetData): void {
  if (!hasAnyValue(sheet)) return;
  const used = look.looksLike && look.missing.length === 0 ? found.find((f) => f.kind === look.looksLike) : undefined;
  const text = used
    ? msg('sheet-not-used.same-kind', {
        name: look.name,
        kind: inSentence(INPUT_KIND_TEXT[used.kind]),
        used: used.name,
      })
    : msg('sheet-not-used', { look: describeLook(look) });
  const action = used
    ? msg('sheet-not-used.same-kind.action', { used: used.name })
    : look.itemReport
      ? msg('sheet-not-used.item-report.action')
      : msg('sheet-not-used.action');
  log.at(look.looksLike ? 'warning' : 'info', 'sheet-not-used', { sheet: look.name, row: null }, null, text, action);
}

function hasAnyValue(sheet: SheetData): boolean {
  for (let i = 0; i < rowCount(sheet); i++) if (isFilledRow(rowAt(sheet, i))) return true;
  return false;
}

function reportMissingColumn(log: IssueLog, sheet: SheetData, table: Table, f: FieldDef, required: boolean): void {
  const name = sheet.name;
  const headerRow = rowAt(sheet, table.headerIndex) ?? [];
  const used = new Set(table.cols.values());
  const typo = mistypedHeader(headerRow, used, f);
  const near = typo ? [] : nearestHeaders(headerRow, used, f);
  const seen = typo
    ? msg('header-did-you-mean', typo)
    : near.length > 0
      ? msg('pipeline.locate-inputs.nearest-headers-in-the-sheet', { near: near.join(' / ') })
      : '';
  log.at(
    required ? 'fatal' : 'error',
    'missing-column',
    { sheet: name, row: table.headerIndex + 1 },
    null,
    msg('missing-column.required', {
      name,
      column: f.aliases[0],
      accepted: dataText(
        f.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a)).join(' / '),
        f.aliases.slice(1).join(' / '),
      ),
      seen,
    }),
    required ? ACTION.stopped : msg('missing-column.action'),
  );
}

function reportMissingSheet(log: IssueLog, r: { kind: TableKind; label: LocalText }, unrecognised: SheetLook[]): void {
  const looks = unrecognised.map(describeLook);
  const seen = looks.length > 0 ? msg('missing-sheet.others-seen', { looks: joinedText(looks, '；', '; ') }) : '';
  log.at(
    'fatal',
    'missing-sheet',
    { sheet: null },
    null,
    msg('missing-sheet', { label: r.label, sheetNamesOf: sheetNamesOf(r.kind), seen }),
    ACTION.stopped,
  );
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
    dataRows: l.table ? l.table.dataRowCount() : Math.max(0, rowCount(l.sheet) - 1),
    checksum: !checksums ? '' : (l.sheet.fileSha256 ?? sheetChecksum(l.sheet.rows, makeHasher, readColumnsOf(l))),
  }));
}

/** The columns the engine reads of a big sheet (undefined: all), so the checksum does not depend on how the sheet was read. */
function readColumnsOf(l: Located): ReadColumns | undefined {
  const choice = columnsToRead(firstRows(l.sheet, HEADER_ROWS_TO_READ), l.kind);
  return choice ? { headerRow: choice.headerRow, columns: new Set(choice.columns) } : undefined;
}

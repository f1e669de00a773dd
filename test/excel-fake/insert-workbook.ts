/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): the sheets of an .xlsx
 * given as base64 become sheets of this workbook. Modelled after Microsoft's
 * reference (Excel.Workbook.insertWorksheetsFromBase64, Excel.InsertWorksheetOptions,
 * learn.microsoft.com/javascript/api/excel/excel.insertworksheetoptions):
 * - sheetNamesToInsert: the source sheets to insert; absent or [] inserts them all;
 * - positionType: "End" by default ("None" too); "Beginning"; "Before" / "After"
 *   the relativeTo sheet (a Worksheet or a name), which must exist;
 * - the result is the ids of the inserted sheets, readable after sync.
 * A name already taken is not documented there; Excel names the sheet as its Move
 * or Copy does, "Name (2)", "Name (3)" … (cut to fit 31 characters), and so does
 * the fake. Cells come in as the file holds them: a text cell stays text whatever
 * it looks like ("=…", "00123", an 18-digit order number), numbers stay numbers.
 * The file is read with ExcelJS on the fake's side, before the batch runs.
 */
import ExcelJS from 'exceljs';
import { MAX_COLS } from './address';
import type { Scalar } from './cell-input';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import type { SheetModel, Visibility, WorkbookModel } from './model';

export interface InsertWorksheetOptions {
  sheetNamesToInsert?: string[];
  positionType?: 'None' | 'Before' | 'After' | 'Beginning' | 'End';
  relativeTo?: string | { model(): SheetModel };
}

interface SourceCell {
  r: number;
  c: number;
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
}

export interface SourceSheet {
  name: string;
  visibility: Visibility;
  cells: SourceCell[];
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (ExcelJS gives dates as UTC instants). */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

function cellOf(r: number, c: number, cell: ExcelJS.Cell): SourceCell | null {
  const v = cell.value;
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { r, c, value: v, numberFormat };
  if (v instanceof Date) return { r, c, value: v.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL, numberFormat };
  if ('formula' in v || 'sharedFormula' in v) return { r, c, formula: `=${cell.formula}`, numberFormat };
  if ('richText' in v) return { r, c, value: v.richText.map((t) => t.text).join(''), numberFormat };
  if ('error' in v) return { r, c, value: v.error };
  if ('text' in v) return { r, c, value: String(v.text), numberFormat };
  return null;
}

const VISIBILITY: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/** The source workbook's sheets, or null when the base64 is not an .xlsx Excel could open. */
export async function readSourceWorkbook(base64: string): Promise<SourceSheet[] | null> {
  try {
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    return book.worksheets.map((ws) => {
      const cells: SourceCell[] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const got = cellOf(r - 1, c - 1, cell);
          if (got) cells.push(got);
        }),
      );
      return { name: ws.name, visibility: VISIBILITY[ws.state] ?? 'Visible', cells };
    });
  } catch {
    return null;
  }
}

/** The name Excel gives a sheet whose name is taken: "Name (2)", cut so the whole fits 31 characters. */
function freeName(model: WorkbookModel, name: string): string {
  if (!model.findSheet(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!model.findSheet(candidate)) return candidate;
  }
}

function insertIndex(model: WorkbookModel, options: InsertWorksheetOptions): number {
  const type = options.positionType ?? 'End';
  if (type === 'Beginning') return 0;
  if (type === 'End' || type === 'None') return model.sheets.length;
  const rel = options.relativeTo;
  if (rel === undefined) throw new FakeOfficeError('InvalidArgument', `positionType ${type} needs relativeTo.`);
  const target = typeof rel === 'string' ? model.findSheet(rel) : rel.model();
  if (!target)
    throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (worksheet '${String(rel)}').`);
  const at = model.sheets.indexOf(target);
  return type === 'Before' ? at : at + 1;
}

/** Apply the insert to the model (inside the batch); returns the new sheets' ids in source order. */
export function insertSourceSheets(
  model: WorkbookModel,
  source: SourceSheet[] | null,
  options: InsertWorksheetOptions,
): string[] {
  if (source === null)
    throw new FakeOfficeError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format (not a workbook).',
    );
  const wanted = options.sheetNamesToInsert ?? [];
  const chosen =
    wanted.length === 0 ? source : wanted.map((n) => source.find((s) => s.name.toLowerCase() === n.toLowerCase()));
  if (chosen.some((s) => s === undefined))
    throw new FakeOfficeError(
      'InvalidArgument',
      `sheetNamesToInsert names a sheet the workbook does not have (${wanted.join(', ')}).`,
    );
  let at = insertIndex(model, options);
  const ids: string[] = [];
  for (const src of chosen as SourceSheet[]) {
    const sheet = model.addSheet(freeName(model, src.name));
    model.sheets.splice(model.sheets.indexOf(sheet), 1);
    model.sheets.splice(at++, 0, sheet);
    sheet.visibility = src.visibility;
    fillSheet(sheet, src.cells);
    ids.push(sheet.id);
  }
  return ids;
}

function fillSheet(sheet: SheetModel, cells: SourceCell[]): void {
  for (const cell of cells) {
    if (cell.numberFormat) sheet.setNumberFormat(cell.r, cell.c, cell.numberFormat);
    if (cell.formula !== undefined) {
      (sheet.formulas[cell.r] ??= [])[cell.c] = cell.formula;
      sheet.formulaCells.add(cell.r * MAX_COLS + cell.c);
    } else (sheet.values[cell.r] ??= [])[cell.c] = cell.value;
  }
}

/** OfficeExtension.ClientResult: `value` is readable once the batch that produced it has synced. */
export class FakeClientResult<T> {
  private result: { v: T } | null = null;
  get value(): T {
    if (!this.result) throw propertyNotLoaded('value');
    return this.result.v;
  }
  set(v: T): void {
    this.result = { v };
  }
}
